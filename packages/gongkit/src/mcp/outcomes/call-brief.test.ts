import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CallRecord } from "@gongkit/sandbox/internal/state.js";
import { describe, expect, it } from "vitest";
import { type ToolContextOptions, toolContext } from "../../../../../test/support/mcp-pair.js";
import { resultTokens } from "../tool-kit.js";
import { callBriefTool } from "./call-brief.js";

interface Party {
  name: string;
  company?: string;
  affiliation: string;
  host?: true;
  talkPercent: number | null;
}
interface Brief {
  call: { id: string; title: string; durationMinutes: number; url: string };
  parties: Party[];
  talkRatio: { companyPercent: number; customerPercent: number } | null;
  trackers: { name: string; count: number; firstSaidAt: string | null }[];
  brief: string | null;
  keyPoints: string[] | null;
  nextSteps: string[] | null;
  outcome: { name: string; category: string | null } | null;
  outline: unknown[] | null;
  omittedForBudget?: string[];
  requests: { count: number };
}

function setup(options: ToolContextOptions = {}) {
  const { sandbox, context, exchanges } = toolContext(options);
  const call = (callId: unknown) => callBriefTool.call({ callId }, context);
  const brief = async (callId: string) => {
    const result = await call(callId);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    return result.structuredContent as unknown as Brief;
  };
  const fail = async (args: Record<string, unknown>) => {
    const result = await callBriefTool.call(args, context);
    expect(result.isError).toBe(true);
    return (result.content[0] as { text: string }).text;
  };
  const find = (test: (call: CallRecord) => boolean) => {
    const found = sandbox.state.calls.find(test);
    if (!found) throw new Error("the dataset has no such call");
    return found;
  };
  return { state: sandbox.state, exchanges, brief, fail, find };
}

/** Seconds each speaker talked, from the transcript: the ground truth of the talk ratio. */
function spoken(call: CallRecord): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const monologue of call.transcript) {
    const time = monologue.sentences.reduce(
      (sum, sentence) => sum + (sentence.end - sentence.start) / 1000,
      0,
    );
    seconds.set(monologue.speakerId, (seconds.get(monologue.speakerId) ?? 0) + time);
  }
  return seconds;
}

