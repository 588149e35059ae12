// gong_find_calls's nextCursor: Gong's cursor of the page to read next plus how many of that page's calls were
// already looked at (a result can end mid-page), tied to the criteria that produced it.
import { createHash } from "node:crypto";

export interface Position {
  /** Gong's cursor of the page; null for the first page. */
  page: string | null;
  /** Calls of that page already looked at. */
  skip: number;
}

/** Where to go on after looking at call `index` of a page of `count` calls; null when nothing is left. */
export function positionAfter(
  page: string | null,
  index: number,
  count: number,
  next: string | null,
): Position | null {
  if (index + 1 < count) return { page, skip: index + 1 };
  return next ? { page: next, skip: 0 } : null;
}

const digest = (criteria: string) => createHash("sha256").update(criteria).digest("base64url").slice(0, 12);

export function writeCursor(position: Position, criteria: string): string {
  const value = { p: position.page, s: position.skip, f: digest(criteria) };
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The position a cursor holds, or null when it is malformed or was made for other criteria. */
export function readCursor(cursor: string, criteria: string): Position | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!value || typeof value !== "object") return null;
    const { p, s, f } = value as Record<string, unknown>;
    const valid =
      (p === null || typeof p === "string") &&
      Number.isInteger(s) &&
      (s as number) >= 0 &&
      f === digest(criteria);
    return valid ? { page: p as string | null, skip: s as number } : null;
  } catch {
    return null;
  }
}
