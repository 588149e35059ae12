// The rate governor: a send() wrapper that paces every request to the tenant's limit (3/s by default) and
// stops at the daily budget (10,000 by default). Waiting requests queue per lane and lanes take turns, so a
// bulk export cannot starve an agent's single call. State is visible for progress displays.
import { type Clock, systemClock } from "../core/clock.js";
import { GongError } from "../core/errors.js";
import type { GongRequest } from "./build-request.js";
import { memoryRateStore, type RatePolicy, type RateStore } from "./rate-store.js";
import type { GongResponse, SendWrapper } from "./send.js";

export interface GovernorOptions extends Partial<RatePolicy> {
  /**
   * How much later than a warm one a request on a cold connection (none sent for 4 s, undici's keep-alive)
   * may reach Gong: connection and TLS set-up. Counted in the pace so a cold request cannot land next to the
   * warm request sent after it. Default 250 ms.
   */
  coldStartMs?: number;
  /** Who shares the budget: one Gong company. Defaults to the client's base URL and access key. */
  tenant?: string;
  store?: RateStore;
  clock?: Clock;
}

export interface RateState {
  tenant: string;
  /** Requests left in today's budget, as of the last reservation (the full budget before any). */
  remainingToday: number;
  /** Requests waiting for a slot. */
  queued: number;
}

export interface Governor {
  wrapper: SendWrapper;
  state(): RateState;
}

export const gongRatePolicy: RatePolicy = { perSecond: 3, burst: 1, perDay: 10_000, marginMs: 40 };
const keepAliveMs = 4000;

// One store per process by default, so every client of a tenant in this process shares its pace and budget.
const processStore = memoryRateStore();

interface Waiter {
  release: () => void;
  reject: (error: GongError) => void;
}

export function createGovernor(tenant: string, options: GovernorOptions = {}): Governor {
  const policy: RatePolicy = {
    perSecond: options.perSecond ?? gongRatePolicy.perSecond,
    burst: options.burst ?? gongRatePolicy.burst,
    perDay: options.perDay ?? gongRatePolicy.perDay,
    marginMs: options.marginMs ?? gongRatePolicy.marginMs,
  };
  if (
    !(policy.perSecond > 0) ||
    !(policy.perDay > 0) ||
    !(policy.burst >= 1) ||
    policy.burst > policy.perSecond
  ) {
    throw new Error("rate policy needs perSecond > 0, perDay > 0 and 1 <= burst <= perSecond");
  }
  const store = options.store ?? processStore;
  const coldStartMs = options.coldStartMs ?? 250;
  let lastSendAt = Number.NEGATIVE_INFINITY;
  const clock = options.clock ?? systemClock;
  const lanes = new Map<string, Waiter[]>();
  let remainingToday = policy.perDay;
  let queued = 0;
  let pumping = false;

  function nextWaiter(): Waiter | undefined {
    for (const [lane, waiters] of lanes) {
      const waiter = waiters.shift();
      lanes.delete(lane);
      // Re-insert at the end: the lanes take turns.
      if (waiters.length > 0) lanes.set(lane, waiters);
      if (waiter) return waiter;
    }
    return undefined;
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (let waiter = nextWaiter(); waiter; waiter = nextWaiter()) {
        queued -= 1;
        for (;;) {
          const now = clock.now();
          const cold = now - lastSendAt > keepAliveMs;
          const reservation = await store.reserve(tenant, now, policy, cold ? coldStartMs : 0);
          if (reservation.granted) {
            lastSendAt = now;
            remainingToday = reservation.remainingToday;
            waiter.release();
            break;
          }
          if (reservation.exhausted) {
            remainingToday = 0;
            const resetAt = new Date(reservation.resetAt).toISOString();
            waiter.reject(
              new GongError(
                "rate_limited",
                `Today's budget of ${policy.perDay} Gong requests is spent; it resets at ${resetAt}.`,
                {
                  retryAfterMs: reservation.resetAt - clock.now(),
                },
              ),
            );
            break;
          }
          await clock.sleep(reservation.retryInMs);
        }
      }
    } finally {
      pumping = false;
    }
  }

  function admit(request: GongRequest): Promise<void> {
    return new Promise<void>((release, reject) => {
      const lane = request.lane ?? "default";
      const waiters = lanes.get(lane) ?? [];
      waiters.push({ release, reject });
      lanes.set(lane, waiters);
      queued += 1;
      if (!pumping) void pump();
    });
  }

  return {
    wrapper:
      (next) =>
      async (request): Promise<GongResponse> => {
        await admit(request);
        return next(request);
      },
    state: () => ({ tenant, remainingToday, queued }),
  };
}
