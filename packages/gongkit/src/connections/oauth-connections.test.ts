import { manualClock } from "@gongkit/client/internal/core/clock.js";
import { createSandbox, sandboxOAuthBaseUrl, sandboxOAuthClient } from "@gongkit/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { backends } from "../../../../test/support/stores.js";
import { authorizeUrl, connectOAuth, consumeState, oauthClient } from "./oauth-connections.js";
import { createStoredTokenProvider, type OAuthSecret } from "./oauth-provider.js";
import type { OAuthApp } from "./oauth-token-exchange.js";
import { newKey, parseKey, secretBox } from "./secret-box.js";

const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";
const scopes = ["api:workspaces:read", "api:calls:read:basic"];
const app: OAuthApp = {
  clientId: sandboxOAuthClient.clientId,
  clientSecret: sandboxOAuthClient.clientSecret,
  oauthBaseUrl: sandboxOAuthBaseUrl,
};
const listWorkspaces = "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES";

describe.each(backends())("OAuth connections on $name", (backend) => {
  afterAll(() => backend.cleanup());

  async function setup() {
    const db = await backend.open();
    const clock = manualClock(Date.UTC(2026, 8, 1, 12));
    const sandbox = createSandbox({
      rateLimit: false,
      clock: () => clock.now(),
      oauth: { accessTokenTtlSeconds: 2 },
    });
    const box = secretBox(parseKey(newKey(), "test key"));
    const fetch = (url: URL | string, init: RequestInit) => sandbox.fetch(url, init);
    const common = { db, box, clock, fetch, allowHttp: true };
    const connect = async (name = "acme") => {
      const { code } = sandbox.oauth.approve({ scope: scopes, redirectUri });
      return connectOAuth({ ...common, name, app, code, redirectUri });
    };
    const client = (name = "acme") =>
      oauthClient({
        ...common,
        name,
        refreshAheadMs: 500,
        clientOptions: { rateLimit: false, retry: false },
      });
    const stored = async (name = "acme") => {
      const [row] = await db.query<{ secret: string; status: string; access_expires_at: Date }>(
        "select * from connections where name = $1",
        [name],
      );
      const secret = JSON.parse(box.open(row?.secret ?? "", `connection:${name}`)) as OAuthSecret;
      return { secret, status: row?.status, expiresAt: new Date(row?.access_expires_at ?? 0).getTime() };
    };
    return { db, clock, sandbox, box, fetch, connect, client, stored };
  }

  it("runs the code flow with a single-use state, storing the connection sealed", async () => {
    const { db, sandbox, clock, connect, client, stored } = await setup();
    const { url, state } = await authorizeUrl({ db, app, scopes, redirectUri, name: "acme", clock });
    expect(url).toContain("scope=api%3Aworkspaces%3Aread%20api%3Acalls%3Aread%3Abasic");
    const redirect = await sandbox.fetch(url);
    const location = new URL(redirect.headers.get("location") ?? "");
    expect(location.searchParams.get("state")).toBe(state);
    expect(await consumeState({ db, state, clock })).toEqual({
      clientId: app.clientId,
      redirectUri,
      scopes,
      name: "acme",
    });
    await expect(consumeState({ db, state, clock })).rejects.toThrow(/already used/);
    await expect(consumeState({ db, state: "never-issued", clock })).rejects.toThrow(/unknown/);
    const late = await authorizeUrl({ db, app, scopes, redirectUri, clock });
    clock.advance(10 * 60_000 + 1);
    await expect(consumeState({ db, state: late.state, clock })).rejects.toThrow(/expired/);

    const connection = await connect();
    expect(connection).toMatchObject({ name: "acme", baseUrl: "http://sandbox.gong.local", scopes });
    const { secret } = await stored();
    const raw = JSON.stringify(await db.query("select * from connections"));
    for (const value of [secret.accessToken, secret.refreshToken, app.clientSecret]) {
      expect(raw).not.toContain(value);
    }
    const result = await (await client()).run(listWorkspaces);
    expect(result.error).toBeNull();
  });

  it("refreshes once at expiry and persists the new pair before using it", async () => {
    const { clock, sandbox, connect, client, stored, db, box, fetch } = await setup();
    await connect();
    const before = await stored();
    const gong = await client();
    expect((await gong.run(listWorkspaces)).successful).toBe(true);
    clock.advance(2_500);
    expect((await gong.run(listWorkspaces)).error).toBeNull();
    expect((await gong.run(listWorkspaces)).error).toBeNull();
    expect(sandbox.oauth.stats.refreshes).toBe(1);
    const after = await stored();
    expect(after.secret.accessToken).not.toBe(before.secret.accessToken);
    expect(after.secret.refreshToken).not.toBe(before.secret.refreshToken);
    expect(after.expiresAt).toBe(clock.now() + 2_000);
    // Another provider (another process) reads the persisted token without calling Gong.
    const other = createStoredTokenProvider({
      db,
      box,
      name: "acme",
      app,
      fetch,
      clock,
      refreshAheadMs: 500,
    });
    expect(await other.accessToken()).toBe(after.secret.accessToken);
    // A token another provider already replaced is not refreshed again after a 401.
    expect(await other.refreshAfterUnauthorized(before.secret.accessToken)).toBe(after.secret.accessToken);
    expect(sandbox.oauth.stats.refreshes).toBe(1);
  });

  it("marks the connection needs_reauth on invalid_grant, with a clear error and no retry loop", async () => {
    const { clock, sandbox, connect, client, stored } = await setup();
    await connect();
    const gong = await client();
    sandbox.oauth.revokeAll();
    clock.advance(2_500);
    const result = await gong.run(listWorkspaces);
    expect(result.error?.code).toBe("needs_reauth");
    expect(result.error?.message).toContain('Connection "acme" must be connected again');
    expect(result.error?.message).toContain("gongkit connect oauth --name acme");
    expect(sandbox.oauth.stats.invalidGrants).toBe(1);
    expect((await stored()).status).toBe("needs_reauth");
    expect((await gong.run(listWorkspaces)).error?.code).toBe("needs_reauth");
    expect(sandbox.oauth.stats.invalidGrants).toBe(1);
    await expect(client()).rejects.toMatchObject({ code: "needs_reauth" });
    // Connecting again makes it active.
    await connect();
    expect((await stored()).status).toBe("active");
    expect((await (await client()).run(listWorkspaces)).error).toBeNull();
  });

  it("refreshes exactly once for 30 concurrent calls across an expiry, from two clients", async () => {
    const { clock, sandbox, connect, client } = await setup();
    await connect();
    const [first, second] = [await client(), await client()];
    expect((await first.run(listWorkspaces)).successful).toBe(true);
    clock.advance(2_500);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? first : second).run(listWorkspaces)),
    );
    expect(results.filter((r) => !r.successful)).toEqual([]);
    expect(sandbox.oauth.stats.refreshes).toBe(1);
    expect(sandbox.oauth.stats.invalidGrants).toBe(0);
  });

  it("refuses to replace a Basic connection of the same name", async () => {
    const { db, connect } = await setup();
    await db.query(
      "insert into connections (name, kind, base_url, secret) values ('acme', 'basic', 'https://x.api.gong.io', 'v1.x')",
    );
    await expect(connect()).rejects.toThrow(/basic connection named "acme" exists/);
  });
});
