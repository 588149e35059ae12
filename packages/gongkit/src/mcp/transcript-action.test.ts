import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { ActionOutput } from "@gongkit/client/internal/catalog/types.js";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { type ToolContextOptions, toolContext } from "../../../../test/support/mcp-pair.js";
import { defaultBudgetTokens, tokensOf, trackRequests } from "./tool-kit.js";
import { transcriptActionOutputSchema, transcriptActionResult } from "./transcript-action.js";
import { readTranscriptTool } from "./transcript-view.js";

interface ActionCalls {
  calls: { callId: string; title: string; lines: string[]; totalLines: number; nextOffset: number | null }[];
  notShown?: string[];
  privateLeftOut: number;
  note?: string;
  requests: { count: number; byAction: Record<string, number> };
}

/** The GONG_GET_CALL_TRANSCRIPT tool's result for these transcript filters, as a server would produce it. */
async function actionResult(filter: Record<string, unknown>, options: ToolContextOptions = {}) {
  const { sandbox, context, exchanges } = toolContext(options);
  const tracker = trackRequests(context.client);
  const raw = await tracker.run("GONG_GET_CALL_TRANSCRIPT", { filter });
  expect(raw.successful).toBe(true);
  const result = await transcriptActionResult(
    raw.data as ActionOutput<"GONG_GET_CALL_TRANSCRIPT">,
    context,
    tracker,
  );
  const text = (result.content as { text: string }[])[0]?.text ?? "";
  return {
    sandbox,
    context,
    exchanges,
    result,
    text,
    value: result.structuredContent as unknown as ActionCalls,
  };
}

/** A day with a private call among public ones. */
function dayWithPrivateCall(calls: { started: string; isPrivate: boolean }[]) {
  const dayOf = (call: { started: string }) => call.started.slice(0, 10);
  const publicDays = new Set(calls.filter((call) => !call.isPrivate).map(dayOf));
  const day =
    calls
      .filter((call) => call.isPrivate)
      .map(dayOf)
      .find((candidate) => publicDays.has(candidate)) ?? "";
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().replace(".000", "");
  return { fromDateTime: `${day}T00:00:00Z`, toDateTime: next };
}

describe("transcriptActionResult", () => {
  it("renders each call's transcript as named lines with one extra details request", async () => {
    const { exchanges, value, result } = await actionResult(
      { callIds: [sampleIds.callId] },
      { budgetTokens: 60_000 },
    );
    expect(result.isError).toBeFalsy();
    const [call] = value.calls;
    expect(call?.title).toBe("Globex <> Acme Sales | Discovery");
    expect(call?.lines[0]).toMatch(/^\[00:00\] Dana Reyes \(internal\): /);
    expect(call?.lines[1]).toMatch(/^\[00:0\d\] Priya Natarajan \(Globex, external\): /);
    expect(call).toMatchObject({ nextOffset: null, totalLines: call?.lines.length });
    expect(exchanges.map((exchange) => exchange.url.pathname)).toEqual([
      "/v2/calls/transcript",
      "/v2/calls/extensive",
    ]);
    expect(value.requests.count).toBe(2);
    expect(new Ajv().validate(transcriptActionOutputSchema, value)).toBe(true);
  });

  it("leaves private calls out and says how many, unless private calls are included", async () => {
    const { sandbox } = await actionResult({ callIds: [sampleIds.callId] });
    const filter = dayWithPrivateCall(sandbox.state.calls);
    const hidden = new Set(sandbox.state.calls.filter((call) => call.isPrivate).map((call) => call.id));
    const left = await actionResult(filter);
    expect(left.value.privateLeftOut).toBeGreaterThan(0);
    expect(left.value.calls.length).toBeGreaterThan(0);
    expect(left.value.calls.some((call) => hidden.has(call.callId))).toBe(false);
    const all = await actionResult(filter, { includePrivate: true });
    expect(all.value.privateLeftOut).toBe(0);
    expect(all.value.calls).toHaveLength(left.value.calls.length + left.value.privateLeftOut);
    expect(all.value.requests.count).toBe(2);
  });

  it("cuts calls that do not fit the budget, with a nextOffset that gong_read_transcript continues from", async () => {
    const budgetTokens = 1500;
    const { value, result, context } = await actionResult(
      { fromDateTime: "2026-08-18T00:00:00Z", toDateTime: "2026-08-20T00:00:00Z" },
      { budgetTokens },
    );
    expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(budgetTokens);
    expect(value.note).toContain("gong_read_transcript");
    const [first] = value.calls;
    expect(first?.nextOffset).toBe(first?.lines.length);
    expect(value.calls.slice(1).every((call) => call.lines.length === 0)).toBe(true);
    const more = await readTranscriptTool.call(
      { callId: first?.callId, offset: 0, limit: (first?.lines.length ?? 0) + 2 },
      { ...context, budgetTokens: defaultBudgetTokens },
    );
    const lines = (more.structuredContent as { lines: string[] }).lines;
    expect(lines.slice(0, first?.lines.length)).toEqual(first?.lines);
    expect(lines.length).toBe((first?.lines.length ?? 0) + 2);
  });

  it("lists only the ids of calls when even their headers do not fit", async () => {
    const { value, result } = await actionResult(
      { fromDateTime: "2026-08-01T00:00:00Z", toDateTime: "2026-08-20T00:00:00Z" },
      { budgetTokens: 1200 },
    );
    expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(1200);
    expect(value.notShown?.length).toBeGreaterThan(0);
    expect(value.note).toContain("notShown");
  });

  it("continues from memory: reading on at a nextOffset or a call left out sends Gong nothing", async () => {
    const { value, context, exchanges } = await actionResult(
      { fromDateTime: "2026-08-01T00:00:00Z", toDateTime: "2026-08-20T00:00:00Z" },
      { budgetTokens: 8000 },
    );
    const sent = exchanges.length;
    expect(value.requests.count).toBe(2); // the transcripts and one details request naming their speakers
    // one call cut part way, one listed with no lines at all
    const partly = value.calls.find((call) => call.lines.length > 0 && call.nextOffset !== null);
    const unread = value.calls.find((call) => call.lines.length === 0 && call.totalLines > 0);
    expect(partly && unread).toBeTruthy();
    for (const args of [
      { callId: partly?.callId, offset: partly?.nextOffset },
      { callId: unread?.callId, offset: 0 },
    ]) {
      const page = (await readTranscriptTool.call(args, context)).structuredContent as {
        lines: string[];
        requests: { count: number };
      };
      expect(page.lines.length).toBeGreaterThan(0);
      expect(page.requests.count).toBe(0);
    }
    expect(exchanges.length).toBe(sent);
  });

  it("keeps its output schema small enough for tools/list", () => {
    expect(tokensOf(JSON.stringify(transcriptActionOutputSchema))).toBeLessThan(150);
  });
});
