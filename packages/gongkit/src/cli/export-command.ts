// `gongkit export calls --from DAY --to DAY --out FILE` (or --since 7d, or instants): a resumable bulk export of
// calls into NDJSON or CSV, with a progress bar on a terminal (a plain line per page otherwise).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { idString } from "@gongkit/client/internal/core/schema-kinds.js";
import {
  checkpointPathFor,
  defaultInclude,
  type ExportPart,
  type ExportProgress,
  exportCallsToFile,
  exportParts,
  fileCheckpointStore,
  parseInclude,
} from "@gongkit/client/internal/export/index.js";
import { acceptedForms, type DateRange, parseDateRange, type RangeFlags } from "./date-range.js";
import { UsageError } from "./io.js";
import { clientFlags, withClient } from "./run-command.js";
import { pinnedSandboxNow } from "./sandbox-clock.js";

const usage = `Usage: gongkit export calls (--from WHEN [--to WHEN] | --since AGO [--to WHEN]) [--tz ZONE] --out FILE
                            [--include PARTS] [--workspace ID] [--hosts ID,ID] [--resume]
                            [--sandbox [--sandbox-calls N]] [--base-url URL]
  Calls that started from --from (or --since ago) up to --to (or now), one request per 100 calls (two with
  transcripts).
  WHEN      2026-11-01 (a whole day: --from at its start, --to at its end, so the --to day is included)
            or 2026-11-01T09:00:00Z / 2026-11-01T09:00:00-05:00 (an instant)
  AGO       7d, 24h, 30m, 2w (days, hours, minutes, weeks before now)
  ZONE      the IANA zone whole days are in, e.g. America/New_York (default UTC)
  FILE      .ndjson or .jsonl (one JSON record a line) or .csv (one row a call)
  PARTS     comma-separated: ${exportParts.join(", ")}
            (default: all but media)
  --workspace only the calls of this workspace; --hosts only the calls these users hosted (user ids)
  --resume  continue from FILE.checkpoint.json after an interruption (or start when there is none)
Credentials as for gongkit run: GONG_BASE_URL, GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET.`;

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
  return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
}

function describeProgress(progress: ExportProgress): string[] {
  const parts = [
    progress.totalRecords === undefined
      ? `${progress.records} calls`
      : `${progress.records}/${progress.totalRecords} calls`,
    `${progress.requests} requests`,
  ];
  if (progress.budgetRemaining !== undefined) parts.push(`budget ${progress.budgetRemaining} left`);
  if (progress.etaSeconds !== undefined) parts.push(`ETA ${formatSeconds(progress.etaSeconds)}`);
  return parts;
}

