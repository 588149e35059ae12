import { describe, expect, it } from "vitest";
import { toolListSizes } from "./tool-size.js";

describe("tools/list size", () => {
  it("counts each mode in tokens: default 7,000 at most, all tools 25,000, read-only 11,000, discovery 2,000", () => {
    const sizes = Object.fromEntries(toolListSizes().map((s) => [s.mode, s]));
    expect(sizes.discovery?.tools).toBe(3);
    expect(sizes.discovery?.tokens).toBeLessThan(2000);
    expect(sizes["read-only"]?.tokens).toBeLessThan(sizes["all tools"]?.tokens ?? 0);
    // The targets; a longer overlay description or a new action shows up here first.
    expect(sizes["all tools"]?.tools).toBe(72);
    expect(sizes["all tools"]?.tokens).toBeLessThanOrEqual(25_000);
    expect(sizes["read-only"]?.tokens).toBeLessThanOrEqual(11_000);
    expect(sizes.default?.tools).toBe(24);
    expect(sizes.default?.tokens).toBeLessThanOrEqual(7_000);
  });
});
