// What MCP tests are set up with: a tool context on a fresh sandbox (as the server gives its tools), and a real
// MCP SDK Client connected in memory to a server under test.

import type { GongClientOptions } from "@gongkit/client/internal/client/client.js";
import type { SandboxOptions } from "@gongkit/sandbox";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { createExportStore } from "gongkit/internal/mcp/export-store.js";
import { defaultBudgetTokens, type ToolContext } from "gongkit/internal/mcp/tool-kit.js";
import { createTranscriptCache } from "gongkit/internal/mcp/transcript-cache.js";
import { sandboxWithClient } from "./sandbox-client.js";

export interface ToolContextOptions {
  budgetTokens?: number | undefined;
  includePrivate?: boolean | undefined;
  /** The sandbox's options (default: no rate limit). */
  sandbox?: SandboxOptions;
  /** Overrides of the Gong client's options, e.g. wrong credentials. */
  client?: Partial<GongClientOptions>;
}

/** A ToolContext on a sandbox-wired client (the server's defaults unless overridden), the sandbox and what was sent. */
export function toolContext(options: ToolContextOptions = {}) {
  const { sandbox, client, exchanges } = sandboxWithClient(options.sandbox, options.client);
  const context: ToolContext = {
    client,
    budgetTokens: options.budgetTokens ?? defaultBudgetTokens,
    includePrivate: options.includePrivate ?? false,
    transcripts: createTranscriptCache(),
    exports: createExportStore(),
  };
  return { context, sandbox, exchanges };
}

/**
 * An SDK Client connected to the server in memory. It has listed the tools already: that is what makes the SDK
 * client check each structuredContent against the outputSchema the tool listed.
 */
export async function mcpPair(server: Server): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test", version: "1.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  await client.listTools();
  return client;
}
