import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "./json.js";

describe("lossless JSON", () => {
  it("keeps integers above 2^53 exact and leaves the others as numbers", () => {
    const parsed = parseJson(
      '{"id":9007199254740993123,"weight":3,"ratio":0.25,"big":-12345678901234567890}',
    ) as Record<string, unknown>;
    expect(parsed.id).toBe(9007199254740993123n);
    expect(parsed.weight).toBe(3);
    expect(parsed.ratio).toBe(0.25);
    expect(parsed.big).toBe(-12345678901234567890n);
  });

  it("round-trips bigint as bare integers", () => {
    const text = '{"callId":7782342274025937895,"ids":["7782342274025937895"],"n":1}';
    expect(stringifyJson(parseJson(text))).toBe(text);
  });

  it("uses plain JSON.parse when no long bare number can be present", () => {
    expect(parseJson('{"id":"7782342274025937895","n":12}')).toEqual({ id: "7782342274025937895", n: 12 });
  });
});
