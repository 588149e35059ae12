// One small database interface over the two backends gongkit runs on: PGlite (Postgres in WASM, in-process,
// the embedded default) and a real PostgreSQL server (DATABASE_URL, the scale-out path). Same SQL on both.

export interface Db {
  readonly kind: "pglite" | "postgres";
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Serializes `work` across every process sharing the database (a transaction-scoped advisory lock). */
export function withLock<T>(db: Db, name: string, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext($1))", [name]);
    return work(tx);
  });
}

/** A safe SQL identifier for a schema name (tests use one fresh schema per run). */
export function schemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid schema name ${name}`);
  return name;
}
