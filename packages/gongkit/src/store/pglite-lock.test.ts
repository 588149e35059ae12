import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "./open.js";
import { lockDataDir, processStart } from "./pglite-lock.js";

function lockPath(): string {
  return `${join(mkdtempSync(join(tmpdir(), "gongkit-lock-")), "pglite")}.lock`;
}

describe("one process per PGlite store", () => {
  it("refuses a second opener while the first has it, and frees it on close", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gongkit-lock-"));
    const first = await openStore({ dataDir, databaseUrl: "" });
    await expect(openStore({ dataDir, databaseUrl: "" })).rejects.toThrow(
      /this process already has it open.*DATABASE_URL.*If no gongkit process is running, delete .*pglite\.lock/,
    );
    await first.close();
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(false);
    const again = await openStore({ dataDir, databaseUrl: "" });
    await again.close();
  }, 30_000);

  it("names another live process and says how to clear the lock", () => {
    const path = lockPath();
    const dir = path.slice(0, -".lock".length);
    writeFileSync(path, `${process.ppid} ${processStart(process.ppid) ?? ""}`);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`another gongkit process \\(pid ${process.ppid}\\)`));
    expect(() => lockDataDir(dir)).toThrow(`If no gongkit process is running, delete ${path}.`);
  });

  it("takes over a lock its dead owner left", () => {
    const path = lockPath();
    writeFileSync(path, "2147483646");
    const release = lockDataDir(path.slice(0, -".lock".length));
    expect(readFileSync(path, "utf8")).toMatch(new RegExp(`^${process.pid}\\b`));
    release();
    expect(existsSync(path)).toBe(false);
  });

  it("takes over a lock holding this process's own pid from an earlier life (PID 1 in a restarted container)", () => {
    const path = lockPath();
    writeFileSync(path, `${process.pid} 1`);
    const release = lockDataDir(path.slice(0, -".lock".length));
    release();
    expect(existsSync(path)).toBe(false);
  });

  it.runIf(processStart(process.ppid) !== undefined)(
    "takes over a lock whose pid now belongs to a process that started later than the owner",
    () => {
      const path = lockPath();
      writeFileSync(path, `${process.ppid} 0`);
      const release = lockDataDir(path.slice(0, -".lock".length));
      release();
      expect(existsSync(path)).toBe(false);
    },
  );
});
