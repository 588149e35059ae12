// The store backends every store test runs on: PGlite in memory always, and the real PostgreSQL server when
// TEST_DATABASE_URL is set (CI sets it), each run in a fresh schema dropped afterwards.
import { randomBytes } from "node:crypto";
import type { Db } from "gongkit/internal/store/db.js";
import { openStore } from "gongkit/internal/store/open.js";
import pg from "pg";

export interface Backend {
  name: "pglite" | "postgres";
  /** A migrated store in a fresh schema (Postgres) or a fresh in-memory database (PGlite). */
  open(schema?: string): Promise<Db>;
  /** A new schema name, for tests that open several stores on the same schema. */
  freshSchema(): string;
  /** Drops what this backend created. */
  cleanup(): Promise<void>;
}

const url = process.env.TEST_DATABASE_URL;

export const testDatabaseUrl = url;

const skipReason =
  "skipped: TEST_DATABASE_URL is not set (.ci/run sets it to postgres://postgres@127.0.0.1:5432/test)";

/** A PostgreSQL suite's name, saying why it is skipped when it is. */
export function onPostgres(name: string): string {
  return url ? name : `${name} (${skipReason})`;
}

if (!url) process.stderr.write(`gongkit tests: the PostgreSQL backend is ${skipReason}; PGlite only.\n`);

export function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: "pglite",
      open: () => openStore({ inMemory: true, databaseUrl: "" }),
      freshSchema: () => `gk_${randomBytes(6).toString("hex")}`,
      cleanup: async () => {},
    },
  ];
  if (url) {
    const schemas = new Set<string>();
    const freshSchema = () => {
      const schema = `gk_${randomBytes(6).toString("hex")}`;
      schemas.add(schema);
      return schema;
    };
    list.push({
      name: "postgres",
      freshSchema,
      open: (schema = freshSchema()) => openStore({ databaseUrl: url, schema }),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      },
    });
  }
  return list;
}