function bar(progress: ExportProgress, width = 24): string {
  if (!progress.totalRecords) return "";
  const filled = Math.round(Math.min(1, progress.records / progress.totalRecords) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] `;
}

/** On a terminal one line redrawn in place; otherwise a plain line each time a page of calls is done. */
function progressReporter(stream: NodeJS.WriteStream) {
  let drawn = false;
  let printedRecords: number | undefined;
  return {
    update(progress: ExportProgress): void {
      if (stream.isTTY) {
        const line = `Exporting ${bar(progress)}${describeProgress(progress).join(" · ")}`;
        // Cut to the terminal's width: a wrapped line could not be redrawn in place.
        stream.write(`\r\x1b[2K${line.slice(0, (stream.columns || 80) - 1)}`);
        drawn = true;
      } else if (progress.records !== printedRecords) {
        printedRecords = progress.records;
        stream.write(`export: ${describeProgress(progress).join(", ")}\n`);
      }
    },
    end(): void {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}

function sandboxCalls(value: string | undefined, sandbox: boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const calls = Number(value);
  if (!sandbox) throw new UsageError("--sandbox-calls needs --sandbox.");
  if (!Number.isInteger(calls) || calls < 1) throw new UsageError(`Invalid --sandbox-calls ${value}`);
  return calls;
}

/**
 * A range ending now (--since, or --from without --to) moves between runs; resuming continues the one the
 * checkpoint was made for, as long as the start the user typed is the same.
 */
async function resumedRange(range: DateRange, flags: RangeFlags, out: string): Promise<DateRange> {
  if (flags.to !== undefined) return range;
  const saved = (await fileCheckpointStore(checkpointPathFor(out)).load())?.arguments;
  if (!saved || (flags.since === undefined && saved.from !== range.from)) return range;
  process.stderr.write(`Resuming the range the export started with: ${saved.from} to ${saved.to}.\n`);
  return { from: saved.from, to: saved.to };
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      since: { type: "string" },
      tz: { type: "string" },
      include: { type: "string" },
      workspace: { type: "string" },
      hosts: { type: "string" },
      out: { type: "string", short: "o" },
      resume: { type: "boolean" },
      "sandbox-calls": { type: "string" },
      ...clientFlags,
    },
  });
  if (positionals.length !== 1 || positionals[0] !== "calls") throw new UsageError(usage);
  const now = (values.sandbox ? pinnedSandboxNow()?.getTime() : undefined) ?? Date.now();
  const range = parseDateRange(values, now);
  const { out } = values;
  if (!range || !out) {
    throw new UsageError(`--from (or --since) and --out are required. ${acceptedForms}\n${usage}`);
  }
  const calls = sandboxCalls(values["sandbox-calls"], values.sandbox);
  const include = values.include === undefined ? [...defaultInclude] : parseInclude(values.include);
  const resume = values.resume ?? false;
  const { from, to } = resume ? await resumedRange(range, values, out) : range;
  const scope = scopeFlags(values.workspace, values.hosts);
  return withClient(
    values,
    (client) => runExport(client.withLane("export"), { from, to, out, include, resume, ...scope }),
    calls === undefined ? {} : { calls },
  );
}

/** Whether a flag's value is a Gong id, as the client checks ids (digits, within int64). */
const isId = (text: string) => idString.safeParse(text).success;

/** --workspace and --hosts as Gong's filter fields, each id checked before anything is sent. */
function scopeFlags(
  workspace: string | undefined,
  hosts: string | undefined,
): { workspaceId?: string; primaryUserIds?: string[] } {
  if (workspace !== undefined && !isId(workspace)) {
    throw new UsageError(`--workspace ${workspace}: a workspace id is digits, e.g. 623457276584334`);
  }
  const ids = hosts?.split(",").map((id) => id.trim());
  const bad = ids?.filter((id) => !isId(id)) ?? [];
  if (bad.length > 0) {
    throw new UsageError(
      `--hosts takes user ids (digits) separated by commas; not ${bad.join(", ") || hosts}`,
    );
  }
  return { ...(workspace ? { workspaceId: workspace } : {}), ...(ids ? { primaryUserIds: ids } : {}) };
}

interface RunArgs {
  from: string;
  to: string;
  out: string;
  include: ExportPart[];
  resume: boolean;
  workspaceId?: string;
  primaryUserIds?: string[];
}

/** Runs the export with progress and interruption handling; the client waits in the "export" governor lane. */
async function runExport(client: GongClient, { out, resume, ...args }: RunArgs): Promise<number> {
  const progress = progressReporter(process.stderr);
  const controller = new AbortController();
  const interrupt = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", interrupt);
  try {
    const result = await exportCallsToFile(client, {
      ...args,
      out,
      resume,
      signal: controller.signal,
      onProgress: (update) => progress.update(update),
    });
    progress.end();
    process.stdout.write(
      `Exported ${result.records} calls to ${out} (${result.requests} requests this run).\n`,
    );
    return 0;
  } catch (error) {
    progress.end();
    const kept = existsSync(checkpointPathFor(out));
    const resumeHint = "The checkpoint is kept: run the same command with --resume to continue.";
    if (controller.signal.aborted) {
      process.stderr.write(`Interrupted. ${kept ? resumeHint : ""}\n`);
      return 130;
    }
    if (!(error instanceof GongError) || error.code === "invalid_input" || !kept) throw error;
    process.stderr.write(`${error.message}\n${resumeHint}\n`);
    return 1;
  } finally {
    process.off("SIGINT", interrupt);
  }
}
