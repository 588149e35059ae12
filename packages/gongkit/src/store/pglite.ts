// The embedded backend: PGlite keeps the database in files under the data dir (or in memory for tests). The
// process that opens the files holds them (a lock file) and serves them to other gongkit processes on a
// socket; a process that finds them held reaches the database through that socket instead.
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { type Db, schemaName } from "./db.js";
import { lockDataDir, StoreHeldError } from "./pglite-lock.js";
import { connectStore } from "./remote-db.js";
import { serveStore, storeSocketPath } from "./store-socket.js";

function wrap(target: PGlite | Transaction, owner: PGlite, close: () => Promise<void>): Db {
  return {
    kind: "pglite",
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, params as unknown[])).rows,
    // PGlite runs one transaction at a time; a nested call joins the one already open.
    transaction: (work) =>
      "rollback" in target
        ? work(wrap(target, owner, close))
        : owner.transaction((tx) => work(wrap(tx, owner, close))),
    close,
  };
}

/** The store in `dataDir` through the process holding it, or the refusal when that process does not answer. */
async function throughHolder(dataDir: string, held: StoreHeldError): Promise<Db> {
  const path = storeSocketPath(dataDir);
  try {
    return await connectStore(path);
  } catch (error) {
    throw new Error(`${held.message} (It did not answer on ${path}: ${(error as Error).message}.)`);
  }
}

/**
 * Postgres's default 128 MB of shared buffers are all touched when PGlite starts (~140 MB of RSS); gongkit's
 * tables (keys, connections, rate state) are a few pages, so 16 MB holds them many times over.
 */
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/** Opens (creating when needed) a PGlite database: `dataDir` on disk, or in memory when undefined. */
export async function openPglite(dataDir: string | undefined, schema?: string): Promise<Db> {
  let release = () => {};
  if (dataDir) {
    try {
      release = lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof StoreHeldError) return throughHolder(dataDir, error);
      throw error;
    }
  }
  let pglite: PGlite | undefined;
  try {
    pglite = new PGlite(dataDir ? { dataDir, startParams } : { startParams });
    await pglite.waitReady;
    if (schema)
      await pglite.exec(`create schema if not exists ${schemaName(schema)}; set search_path to ${schema}`);
    let stopServing = async () => {};
    const opened = pglite;
    const db = wrap(opened, opened, async () => {
      await stopServing();
      await opened.close();
      release();
    });
    if (dataDir) stopServing = await serveStore(db, storeSocketPath(dataDir));
    return db;
  } catch (error) {
    await pglite?.close().catch(() => {});
    release();
    throw error;
  }
}
