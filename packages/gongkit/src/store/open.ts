// Opens the store: PostgreSQL when DATABASE_URL is set, else PGlite under the data dir; then migrates.
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import type { Db } from "./db.js";
import { migrate } from "./migrations.js";

export interface StoreOptions {
  /** postgres://… (default: the DATABASE_URL environment variable). */
  databaseUrl?: string;
  /** Where PGlite keeps its files and the master key file (default GONGKIT_DATA_DIR or ~/.gongkit). */
  dataDir?: string;
  /** Keep everything in memory (tests). */
  inMemory?: boolean;
  /** A schema of its own (tests run on a fresh one). */
  schema?: string;
}

export function dataDirOf(options: StoreOptions = {}): string {
  return options.dataDir ?? process.env.GONGKIT_DATA_DIR ?? join(homedir(), ".gongkit");
}

export async function openStore(options: StoreOptions = {}): Promise<Db> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  const where = url
    ? `the PostgreSQL server at ${describeUrl(url)} (DATABASE_URL)`
    : `PGlite in ${dataDirOf(options)}`;
  let db: Db | undefined;
  try {
    // Each backend's driver is loaded only when it is the one used (PGlite's takes ~40 MB under tsx).
    if (url) {
      db = await (await import("./postgres.js")).openPostgres(url, options.schema);
    } else {
      const { openPglite } = await import("./pglite.js");
      const dir = options.inMemory ? undefined : join(dataDirOf(options), "pglite");
      if (dir) mkdirSync(dir, { recursive: true, mode: 0o700 });
      db = await openPglite(dir, options.schema);
    }
    await migrate(db);
    return db;
  } catch (error) {
    await db?.close().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new GongError("store_error", `Cannot open the gongkit store in ${where}: ${reason}`, {
      cause: error,
    });
  }
}

/** host:port/database of a connection URL, never its user or password. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return "(an unparsable URL)";
  }
}
