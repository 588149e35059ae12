// The scale-out backend: a PostgreSQL server reached through DATABASE_URL, shared by many processes.
import pg from "pg";
import { type Db, schemaName } from "./db.js";

function clientDb(client: pg.PoolClient): Db {
  return {
    kind: "postgres",
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, params as unknown[])).rows as Row[],
    transaction: (work) => work(clientDb(client)),
    close: async () => {},
  };
}

export async function openPostgres(url: string, schema?: string, maxConnections = 5): Promise<Db> {
  const options: pg.PoolConfig = {
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 5000,
  };
  if (schema) options.options = `-c search_path=${schemaName(schema)}`;
  const pool = new pg.Pool(options);
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on("error", () => {});
  if (schema) {
    // Two processes creating the same schema at once: the loser gets a unique violation; the schema exists.
    await pool.query(`create schema if not exists ${schema}`).catch(async (error: { code?: string }) => {
      if (error.code === "23505" || error.code === "42P06") return;
      await pool.end();
      throw error;
    });
  }
  return {
    kind: "postgres",
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(sql, params as unknown[])).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work(clientDb(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
