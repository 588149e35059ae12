import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.js";
import { openStore } from "./open.js";
import { connectStore } from "./remote-db.js";
import { storeSocketPath } from "./store-socket.js";

describe("a PGlite store served to other processes on its socket", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "gongkit-socket-"));
  let holder: Db;
  let remote: Db;

  beforeAll(async () => {
    holder = await openStore({ dataDir, databaseUrl: "" });
    remote = await connectStore(storeSocketPath(join(dataDir, "pglite")));
    await holder.query("create table probe (id int primary key, at timestamptz, big int8, raw bytea)");
  }, 30_000);
  afterAll(async () => {
    await remote.close();
    await holder.close();
  });

  it("runs queries with their types intact: dates, int8, bytes, parameters", async () => {
    const at = new Date("2026-12-07T15:00:00.123Z");
    await remote.query("insert into probe values ($1, $2, $3, $4)", [
      1,
      at,
      "9007199254740993",
      new Uint8Array([0, 255]),
    ]);
    const [row] = await holder.query<{ at: Date; big: unknown; raw: Uint8Array }>(
      "select * from probe where id = 1",
    );
    const [seen] = await remote.query<{ at: Date; big: unknown; raw: Uint8Array }>(
      "select * from probe where id = 1",
    );
    expect(seen?.at).toBeInstanceOf(Date);
    expect(seen?.at.toISOString()).toBe(at.toISOString());
    expect(seen?.big).toEqual(row?.big);
    expect([...(seen?.raw ?? [])]).toEqual([0, 255]);
  });

  it("commits a remote transaction, rolls one back when its work throws, and keeps Postgres error codes", async () => {
    await remote.transaction(async (tx) => {
      await tx.query("insert into probe (id) values (2)");
      await tx.query("insert into probe (id) values (3)");
    });
    await expect(
      remote.transaction(async (tx) => {
        await tx.query("insert into probe (id) values (4)");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await expect(remote.query("insert into probe (id) values (2)")).rejects.toMatchObject({ code: "23505" });
    const ids = await holder.query<{ id: number }>("select id from probe order by id");
    expect(ids.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it("keeps the holder's own statements out of a remote transaction: they wait for it", async () => {
    const order: string[] = [];
    const remoteTx = remote.transaction(async (tx) => {
      await tx.query("insert into probe (id) values (10)");
      order.push("remote insert");
      await new Promise((resolve) => setTimeout(resolve, 200));
      order.push("remote commit");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const own = holder.query("select count(*) from probe").then(() => order.push("holder query"));
    await Promise.all([remoteTx, own]);
    expect(order).toEqual(["remote insert", "remote commit", "holder query"]);
  });

  it("rolls back a remote transaction whose client goes away, and frees the store", async () => {
    const other = await connectStore(storeSocketPath(join(dataDir, "pglite")));
    const abandoned = other.transaction(async (tx) => {
      await tx.query("insert into probe (id) values (20)");
      await other.close();
      await tx.query("select 1");
    });
    await expect(abandoned).rejects.toThrow(/went away/);
    expect(await holder.query("select id from probe where id = 20")).toEqual([]);
  });
});
