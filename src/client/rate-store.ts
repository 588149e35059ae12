// Where the rate governor keeps a tenant's pace and daily count. An interface, so processes can share one
// tenant's budget through Postgres later; the in-memory store serves one process.

export interface RatePolicy {
  /** Sustained requests per second (Gong: 3). */
  perSecond: number;
  /** Requests that may start back to back before the pace applies (default 1: strict spacing). */
  burst: number;
  /** Requests per UTC day (Gong: 10,000). */
  perDay: number;
  /** Added to every interval so network jitter cannot squeeze 4 requests into one second at Gong's end. */
  marginMs: number;
}

export type Reservation =
  | { granted: true; at: number; remainingToday: number }
  | { granted: false; resetAt: number; remainingToday: 0 };

export interface RateStore {
  /** Reserves the tenant's next send slot at or after `now`, counting it against the day's budget. */
  reserve(tenant: string, now: number, policy: RatePolicy): Promise<Reservation>;
}

const dayMs = 86_400_000;

interface TenantPace {
  /** Generic cell rate algorithm: the theoretical arrival time of the next request. */
  theoreticalArrival: number;
  day: number;
  used: number;
}

export function memoryRateStore(): RateStore {
  const tenants = new Map<string, TenantPace>();
  return {
    async reserve(tenant, now, policy) {
      const day = Math.floor(now / dayMs);
      let pace = tenants.get(tenant);
      if (!pace) {
        pace = { theoreticalArrival: now, day, used: 0 };
        tenants.set(tenant, pace);
      }
      if (pace.day !== day) {
        pace.day = day;
        pace.used = 0;
      }
      if (pace.used >= policy.perDay)
        return { granted: false, resetAt: (day + 1) * dayMs, remainingToday: 0 };
      const interval = Number.isFinite(policy.perSecond) ? 1000 / policy.perSecond + policy.marginMs : 0;
      const tolerance = (policy.burst - 1) * interval;
      const arrival = Math.max(pace.theoreticalArrival, now);
      const at = Math.max(now, arrival - tolerance);
      pace.theoreticalArrival = arrival + interval;
      pace.used += 1;
      return { granted: true, at, remainingToday: policy.perDay - pace.used };
    },
  };
}
