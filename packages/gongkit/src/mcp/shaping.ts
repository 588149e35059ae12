// Fits an action's answer into a tool result: nulls dropped (Gong's answers are full of them), int64 values as
// digit strings, and, when the JSON is still over the token budget, the longest list cut to what fits, with
// a cursor that continues where the cut fell (within Gong's page first, then Gong's own next page).

import type { Action } from "@gongkit/client/internal/catalog/types.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { errorText, fitCount, structuredResult } from "./tool-kit.js";

type Json = Record<string, unknown>;

/** Drops null and undefined members; bigint becomes its digits (structuredContent is plain JSON). */
export function compactValue(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(compactValue);
  if (value === null || typeof value !== "object") return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) out[key] = compactValue(item);
  }
  return out;
}

const cursorPrefix = "gk1.";

/** A position inside one of Gong's pages: the cursor that fetched the page (none: the first) and items to skip. */
export interface PagePosition {
  gongCursor?: string;
  skip: number;
}

export function encodeCursor(position: PagePosition): string {
  return cursorPrefix + Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** The position a gongkit cursor names, or undefined for a cursor of Gong's own (passed through unchanged). */
export function decodeCursor(cursor: unknown): PagePosition | undefined {
  if (typeof cursor !== "string" || !cursor.startsWith(cursorPrefix)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor.slice(cursorPrefix.length), "base64url").toString());
    if (typeof parsed?.skip !== "number" || parsed.skip < 0) return undefined;
    return typeof parsed.gongCursor === "string"
      ? { gongCursor: parsed.gongCursor, skip: parsed.skip }
      : { skip: parsed.skip };
  } catch {
    return undefined;
  }
}

/** The top-level list a cut applies to: the action's paged items, else the longest top-level array. */
function listKey(action: Action, value: Json): string | undefined {
  const paged = action.paging?.itemsKey;
  if (paged && Array.isArray(value[paged])) return paged;
  let best: string | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && (!best || item.length > (value[best] as unknown[]).length)) best = key;
  }
  return best;
}

export interface ShapeOptions {
  budgetTokens: number;
  /** Where this page was entered: items already shown from it, and the cursor that fetched it. */
  position: PagePosition;
  /** Notes for the model that ride along in `gongkit` (e.g. private calls left out). */
  notes?: Json;
}

/** The result a model gets for an action's answer, within the budget; `cut` when items were left for later. */
export function shapeResult(
  action: Action,
  data: unknown,
  options: ShapeOptions,
): { result: CallToolResult; cut: boolean } {
  const compact = compactValue(data ?? {});
  const value: Json =
    compact !== null && typeof compact === "object" && !Array.isArray(compact)
      ? (compact as Json)
      : { result: compact };
  const key = listKey(action, value);
  const items = key ? (value[key] as unknown[]) : [];
  const skip = key ? Math.min(options.position.skip, items.length) : 0;
  const gongNext = (value.records as { cursor?: unknown } | undefined)?.cursor;

  const build = (count: number): Json => {
    if (!key) return options.notes ? { ...value, gongkit: options.notes } : value;
    const shown = items.slice(skip, skip + count);
    const rest = items.length - skip - shown.length;
    const meta: Json = { ...options.notes };
    if (skip > 0 || rest > 0) {
      meta.list = key;
      meta.shown = `${skip + 1}-${skip + shown.length} of ${items.length} in this page`;
    }
    if (rest > 0) {
      meta.nextCursor = encodeCursor({ ...withCursor(options.position.gongCursor), skip: skip + count });
      meta.hint = "The rest did not fit the result budget: call again with cursor set to gongkit.nextCursor.";
    } else if (typeof gongNext === "string" && gongNext) meta.nextCursor = gongNext;
    const shaped: Json = { ...value, [key]: shown };
    return Object.keys(meta).length ? { ...shaped, gongkit: meta } : shaped;
  };

  const rest = items.slice(skip);
  // Most answers fit whole, uncounted; only a long one pays for counting each item.
  const fitted = fitCount(build, rest, options.budgetTokens);
  if (!fitted || (fitted.count === 0 && rest.length > 0)) {
    const advice = "Narrow the request (fewer ids, a shorter date range, fewer exposed fields).";
    return {
      result: errorText(
        `result_too_large: ${action.id}'s answer does not fit the result budget of ${options.budgetTokens} tokens even with one item. ${advice}`,
      ),
      cut: false,
    };
  }
  return { result: structuredResult(fitted.value), cut: fitted.count < rest.length };
}

function withCursor(gongCursor: string | undefined): { gongCursor?: string } {
  return gongCursor === undefined ? {} : { gongCursor };
}
