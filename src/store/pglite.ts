// The embedded backend: PGlite keeps the database in files under the data dir (or in memory for tests).
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { type Db, schemaName } from "./db.js";
import { lockDataDir } from "./pglite-lock.js";

function wrap(target: PGlite | Transaction, owner: PGlite, release: () => void): Db {
  return {
    kind: "pglite",
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, params as unknown[])).rows,
    // PGlite runs one transaction at a time; a nested call joins the one already open.
    transaction: (work) =>
      "rollback" in target
        ? work(wrap(target, owner, release))
        : owner.transaction((tx) => work(wrap(tx, owner, release))),
    close: async () => {
      await owner.close();
      release();
    },
  };
}

/**
 * Postgres's default 128 MB of shared buffers are all touched when PGlite starts (~140 MB of RSS); gongkit's
 * tables (keys, connections, rate state) are a few pages, so 16 MB holds them many times over.
 */
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/** Opens (creating when needed) a PGlite database: `dataDir` on disk, or in memory when undefined. */
export async function openPglite(dataDir: string | undefined, schema?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pglite = new PGlite(dataDir ? { dataDir, startParams } : { startParams });
    await pglite.waitReady;
    if (schema)
      await pglite.exec(`create schema if not exists ${schemaName(schema)}; set search_path to ${schema}`);
    return wrap(pglite, pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}
