// Parts the transcript tools share: checking a tool's arguments (each bad field named, nothing sent to Gong)
// and fitting a result into the token budget by showing fewer items.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { errorText, tokensOf } from "./tool-kit.js";

/** A Gong id: digits in a string (a JSON number would round ids of 16+ digits). */
export const digitId = z
  .string({ error: 'expected the id as a string of digits, e.g. "7782342274025937895"' })
  .regex(/^\d{1,20}$/, 'expected the id as a string of digits, e.g. "7782342274025937895"');

/** JSON Schema of `requestSummary(...)`, for output schemas. */
export const requestsSchema = { type: "object" };

export type Parsed<T> = { ok: true; value: T } | { ok: false; result: CallToolResult };

/** The arguments, or an error result naming each bad field and showing a call that works. */
export function parseArgs<S extends z.ZodType>(
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

/** Tokens an item adds to a JSON list (its own text plus the comma). */
export function itemTokens(item: unknown): number {
  return tokensOf(JSON.stringify(item)) + 1;
}

/**
 * The result showing the most items that fits the budget, and how many it shows. `build(count)` is the result
 * showing the first `count` items; `costs` are each item's tokens (itemTokens). Undefined when even the result
 * without any item is over budget.
 */
export function fitCount<T extends Record<string, unknown>>(
  build: (count: number) => T,
  costs: readonly number[],
  budget: number,
): { count: number; value: T } | undefined {
  const size = (count: number) => tokensOf(JSON.stringify(build(count)));
  let used = size(0);
  if (used > budget) return undefined;
  let count = 0;
  for (const cost of costs) {
    if (used + cost > budget) break;
    used += cost;
    count += 1;
  }
  // The sum of the parts is an estimate (joined text can tokenize a little differently): check the whole.
  while (count > 0 && size(count) > budget) count -= 1;
  return { count, value: build(count) };
}
