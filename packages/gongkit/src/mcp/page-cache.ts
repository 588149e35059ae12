// Gong pages whose items did not all fit one tool result, kept briefly so that following the gongkit
// cursor through the rest of the page costs no further Gong request (the company's budget is 3/s).
import { canonicalJson } from "./confirmations.js";
import { expiringMap } from "./expiring-map.js";

const ttlMs = 5 * 60_000;
const maxPages = 16;

export interface PageCache {
  get(actionId: string, input: unknown): unknown | undefined;
  set(actionId: string, input: unknown, data: unknown): void;
}

export function createPageCache(now: () => number = Date.now): PageCache {
  const pages = expiringMap<unknown>(ttlMs, maxPages, now);
  const keyOf = (actionId: string, input: unknown) => `${actionId}\n${canonicalJson(input)}`;
  return {
    get: (actionId, input) => pages.get(keyOf(actionId, input)),
    set: (actionId, input, data) => pages.set(keyOf(actionId, input), data),
  };
}
