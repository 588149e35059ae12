import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../../../../test/support/stores.js";
import type { Db } from "../store/db.js";
import { apiKeys } from "./api-keys.js";

describe.each(backends())("API keys on $name", (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db.close();
    await backend.cleanup();
  });

  it("issues a key once, keeps only its hash, and verifies it", async () => {
    const keys = apiKeys(db);
    expect(await keys.hasLive()).toBe(false);
    const { key, record } = await keys.create("agent-one");
    expect(key).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({
      name: "agent-one",
      prefix: key.slice(3, 11),
      lastUsedAt: null,
      revokedAt: null,
    });

    const rows = await db.query<Record<string, unknown>>("select * from api_keys");
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(key.slice(3));
    expect(rows[0]?.key_hash).toBe(createHash("sha256").update(key).digest("hex"));

    const verified = await keys.verify(key);
    expect(verified).toMatchObject({ id: record.id, name: "agent-one" });
    expect(verified?.lastUsedAt).not.toBeNull();
    expect(await keys.hasLive()).toBe(true);
  });

  it("lists names and prefixes, never a hash or a key", async () => {
    const keys = apiKeys(db);
    const { key } = await keys.create("agent-two");
    const listed = await keys.list();
    expect(listed.map((k) => k.name)).toEqual(["agent-one", "agent-two"]);
    expect(Object.keys(listed[1] ?? {}).sort()).toEqual(
      ["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain(key.slice(11));
  });

  it("stamps a key's last use at most once a minute", async () => {
    const keys = apiKeys(db);
    const { key, record } = await keys.create("busy-agent");
    const first = (await keys.verify(key))?.lastUsedAt;
    expect(first).not.toBeNull();
    await db.query("update api_keys set last_used_at = last_used_at - interval '30 seconds' where id = $1", [
      record.id,
    ]);
    const within = (await keys.verify(key))?.lastUsedAt;
    expect(new Date(within ?? 0).getTime()).toBe(new Date(first ?? 0).getTime() - 30_000);
    await db.query("update api_keys set last_used_at = last_used_at - interval '31 seconds' where id = $1", [
      record.id,
    ]);
    const after = (await keys.verify(key))?.lastUsedAt;
    expect(new Date(after ?? 0).getTime()).toBeGreaterThan(new Date(first ?? 0).getTime() - 1_000);
    await keys.revoke("busy-agent");
  });

  it("answers null for a wrong, malformed or near-miss key", async () => {
    const keys = apiKeys(db);
    const { key } = await keys.create("agent-three");
    const last = key.at(-1) === "A" ? "B" : "A";
    expect(await keys.verify(`${key.slice(0, -1)}${last}`)).toBeNull();
    expect(await keys.verify(`gk_${"x".repeat(43)}`)).toBeNull();
    expect(await keys.verify("not-a-key")).toBeNull();
    expect(await keys.verify("")).toBeNull();
  });

  it("refuses a revoked key, and frees its name", async () => {
    const keys = apiKeys(db);
    const { key } = await keys.create("agent-four");
    const revoked = await keys.revoke("agent-four");
    expect(revoked.revokedAt).not.toBeNull();
    expect(await keys.verify(key)).toBeNull();
    await expect(keys.revoke("agent-four")).rejects.toMatchObject({ code: "not_found" });
    const again = await keys.create("agent-four");
    expect(await keys.verify(again.key)).toMatchObject({ name: "agent-four" });
    expect(
      (await keys.list()).filter((k) => k.name === "agent-four").map((k) => Boolean(k.revokedAt)),
    ).toEqual([true, false]);
  });

  it("refuses a duplicate name and an invalid one", async () => {
    const keys = apiKeys(db);
    await expect(keys.create("agent-one")).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("gongkit api-keys revoke agent-one"),
    });
    await expect(keys.create("bad name!")).rejects.toMatchObject({ code: "invalid_input" });
    const [count] = await db.query<{ n: number }>(
      "select count(*)::int as n from api_keys where name = 'agent-one'",
    );
    expect(count?.n).toBe(1);
  });
});
