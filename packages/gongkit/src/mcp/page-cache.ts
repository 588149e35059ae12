// Gong pages whose items did not all fit one tool result, kept briefly so that following the gongkit
// cursor through the rest of the page costs no further Gong request (the company's budget is 3/s).
import { canonicalJson } from "./confirmations.js";

const ttlMs = 5 * 60_000;
const maxPages = 16;

export interface PageCache {
  get(actionId: string, input: unknown): unknown | undefined;
  set(actionId: string, input: unknown, data: unknown): void;
}

export function createPageCache(now: () => number = Date.now): PageCache {
  const pages = new Map<string, { data: unknown; expiresAt: number }>();
  const keyOf = (actionId: string, input: unknown) => `${actionId}\n${canonicalJson(input)}`;
  return {
    get(actionId, input) {
      const entry = pages.get(keyOf(actionId, input));
      return entry && entry.expiresAt > now() ? entry.data : undefined;
    },
    set(actionId, input, data) {
      const key = keyOf(actionId, input);
      pages.delete(key);
      pages.set(key, { data, expiresAt: now() + ttlMs });
      for (const oldest of pages.keys()) {
        if (pages.size <= maxPages) break;
        pages.delete(oldest);
      }
    },
  };
}
