// Bulk export of calls in the fewest requests Gong allows: one /v2/calls/extensive page of up to 100 calls with
// everything asked for in one contentSelector, plus (with transcripts) one /v2/calls/transcript request for
// that page's call ids. N calls cost ceil(N/100) pages, twice that with transcripts; nothing is asked per call.
import { cursorOf, type PageRunner, pages } from "../client/paginate.js";
import { type Checkpoint, type CheckpointStore, checkResumable, type ExportArguments } from "./checkpoint.js";
import { contentSelectorFor, type ExportPart, normalizeInclude } from "./include.js";
import { type ExportProgress, progressMeter, type RateStateSource } from "./progress.js";
import { type CallRecord, callIdOf, type Monologue, toCallRecord } from "./record.js";

export type ExportClient = PageRunner & RateStateSource;

export interface ExportOptions {
  /** Calls that started at or after this ISO-8601 date-time... */
  from: string;
  /** ...and before this one (exclusive). */
  to: string;
  include: readonly ExportPart[];
  /** Only the calls of this workspace (Gong's filter.workspaceId). */
  workspaceId?: string | undefined;
  /** Only the calls these users hosted (Gong's filter.primaryUserIds). */
  primaryUserIds?: readonly string[] | undefined;
  /** Where to resume from and to save progress; without it the export starts at the first page. */
  checkpoint?: CheckpointStore;
  /** Checked before each request: aborting stops the export with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every request. */
  onProgress?: (progress: ExportProgress) => void;
  /** Milliseconds clock for the ETA (default Date.now). */
  now?: () => number;
}

/** Up to 100 call ids per transcript request, Gong's maximum, which is also the extensive page size. */
const transcriptBatch = 100;

/** What an export is, as its checkpoint records it (a resume must name the same). */
export function exportArguments(options: ExportOptions): ExportArguments {
  return {
    from: options.from,
    to: options.to,
    include: normalizeInclude(options.include),
    ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
    ...(options.primaryUserIds?.length ? { primaryUserIds: [...options.primaryUserIds] } : {}),
  };
}

/**
 * The calls in [from, to), one record per call, each emitted once its page (and transcripts) is in. A checkpoint
 * is saved when the consumer asks for the record after a page's last one, i.e. once the page is fully consumed;
 * a resume continues from the next page, so a consumer that makes each page durable before asking for more
 * gets every call exactly once.
 */
export async function* exportCalls(
  client: ExportClient,
  options: ExportOptions,
): AsyncGenerator<CallRecord, void, undefined> {
  const args = exportArguments(options);
  const { include } = args;
  const withTranscripts = include.includes("transcript");
  const saved = await options.checkpoint?.load();
  if (saved) {
    checkResumable(saved, args);
    if (saved.cursor === null) return;
  }
  const signal = options.signal ? { signal: options.signal } : {};
  const meter = progressMeter({
    client,
    requestsPerPage: withTranscripts ? 2 : 1,
    now: options.now ?? Date.now,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const seen = new Set(saved?.recentIds);
  let emitted = saved?.emitted ?? 0;
  let fetched = emitted;
  const input = {
    filter: {
      fromDateTime: args.from,
      toDateTime: args.to,
      ...(args.workspaceId ? { workspaceId: args.workspaceId } : {}),
      ...(args.primaryUserIds?.length ? { primaryUserIds: args.primaryUserIds } : {}),
    },
    contentSelector: contentSelectorFor(include),
    ...(saved?.cursor ? { cursor: saved.cursor } : {}),
  };

  for await (const page of pages(client, "GONG_RETRIEVE_FILTERED_CALL_DETAILS", input, signal)) {
    meter.learn(page);
    fetched += page.calls?.length ?? 0;
    const calls = [];
    for (const call of page.calls ?? []) {
      const id = callIdOf(call);
      if (seen.has(id)) continue;
      seen.add(id);
      calls.push({ id, call });
    }
    const transcripts = new Map<string, Monologue[]>();
    const ids = calls.map(({ id }) => id);
    const batches = withTranscripts ? chunks(ids, transcriptBatch) : [];
    const afterRequest = (owed: number) =>
      meter.request(owed === 0 ? emitted + calls.length : emitted, fetched, owed);
    afterRequest(batches.length);
    for (const [index, batch] of batches.entries()) {
      await addTranscripts(client, batch, transcripts, signal, (more) =>
        afterRequest(batches.length - index - 1 + (more ? 1 : 0)),
      );
    }

    for (const { id, call } of calls) {
      emitted += 1;
      yield toCallRecord(call, include, withTranscripts ? (transcripts.get(id) ?? []) : undefined);
    }
    const checkpoint: Checkpoint = {
      version: 1,
      arguments: args,
      cursor: cursorOf(page) ?? null,
      emitted,
      recentIds: ids,
    };
    await options.checkpoint?.save(checkpoint);
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** One transcript request for up to 100 calls, following its cursor should Gong page it. */
async function addTranscripts(
  client: PageRunner,
  callIds: string[],
  into: Map<string, Monologue[]>,
  signal: { signal?: AbortSignal },
  afterRequest: (more: boolean) => void,
): Promise<void> {
  for await (const page of pages(client, "GONG_GET_CALL_TRANSCRIPT", { filter: { callIds } }, signal)) {
    for (const { callId, transcript } of page.callTranscripts ?? []) {
      if (callId) into.set(callId, [...(into.get(callId) ?? []), ...(transcript ?? [])]);
    }
    afterRequest(cursorOf(page) !== undefined);
  }
}
