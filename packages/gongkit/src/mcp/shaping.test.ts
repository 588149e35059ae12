import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { mcpPair } from "../../../../test/support/mcp-pair.js";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { createGongMcpServer } from "./server.js";
import { compactValue, decodeCursor, encodeCursor } from "./shaping.js";
import { tokensOf } from "./tool-kit.js";

async function connect(budgetTokens: number) {
  const { client: gong, exchanges, sandbox } = sandboxWithClient();
  const client = await mcpPair(createGongMcpServer({ client: gong, budgetTokens, includePrivate: true }));
  return { client, exchanges, sandbox };
}

type Page = { calls: { id: string }[]; gongkit?: { nextCursor?: string; shown?: string } };
const range = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };

describe("results within the token budget", () => {
  it("cuts a long page to the budget and continues with a cursor until every call was seen once", async () => {
    const budget = 2_000;
    const { client, exchanges, sandbox } = await connect(budget);
    const seen: string[] = [];
    let cursor: string | undefined;
    let results = 0;
    do {
      const result = await client.callTool({
        name: "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS",
        arguments: cursor ? { ...range, cursor } : range,
      });
      expect(result.isError).toBeFalsy();
      expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(budget);
      const page = result.structuredContent as Page;
      seen.push(...page.calls.map((call) => call.id));
      cursor = page.gongkit?.nextCursor;
      results++;
    } while (cursor && results < 500);
    const expected = sandbox.state.calls
      .filter((call) => call.started >= range.fromDateTime && call.started < range.toDateTime)
      .map((call) => call.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(expected.sort());
    // Several results per Gong page, and each page fetched once: the rest of a cut page comes from memory.
    const gongPages = Math.ceil(expected.length / 100);
    expect(exchanges).toHaveLength(gongPages);
    expect(results).toBeGreaterThan(gongPages);
  });

  it("drops nulls from answers and says when even one item does not fit", async () => {
    const { client } = await connect(30);
    const result = await client.callTool({
      name: "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS",
      arguments: range,
    });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toMatch(/result_too_large.*Narrow the request/);
    expect(compactValue({ a: null, b: [1, { c: null, d: 2n }], e: undefined })).toEqual({
      b: [1, { d: "2" }],
    });
  });

  it("reads back its own cursors and passes Gong's through", () => {
    expect(decodeCursor(encodeCursor({ gongCursor: "abc", skip: 40 }))).toEqual({
      gongCursor: "abc",
      skip: 40,
    });
    expect(decodeCursor(encodeCursor({ skip: 3 }))).toEqual({ skip: 3 });
    expect(decodeCursor("eyJhbGciOi-gong-cursor")).toBeUndefined();
    expect(decodeCursor("gk1.not-json")).toBeUndefined();
  });
});
