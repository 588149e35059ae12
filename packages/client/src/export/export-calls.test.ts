import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { sampleIds } from "../catalog/index.js";
import type { PageRunner } from "../client/paginate.js";
import { fail } from "../core/envelope.js";
import { GongError } from "../core/errors.js";
import type { Checkpoint, CheckpointStore } from "./checkpoint.js";
import { type ExportOptions, exportCalls } from "./export-calls.js";
import type { ExportProgress } from "./progress.js";
import { type CallRecord, nameSpeakers } from "./record.js";

const window = { from: sampleIds.datasetFrom, to: sampleIds.sandboxNow };
const extensivePath = "/v2/calls/extensive";

async function all(records: AsyncIterable<CallRecord>): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

function memoryStore(): CheckpointStore & { saved: Checkpoint[] } {
  const saved: Checkpoint[] = [];
  return { saved, load: async () => saved.at(-1), save: async (checkpoint) => void saved.push(checkpoint) };
}

/** A runner whose Nth extensive request fails with a server error (as after the client's retries). */
function failingOnExtensive(client: PageRunner, failAt: number): PageRunner {
  let count = 0;
  return {
    runById: async (id, input) => {
      if (id === "GONG_RETRIEVE_FILTERED_CALL_DETAILS" && ++count === failAt) {
        return fail(new GongError("server_error", "Gong answered 503", { status: 503 }));
      }
      return client.runById(id, input);
    },
  };
}

