// Transcripts the server has already fetched and named, kept briefly: reading on at a nextOffset, the resource
// of a call just listed, or a call GONG_GET_CALL_TRANSCRIPT cut from its result then costs no Gong request (each
// would otherwise fetch the call's details and its transcript again, from the company's 3/s budget). A
// transcript does not change once Gong has processed the call; entries expire anyway, and the oldest go first.
import { expiringMap } from "./expiring-map.js";
import type { TranscriptView } from "./transcript-render.js";

const ttlMs = 10 * 60_000;
/** About 300 one-hour calls' sentences: tens of MB at most. */
const maxCalls = 300;

export interface CachedTranscript {
  view: TranscriptView;
  /** Whether Gong marks the call private: the server decides per request whether to show it. */
  isPrivate: boolean;
}

export interface TranscriptCache {
  get(callId: string): CachedTranscript | undefined;
  set(callId: string, entry: CachedTranscript): void;
}

/** Keeps a view for later reads; a call without sentences is not kept (Gong may still be processing it). */
export function keepTranscript(cache: TranscriptCache, view: TranscriptView, isPrivate: boolean): void {
  if (view.sentences.length > 0) cache.set(view.callId, { view, isPrivate });
}

export function createTranscriptCache(now: () => number = Date.now): TranscriptCache {
  return expiringMap<CachedTranscript>(ttlMs, maxCalls, now);
}
