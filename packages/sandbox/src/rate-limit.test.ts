import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.js";

describe("createRateLimiter", () => {
  it("allows a burst of perSecond, then refills continuously", () => {
    let now = 0;
    const admit = createRateLimiter({ perSecond: 3, perDay: 100 }, () => now);
    expect([admit(), admit(), admit()]).toEqual([undefined, undefined, undefined]);
    expect(admit()).toEqual({ retryAfterSeconds: 1, reason: expect.stringMatching(/3 calls per second/) });
    now += 340;
    expect(admit()).toBeUndefined();
    expect(admit()?.retryAfterSeconds).toBe(1);
  });

  it("honours a larger burst", () => {
    const admit = createRateLimiter({ perSecond: 1, perDay: 100, burst: 5 }, () => 0);
    const results = Array.from({ length: 6 }, () => admit());
    expect(results.filter((result) => result === undefined)).toHaveLength(5);
    expect(results[5]?.retryAfterSeconds).toBe(1);
  });

  it("refuses past the daily budget until the next UTC day, without spending it on refused calls", () => {
    let now = Date.parse("2026-08-31T23:59:00Z");
    const admit = createRateLimiter({ perSecond: 10, perDay: 2 }, () => now);
    expect([admit(), admit()]).toEqual([undefined, undefined]);
    expect(admit()).toEqual({ retryAfterSeconds: 60, reason: "Daily API call limit of 2 exceeded" });
    now = Date.parse("2026-09-01T00:00:00Z");
    expect(admit()).toBeUndefined();
  });

  it("rejects a policy that could never admit anything", () => {
    expect(() => createRateLimiter({ perSecond: 0, perDay: 10 }, () => 0)).toThrow(/positive/);
  });
});
