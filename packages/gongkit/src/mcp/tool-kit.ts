// What every gongkit MCP tool is made of: a definition, a call, and the context the server gives it (the Gong
// client, the result budget, the privacy switch). Outcome tools and the per-action tools share these parts,
// and the tools beyond the raw API share checking their arguments and fitting a result into the budget.
import { createRequire } from "node:module";
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import type { Envelope } from "@gongkit/client/internal/core/envelope.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import type { CallToolResult, ReadResourceResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { z } from "zod";
import type { ExportStore } from "./export-store.js";
import type { TranscriptCache } from "./transcript-cache.js";

export interface ToolContext {
  client: GongClient;
  /** No tool result may exceed this many tokens (o200k), counted as a client receives it (see resultTokens). */
  budgetTokens: number;
  /** Private calls are left out of call and transcript results unless this is true. */
  includePrivate: boolean;
  /** Transcripts already fetched and named, so reading on costs no Gong request (`createTranscriptCache()`). */
  transcripts: TranscriptCache;
  /** The call exports run for agents, read as resources and resumed by id (`createExportStore()`). */
  exports: ExportStore;
  /** Where gong_export_calls may write its NDJSON files (default: nowhere, the records stay in memory). */
  outputDir?: string;
}

/** Reports a long tool call's progress to the MCP client that asked for it (a progressToken). */
export type ProgressReport = (progress: number, total: number | undefined, message: string) => void;

export interface McpTool {
  definition: Tool;
  call(
    args: Record<string, unknown>,
    context: ToolContext,
    progress?: ProgressReport,
  ): Promise<CallToolResult>;
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

/**
 * The MCP hints of a tool that only reads Gong. The protocol's defaults cover the rest: an outside system
 * (openWorldHint), and idempotence, which means nothing for a read.
 */
export const readOnlyAnnotations = { readOnlyHint: true } as const;

type CountTokens = typeof import("gpt-tokenizer").countTokens;
let countTokens: CountTokens | undefined;

/**
 * Tokens of a text (o200k). The tokenizer's tables take ~60 MB, so they are loaded on the first count, not at
 * import: a server that never has to count (every result short, see fitsTokens) never loads them.
 */
export function tokensOf(text: string): number {
  countTokens ??= (createRequire(import.meta.url)("gpt-tokenizer") as { countTokens: CountTokens })
    .countTokens;
  return countTokens(text);
}

/** Whether a text takes at most `budget` tokens; one of no more bytes (UTF-8) cannot take more, so is not counted. */
export function fitsTokens(text: string, budget: number): boolean {
  return Buffer.byteLength(text) <= budget || tokensOf(text) <= budget;
}

/** A successful result: the text a model reads plus the same value as structuredContent. */
export function structuredResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value) }], structuredContent: value };
}

/**
 * Tokens a successful result takes as a client receives it: the text copy (JSON escaped inside a string) and
 * structuredContent together. The budget caps this, not either copy alone.
 */
export function resultTokens(value: Record<string, unknown>): number {
  return tokensOf(JSON.stringify(structuredResult(value)));
}

/** Whether a successful result fits the budget as a client receives it (resultTokens, counted only if needed). */
export function resultFits(value: Record<string, unknown>, budget: number): boolean {
  return fitsTokens(JSON.stringify(structuredResult(value)), budget);
}

/** What a failed request says, for a tool's error text: Gong's error code and message. */
export function failureText(error: unknown): string {
  if (error instanceof GongError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

export function errorText(text: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text }] };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; result: CallToolResult };

/**
 * The arguments, or an error result naming each bad field and showing a call that works (worded like the
 * per-action tools' `invalid_input` errors).
 */
export function parseToolArgs<S extends z.ZodType>(
  tool: string,
  schema: S,
  args: unknown,
  example: Record<string, unknown>,
): Parsed<z.output<S>> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return `- ${path || "(arguments)"}: ${issue.message}`;
  });
  return {
    ok: false,
    result: errorText(
      `invalid_input: ${tool} was called with bad arguments; nothing was sent to Gong.\nFix these fields:\n${issues.join("\n")}\nExample: ${JSON.stringify(example)}`,
    ),
  };
}

/** Tokens an item adds to a result's list: it is sent twice, as JSON and escaped in the text copy, each with a comma. */
export function itemTokens(item: unknown): number {
  const json = JSON.stringify(item);
  return tokensOf(json) + tokensOf(JSON.stringify(json)) + 2;
}

/**
 * The result showing the most items that fits the budget, and how many it shows. `build(count)` is the result
 * showing the first `count` items (a cut result may say more than a whole one, e.g. where to resume); an item's
 * cost is its itemTokens, counted only when the whole result does not fit. Undefined when even the result
 * without any item is over budget.
 */
export function fitCount<T extends Record<string, unknown>>(
  build: (count: number) => T,
  items: readonly unknown[],
  budget: number,
): { count: number; value: T } | undefined {
  if (resultFits(build(items.length), budget)) return { count: items.length, value: build(items.length) };
  const size = (count: number) => resultTokens(build(count));
  let used = size(0);
  if (used > budget) return undefined;
  let count = 0;
  for (const item of items) {
    const cost = itemTokens(item);
    if (used + cost > budget) break;
    used += cost;
    count += 1;
  }
  // The sum of the parts is an estimate (joined text can tokenize a little differently): check the whole.
  while (count > 0 && size(count) > budget) count -= 1;
  return { count, value: build(count) };
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