describe("exportCalls", () => {
  it("exports 300 calls with transcripts in ceil(300/100) * 2 = 6 requests", async () => {
    const { client, exchanges } = sandboxWithClient();
    const records = await all(exportCalls(client, { ...window, include: ["parties", "transcript"] }));
    expect(records).toHaveLength(300);
    expect(new Set(records.map((record) => record.id)).size).toBe(300);
    expect(exchanges.map((e) => `${e.method} ${e.url.pathname}`)).toEqual(
      Array(3)
        .fill([`POST ${extensivePath}`, "POST /v2/calls/transcript"])
        .flat(),
    );
    // Each transcript request asks for exactly the calls of the page before it.
    for (let page = 0; page < 3; page++) {
      const calls = JSON.parse(exchanges[page * 2]?.responseText ?? "").calls;
      const asked = JSON.parse(exchanges[page * 2 + 1]?.requestBody ?? "").filter.callIds;
      expect(asked).toEqual(calls.map((call: { metaData: { id: string } }) => call.metaData.id));
    }
  });

  it("makes one request a page without transcripts and sends the contentSelector of the include", async () => {
    const { client, exchanges } = sandboxWithClient();
    const records = await all(exportCalls(client, { ...window, include: ["content"] }));
    expect(records).toHaveLength(300);
    expect(exchanges).toHaveLength(3);
    const body = JSON.parse(exchanges[0]?.requestBody ?? "");
    expect(body.filter).toEqual({ fromDateTime: window.from, toDateTime: window.to });
    expect(Object.keys(body.contentSelector.exposedFields)).toEqual(["content"]);
    const sample = records.find((record) => record.id === sampleIds.callId);
    expect(Object.keys(sample ?? {}).sort()).toEqual(["content", "id", "metaData"]);
    expect(sample?.content?.topics?.length).toBeGreaterThan(0);
  });

  it("names each monologue's speaker from the call's parties", async () => {
    const { client, sandbox } = sandboxWithClient();
    const records = await all(exportCalls(client, { ...window, include: ["transcript"] }));
    const sample = records.find((record) => record.id === sampleIds.callId);
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    expect(sample?.parties).toBeUndefined();
    expect(sample?.transcript).toHaveLength(call?.transcript.length ?? -1);
    for (const [index, monologue] of (sample?.transcript ?? []).entries()) {
      const party = call?.parties.find((candidate) => candidate.speakerId === monologue.speakerId);
      expect(monologue).toMatchObject({
        speakerId: call?.transcript[index]?.speakerId,
        speakerName: party?.name,
        affiliation: party?.affiliation,
      });
    }
    expect(records.filter((record) => record.transcript?.length === 0)).toHaveLength(1);
  });

  it("keeps an unknown speaker's id with a null name", () => {
    const monologues = [
      { speakerId: "1", topic: "Pricing", sentences: [{ start: 0, end: 900, text: "Hello." }] },
      { speakerId: "2", sentences: null },
    ];
    const parties = [{ speakerId: "1", name: "Dana Reyes", affiliation: "Internal" }];
    expect(nameSpeakers(monologues, parties)).toEqual([
      {
        speakerId: "1",
        speakerName: "Dana Reyes",
        affiliation: "Internal",
        topic: "Pricing",
        sentences: monologues[0]?.sentences,
      },
      { speakerId: "2", speakerName: null, affiliation: null, topic: null, sentences: [] },
    ]);
  });

  it("emits a call once even when Gong's pages overlap", async () => {
    const { client } = sandboxWithClient();
    let lastOfPage: unknown;
    const overlapping: PageRunner = {
      runById: async (id, input) => {
        const envelope = await client.runById(id, input);
        const data = envelope.data as { calls?: unknown[]; records?: { cursor?: string } } | null;
        if (id !== "GONG_RETRIEVE_FILTERED_CALL_DETAILS" || !data?.calls) return envelope;
        if (lastOfPage) data.calls.unshift(lastOfPage, lastOfPage);
        lastOfPage = data.calls.at(-1);
        return envelope;
      },
    };
    const records = await all(exportCalls(overlapping, { ...window, include: [] }));
    expect(records).toHaveLength(300);
    expect(new Set(records.map((record) => record.id)).size).toBe(300);
  });

  it("resumes after a failed page from the checkpoint: every call exactly once", async () => {
    const { client, exchanges } = sandboxWithClient();
    const store = memoryStore();
    const options: ExportOptions = { ...window, include: ["transcript"], checkpoint: store };
    const first: CallRecord[] = [];
    await expect(async () => {
      for await (const record of exportCalls(failingOnExtensive(client, 3), options)) first.push(record);
    }).rejects.toThrow("503");
    expect(first).toHaveLength(200);
    expect(store.saved.map((checkpoint) => checkpoint.emitted)).toEqual([100, 200]);
    expect(store.saved.at(-1)?.recentIds).toEqual(first.slice(100).map((record) => record.id));

    const before = exchanges.length;
    const rest = await all(exportCalls(client, options));
    expect(rest).toHaveLength(100);
    expect(exchanges.length - before).toBe(2);
    expect(new Set([...first, ...rest].map((record) => record.id)).size).toBe(300);
    expect(store.saved.at(-1)).toMatchObject({ cursor: null, emitted: 300 });
    expect(await all(exportCalls(client, options))).toEqual([]);
  });

  it("refuses to resume a checkpoint made with other arguments", async () => {
    const { client, exchanges } = sandboxWithClient();
    const store = memoryStore();
    await all(
      exportCalls(failingOnExtensive(client, 2), { ...window, include: ["parties"], checkpoint: store }),
    ).catch(() => undefined);
    const sent = exchanges.length;
    const other = { ...window, include: ["parties", "transcript"] as const, checkpoint: store };
    await expect(all(exportCalls(client, other))).rejects.toThrow(
      /Cannot resume: the checkpoint is for an export from .* including parties, not .* including parties,transcript/,
    );
    const later = {
      ...window,
      from: "2026-07-01T00:00:00Z",
      include: ["parties"] as const,
      checkpoint: store,
    };
    await expect(all(exportCalls(client, later))).rejects.toMatchObject({ code: "invalid_input" });
    const narrower = { ...window, include: ["parties"] as const, workspaceId: "1", checkpoint: store };
    await expect(all(exportCalls(client, narrower))).rejects.toThrow(/not from .* in workspace 1 including/);
    expect(exchanges.length).toBe(sent);
  });

  it("reports progress after every request, with the budget and, once a page is timed, an ETA", async () => {
    const { client } = sandboxWithClient();
    let now = 0;
    let sent = 0;
    // Each request takes a second and spends one of 9,000 requests left today.
    const governed = {
      runById: (id: string, input?: unknown) => {
        now += 1000;
        sent += 1;
        return client.runById(id, input);
      },
      rateState: () => ({ remainingToday: 9000 - sent, queued: 0 }),
    };
    const reports: ExportProgress[] = [];
    const options = { ...window, include: ["transcript"] as const, now: () => now };
    await all(exportCalls(governed, { ...options, onProgress: (progress) => void reports.push(progress) }));
    expect(reports.map((report) => report.requests)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reports.map((report) => report.records)).toEqual([0, 100, 100, 200, 200, 300]);
    expect(reports.map((report) => report.budgetRemaining)).toEqual([8999, 8998, 8997, 8996, 8995, 8994]);
    expect(reports.map((report) => report.etaSeconds)).toEqual([undefined, 4, 3, 2, 1, 0]);
    expect(reports.every((report) => report.totalRecords === 300)).toBe(true);
  });

  it("exports nothing from an empty range in one request", async () => {
    const { client, exchanges } = sandboxWithClient();
    const store = memoryStore();
    const empty = {
      from: "2020-01-01T00:00:00Z",
      to: "2020-02-01T00:00:00Z",
      include: ["transcript"] as const,
    };
    expect(await all(exportCalls(client, { ...empty, checkpoint: store }))).toEqual([]);
    expect(exchanges.map((e) => e.status)).toEqual([404]);
    expect(store.saved).toEqual([expect.objectContaining({ cursor: null, emitted: 0 })]);
  });
});
