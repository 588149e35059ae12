// Gong's per-company rate limit: a token bucket refilled at `perSecond` (burst = perSecond by default) plus a
// daily budget. Time comes from an injected clock so tests advance it instead of sleeping.

export interface RateLimitPolicy {
  perSecond: number;
  perDay: number;
  burst?: number;
}

export const defaultRateLimit: RateLimitPolicy = { perSecond: 3, perDay: 10_000 };

const dayMs = 86_400_000;

/** Either admits a request (undefined) or says how long to wait, in whole seconds (at least 1). */
export type RateLimiter = () => { retryAfterSeconds: number; reason: string } | undefined;

export function createRateLimiter(policy: RateLimitPolicy, clock: () => number): RateLimiter {
  if (!(policy.perSecond > 0) || !(policy.perDay > 0)) {
    throw new Error("rate limit perSecond and perDay must be positive");
  }
  const capacity = policy.burst ?? policy.perSecond;
  let tokens = capacity;
  let refilledAt = clock();
  let day = Math.floor(refilledAt / dayMs);
  let usedToday = 0;

  return () => {
    const now = clock();
    tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * policy.perSecond);
    refilledAt = now;
    const today = Math.floor(now / dayMs);
    if (today !== day) {
      day = today;
      usedToday = 0;
    }
    if (usedToday >= policy.perDay) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil(((today + 1) * dayMs - now) / 1000)),
        reason: `Daily API call limit of ${policy.perDay} exceeded`,
      };
    }
    if (tokens < 1) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / policy.perSecond)),
        reason: `Too many requests: the limit is ${policy.perSecond} calls per second`,
      };
    }
    tokens -= 1;
    usedToday += 1;
    return undefined;
  };
}
