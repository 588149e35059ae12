// A call export into a file, resumable: after each page the records are written and synced, then the
// checkpoint `<out>.checkpoint.json` saves the next cursor and the file's length. A resume cuts the file back
// to that length and continues from that cursor, so every call lands in the file exactly once. The checkpoint
// is deleted when the export completes.
import { GongError } from "../core/errors.js";
import { type CheckpointStore, checkResumable, fileCheckpointStore } from "./checkpoint.js";
import { type ExportClient, type ExportOptions, exportArguments, exportCalls } from "./export-calls.js";
import { type OutputFormat, openRecordFile, outputFormatOf } from "./writers.js";

export interface FileExportOptions extends Omit<ExportOptions, "checkpoint"> {
  /** The output file; its extension (.ndjson, .jsonl or .csv) picks the format. */
  out: string;
  /** Continue from the checkpoint when there is one (otherwise start). Without it, a checkpoint is refused. */
  resume?: boolean;
}

export interface FileExportResult {
  out: string;
  format: OutputFormat;
  /** Records in the file, those of earlier runs included. */
  records: number;
  /** Requests this run made. */
  requests: number;
}

export function checkpointPathFor(out: string): string {
  return `${out}.checkpoint.json`;
}

export async function exportCallsToFile(
  client: ExportClient,
  options: FileExportOptions,
): Promise<FileExportResult> {
  const { out, resume, ...exportOptions } = options;
  const format = outputFormatOf(out);
  const store = fileCheckpointStore(checkpointPathFor(out));
  const saved = await store.load();
  if (saved && !resume) {
    throw new GongError(
      "invalid_input",
      `An unfinished export into ${out} left its checkpoint ${store.path}. Resume it (--resume), or delete the checkpoint to start over.`,
    );
  }
  if (saved) {
    checkResumable(saved, exportArguments(options));
    if (saved.outputBytes === undefined) {
      throw new GongError(
        "invalid_input",
        `${store.path} was not written by a file export; delete it to start over.`,
      );
    }
  }

  const file = await openRecordFile(out, format, saved?.outputBytes);
  let records = saved?.emitted ?? 0;
  let requests = 0;
  const checkpoint: CheckpointStore = {
    load: async () => saved,
    save: async (next) => store.save({ ...next, outputBytes: await file.flush() }),
  };
  try {
    for await (const record of exportCalls(client, {
      ...exportOptions,
      checkpoint,
      onProgress: (progress) => {
        requests = progress.requests;
        options.onProgress?.(progress);
      },
    })) {
      file.write(record);
      records += 1;
    }
  } finally {
    await file.close();
  }
  await store.remove();
  return { out, format, records, requests };
}
