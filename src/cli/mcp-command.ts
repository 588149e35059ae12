// `gongkit mcp`: the MCP server over stdio, for agent clients (Claude Desktop, Cursor, ...). stdout carries
// the protocol only; messages for people go to stderr.
import { parseArgs } from "node:util";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { groups } from "../catalog/index.js";
import type { Group } from "../catalog/types.js";
import { createGongMcpServer } from "../mcp/server.js";
import { toolListSizes } from "../mcp/tool-size.js";
import { table, UsageError } from "./io.js";
import { clientFlags, withClient } from "./run-command.js";

function parseToolsets(text: string | undefined): Group[] | undefined {
  if (text === undefined) return undefined;
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(groups as readonly string[]).includes(name));
  if (unknown.length)
    throw new UsageError(`Unknown toolsets ${unknown.join(", ")}. Toolsets: ${groups.join(", ")}`);
  return names as Group[];
}

export async function mcpCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      toolsets: { type: "string" },
      "read-only": { type: "boolean" },
      discovery: { type: "boolean" },
      "print-tools": { type: "boolean" },
      ...clientFlags,
    },
  });
  const toolsets = parseToolsets(values.toolsets);
  if (values["print-tools"]) {
    const sizes = toolListSizes(toolsets ? { toolsets } : {});
    process.stdout.write(
      `${table([["MODE", "TOOLS", "TOKENS (o200k)"], ...sizes.map((s) => [s.mode, String(s.tools), String(s.tokens)])])}\n`,
    );
    return 0;
  }
  return withClient(values, async (client) => {
    const server = createGongMcpServer({
      client,
      ...(toolsets ? { toolsets } : {}),
      readOnly: values["read-only"] ?? false,
    });
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = () => resolve();
      process.stdin.once("end", () => resolve());
    });
    await server.connect(transport);
    process.stderr.write("gongkit MCP server on stdio\n");
    await closed;
    await server.close();
    return 0;
  });
}
