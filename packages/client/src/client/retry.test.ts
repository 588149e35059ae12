import { describe, expect, it } from "vitest";
import { manualClock } from "../core/clock.js";
import { GongError } from "../core/errors.js";
import type { GongRequest, RepeatSafety } from "./build-request.js";
import { retryWrapper } from "./retry.js";
import type { GongResponse, Send } from "./send.js";

const request = (repeatSafety: RepeatSafety): GongRequest => ({
  actionId: "T",
  method: repeatSafety === "safe" ? "GET" : "POST",
  url: new URL("https://x.example/v2/calls"),
  headers: {},
  repeatSafety,
});

type Outcome = number | "reset" | { status: number; retryAfter: string };

/** A send() that plays the given outcomes in order, then answers 200. */
function script(...outcomes: Outcome[]) {
  let calls = 0;
  const send: Send = async () => {
    const outcome = outcomes[calls++] ?? 200;
    if (outcome === "reset")
      throw new GongError("network_error", "could not reach x.example: read ECONNRESET");
    const status = typeof outcome === "number" ? outcome : outcome.status;
    const headers = new Headers(typeof outcome === "number" ? {} : { "retry-after": outcome.retryAfter });
    return { status, headers, text: "{}" } satisfies GongResponse;
  };
  return { send, calls: () => calls };
}

function setup(...outcomes: Outcome[]) {
  const clock = manualClock(0);
  const played = script(...outcomes);
  const wrapped = retryWrapper({ clock, random: () => 0.5, baseDelayMs: 100, maxAttempts: 5 })(played.send);
  return { clock, played, wrapped };
}

describe("retries", () => {
  it("waits out a 429 for exactly its Retry-After, for any request", async () => {
    const { clock, played, wrapped } = setup({ status: 429, retryAfter: "2" });
    const response = await wrapped(request("unsafe"));
    expect(response.status).toBe(200);
    expect(played.calls()).toBe(2);
    expect(clock.waits).toEqual([2000]);
  });

  it("returns a 429 whose Retry-After is beyond the cap instead of sleeping for it", async () => {
    const clock = manualClock(0);
    const played = script({ status: 429, retryAfter: "3600" });
    const response = await retryWrapper({ clock, maxRetryAfterMs: 60_000 })(played.send)(request("safe"));
    expect(response.status).toBe(429);
    expect(clock.waits).toEqual([]);
  });

  it("backs off exponentially with jitter on 5xx and resets for requests safe to repeat", async () => {
    const { clock, played, wrapped } = setup(503, "reset", 500);
    expect((await wrapped(request("safe"))).status).toBe(200);
    expect(played.calls()).toBe(4);
    expect(clock.waits).toEqual([50, 100, 200]); // random 0.5 x 100, 200, 400 ms ceilings
  });

  it("never repeats a write without a de-duplication key after an ambiguous failure", async () => {
    const failed = setup(503);
    expect((await failed.wrapped(request("unsafe"))).status).toBe(503);
    expect(failed.played.calls()).toBe(1);
    const reset = setup("reset");
    await expect(reset.wrapped(request("unsafe"))).rejects.toMatchObject({ code: "network_error" });
    expect(reset.played.calls()).toBe(1);
    expect(reset.clock.waits).toEqual([]);
  });

  it("repeats a write that carries its own de-duplication key", async () => {
    const { played, wrapped } = setup(502, "reset");
    expect((await wrapped(request("deduplicated"))).status).toBe(200);
    expect(played.calls()).toBe(3);
  });

  it("fails at once on 400, 401 and 403", async () => {
    for (const status of [400, 401, 403]) {
      const { played, wrapped } = setup(status);
      expect((await wrapped(request("safe"))).status).toBe(status);
      expect(played.calls()).toBe(1);
    }
  });

  it("gives up after the last attempt and hands back the last answer", async () => {
    const { played, wrapped } = setup(500, 500, 500, 500, 500, 500);
    expect((await wrapped(request("safe"))).status).toBe(500);
    expect(played.calls()).toBe(5);
  });
});
