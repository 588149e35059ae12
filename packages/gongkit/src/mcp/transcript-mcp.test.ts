// The transcript tools and resource through a real MCP client and server: the SDK client checks each
// structuredContent against the tool's outputSchema, so these results are what real clients accept.

import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { ActionOutput } from "@gongkit/client/internal/catalog/types.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { mcpPair, toolContext } from "../../../../test/support/mcp-pair.js";
import { errorText, trackRequests } from "./tool-kit.js";
import { transcriptActionOutputSchema, transcriptActionResult } from "./transcript-action.js";
import { searchTranscriptsTool } from "./transcript-search.js";
import { readTranscriptTool, transcriptResource } from "./transcript-view.js";

const rawTranscriptTool: Tool = {
  name: "GONG_GET_CALL_TRANSCRIPT",
  inputSchema: { type: "object", properties: { filter: { type: "object" } }, required: ["filter"] },
  outputSchema: transcriptActionOutputSchema,
};

async function connect() {
  const { sandbox, context, exchanges } = toolContext();
  const tools = [readTranscriptTool, searchTranscriptsTool];
  const server = new Server(
    { name: "transcripts", version: "1.0.0" },
    { capabilities: { tools: {}, resources: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [...tools.map((tool) => tool.definition), rawTranscriptTool],
  }));
  server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
    const args = params.arguments ?? {};
    if (params.name === rawTranscriptTool.name) {
      const tracker = trackRequests(context.client);
      const raw = await tracker.run(params.name, args);
      if (!raw.successful) return errorText(raw.error.message);
      return transcriptActionResult(raw.data as ActionOutput<"GONG_GET_CALL_TRANSCRIPT">, context, tracker);
    }
    const tool = tools.find((candidate) => candidate.definition.name === params.name);
    return tool ? tool.call(args, context) : errorText(`Unknown tool ${params.name}`);
  });
  const { uriTemplate, name, description, mimeType } = transcriptResource;
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
    resourceTemplates: [{ uriTemplate, name, description, mimeType }],
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async ({ params }) => {
    const resource = await transcriptResource.read(params.uri, context);
    if (!resource) throw new McpError(ErrorCode.InvalidParams, `Unknown resource ${params.uri}`);
    return resource;
  });
  const client = await mcpPair(server);
  const { tools: listed } = await client.listTools();
  return { sandbox, client, exchanges, listed };
}

describe("transcript tools over MCP", () => {
  it("lists the tools with schemas and read-only, open-world annotations", async () => {
    const { listed } = await connect();
    const read = listed.find((tool) => tool.name === "gong_read_transcript");
    expect(read?.inputSchema.required).toEqual(["callId"]);
    expect(read?.outputSchema?.type).toBe("object");
    for (const tool of listed.filter((t) => t.name.startsWith("gong_"))) {
      expect(tool.annotations).toEqual({ readOnlyHint: true });
    }
  });

  it("returns transcript pages, search hits and the raw action's lines that match their output schemas", async () => {
    const { client } = await connect();
    const page = await client.callTool({
      name: "gong_read_transcript",
      arguments: { callId: sampleIds.callId, offset: 4, limit: 3 },
    });
    expect(page.isError).toBeFalsy();
    expect(page.structuredContent).toMatchObject({ offset: 4, nextOffset: 7 });
    expect((page.structuredContent as { lines: string[] }).lines).toHaveLength(3);

    const found = await client.callTool({
      name: "gong_search_transcripts",
      arguments: {
        query: "pricing",
        fromDateTime: "2026-08-01T00:00:00Z",
        toDateTime: "2026-09-01T00:00:00Z",
      },
    });
    expect(found.isError).toBeFalsy();
    expect((found.structuredContent as { hits: unknown[] }).hits.length).toBeGreaterThan(0);

    const raw = await client.callTool({
      name: "GONG_GET_CALL_TRANSCRIPT",
      arguments: { filter: { callIds: [sampleIds.callId] } },
    });
    expect(raw.isError).toBeFalsy();
    expect((raw.structuredContent as { calls: { lines: string[] }[] }).calls[0]?.lines).toContainEqual(
      expect.stringMatching(/^\[\d\d:\d\d\] Priya Natarajan \(Globex, external\): /),
    );
  });

  it("answers bad arguments with an error result, not a protocol error", async () => {
    const { client, exchanges } = await connect();
    const result = await client.callTool({ name: "gong_read_transcript", arguments: { callId: "call-1" } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toContain("callId");
    expect(exchanges).toHaveLength(0);
  });

  it("reads the transcript resource, and refuses a private call's", async () => {
    const { client, sandbox } = await connect();
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates[0]?.uriTemplate).toBe("gong://calls/{id}/transcript");
    const uri = `gong://calls/${sampleIds.callId}/transcript`;
    const { contents } = await client.readResource({ uri });
    expect(contents[0]).toMatchObject({ uri, mimeType: "text/plain" });
    expect((contents[0] as { text: string }).text).toMatch(
      /\n\[00:0\d\] Priya Natarajan \(Globex, external\): /,
    );
    const secret = sandbox.state.calls.find((call) => call.isPrivate);
    await expect(client.readResource({ uri: `gong://calls/${secret?.id}/transcript` })).rejects.toThrow(
      /private/,
    );
  });
});
