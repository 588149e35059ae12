// A real MCP client (the SDK's) drives a spawned `gongkit mcp` over stdio.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { describe, expect, it } from "vitest";
import { sampleIds } from "../../src/catalog/sample-ids.js";

describe("gongkit mcp over stdio", () => {
  it("lists tools and runs one against the sandbox", async () => {
    const transport = new StdioClientTransport({
      command: "node",
      args: ["bin/gongkit.js", "mcp", "--sandbox", "--toolsets", "users,settings", "--read-only"],
      stderr: "ignore",
    });
    const client = new Client({ name: "stdio-test", version: "1.0.0" });
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("GONG_GET_USER_BY_ID");
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
    const result = await client.callTool({
      name: "GONG_GET_USER_BY_ID",
      arguments: { id: sampleIds.repUserId },
    });
    expect(result.isError).toBeFalsy();
    const [content] = result.content as { text: string }[];
    expect(JSON.parse(content?.text ?? "{}").user.id).toBe(sampleIds.repUserId);
    await client.close();
  }, 30_000);
});
