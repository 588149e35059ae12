// PGlite is one process's database: a second process opening the same files works on its own copy in memory
// and its writes are lost (seen: an API key revoked while `gongkit serve` ran was still accepted, then the
// revocation vanished). A lock file next to the data dir makes the second opener fail with a clear message.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock of a PGlite data dir for this process; returns its release. Throws while another holds it. */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        if (holder(path) === process.pid) unlinkSync(path);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = holder(path);
      if (pid !== undefined && alive(pid)) {
        const who = pid === process.pid ? "this process already" : `another gongkit process (pid ${pid})`;
        // A killed process's pid can be taken by an unrelated one: say how to clear a lock nobody holds.
        const stale = pid === process.pid ? "" : ` If no gongkit process is running, delete ${path}.`;
        throw new Error(
          `${who} has it open, and PGlite serves one process at a time. Stop that process (e.g. gongkit serve or gongkit mcp), or set DATABASE_URL so that processes share a PostgreSQL database.${stale}`,
        );
      }
      unlinkSync(path); // left by a process that ended without closing
    }
  }
  throw new Error(`Cannot take the lock ${path}.`);
}
