import { readFileSync } from "node:fs";
import { listActions } from "@gongkit/client/internal/catalog/index.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { sandboxBaseUrl } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";
import { mcpPair } from "../../../../test/support/mcp-pair.js";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { createGongMcpServer, type GongMcpServerOptions } from "./server.js";

async function connect(options: Omit<GongMcpServerOptions, "client"> = {}) {
  const { client: gong, exchanges } = sandboxWithClient();
  const client = await mcpPair(createGongMcpServer({ client: gong, ...options }));
  return { client, exchanges };
}

describe("MCP server", () => {
  it("lists every non-deprecated action as a tool with catalogue annotations", async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    // 68 non-deprecated actions less the two paid-credit ones, and the six tools beyond the raw API
    expect(tools.length).toBe(72);
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "gong_find_calls",
        "gong_call_brief",
        "gong_read_transcript",
        "gong_search_transcripts",
      ]),
    );
    const erase = tools.find((t) => t.name === "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS");
    // only what differs from MCP's defaults (writes, destructive, not idempotent, open world), and destructiveHint
    expect(erase?.annotations).toEqual({ destructiveHint: true, idempotentHint: true });
    const update = tools.find((t) => t.name === "GONG_UPDATE_A_GONG_MEETING_V2_MEETINGS_MEETING_ID");
    expect(update?.annotations).toEqual({ destructiveHint: false, idempotentHint: true });
    const transcript = tools.find((t) => t.name === "GONG_GET_CALL_TRANSCRIPT");
    expect(transcript?.inputSchema.type).toBe("object");
    expect(transcript?.annotations).toEqual({ readOnlyHint: true });
  });

  it("leaves out only deprecated aliases and paid-credit actions, as the README says", async () => {
    const { client } = await connect({ allowPaidCredits: true });
    const names = new Set((await client.listTools()).tools.map((t) => t.name));
    const missing = listActions().filter((action) => !names.has(action.id));
    expect(missing.map((action) => action.id)).toEqual([
      "GONG_RETRIEVE_TRANSCRIPTS_OF_CALLS_V2_CALLS_TRANSCRIPT",
    ]);
    expect(missing.every((action) => action.deprecatedFor !== undefined)).toBe(true);
    const readme = readFileSync("README.md", "utf8");
    for (const action of missing) expect(readme).toContain(`except the deprecated alias\n\`${action.id}\``);
  });

  it("narrows the tools by toolset and to reads", async () => {
    const { client } = await connect({ toolsets: ["calls", "users"], readOnly: true });
    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThan(5);
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
    expect(tools.map((t) => t.name)).not.toContain("GONG_ADD_NEW_CALL_V2_CALLS");
  });

  it("runs a read tool against Gong (the sandbox)", async () => {
    const { client } = await connect();
    const result = await client.callTool({
      name: "GONG_GET_CALL_BY_ID",
      arguments: { id: sampleIds.callId },
    });
    expect(result.isError).toBeFalsy();
    const [content] = result.content as { type: string; text: string }[];
    expect(JSON.parse(content?.text ?? "{}").call.id).toBe(sampleIds.callId);
  });

  it("answers bad arguments with isError and how to fix them, sending nothing", async () => {
    const { client, exchanges } = await connect();
    const result = await client.callTool({
      name: "GONG_GET_CALL_TRANSCRIPT",
      arguments: { filter: { callIds: "123" } },
    });
    expect(result.isError).toBe(true);
    const [content] = result.content as { text: string }[];
    expect(content?.text).toContain("invalid_input");
    expect(content?.text).toContain("filter.callIds");
    expect(exchanges).toHaveLength(0);
    const unknown = await client.callTool({ name: "GONG_NOPE", arguments: {} });
    expect(unknown.isError).toBe(true);
  });

  it("answers Gong's errors and a missing OAuth scope as isError results", async () => {
    const { client } = await connect();
    const missing = await client.callTool({
      name: "GONG_GET_CALL_BY_ID",
      arguments: { id: "1234567890123456789" },
    });
    expect(missing.isError).toBe(true);
    expect((missing.content as { text: string }[])[0]?.text).toMatch(/^not_found: /);

    const { sandbox } = sandboxWithClient();
    const scoped = createGongClient({
      baseUrl: sandboxBaseUrl,
      allowHttp: true,
      fetch: (url, init) => sandbox.fetch(url, init),
      auth: {
        type: "bearer",
        identity: "reader",
        scopes: ["api:users:read"],
        provider: { accessToken: async () => "unused", refreshAfterUnauthorized: async () => undefined },
      },
    });
    const reader = await mcpPair(createGongMcpServer({ client: scoped }));
    const denied = await reader.callTool({
      name: "GONG_GET_CALL_BY_ID",
      arguments: { id: sampleIds.callId },
    });
    expect(denied.isError).toBe(true);
    expect((denied.content as { text: string }[])[0]?.text).toMatch(/^missing_scope: .*api:calls:read:basic/);
    expect(sandbox.requestLog).toHaveLength(0);
  });
});

describe("MCP discovery mode", () => {
  it("offers three tools: search, describe, run", async () => {
    const { client } = await connect({ mode: "discovery" });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      "gong_search_actions",
      "gong_describe_action",
      "gong_run_action",
    ]);
    const found = await client.callTool({
      name: "gong_search_actions",
      arguments: { query: "call transcript" },
    });
    const ids = JSON.parse((found.content as { text: string }[])[0]?.text ?? "[]").map(
      (a: { id: string }) => a.id,
    );
    expect(ids).toContain("GONG_GET_CALL_TRANSCRIPT");
    const described = await client.callTool({
      name: "gong_describe_action",
      arguments: { id: "GONG_GET_CALL_BY_ID" },
    });
    const description = JSON.parse((described.content as { text: string }[])[0]?.text ?? "{}");
    expect(description.inputSchema.required).toEqual(["id"]);
    const ran = await client.callTool({
      name: "gong_run_action",
      arguments: { id: "GONG_GET_CALL_BY_ID", input: { id: sampleIds.callId } },
    });
    expect(ran.isError).toBeFalsy();
  });

  it("keeps the read-only restriction when running by id", async () => {
    const { client, exchanges } = await connect({ mode: "discovery", readOnly: true });
    const result = await client.callTool({
      name: "gong_run_action",
      arguments: {
        id: "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS",
        input: { emailAddress: sampleIds.customerEmail },
      },
    });
    expect(result.isError).toBe(true);
    expect(exchanges).toHaveLength(0);
  });
});
