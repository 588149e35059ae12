// Where the rate governor keeps a tenant's recent sends and daily count. An interface, so processes can share
// one tenant's budget through Postgres; the in-memory store serves one process.
//
// The decision is taken at the moment of sending, from the times of the sends actually made (a sliding-window
// log), never from slots booked in advance: a process that wakes up late cannot squeeze a fourth request into
// a second, whatever the scheduling delays of the processes sharing the tenant.

export interface RatePolicy {
  /** Requests in any one-second window (Gong: 3). */
  perSecond: number;
  /** Requests that may go back to back (1..perSecond; default 1: evenly spaced). */
  burst: number;
  /** Requests per UTC day (Gong: 10,000). */
  perDay: number;
  /** Added to the one-second window, so network jitter cannot bring 4 requests into one second at Gong. */
  marginMs: number;
}

export type Reservation =
  /** Send now: the send is recorded. */
  | { granted: true; remainingToday: number }
  /** Not yet: ask again after this long. */
  | { granted: false; exhausted: false; retryInMs: number }
  /** Today's budget is spent. */
  | { granted: false; exhausted: true; resetAt: number };

export interface RateStore {
  /**
   * Records a send if the policy allows one now, else says how long to wait. The send is recorded as arriving
   * `expectedDelayMs` after `now` (a request on a cold connection reaches Gong later than one on a warm one).
   */
  reserve(tenant: string, now: number, policy: RatePolicy, expectedDelayMs?: number): Promise<Reservation>;
}

const dayMs = 86_400_000;

/** A tenant's recent send times (ascending, at most perSecond of them) and today's count. */
export interface PaceState {
  recent: number[];
  day: number;
  used: number;
}

export const emptyPace: PaceState = { recent: [], day: 0, used: 0 };

/** One decision, pure, so every store (in memory, Postgres) paces the same way. */
export function reserveSlot(
  state: PaceState,
  now: number,
  policy: RatePolicy,
  expectedDelayMs = 0,
): { reservation: Reservation; next: PaceState } {
  const day = Math.floor(now / dayMs);
  const used = state.day === day ? state.used : 0;
  if (used >= policy.perDay) {
    return {
      reservation: { granted: false, exhausted: true, resetAt: (day + 1) * dayMs },
      next: { ...state, day, used },
    };
  }
  const { recent } = state;
  let earliest = now;
  if (Number.isFinite(policy.perSecond)) {
    const keep = Math.ceil(policy.perSecond);
    const burst = Math.min(Math.max(1, policy.burst), keep);
    // At most `perSecond` sends in any window of a second (plus margin)...
    const windowStart = recent[recent.length - keep];
    if (windowStart !== undefined) earliest = Math.max(earliest, windowStart + 1000 + policy.marginMs);
    // ...and at most `burst` back to back: the burst-th previous send must be burst intervals ago.
    const burstStart = recent[recent.length - burst];
    if (burstStart !== undefined)
      earliest = Math.max(earliest, burstStart + (burst * (1000 + policy.marginMs)) / policy.perSecond);
  }
  if (earliest > now) {
    return {
      reservation: { granted: false, exhausted: false, retryInMs: earliest - now },
      next: { ...state, day, used },
    };
  }
  const arrival = now + expectedDelayMs;
  const kept = Number.isFinite(policy.perSecond)
    ? [...recent, arrival].sort((a, b) => a - b).slice(-Math.ceil(policy.perSecond))
    : [];
  return {
    reservation: { granted: true, remainingToday: policy.perDay - used - 1 },
    next: { recent: kept, day, used: used + 1 },
  };
}

export function memoryRateStore(): RateStore {
  const tenants = new Map<string, PaceState>();
  return {
    async reserve(tenant, now, policy, expectedDelayMs) {
      const { reservation, next } = reserveSlot(
        tenants.get(tenant) ?? emptyPace,
        now,
        policy,
        expectedDelayMs,
      );
      tenants.set(tenant, next);
      return reservation;
    },
  };
}
