import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { getAction, isActionId, listActions, sampleIds } from "@gongkit/client/internal/catalog/index.js";
import { generateText } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { gongTools } from "./ai-sdk.js";
import { functionDefinition } from "./function-schemas.js";

/** A model whose one answer is a call of `toolName` with `input`. */
function modelCalling(toolName: string, input: unknown) {
  const answer: LanguageModelV3GenerateResult = {
    content: [{ type: "tool-call", toolCallId: "call-1", toolName, input: JSON.stringify(input) }],
    finishReason: { unified: "tool-calls", raw: "tool_calls" },
    usage: {
      inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 5, text: 5, reasoning: 0 },
    },
    warnings: [],
  };
  return new MockLanguageModelV3({ doGenerate: answer });
}

describe("gongTools (Vercel AI SDK)", () => {
  it("lets a model call an action and records the call Gong returned", async () => {
    const { client, exchanges } = sandboxWithClient();
    const model = modelCalling("GONG_GET_CALL_BY_ID", { id: sampleIds.callId });
    const result = await generateText({ model, tools: gongTools({ client }), prompt: "Which call is this?" });

    expect(result.toolResults).toHaveLength(1);
    expect(result.toolResults[0]).toMatchObject({
      toolName: "GONG_GET_CALL_BY_ID",
      input: { id: sampleIds.callId },
      output: { call: { id: sampleIds.callId } },
    });
    expect(exchanges.map((e) => `${e.method} ${e.url.pathname}`)).toEqual([
      `GET /v2/calls/${sampleIds.callId}`,
    ]);
    const offered = model.doGenerateCalls[0]?.tools?.find((t) => t.name === "GONG_GET_CALL_BY_ID");
    const { description, parameters } = functionDefinition(getAction("GONG_GET_CALL_BY_ID"));
    expect(offered).toMatchObject({
      type: "function",
      description,
      inputSchema: parameters,
      inputExamples: [{ input: { id: sampleIds.callId } }],
    });
  });

  it("returns a bad input as an error value the model can act on, without a request to Gong", async () => {
    const { client, exchanges } = sandboxWithClient();
    const model = modelCalling("GONG_GET_CALL_BY_ID", { callId: sampleIds.callId });
    const result = await generateText({ model, tools: gongTools({ client }), prompt: "Get the call" });

    expect(result.toolResults[0]?.output).toEqual({
      error: {
        code: "invalid_input",
        message: expect.stringContaining("id"),
        fields: expect.arrayContaining([expect.objectContaining({ path: "id" })]),
      },
    });
    expect(exchanges).toEqual([]);
  });

  it("keeps private calls from the model unless includePrivate is set", async () => {
    const { client, sandbox } = sandboxWithClient();
    const privateCall = sandbox.state.calls.find((call) => call.isPrivate);
    if (!privateCall) throw new Error("the sandbox seeds private calls");
    const ask = (includePrivate: boolean) =>
      generateText({
        model: modelCalling("GONG_GET_CALL_BY_ID", { id: privateCall.id }),
        tools: gongTools({ client, includePrivate }),
        prompt: "Get the call",
      });
    expect((await ask(false)).toolResults[0]?.output).toMatchObject({
      error: { code: "private_call", message: expect.stringMatching(/private/) },
    });
    expect((await ask(true)).toolResults[0]?.output).toMatchObject({ call: { id: privateCall.id } });
  });

  it("cuts a long answer to the token budget and says how to continue", async () => {
    const { client } = sandboxWithClient();
    const range = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };
    const result = await generateText({
      model: modelCalling("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", range),
      tools: gongTools({ client, budgetTokens: 2_000 }),
      prompt: "List the calls",
    });
    const output = result.toolResults[0]?.output as { calls: unknown[]; gongkit: { nextCursor: string } };
    expect(output.calls.length).toBeGreaterThan(0);
    expect(output.calls.length).toBeLessThan(100);
    expect(output.gongkit.nextCursor).toMatch(/^gk1\./);
  });

  it("asks for approval before a destructive action unless allowDestructive is set", async () => {
    const { client, exchanges } = sandboxWithClient();
    const input = getAction("GONG_DELETE_MEETING").examples[0]?.input;
    const model = modelCalling("GONG_DELETE_MEETING", input);
    const result = await generateText({ model, tools: gongTools({ client }), prompt: "Delete it" });

    expect(result.content).toContainEqual(
      expect.objectContaining({
        type: "tool-approval-request",
        toolCall: expect.objectContaining({ toolName: "GONG_DELETE_MEETING" }),
      }),
    );
    expect(result.toolResults).toEqual([]);
    expect(exchanges).toEqual([]);

    const trusted = gongTools({ client, allowDestructive: true });
    expect(trusted.GONG_DELETE_MEETING?.needsApproval).toBe(false);
    expect(gongTools({ client }).GONG_GET_CALL_BY_ID?.needsApproval).toBe(false);
  });

  it("offers paid-credit actions only with allowPaidCredits, and honours toolsets and readOnly", () => {
    const { client } = sandboxWithClient();
    const paid = listActions()
      .filter((a) => a.safety.paidCredits && !a.deprecatedFor)
      .map((a) => a.id);
    expect(paid.length).toBeGreaterThan(0);
    expect(Object.keys(gongTools({ client }))).not.toEqual(expect.arrayContaining([paid[0]]));
    expect(Object.keys(gongTools({ client, allowPaidCredits: true }))).toEqual(expect.arrayContaining(paid));

    const reads = Object.keys(gongTools({ client, toolsets: ["calls"], readOnly: true }));
    expect(reads).toContain("GONG_GET_CALL_BY_ID");
    expect(reads).not.toContain("GONG_ADD_NEW_CALL_V2_CALLS");
    // besides the calls actions, only the outcome tools (all reads)
    expect(
      reads.filter((id) => !id.startsWith("gong_") && (!isActionId(id) || getAction(id).group !== "calls")),
    ).toEqual([]);
  });

  it("offers the tools beyond the raw API beside the actions, with their toolsets", async () => {
    const { client } = sandboxWithClient();
    const names = Object.keys(gongTools({ client })).filter((name) => name.startsWith("gong_"));
    expect(names.sort()).toEqual(
      [
        "gong_call_brief",
        "gong_export_calls",
        "gong_find_calls",
        "gong_find_user",
        "gong_read_transcript",
        "gong_search_transcripts",
      ].sort(),
    );
    const forUsers = Object.keys(gongTools({ client, toolsets: ["users"] }));
    expect(forUsers.filter((name) => name.startsWith("gong_"))).toEqual(["gong_find_user"]);
    const exported = (await gongTools({ client }).gong_export_calls?.execute?.(
      { fromDateTime: "2026-08-01T00:00:00Z", toDateTime: "2026-08-08T00:00:00Z", include: ["parties"] },
      { toolCallId: "1", messages: [] },
    )) as { complete: boolean; calls: number };
    expect(exported.complete).toBe(true);
    expect(exported.calls).toBeGreaterThan(0);
  });
});
