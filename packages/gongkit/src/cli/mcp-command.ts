// `gongkit mcp`: the MCP server over stdio, for agent clients (Claude Desktop, Cursor, ...). stdout carries
// the protocol only; messages for people go to stderr.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { groups } from "@gongkit/client/internal/catalog/index.js";
import type { Group } from "@gongkit/client/internal/catalog/types.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { defaultActions, defaultSelection } from "../mcp/default-tools.js";
import { createGongMcpServer, type GongMcpServerOptions } from "../mcp/server.js";
import { toolListSizes } from "../mcp/tool-size.js";
import { table, UsageError } from "./io.js";
import { clientFlags, withClient } from "./run-command.js";

/** A comma-separated list of catalogue groups (`calls,users`), each checked; `all` (or none) for every group. */
export function parseToolsets(text: string | undefined): Group[] | undefined {
  if (text === undefined || text.trim() === "all") return undefined;
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(groups as readonly string[]).includes(name));
  if (unknown.length)
    throw new UsageError(`Unknown toolsets ${unknown.join(", ")}. Toolsets: all, ${groups.join(", ")}`);
  return names as Group[];
}

/** The flags that shape an MCP server, shared by `gongkit mcp` (stdio) and `gongkit serve` (HTTP). */
export const mcpServerFlags = {
  toolsets: { type: "string" },
  "read-only": { type: "boolean" },
  discovery: { type: "boolean" },
  "allow-destructive": { type: "boolean" },
  "allow-paid-credits": { type: "boolean" },
  "include-private": { type: "boolean" },
  "budget-tokens": { type: "string" },
  "upload-dir": { type: "string" },
  "output-dir": { type: "string" },
} as const;

type McpFlagValues = {
  [K in keyof typeof mcpServerFlags]?: (typeof mcpServerFlags)[K]["type"] extends "boolean"
    ? boolean
    : string;
};

/** The absolute path of a directory that exists, or a usage error naming the flag. */
function existingDir(flag: string, path: string): string {
  const absolute = resolve(path);
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`${flag} ${path}: no such directory; create it first.`);
  }
  return absolute;
}

/**
 * Server options from the flags; everything off that the flags do not turn on. Without --toolsets the tools
 * mode offers the curated read-first default (discovery searches every action either way).
 */
export function mcpServerOptions(values: McpFlagValues): Omit<GongMcpServerOptions, "client"> {
  const curated = values.toolsets === undefined && !values.discovery;
  const toolsets = parseToolsets(values.toolsets);
  const budget = values["budget-tokens"] === undefined ? undefined : Number(values["budget-tokens"]);
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 1000))
    throw new UsageError("--budget-tokens takes a whole number of tokens, at least 1000 (default 20000).");
  return {
    ...(curated ? defaultSelection() : toolsets ? { toolsets } : {}),
    readOnly: values["read-only"] ?? false,
    mode: values.discovery ? "discovery" : "tools",
    allowDestructive: values["allow-destructive"] ?? false,
    allowPaidCredits: values["allow-paid-credits"] ?? false,
    includePrivate: values["include-private"] ?? false,
    ...(values["upload-dir"] ? { uploadDir: resolve(values["upload-dir"]) } : {}),
    ...(values["output-dir"] ? { outputDir: existingDir("--output-dir", values["output-dir"]) } : {}),
    ...(budget !== undefined ? { budgetTokens: budget } : {}),
  };
}

/** For people starting a server without --toolsets: what they got and how to get everything. */
export function offerNote(options: Omit<GongMcpServerOptions, "client">): string {
  return options.actions === defaultActions
    ? ` (the read-first default tools; --toolsets all for every action)`
    : "";
}

export async function mcpCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...mcpServerFlags, "print-tools": { type: "boolean" }, ...clientFlags },
  });
  const serverOptions = mcpServerOptions(values);
  if (values["print-tools"]) {
    const toolsets = parseToolsets(values.toolsets);
    const sizes = toolListSizes(toolsets ? { toolsets } : {});
    process.stdout.write(
      `${table([["MODE", "TOOLS", "TOKENS (o200k)"], ...sizes.map((s) => [s.mode, String(s.tools), String(s.tokens)])])}\n`,
    );
    return 0;
  }
  return withClient(values, async (client) => {
    const server = createGongMcpServer({ client, ...serverOptions });
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = () => resolve();
      process.stdin.once("end", () => resolve());
    });
    await server.connect(transport);
    process.stderr.write(`gongkit MCP server on stdio${offerNote(serverOptions)}\n`);
    await closed;
    await server.close();
    return 0;
  });
}
