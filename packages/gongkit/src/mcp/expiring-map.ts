// What a server keeps briefly (cut Gong pages, named transcripts): entries expire after a while, and past a
// number of entries the oldest written goes first.

export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function expiringMap<V>(
  ttlMs: number,
  maxEntries: number,
  now: () => number = Date.now,
): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value) {
      // re-inserted, so that it counts as the newest
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
  };
}
