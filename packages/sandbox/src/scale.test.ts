import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { pinnedNow } from "../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../test/support/sandbox-request.js";
import { createSandbox } from "./app.js";
import { buildCoreState } from "./dataset/core.js";
import { defaultSeed } from "./dataset/index.js";

const from = sampleIds.datasetFrom;
const to = sampleIds.sandboxNow;

describe("a sandbox with more calls", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow, calls: 1000 });
  const { calls } = sandbox.state;

  it("holds exactly that many calls over the same 28 weeks, the sample calls among them", () => {
    expect(calls).toHaveLength(1000);
    expect(new Set(calls.map((call) => call.id)).size).toBe(1000);
    const ids = calls.map((call) => call.id);
    expect(ids).toContain(sampleIds.callId);
    expect(ids).toContain(sampleIds.callAwaitingMediaId);
    expect(calls.every((call) => call.started >= from && call.started < to)).toBe(true);
    expect(calls.every((call) => call.parties.length > 0)).toBe(true);
    const withTranscript = calls.filter((call) => call.transcript.length > 0);
    expect(withTranscript.length).toBe(999);
    const hosts = new Set(calls.map((call) => call.primaryUserId));
    expect(hosts.size).toBeGreaterThan(10);
  });

  it("is the same for the same seed", () => {
    const again = buildCoreState(defaultSeed, new Date(to), 1000).calls;
    const digest = (list: typeof calls) =>
      list.map((call) => [call.id, call.started, call.parties.map((party) => party.id).join()].join("|"));
    expect(digest(again)).toEqual(digest(calls));
  });

  it("pages every call of a range exactly once, as the ground truth says", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const reply = await sandboxRequest(sandbox, "GET", "/v2/calls", {
        query: { fromDateTime: from, toDateTime: to, ...(cursor ? { cursor } : {}) },
      });
      expect(reply.status).toBe(200);
      seen.push(...reply.body.calls.map((call: { id: string }) => call.id));
      cursor = reply.body.records.cursor;
    } while (cursor);
    expect(seen).toEqual(sandbox.groundTruth.callIds(from, to));
    expect(seen).toHaveLength(1000);
    const july = sandbox.groundTruth.callIds("2026-07-01T00:00:00Z", new Date("2026-08-01T00:00:00Z"));
    // 1,000 calls over 28 weeks: about 150 a month.
    expect(july.length).toBeGreaterThan(100);
    expect(july.length).toBeLessThan(250);
  });

  it("refuses a call count it cannot build", () => {
    for (const count of [1, 2.5, 5001])
      expect(() => createSandbox({ calls: count })).toThrow(/calls must be/);
  });
});
