import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backends, onPostgres, testDatabaseUrl } from "../../../../test/support/stores.js";
import { withLock } from "./db.js";
import { migrate, migrations } from "./migrations.js";
import { openStore } from "./open.js";

describe.each(backends())("store on $name", (backend) => {
  afterAll(() => backend.cleanup());

  it("migrates once and knows it", async () => {
    const db = await backend.open();
    const versions = await db.query<{ version: number }>(
      "select version from schema_migrations order by version",
    );
    expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it("rolls a failed transaction back", async () => {
    const db = await backend.open();
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into settings (key, value) values ('a', '1')");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.query("select * from settings where key = 'a'")).toEqual([]);
    await db.close();
  });

  it("serializes work under a named lock", async () => {
    const db = await backend.open();
    await db.query("insert into settings (key, value) values ('counter', '0')");
    const bump = () =>
      withLock(db, "counter", async (tx) => {
        const [row] = await tx.query<{ value: string }>("select value from settings where key = 'counter'");
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.query("update settings set value = $1 where key = 'counter'", [
          String(Number(row?.value) + 1),
        ]);
      });
    await Promise.all(Array.from({ length: 8 }, bump));
    expect(await db.query("select value from settings where key = 'counter'")).toEqual([{ value: "8" }]);
    await db.close();
  });
});

describe.runIf(testDatabaseUrl)(onPostgres("store on a shared PostgreSQL server"), () => {
  const [, postgres] = backends();
  afterAll(() => postgres?.cleanup());

  it("is migrated exactly once when two processes start at the same time", async () => {
    const schema = postgres?.freshSchema() ?? "";
    const [a, b] = await Promise.all([postgres?.open(schema), postgres?.open(schema)]);
    const rows = await a?.query("select version from schema_migrations");
    expect(rows).toHaveLength(migrations.length);
    await a?.close();
    await b?.close();
  });
});

describe("store errors", () => {
  it("says which database is down, without its password", async () => {
    const error = await openStore({ databaseUrl: "postgres://gk:hunter2secret@127.0.0.1:1/nowhere" }).catch(
      (e) => e,
    );
    expect(error.code).toBe("store_error");
    expect(error.message).toContain("127.0.0.1:1/nowhere");
    expect(error.message).not.toContain("hunter2secret");
  });

  it("keeps PGlite data on disk between opens", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gongkit-store-"));
    const first = await openStore({ dataDir, databaseUrl: "" });
    await first.query("insert into settings (key, value) values ('kept', 'yes')");
    await first.close();
    const second = await openStore({ dataDir, databaseUrl: "" });
    expect(await second.query("select value from settings where key = 'kept'")).toEqual([{ value: "yes" }]);
    await second.close();
  });
});
