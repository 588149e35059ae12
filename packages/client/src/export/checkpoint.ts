// Where a call export can resume from: saved after each page of records has been fully consumed (and, for the
// file writers, written and synced), so a resume neither skips nor repeats a call.
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { z } from "zod";
import { GongError } from "../core/errors.js";
import { type ExportPart, exportParts } from "./include.js";

export interface ExportArguments {
  from: string;
  to: string;
  include: ExportPart[];
  /** Only the calls of this workspace. */
  workspaceId?: string | undefined;
  /** Only the calls these users hosted. */
  primaryUserIds?: string[] | undefined;
}

export interface Checkpoint {
  version: 1;
  /** What is being exported; a resume with other arguments is refused. */
  arguments: ExportArguments;
  /** The cursor of the next /v2/calls/extensive page; null once the last page is done. */
  cursor: string | null;
  /** Records emitted before that cursor. */
  emitted: number;
  /** The ids of the last page, so a resume cannot emit them again should Gong's pages shift. */
  recentIds: string[];
  /** Bytes of output written at this point; a file writer truncates back to it on resume. */
  outputBytes?: number;
}

export interface CheckpointStore {
  load(): Promise<Checkpoint | undefined>;
  save(checkpoint: Checkpoint): Promise<void>;
}

const checkpointSchema = z.object({
  version: z.literal(1),
  arguments: z.object({
    from: z.string(),
    to: z.string(),
    include: z.array(z.enum(exportParts)),
    workspaceId: z.string().optional(),
    primaryUserIds: z.array(z.string()).optional(),
  }),
  cursor: z.string().nullable(),
  emitted: z.int().nonnegative(),
  recentIds: z.array(z.string()),
  outputBytes: z.int().nonnegative().optional(),
});

/** The export's arguments in words; two exports are the same when their descriptions are. */
function describe(args: ExportArguments): string {
  const scope = [
    args.workspaceId ? ` in workspace ${args.workspaceId}` : "",
    args.primaryUserIds?.length ? ` hosted by ${args.primaryUserIds.join(",")}` : "",
  ].join("");
  return `from ${args.from} to ${args.to}${scope} including ${args.include.join(",") || "nothing else"}`;
}

/** Refuses to resume a checkpoint made for another export. */
export function checkResumable(checkpoint: Checkpoint, args: ExportArguments): void {
  const saved = checkpoint.arguments;
  if (describe(saved) !== describe(args)) {
    throw new GongError(
      "invalid_input",
      `Cannot resume: the checkpoint is for an export ${describe(saved)}, not ${describe(args)}. ` +
        "Resume with the same arguments, or start over without resuming.",
    );
  }
}

function parseCheckpoint(text: string): Checkpoint | undefined {
  let parsed: ReturnType<typeof checkpointSchema.safeParse>;
  try {
    parsed = checkpointSchema.safeParse(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!parsed.success) return undefined;
  const { outputBytes, ...rest } = parsed.data;
  return outputBytes === undefined ? rest : { ...rest, outputBytes };
}

export interface FileCheckpointStore extends CheckpointStore {
  readonly path: string;
  remove(): Promise<void>;
}

/** A checkpoint in a JSON file, replaced atomically (written aside, then renamed over). */
export function fileCheckpointStore(path: string): FileCheckpointStore {
  return {
    path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      const checkpoint = parseCheckpoint(text);
      if (!checkpoint) {
        throw new GongError(
          "invalid_input",
          `${path} is not a gongkit export checkpoint; delete it to start over.`,
        );
      }
      return checkpoint;
    },
    async save(checkpoint) {
      const aside = `${path}.tmp`;
      await writeFile(aside, `${JSON.stringify(checkpoint, null, 2)}\n`);
      await rename(aside, path);
    },
    remove: () => rm(path, { force: true }),
  };
}
