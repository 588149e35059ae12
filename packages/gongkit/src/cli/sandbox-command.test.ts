import { createSandbox } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";
import { parseChaos, welcome } from "./sandbox-command.js";

describe("gongkit sandbox --chaos", () => {
  it("reads fault rates and latency", () => {
    expect(parseChaos("429=0.1,5xx=0.05,reset=0.02,truncated=0.01,latency=50")).toEqual({
      rate429: 0.1,
      rate5xx: 0.05,
      rateReset: 0.02,
      rateTruncated: 0.01,
      latencyMs: 50,
    });
  });

  it("names what it does not understand", () => {
    expect(() => parseChaos("timeout=1")).toThrow(/Invalid --chaos part "timeout=1"/);
    expect(() => parseChaos("429=")).toThrow(/429=/);
    expect(() => parseChaos("5xx=-1")).toThrow(/5xx=-1/);
  });
});

describe("gongkit sandbox's welcome", () => {
  it("suggests --since 7d on today's clock, and spells out the week of a pinned one", () => {
    const now = new Date("2026-09-12T04:00:00Z");
    const sandbox = createSandbox({ now, rateLimit: false });
    expect(welcome(sandbox, "http://127.0.0.1:4010", undefined, undefined, false)).toContain(
      "npx gongkit export calls --since 7d --out last-week.ndjson",
    );
    expect(welcome(sandbox, "http://127.0.0.1:4010", now, undefined, false)).toContain(
      "npx gongkit export calls --from 2026-09-05T04:00:00Z --to 2026-09-12T04:00:00Z --out last-week.ndjson",
    );
  });
});
