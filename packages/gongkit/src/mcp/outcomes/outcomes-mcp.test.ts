// The outcome tools through a real MCP SDK Client and low-level Server: the client checks each tool's
// structuredContent against the outputSchema it listed, so a result that breaks its schema fails here.

import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { mcpPair, toolContext } from "../../../../../test/support/mcp-pair.js";
import { errorText, tokensOf } from "../tool-kit.js";
import { outcomeTools } from "./index.js";

async function connect() {
  const { context, exchanges } = toolContext();
  const server = new Server({ name: "outcomes-test", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: outcomeTools.map((tool) => tool.definition),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = outcomeTools.find((candidate) => candidate.definition.name === request.params.name);
    return tool
      ? tool.call(request.params.arguments ?? {}, context)
      : errorText(`Unknown tool ${request.params.name}`);
  });
  return { client: await mcpPair(server), exchanges };
}

describe("outcome tools over MCP", () => {
  it("lists small read-only definitions with closed input schemas", async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["gong_find_calls", "gong_call_brief"]);
    for (const tool of tools) {
      expect(tool.inputSchema).toMatchObject({ type: "object", additionalProperties: false });
      expect(tool.outputSchema?.type).toBe("object");
      expect(tool.annotations).toEqual({ readOnlyHint: true });
      expect(tokensOf(JSON.stringify(tool))).toBeLessThan(400);
    }
  });

  it("returns structured results that pass the SDK's outputSchema check", async () => {
    const { client, exchanges } = await connect();
    const found = await client.callTool({
      name: "gong_find_calls",
      arguments: { rep: sampleIds.repEmail, companyDomain: "globex.example", limit: 3 },
    });
    expect(found.isError).toBeFalsy();
    const calls = (found.structuredContent as { calls: { id: string }[] }).calls;
    expect(calls).toHaveLength(3);
    const brief = await client.callTool({ name: "gong_call_brief", arguments: { callId: calls[0]?.id } });
    expect(brief.isError).toBeFalsy();
    expect((brief.structuredContent as { call: { id: string } }).call.id).toBe(calls[0]?.id);
    const before = exchanges.length;
    const bad = await client.callTool({ name: "gong_call_brief", arguments: { callId: "latest" } });
    expect(bad.isError).toBe(true);
    expect(exchanges).toHaveLength(before);
  });
});
