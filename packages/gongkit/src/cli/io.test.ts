import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInput, UsageError } from "./io.js";

describe("--input", () => {
  it("reads inline JSON and a JSON file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "gongkit-input-")), "in.json");
    writeFileSync(file, '{"id":"1"}');
    expect(readInput('{"a":1}')).toEqual({ a: 1 });
    expect(readInput(`@${file}`)).toEqual({ id: "1" });
  });

  it("says which file could not be read, with no stack trace", () => {
    expect(() => readInput("@/missing/input.json")).toThrow(
      new UsageError("--input @/missing/input.json: cannot read /missing/input.json (no such file)."),
    );
  });

  it("names the file whose JSON is broken", () => {
    const file = join(mkdtempSync(join(tmpdir(), "gongkit-input-")), "bad.json");
    writeFileSync(file, "{oops");
    expect(() => readInput(`@${file}`)).toThrow(`--input is not valid JSON (from ${file}):`);
  });
});
