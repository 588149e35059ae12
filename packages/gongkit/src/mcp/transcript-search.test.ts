import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { type ToolContextOptions, toolContext } from "../../../../test/support/mcp-pair.js";
import { tokensOf } from "./tool-kit.js";
import { clock } from "./transcript-render.js";
import { queryMatchers, searchTranscriptsTool } from "./transcript-search.js";

interface Hit {
  callId: string;
  title: string;
  started?: string;
  at: string;
  speaker: string;
  text: string;
  before?: string;
  after?: string;
}
interface Found {
  hits: Hit[];
  totalHits: number;
  callsSearched: number;
  privateSkipped: number;
  truncated: boolean;
  note?: string;
  requests: { count: number; byAction: Record<string, number> };
}

function setup(options: ToolContextOptions = {}) {
  const { sandbox, context, exchanges } = toolContext(options);
  const search = async (args: Record<string, unknown>) => {
    const result = await searchTranscriptsTool.call(args, context);
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    return { result, text, found: result.structuredContent as unknown as Found };
  };
  return { sandbox, exchanges, search };
}

const august = { fromDateTime: "2026-08-01T00:00:00Z", toDateTime: "2026-09-01T00:00:00Z" };

describe("gong_search_transcripts", () => {
  it("finds a phrase with its call, time, named speaker and the sentences around it, in 2 requests", async () => {
    const { sandbox, exchanges, search } = setup();
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    const sentences = call?.transcript.flatMap((m) =>
      m.sentences.map((s) => ({ ...s, speakerId: m.speakerId })),
    );
    const index = sentences?.findIndex((s) => s.text.includes("Globex was in the news")) ?? -1;
    const target = sentences?.[index];
    const nameOf = (speakerId?: string) => call?.parties.find((party) => party.speakerId === speakerId)?.name;

    const { found } = await search({ query: '"GLOBEX WAS IN THE NEWS"', callIds: [sampleIds.callId] });
    const [hit] = found.hits;
    expect(hit).toEqual({
      callId: sampleIds.callId,
      title: call?.title,
      started: sampleIds.callStarted,
      at: clock(target?.start ?? 0),
      speaker: `${nameOf(target?.speakerId)} (internal)`,
      text: target?.text,
      before: `${nameOf(sentences?.[index - 1]?.speakerId)}: ${sentences?.[index - 1]?.text}`,
      after: `${nameOf(sentences?.[index + 1]?.speakerId)}: ${sentences?.[index + 1]?.text}`,
    });
    expect(found.totalHits).toBe(sentences?.filter((s) => /globex was in the news/i.test(s.text)).length);
    expect(found).toMatchObject({ callsSearched: 1, truncated: false });
    expect(exchanges).toHaveLength(2);
    expect(found.requests.byAction).toEqual({
      GONG_RETRIEVE_FILTERED_CALL_DETAILS: 1,
      GONG_GET_CALL_TRANSCRIPT: 1,
    });
  });

  it("searches a date range with every word in one sentence, naming external speakers' company", async () => {
    const { search, exchanges } = setup();
    const { found } = await search({ query: "security questionnaire", ...august, limit: 100 });
    expect(found.hits.length).toBeGreaterThan(0);
    for (const hit of found.hits) {
      expect(hit.text).toMatch(/\bsecurity\b/i);
      expect(hit.text).toMatch(/\bquestionnaire/i);
      expect(hit.speaker).toMatch(/ \((internal|[^,]+, external)\)$/);
      expect(hit.started && hit.started >= august.fromDateTime && hit.started < august.toDateTime).toBe(true);
    }
    expect(found.callsSearched).toBe(50);
    expect(exchanges).toHaveLength(2);
  });

  it("skips private calls unless they are included", async () => {
    const { sandbox, search } = setup();
    const range = { fromDateTime: "2026-06-01T00:00:00Z", toDateTime: "2026-08-01T00:00:00Z" };
    const inRange = sandbox.state.calls.filter(
      (call) => call.started >= range.fromDateTime && call.started < range.toDateTime,
    );
    const hidden = new Set(inRange.filter((call) => call.isPrivate).map((call) => call.id));
    expect(hidden.size).toBeGreaterThan(0);
    const args = { query: "the", ...range, maxCalls: 200, limit: 100 };
    const { found } = await search(args);
    expect(found).toMatchObject({ privateSkipped: hidden.size, callsSearched: inRange.length - hidden.size });
    expect(found.hits.some((hit) => hidden.has(hit.callId))).toBe(false);
    const all = await setup({ includePrivate: true }).search(args);
    expect(all.found).toMatchObject({ privateSkipped: 0, callsSearched: inRange.length });
    expect(all.found.totalHits).toBeGreaterThan(found.totalHits);
  });

  it("pages the call list and batches transcripts by 100 for up to 200 calls", async () => {
    const { exchanges, search } = setup();
    const { found } = await search({
      query: "budget",
      fromDateTime: sampleIds.datasetFrom,
      toDateTime: sampleIds.sandboxNow,
      maxCalls: 150,
    });
    expect(found.callsSearched).toBe(150);
    expect(found.truncated).toBe(true);
    expect(found.note).toContain("maxCalls");
    expect(found.requests.byAction.GONG_GET_CALL_TRANSCRIPT).toBe(2);
    expect(found.requests.byAction.GONG_RETRIEVE_FILTERED_CALL_DETAILS).toBe(2);
    expect(exchanges).toHaveLength(found.requests.count);
  });

  it("stays within the budget by showing fewer hits", async () => {
    const { search } = setup({ budgetTokens: 800 });
    const { found, result } = await search({ query: "we", ...august, limit: 100 });
    expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(800);
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.hits.length).toBeLessThan(found.totalHits);
    expect(found.truncated).toBe(true);
  });

  it.each([
    [{ query: "pricing" }, "fromDateTime"],
    [{ query: "pricing", fromDateTime: "2026-08-01", toDateTime: "2026-09-01T00:00:00Z" }, "fromDateTime"],
    [{ query: "pricing", ...august, toDateTime: "2026-07-01T00:00:00Z" }, "toDateTime: must be after"],
    [{ query: " ", ...august }, "query"],
    [{ query: "pricing", callIds: ["x1"] }, "callIds.0"],
    [{ query: "pricing", ...august, maxCalls: 500 }, "maxCalls"],
  ])("answers bad arguments %j with how to fix them, sending nothing", async (args, field) => {
    const { exchanges, search } = setup();
    const { result, text } = await search(args);
    expect(result.isError).toBe(true);
    expect(text).toContain(field);
    expect(text).toContain("Example:");
    expect(exchanges).toHaveLength(0);
  });
});

describe("queryMatchers", () => {
  it("matches words at word starts, case-insensitively, and quoted phrases as a whole", () => {
    const [price] = queryMatchers("Price");
    expect(price?.test("Our prices went up")).toBe(true);
    expect(price?.test("That is an overprice")).toBe(false);
    const phrase = queryMatchers('"security  review" soc');
    expect(phrase).toHaveLength(2);
    expect(phrase[0]?.test("the Security review takes weeks")).toBe(true);
    expect(phrase[0]?.test("security teams review")).toBe(false);
    expect(queryMatchers('""')).toEqual([]);
  });
});
