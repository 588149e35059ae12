// Time as a dependency: wrappers that wait (rate governor, retries) take a Clock, so tests move time by hand
// instead of sleeping.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds (or at once when ms <= 0). */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
};

/**
 * A clock for tests: sleep() lets pending work run (one turn of the event loop), then advances time at once
 * and records the wait, so what was released before a wait happens at the time it was released.
 */
export function manualClock(start = 0): Clock & { waits: number[]; advance(ms: number): void } {
  let current = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    sleep: async (ms) => {
      waits.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
      if (ms > 0) current += ms;
    },
  };
}
