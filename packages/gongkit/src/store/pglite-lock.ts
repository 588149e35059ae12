// PGlite is one process's database: a second process opening the same files works on its own copy in memory
// and its writes are lost (seen: an API key revoked while `gongkit serve` ran was still accepted, then the
// revocation vanished). A lock file next to the data dir makes the second opener fail with a clear message.
//
// The file holds the owner's pid and, where the system tells it (Linux's /proc), when that process started. A lock
// is stale, and taken over, unless a live process other than this one holds it: a container whose entrypoint is
// PID 1 is restarted with the same pid its killed predecessor wrote, and a dead owner's pid can be reused by an
// unrelated process (its start time then differs).
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

/** Data dirs this process holds: opening one of them twice in one process is refused, not taken over. */
const heldHere = new Set<string>();

interface Holder {
  pid: number;
  started?: string | undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** When a process started (clock ticks since boot, from /proc/PID/stat), or undefined where there is no /proc. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces; the start time is field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const [pidText = "", started] = readFileSync(path, "utf8").trim().split(/\s+/);
    const pid = Number.parseInt(pidText, 10);
    return Number.isSafeInteger(pid) && pid > 0 ? { pid, started } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's owner is still running: another live process, and the same one that wrote the file. */
function holdsIt(holder: Holder): boolean {
  if (holder.pid === process.pid || !alive(holder.pid)) return false;
  const started = processStart(holder.pid);
  return holder.started === undefined || started === undefined || started === holder.started;
}

/** Thrown while another live process holds the lock; `pid` is that process. */
export class StoreHeldError extends Error {
  constructor(
    message: string,
    readonly pid: number,
  ) {
    super(message);
  }
}

function refusal(path: string, who: string): string {
  return `${who} has it open, and PGlite serves one process at a time. Stop that process (e.g. gongkit serve or gongkit mcp), or set DATABASE_URL so that processes share a PostgreSQL database. If no gongkit process is running, delete ${path}.`;
}

/** Takes the lock of a PGlite data dir for this process; returns its release. Throws while another holds it. */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  if (heldHere.has(path)) throw new Error(refusal(path, "this process already"));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      const started = processStart(process.pid);
      writeSync(fd, started === undefined ? String(process.pid) : `${process.pid} ${started}`);
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        process.removeListener("exit", release);
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder && holdsIt(holder))
        throw new StoreHeldError(refusal(path, `another gongkit process (pid ${holder.pid})`), holder.pid);
      unlinkSync(path); // stale: its owner ended without closing, or is this process in an earlier life
    }
  }
  throw new Error(`Cannot take the lock ${path}.`);
}
