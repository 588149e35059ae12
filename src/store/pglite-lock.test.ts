import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "./open.js";
import { lockDataDir } from "./pglite-lock.js";

describe("one process per PGlite store", () => {
  it("refuses a second opener while the first has it, and frees it on close", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gongkit-lock-"));
    const first = await openStore({ dataDir, databaseUrl: "" });
    await expect(openStore({ dataDir, databaseUrl: "" })).rejects.toThrow(
      /this process already has it open.*DATABASE_URL/,
    );
    await first.close();
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(false);
    const again = await openStore({ dataDir, databaseUrl: "" });
    await again.close();
  }, 30_000);

  it("names another live process, and takes over a lock its dead owner left", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "gongkit-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`another gongkit process \\(pid ${process.ppid}\\)`));
    expect(() => lockDataDir(dir)).toThrow(`If no gongkit process is running, delete ${dir}.lock.`);
    writeFileSync(`${dir}.lock`, "2147483646");
    const release = lockDataDir(dir);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
