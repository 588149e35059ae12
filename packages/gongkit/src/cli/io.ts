// Output helpers shared by the CLI commands.
import { readFileSync } from "node:fs";
import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import type { Logger } from "@gongkit/client/internal/core/logger.js";

export class UsageError extends Error {}

/** What a CLI user should see while a command works (retries, deprecations), on stderr; debug lines are left out. */
export const stderrLogger: Logger = {
  log(level, message) {
    if (level !== "debug") process.stderr.write(`gongkit: ${message}\n`);
  },
};

/** Why a server could not listen, for `gongkit serve` and `gongkit sandbox` alike. */
export function listenFailure(host: string, port: number, error: NodeJS.ErrnoException): UsageError {
  const hint =
    error.code === "EADDRINUSE" ? " (the port is taken: pick another with --port N, or 0 for any)" : "";
  return new UsageError(`Cannot listen on ${host}:${port}: ${error.message}${hint}`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${stringifyJson(value, 2)}\n`);
}

/** `--input '{"a":1}'` or `--input @file.json` (or `@-` for stdin). */
export function readInput(raw: string | undefined): unknown {
  if (raw === undefined) return {};
  const source = raw === "@-" ? "stdin" : raw.slice(1);
  let text = raw;
  if (raw.startsWith("@")) {
    try {
      text = readFileSync(raw === "@-" ? 0 : source, "utf8");
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
      throw new UsageError(`--input ${raw}: cannot read ${source} (${reason}).`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = raw.startsWith("@") ? ` (from ${source})` : "";
    throw new UsageError(`--input is not valid JSON${where}: ${(error as Error).message}`);
  }
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "),
    )
    .join("\n");
}
