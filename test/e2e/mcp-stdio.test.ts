// A real MCP client (the SDK's) drives a spawned `gongkit mcp` over stdio: each mode's tool list, a read, bad
// arguments, and the two-step destructive flow.

import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { defaultActions } from "gongkit/internal/mcp/default-tools.js";
import { tokensOf } from "gongkit/internal/mcp/tool-kit.js";
import { describe, expect, it } from "vitest";

async function spawnServer(...flags: string[]): Promise<Client> {
  const transport = new StdioClientTransport({
    command: "node",
    args: ["packages/gongkit/bin/gongkit.js", "mcp", "--sandbox", ...flags],
    stderr: "ignore",
  });
  const client = new Client({ name: "stdio-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

const textOf = (result: Awaited<ReturnType<Client["callTool"]>>) =>
  (result.content as { type: string; text: string }[])[0]?.text ?? "";

describe("gongkit mcp over stdio", () => {
  it("serves the read-first default without a toolset flag, within 7,000 tokens as the client receives it", async () => {
    const client = await spawnServer();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        ...defaultActions,
        "gong_find_calls",
        "gong_call_brief",
        "gong_read_transcript",
        "gong_search_transcripts",
        "gong_export_calls",
        "gong_find_user",
      ].sort(),
    );
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
    expect(tokensOf(JSON.stringify({ tools }))).toBeLessThanOrEqual(7000);
    const transcript = tools.find((t) => t.name === "GONG_GET_CALL_TRANSCRIPT");
    const filter = transcript?.inputSchema.properties?.filter as {
      properties: Record<string, { type: string }>;
    };
    expect(filter.properties.callIds?.type).toBe("array");
    await client.close();
  });

  it("serves every action with --toolsets all, checks arguments, and runs a destructive action only with its token", async () => {
    const client = await spawnServer("--toolsets", "all");
    const { tools } = await client.listTools();
    expect(tokensOf(JSON.stringify({ tools }))).toBeLessThanOrEqual(25_000);
    const names = tools.map((t) => t.name);
    expect(names).toContain("GONG_GET_USER_BY_ID");
    expect(names).toContain("GONG_DELETE_MEETING");
    expect(names).not.toContain("GONG_ASK_ENTITY");
    expect(client.getInstructions()).toMatch(/two steps/);

    const read = await client.callTool({
      name: "GONG_GET_USER_BY_ID",
      arguments: { id: sampleIds.repUserId },
    });
    expect(read.isError).toBeFalsy();
    expect((read.structuredContent as { user: { id: string } }).user.id).toBe(sampleIds.repUserId);

    const bad = await client.callTool({ name: "GONG_GET_USER_BY_ID", arguments: { userId: "1" } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/invalid_input[\s\S]*Fix these fields:[\s\S]*- id:[\s\S]*- userId:/);

    const meeting = { meetingId: sampleIds.meetingId, organizerEmail: sampleIds.repEmail };
    const preview = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: meeting });
    const token = (preview.structuredContent as { confirmationToken: string }).confirmationToken;
    expect(token).toMatch(/^confirm_/);
    const wrong = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: `${token}x` },
    });
    expect(wrong.isError).toBe(true);
    const run = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: token },
    });
    expect(run.isError).toBeFalsy();
    const reuse = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: token },
    });
    expect(textOf(reuse)).toMatch(/already used/);
    // The meeting is gone: deleting it again (with a fresh token) gets Gong's 404.
    const again = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: meeting });
    const second = (again.structuredContent as { confirmationToken: string }).confirmationToken;
    const gone = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: second },
    });
    expect(gone.isError).toBe(true);
    expect(textOf(gone)).toMatch(/not_found|404/);
    await client.close();
  }, 30_000);

  it("narrows to read-only toolsets and offers the discovery mode", async () => {
    const readOnly = await spawnServer("--toolsets", "users,settings", "--read-only");
    const { tools } = await readOnly.listTools();
    expect(tools.map((t) => t.name)).toContain("GONG_GET_USER_BY_ID");
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
    await readOnly.close();

    const discovery = await spawnServer("--discovery");
    const listed = await discovery.listTools();
    expect(listed.tools.map((t) => t.name)).toEqual([
      "gong_search_actions",
      "gong_describe_action",
      "gong_run_action",
    ]);
    const found = await discovery.callTool({
      name: "gong_search_actions",
      arguments: { query: "user by id" },
    });
    expect(textOf(found)).toContain("GONG_GET_USER_BY_ID");
    const run = await discovery.callTool({
      name: "gong_run_action",
      arguments: { id: "GONG_GET_USER_BY_ID", input: { id: sampleIds.repUserId } },
    });
    expect(JSON.parse(textOf(run)).user.id).toBe(sampleIds.repUserId);
    await discovery.close();
  }, 30_000);
});
