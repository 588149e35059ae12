import { describe, expect, it } from "vitest";
import { parseChaos } from "./sandbox-command.js";

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
