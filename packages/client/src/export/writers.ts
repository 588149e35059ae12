// The export's output files: NDJSON (one bigint-safe JSON record a line) or CSV (one row a call). Records are
// buffered per page and written and synced by flush(), which returns the file's length: the checkpoint keeps
// it, and a resume truncates the file back to it, dropping whatever a crash left after the last checkpoint.
import { type FileHandle, open, stat, truncate } from "node:fs/promises";
import { extname } from "node:path";
import { GongError } from "../core/errors.js";
import { stringifyJson } from "../core/json.js";
import { callCsvRow, csvColumns, csvLine } from "./csv.js";
import type { CallRecord } from "./record.js";

export type OutputFormat = "ndjson" | "csv";

const formats: Record<string, OutputFormat> = { ".ndjson": "ndjson", ".jsonl": "ndjson", ".csv": "csv" };

/** The format named by the file's extension: .ndjson or .jsonl, or .csv. */
export function outputFormatOf(path: string): OutputFormat {
  const format = formats[extname(path).toLowerCase()];
  if (!format) {
    throw new GongError(
      "invalid_input",
      `Cannot tell the format of ${path}: name it .ndjson, .jsonl or .csv.`,
    );
  }
  return format;
}

export interface RecordFile {
  write(record: CallRecord): void;
  /** Writes and syncs what is buffered; resolves to the file's length in bytes. */
  flush(): Promise<number>;
  /** Closes the file; records not flushed are dropped (the checkpoint does not count them). */
  close(): Promise<void>;
}

function encoder(format: OutputFormat): (record: CallRecord) => string {
  return format === "csv"
    ? (record) => csvLine(callCsvRow(record))
    : (record) => `${stringifyJson(record)}\n`;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
}

/** Opens a new output file (replacing any), or with `resumeAt` the existing one cut back to that length. */
export async function openRecordFile(
  path: string,
  format: OutputFormat,
  resumeAt?: number,
): Promise<RecordFile> {
  try {
    return await openFile(path, format, resumeAt);
  } catch (error) {
    if (error instanceof GongError) throw error;
    throw new GongError("file_error", `Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function openFile(
  path: string,
  format: OutputFormat,
  resumeAt: number | undefined,
): Promise<RecordFile> {
  let handle: FileHandle;
  let bytes = 0;
  const buffered: string[] = [];
  if (resumeAt === undefined) {
    handle = await open(path, "w");
    if (format === "csv") buffered.push(csvLine(csvColumns));
  } else {
    const size = await sizeOf(path);
    if (size < resumeAt) {
      throw new GongError(
        "invalid_input",
        `Cannot resume: ${path} has ${size} bytes but the checkpoint counts ${resumeAt}; it changed since. Start over without resuming.`,
      );
    }
    await truncate(path, resumeAt);
    handle = await open(path, "a");
    bytes = resumeAt;
  }
  const encode = encoder(format);
  return {
    write: (record) => {
      buffered.push(encode(record));
    },
    async flush() {
      if (buffered.length > 0) {
        const chunk = buffered.join("");
        buffered.length = 0;
        await handle.write(chunk);
        bytes += Buffer.byteLength(chunk);
        await handle.datasync();
      }
      return bytes;
    },
    close: () => handle.close(),
  };
}
