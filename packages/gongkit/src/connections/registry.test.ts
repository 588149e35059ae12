import { createSandbox, sandboxBaseUrl } from "@gongkit/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { backends } from "../../../../test/support/stores.js";
import { checkMasterKey, createRegistry } from "./registry.js";
import { newKey, parseKey, secretBox } from "./secret-box.js";

describe.each(backends())("connections on $name", (backend) => {
  afterAll(() => backend.cleanup());

  async function setup() {
    const db = await backend.open();
    const sandbox = createSandbox({ rateLimit: false });
    const box = secretBox(parseKey(newKey(), "test key"));
    await checkMasterKey(db, box);
    const registry = createRegistry({
      db,
      box,
      fetch: (url, init) => sandbox.fetch(url, init),
      allowHttp: true,
      clientOptions: { rateLimit: false, retry: false },
    });
    return { db, sandbox, box, registry, credentials: sandbox.credentials };
  }

  it("tests a Basic connection before keeping it, sealed, and reuses it", async () => {
    const { db, registry, credentials } = await setup();
    const created = await registry.createBasic({ name: "acme", baseUrl: sandboxBaseUrl, ...credentials });
    expect(created).toMatchObject({ name: "acme", kind: "basic", status: "active", lastTestOk: true });
    const raw = JSON.stringify(await db.query("select * from connections"));
    expect(raw).not.toContain(credentials.accessKeySecret);
    expect(raw).not.toContain(credentials.accessKey);
    const client = await registry.client("acme");
    expect((await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES")).successful).toBe(true);
    expect((await registry.test("acme")).lastTestOk).toBe(true);
    expect((await registry.list()).map((c) => c.name)).toEqual(["acme"]);
    await registry.remove("acme");
    expect(await registry.list()).toEqual([]);
    await db.close();
  });

  it("refuses a wrong secret or an unreachable base URL with one clear error, storing nothing", async () => {
    const { db, registry, credentials } = await setup();
    const wrong = await registry
      .createBasic({
        name: "acme",
        baseUrl: sandboxBaseUrl,
        accessKey: credentials.accessKey,
        accessKeySecret: "nope-wrong-secret",
      })
      .catch((error) => error);
    expect(wrong.code).toBe("unauthorized");
    expect(wrong.message).toMatch(/not saved.*access key and secret/);
    expect(wrong.message).not.toContain("nope-wrong-secret");
    const offline = createRegistry({
      db,
      box: secretBox(parseKey(newKey(), "k")),
      clientOptions: { rateLimit: false, retry: false },
    });
    const unreachable = await offline
      .createBasic({ name: "far", baseUrl: "http://127.0.0.1:9", ...credentials })
      .catch((error) => error);
    expect(unreachable.code).toBe("network_error");
    const insecure = await offline
      .createBasic({ name: "x", baseUrl: "http://gong.example", ...credentials })
      .catch((e) => e);
    expect(insecure.code).toBe("invalid_input");
    expect(await registry.list()).toEqual([]);
    await db.close();
  });

  it("names unknown connections and refuses duplicates", async () => {
    const { db, registry, credentials } = await setup();
    await expect(registry.get("ghost")).rejects.toMatchObject({ code: "unknown_connection" });
    await registry.createBasic({ name: "acme", baseUrl: sandboxBaseUrl, ...credentials });
    await expect(
      registry.createBasic({ name: "acme", baseUrl: sandboxBaseUrl, ...credentials }),
    ).rejects.toThrow(/exists/);
    await db.close();
  });

  it("rotates the master key: the new key opens everything, the old one no longer does", async () => {
    const { db, registry, credentials, sandbox } = await setup();
    await registry.createBasic({ name: "acme", baseUrl: sandboxBaseUrl, ...credentials });
    const next = secretBox(parseKey(newKey(), "next"));
    expect(await registry.rotate(next)).toBe(1);
    const after = createRegistry({
      db,
      box: next,
      fetch: (u, i) => sandbox.fetch(u, i),
      allowHttp: true,
      clientOptions: { rateLimit: false },
    });
    await checkMasterKey(db, next);
    expect(
      (await (await after.client("acme")).run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES")).successful,
    ).toBe(true);
    const stale = secretBox(parseKey(newKey(), "stale"));
    await expect(checkMasterKey(db, stale)).rejects.toMatchObject({ code: "key_error" });
    await db.close();
  });
});
