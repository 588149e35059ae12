// What transcript tools load from Gong, in the fewest requests: calls with their parties and CRM context
// (GONG_RETRIEVE_FILTERED_CALL_DETAILS, up to 100 calls a page) and their transcripts (GONG_GET_CALL_TRANSCRIPT,
// up to 100 call ids a request). Everything runs through a trackRequests runner so tools can report the cost.
import { callDetailsInput } from "@gongkit/client/internal/client/call-details.js";
import { pages } from "@gongkit/client/internal/client/paginate.js";
import type { CallDetails, Monologue } from "./call-parties.js";
import { isPrivateDetails } from "./private-calls.js";
import type { trackRequests } from "./tool-kit.js";

export type Tracker = ReturnType<typeof trackRequests>;

/** Gong takes up to 100 call ids per transcript request. */
const transcriptBatch = 100;

export interface CallFilter {
  fromDateTime?: string;
  toDateTime?: string;
  callIds?: string[];
}

export interface LoadedCalls {
  calls: CallDetails[];
  /** Calls `accept` turned down (private ones). */
  rejected: number;
  /** More calls match than `max`. */
  more: boolean;
}

/** Private per its metadata; a call whose details Gong did not return cannot be shown public, so it is too. */
export function isPrivateCall(call: CallDetails | undefined): boolean {
  return !call || isPrivateDetails(call);
}

/**
 * Up to `max` accepted calls matching the filter, oldest first, paging with the cursor only while more are
 * needed. Throws the GongError of a failed page.
 */
export async function loadCalls(
  tracker: Tracker,
  filter: CallFilter,
  max: number,
  accept: (call: CallDetails) => boolean = () => true,
): Promise<LoadedCalls> {
  const loaded: LoadedCalls = { calls: [], rejected: 0, more: false };
  // Parties name the speakers; the Extended context carries external parties' company.
  const input = callDetailsInput(filter, ["parties", "context"]);
  for await (const page of pages({ runById: tracker.run }, "GONG_RETRIEVE_FILTERED_CALL_DETAILS", input)) {
    for (const call of page.calls ?? []) {
      if (!accept(call)) loaded.rejected += 1;
      else if (loaded.calls.length < max) loaded.calls.push(call);
      else {
        loaded.more = true;
        return loaded;
      }
    }
    // Another page may hold more (or only rejected ones): say so rather than spend a request to find out.
    if (loaded.calls.length === max && page.records?.cursor) {
      loaded.more = true;
      return loaded;
    }
  }
  return loaded;
}

/** The transcripts of these calls by call id, in batches of 100 ids (a call without one is absent). */
export async function loadTranscripts(tracker: Tracker, callIds: readonly string[]) {
  const transcripts = new Map<string, Monologue[]>();
  for (let start = 0; start < callIds.length; start += transcriptBatch) {
    const filter = { callIds: callIds.slice(start, start + transcriptBatch) };
    for await (const page of pages({ runById: tracker.run }, "GONG_GET_CALL_TRANSCRIPT", { filter })) {
      addTranscripts(transcripts, page.callTranscripts ?? []);
    }
  }
  return transcripts;
}

/** Adds transcripts to a map by call id (a call split over two pages keeps both parts, in order). */
export function addTranscripts(
  into: Map<string, Monologue[]>,
  callTranscripts: readonly {
    callId?: string | null | undefined;
    transcript?: Monologue[] | null | undefined;
  }[],
): void {
  for (const { callId, transcript } of callTranscripts) {
    if (callId) into.set(callId, [...(into.get(callId) ?? []), ...(transcript ?? [])]);
  }
}
