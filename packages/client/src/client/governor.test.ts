import { describe, expect, it } from "vitest";
import { manualClock } from "../core/clock.js";
import type { GongRequest } from "./build-request.js";
import { createGovernor } from "./governor.js";
import { memoryRateStore } from "./rate-store.js";
import type { GongResponse, Send } from "./send.js";

function request(lane?: string): GongRequest {
  const r: GongRequest = {
    actionId: "T",
    method: "GET",
    url: new URL("https://x.example/v2/users"),
    headers: {},
    repeatSafety: "safe",
  };
  if (lane) r.lane = lane;
  return r;
}

function recorder(clock: { now(): number }) {
  const sent: { at: number; lane: string }[] = [];
  const send: Send = async (r) => {
    sent.push({ at: clock.now(), lane: r.lane ?? "default" });
    return { status: 200, headers: new Headers(), text: "{}" } satisfies GongResponse;
  };
  return { sent, send };
}

describe("rate governor", () => {
  it("spaces requests to the pace, with no sleeping in the test", async () => {
    const clock = manualClock(1_000_000);
    const governor = createGovernor("t1", {
      clock,
      store: memoryRateStore(),
      perSecond: 3,
      marginMs: 0,
      coldStartMs: 0,
    });
    const { sent, send } = recorder(clock);
    const wrapped = governor.wrapper(send);
    await Promise.all(Array.from({ length: 7 }, () => wrapped(request())));
    const gaps = sent.slice(1).map((s, i) => s.at - (sent[i]?.at ?? 0));
    expect(gaps.every((gap) => Math.abs(gap - 1000 / 3) < 1e-6)).toBe(true);
    // Never more than 3 in any one-second window.
    for (const start of sent)
      expect(sent.filter((s) => s.at >= start.at && s.at < start.at + 1000).length).toBeLessThanOrEqual(3);
  });

  it("lets a burst through back to back, then waits for the window", async () => {
    const clock = manualClock(0);
    const governor = createGovernor("t2", {
      clock,
      store: memoryRateStore(),
      perSecond: 3,
      burst: 3,
      marginMs: 0,
      coldStartMs: 0,
    });
    const { sent, send } = recorder(clock);
    const wrapped = governor.wrapper(send);
    await Promise.all(Array.from({ length: 7 }, () => wrapped(request())));
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it("decides at send time, so a late sender cannot crowd the window", async () => {
    const clock = manualClock(0);
    const store = memoryRateStore();
    const policy = { perSecond: 3, burst: 1, perDay: 100, marginMs: 10 };
    const sends: number[] = [];
    for (let i = 0; i < 12; i++) {
      clock.advance(i % 4 === 0 ? 5 : 0); // senders arrive unevenly
      for (;;) {
        const reservation = await store.reserve("t", clock.now(), policy);
        if (reservation.granted) break;
        if (reservation.exhausted) throw new Error("budget");
        clock.advance(reservation.retryInMs + (i % 3) * 40); // and wake up late by up to 80 ms
      }
      sends.push(clock.now());
    }
    for (const t of sends) expect(sends.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(3);
  });

  it("counts a request on a cold connection as reaching Gong later", async () => {
    const clock = manualClock(0);
    const governor = createGovernor("t5", {
      clock,
      store: memoryRateStore(),
      perSecond: 3,
      marginMs: 0,
      coldStartMs: 250,
    });
    const { sent, send } = recorder(clock);
    const wrapped = governor.wrapper(send);
    await Promise.all(Array.from({ length: 3 }, () => wrapped(request())));
    // The first went out cold: the next waits a full interval after its estimated arrival at 250 ms.
    expect(sent.map((s) => Math.round(s.at))).toEqual([0, 583, 917]);
  });

  it("stops at the daily budget with a clear error and says when it resets", async () => {
    const clock = manualClock(Date.UTC(2026, 8, 1, 23, 59, 0));
    const governor = createGovernor("t3", { clock, store: memoryRateStore(), perSecond: 100, perDay: 2 });
    const { send } = recorder(clock);
    const wrapped = governor.wrapper(send);
    await wrapped(request());
    await wrapped(request());
    expect(governor.state().remainingToday).toBe(0);
    await expect(wrapped(request())).rejects.toMatchObject({
      code: "rate_limited",
      message: /resets at 2026-09-02T00:00:00.000Z/,
    });
    clock.advance(60_000);
    await expect(wrapped(request())).resolves.toMatchObject({ status: 200 });
  });

  it("lets lanes take turns so a bulk job cannot starve a single call", async () => {
    const clock = manualClock(0);
    const governor = createGovernor("t4", { clock, store: memoryRateStore(), perSecond: 10, marginMs: 0 });
    const { sent, send } = recorder(clock);
    const wrapped = governor.wrapper(send);
    const bulk = Array.from({ length: 6 }, () => wrapped(request("export")));
    const single = wrapped(request("agent"));
    expect(governor.state().queued).toBe(6); // the first export request is already being paced
    await Promise.all([...bulk, single]);
    expect(sent.findIndex((s) => s.lane === "agent")).toBeLessThanOrEqual(2);
    expect(governor.state().queued).toBe(0);
  });

  it("shares one pace between clients of the same tenant through the store", async () => {
    const clock = manualClock(0);
    const store = memoryRateStore();
    const a = createGovernor("shared", { clock, store, perSecond: 1, burst: 1, marginMs: 0, coldStartMs: 0 });
    const b = createGovernor("shared", { clock, store, perSecond: 1, burst: 1, marginMs: 0, coldStartMs: 0 });
    const { sent, send } = recorder(clock);
    await a.wrapper(send)(request());
    await b.wrapper(send)(request());
    await a.wrapper(send)(request());
    expect(sent.map((s) => s.at)).toEqual([0, 1000, 2000]);
  });
});
