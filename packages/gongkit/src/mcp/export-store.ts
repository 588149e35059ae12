// The call exports a server has run for agents (gong_export_calls), kept in memory so that their records can be
// read as resources (gong://exports/{id}, gong://exports/{id}/calls/{callId}) and an interrupted export resumes
// where it stopped. Bounded: the newest exports are kept, up to a total number of records.
import { randomBytes } from "node:crypto";
import type {
  Checkpoint,
  CheckpointStore,
  ExportArguments,
} from "@gongkit/client/internal/export/checkpoint.js";
import type { CallRecord } from "@gongkit/client/internal/export/record.js";

/**
 * Records kept across all exports (the oldest exports are dropped to stay under it), and the most one export
 * may hold: a larger range is a job for `gongkit export calls`, which streams to a file.
 */
const defaultMaxRecords = 5_000;
const maxExports = 8;

export interface ExportRun {
  id: string;
  args: ExportArguments;
  /** The calls exported so far by id, in Gong's order (private calls left out unless the server includes them). */
  calls: Map<string, CallRecord>;
  /** The private calls left out. With `calls`, every id taken in: a resume may see a page again. */
  privateIds: Set<string>;
  /** Gong requests made, over every attempt of this export. */
  requests: Record<string, number>;
  /** Milliseconds spent exporting, over every attempt. */
  elapsedMs: number;
  done: boolean;
  /** The export stopped at the store's limit of records before the range was done. */
  capped: boolean;
  /** The NDJSON file written once the export is complete (servers started with an output directory). */
  file?: string;
  /** Where a resumed attempt starts. */
  checkpoint: CheckpointStore;
}

export interface ExportStore {
  /** The most records one export may hold. */
  readonly maxRecords: number;
  create(args: ExportArguments): ExportRun;
  get(id: string): ExportRun | undefined;
  /** Drops the oldest exports while the records kept exceed the limit (after a run added records). */
  trim(): void;
}

function memoryCheckpoint(): CheckpointStore {
  let saved: Checkpoint | undefined;
  return {
    load: async () => saved,
    save: async (checkpoint) => {
      saved = checkpoint;
    },
  };
}

export function createExportStore(options: { maxRecords?: number } = {}): ExportStore {
  const maxRecords = options.maxRecords ?? defaultMaxRecords;
  const runs = new Map<string, ExportRun>();
  const trim = () => {
    let total = [...runs.values()].reduce((sum, run) => sum + run.calls.size, 0);
    for (const [id, run] of runs) {
      if (runs.size <= 1 || (runs.size <= maxExports && total <= maxRecords)) break;
      runs.delete(id);
      total -= run.calls.size;
    }
  };
  return {
    maxRecords,
    create(args) {
      const id = `exp_${randomBytes(6).toString("hex")}`;
      const run: ExportRun = {
        id,
        args,
        calls: new Map(),
        privateIds: new Set(),
        requests: {},
        elapsedMs: 0,
        done: false,
        capped: false,
        checkpoint: memoryCheckpoint(),
      };
      runs.set(id, run);
      trim();
      return run;
    },
    get: (id) => runs.get(id),
    trim,
  };
}