describe("gong_call_brief", () => {
  it("briefs the sample call in one request: parties, talk ratio, trackers, Gong's summary", async () => {
    const { exchanges, brief, find } = setup();
    const call = find((candidate) => candidate.id === sampleIds.callId);
    const result = await brief(sampleIds.callId);
    expect(exchanges).toHaveLength(1);
    expect(result.requests.count).toBe(1);
    expect(result.call).toMatchObject({ id: call.id, title: call.title, durationMinutes: 45, url: call.url });

    expect(result.parties.map((party) => party.name)).toEqual(call.parties.map((party) => party.name));
    expect(result.parties.find((party) => party.host)?.name).toBe("Dana Reyes");
    expect(result.parties.find((party) => party.name === "Priya Natarajan")).toMatchObject({
      company: "Globex",
      affiliation: "External",
    });

    const seconds = spoken(call);
    const total = [...seconds.values()].reduce((sum, value) => sum + value, 0);
    const internal = call.parties.filter((party) => party.affiliation === "Internal");
    const company = internal.reduce((sum, party) => sum + (seconds.get(party.speakerId ?? "") ?? 0), 0);
    expect(result.talkRatio?.companyPercent).toBeCloseTo((100 * company) / total, 0);
    expect((result.talkRatio?.companyPercent ?? 0) + (result.talkRatio?.customerPercent ?? 0)).toBeCloseTo(
      100,
      5,
    );
    const shares = result.parties.reduce((sum, party) => sum + (party.talkPercent ?? 0), 0);
    expect(Math.abs(shares - 100)).toBeLessThanOrEqual(0.5);

    const hits = call.trackers.filter((hit) => hit.occurrences.length > 0);
    expect(
      result.trackers
        .map(({ name, count }) => ({ name, count }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(
      hits
        .map((hit) => ({ name: hit.name, count: hit.occurrences.length }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    const first = Math.min(...(hits[0]?.occurrences.map((occurrence) => occurrence.startTime) ?? []));
    const clock = `${Math.floor(first / 60)}:${String(Math.floor(first % 60)).padStart(2, "0")}`;
    expect(result.trackers.find((tracker) => tracker.name === hits[0]?.name)?.firstSaidAt).toBe(clock);

    expect(result.brief).toBe(call.brief);
    expect(result.keyPoints).toEqual(call.keyPoints);
    expect(result.nextSteps).toEqual(call.nextSteps);
    expect(result.outline?.length).toBe(call.outline.length);
  });

  it("gives the call outcome when Gong has one, and null for what Gong does not give", async () => {
    const { state, brief, find } = setup();
    const phone = find((call) => call.callOutcomeId !== undefined && !call.isPrivate);
    const outcome = state.callOutcomes.find((candidate) => candidate.id === phone.callOutcomeId);
    expect((await brief(phone.id)).outcome).toEqual({ name: outcome?.name, category: outcome?.category });
    const bare = find((call) => !call.brief && call.keyPoints.length === 0 && !call.isPrivate);
    const result = await brief(bare.id);
    expect(result).toMatchObject({ brief: null, keyPoints: null, nextSteps: null, outline: null });
  });

  it("names a party's company by the call's CRM account when the party's email is at its website", async () => {
    // A call the dialer registered: Gong links the call to Globex's account, but the party to no CRM record.
    const { brief } = setup();
    const result = await brief(sampleIds.callAwaitingMediaId);
    expect(result.parties.find((party) => party.name === "Priya Natarajan")?.company).toBe("Globex");
  });

  it("refuses a private call unless private calls are included", async () => {
    const { find, fail } = setup();
    const hidden = find((call) => call.isPrivate);
    expect(await fail({ callId: hidden.id })).toContain("private");
    const result = await setup({ includePrivate: true }).brief(hidden.id);
    expect(result.call.id).toBe(hidden.id);
  });

  it("names an unknown call id", async () => {
    const { exchanges, fail } = setup();
    expect(await fail({ callId: "1234567890123456789" })).toContain("No call with id 1234567890123456789");
    expect(exchanges).toHaveLength(1);
  });

  it("rejects a bad id with how to fix it, sending nothing", async () => {
    const { exchanges, fail } = setup();
    expect(await fail({ callId: "call-42" })).toBe(
      "invalid_input: gong_call_brief was called with bad arguments; nothing was sent to Gong.\nFix these fields:\n" +
        '- callId: must be a Gong call id: up to 20 digits, e.g. "7782342274025937895"\n' +
        'Example: {"callId":"7782342274025937895"}',
    );
    expect(await fail({ callId: 7782342274025937 })).toContain("callId: must be a string of digits");
    expect(await fail({})).toContain("callId");
    expect(await fail({ callId: sampleIds.callId, verbose: true })).toContain("verbose");
    expect(exchanges).toHaveLength(0);
  });

  it("fits the token budget by leaving out the least useful parts, and says which", async () => {
    const full = await setup().brief(sampleIds.callId);
    const budget = resultTokens({ ...full }) - 50;
    const { brief } = setup({ budgetTokens: budget });
    const result = await brief(sampleIds.callId);
    expect(result.omittedForBudget).toContain("outline");
    expect(result.outline).toBeNull();
    expect(resultTokens({ ...result })).toBeLessThanOrEqual(budget);
    expect(result.trackers).toEqual(full.trackers);
    const tiny = setup({ budgetTokens: 50 });
    expect(await tiny.fail({ callId: sampleIds.callId })).toContain(
      "does not fit the result budget of 50 tokens",
    );
  });
});
