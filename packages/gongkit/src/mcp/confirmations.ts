// Two-step confirmation of destructive actions. The first call gets a preview and a token bound to that exact
// action and input; only a second call carrying the token, with the same input, within five minutes, runs it.
// A token works once, and only for the caller it was issued to (an API key, or a stdio session): each caller has
// its own bounded pool, so one caller's flood of previews cannot push out another's pending tokens. Tokens live
// in memory: one service (all its server instances) shares one store.
import { createHash, randomBytes } from "node:crypto";

export const confirmationTtlMs = 5 * 60_000;
/** Pending tokens kept per caller; its oldest are dropped first (a model asking for thousands is misbehaving). */
const maxPendingPerCaller = 1000;

export type ConfirmationVerdict = "ok" | "unknown" | "expired" | "used" | "other-input";

export interface Confirmations {
  issue(caller: string, actionId: string, input: unknown): { token: string; expiresAt: string };
  consume(caller: string, actionId: string, input: unknown, token: string): ConfirmationVerdict;
}

interface Pending {
  digest: string;
  expiresAt: number;
  used: boolean;
}

/** JSON with object keys sorted, so the same input always has the same digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return typeof value === "bigint" ? value.toString() : JSON.stringify(value ?? null);
}

function digestOf(actionId: string, input: unknown): string {
  return createHash("sha256")
    .update(`${actionId}\n${canonicalJson(input)}`)
    .digest("hex");
}

export function createConfirmations(now: () => number = Date.now): Confirmations {
  const pools = new Map<string, Map<string, Pending>>();

  /** Drops expired tokens everywhere (and emptied pools), then makes room in `pool`. */
  function prune(at: number, pool: Map<string, Pending>): void {
    for (const [caller, entries] of pools) {
      for (const [token, entry] of entries) if (entry.expiresAt <= at) entries.delete(token);
      if (entries.size === 0 && entries !== pool) pools.delete(caller);
    }
    while (pool.size >= maxPendingPerCaller) {
      const oldest = pool.keys().next().value;
      if (oldest === undefined) break;
      pool.delete(oldest);
    }
  }

  return {
    issue(caller, actionId, input) {
      const at = now();
      const pool = pools.get(caller) ?? new Map<string, Pending>();
      pools.set(caller, pool);
      prune(at, pool);
      const token = `confirm_${randomBytes(18).toString("base64url")}`;
      const expiresAt = at + confirmationTtlMs;
      pool.set(token, { digest: digestOf(actionId, input), expiresAt, used: false });
      return { token, expiresAt: new Date(expiresAt).toISOString() };
    },
    consume(caller, actionId, input, token) {
      const pool = pools.get(caller);
      const entry = pool?.get(token);
      if (!pool || !entry) return "unknown";
      if (entry.used) return "used";
      if (entry.expiresAt <= now()) {
        pool.delete(token);
        return "expired";
      }
      if (entry.digest !== digestOf(actionId, input)) return "other-input";
      entry.used = true;
      return "ok";
    },
  };
}

/** What to tell a model whose token was refused. */
export function refusal(verdict: Exclude<ConfirmationVerdict, "ok">, tool: string): string {
  const again = `Call ${tool} without confirmationToken to get a new preview and token.`;
  switch (verdict) {
    case "unknown":
      return `confirmation_refused: this confirmationToken was not issued to you by this server (or was mistyped). ${again}`;
    case "expired":
      return `confirmation_refused: the confirmationToken expired (tokens last 5 minutes). ${again}`;
    case "used":
      return `confirmation_refused: the confirmationToken was already used; each token runs its action once. ${again}`;
    case "other-input":
      return `confirmation_refused: the confirmationToken was issued for different arguments. Send exactly the arguments of the preview, or ${again.charAt(0).toLowerCase()}${again.slice(1)}`;
  }
}
