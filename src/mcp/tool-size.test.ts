import { describe, expect, it } from "vitest";
import { toolListSizes } from "./tool-size.js";

describe("tools/list size", () => {
  it("counts each mode in tokens; discovery stays under 2,000", () => {
    const sizes = Object.fromEntries(toolListSizes().map((s) => [s.mode, s]));
    expect(sizes.discovery?.tools).toBe(3);
    expect(sizes.discovery?.tokens).toBeLessThan(2000);
    expect(sizes["read-only"]?.tokens).toBeLessThan(sizes["all tools"]?.tokens ?? 0);
  });
});
