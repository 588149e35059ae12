// Bulk export of calls: the fewest requests Gong allows, resumable, exactly once.
export {
  type Checkpoint,
  type CheckpointStore,
  type ExportArguments,
  type FileCheckpointStore,
  fileCheckpointStore,
} from "./checkpoint.js";
export { callCsvRow, csvColumns, csvField } from "./csv.js";
export { type ExportClient, type ExportOptions, exportCalls } from "./export-calls.js";
export {
  checkpointPathFor,
  exportCallsToFile,
  type FileExportOptions,
  type FileExportResult,
} from "./export-to-file.js";
export { contentSelectorFor, defaultInclude, type ExportPart, exportParts, parseInclude } from "./include.js";
export type { ExportProgress } from "./progress.js";
export type { CallRecord, NamedMonologue } from "./record.js";
export { type OutputFormat, outputFormatOf } from "./writers.js";
