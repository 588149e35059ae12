// What every gongkit MCP tool is made of: a definition, a call, and the context the server gives it (the Gong
// client, the result budget, the privacy switch). Outcome tools and the per-action tools share these parts.
import type { CallToolResult, ReadResourceResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { countTokens } from "gpt-tokenizer";
import type { GongClient } from "../client/client.js";
import type { Envelope } from "../core/envelope.js";

export interface ToolContext {
  client: GongClient;
  /** No tool result's text may exceed this many tokens (o200k). */
  budgetTokens: number;
  /** Private calls are left out of call and transcript results unless this is true. */
  includePrivate: boolean;
}

export interface McpTool {
  definition: Tool;
  call(args: Record<string, unknown>, context: ToolContext): Promise<CallToolResult>;
}

/** A family of resources addressed by a URI template, e.g. gong://calls/{id}/transcript. */
export interface McpResourceTemplate {
  uriTemplate: string;
  name: string;
  description: string;
  mimeType: string;
  /** The resource, or null when the URI is not one of this template's. */
  read(uri: string, context: ToolContext): Promise<ReadResourceResult | null>;
}

export const defaultBudgetTokens = 20_000;

export function tokensOf(text: string): number {
  return countTokens(text);
}

/** A successful result: the text a model reads plus the same value as structuredContent. */
export function structuredResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value) }], structuredContent: value };
}

export function errorText(text: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text }] };
}

/** One Gong request an outcome tool made, reported back so agents see what a tool cost. */
export interface RequestUsed {
  action: string;
  successful: boolean;
}

/**
 * A view of the client that records each action it runs (one Gong request per run; a page is a run).
 * Outcome tools run everything through it and report `requests` in their result.
 */
export function trackRequests(client: GongClient): {
  run: (id: string, input?: unknown) => Promise<Envelope<unknown>>;
  used: RequestUsed[];
} {
  const used: RequestUsed[] = [];
  return {
    used,
    async run(id, input) {
      const result = await client.runById(id, input);
      used.push({ action: id, successful: result.successful });
      return result;
    },
  };
}

/** Requests used, as outcome tools report them: a count and how many per action. */
export function requestSummary(used: readonly RequestUsed[]): {
  count: number;
  byAction: Record<string, number>;
} {
  const byAction: Record<string, number> = {};
  for (const request of used) byAction[request.action] = (byAction[request.action] ?? 0) + 1;
  return { count: used.length, byAction };
}
