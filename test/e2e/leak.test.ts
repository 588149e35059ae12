// After connecting (Basic and OAuth), calling, failing and refreshing, no secret, token or key appears in the
// captured logs, in any error, or in plaintext anywhere in the database. Runs on each store backend.

import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { manualClock } from "@gongkit/client/internal/core/clock.js";
import { createSandbox, sandboxOAuthBaseUrl, sandboxOAuthClient } from "@gongkit/sandbox";
import { connectOAuth } from "gongkit/internal/connections/oauth-connections.js";
import { checkMasterKey, createRegistry } from "gongkit/internal/connections/registry.js";
import { newKey, parseKey, secretBox } from "gongkit/internal/connections/secret-box.js";
import { afterAll, describe, expect, it } from "vitest";
import { backends } from "../support/stores.js";

describe.each(backends())("no leaks on $name", (backend) => {
  afterAll(() => backend.cleanup());

  it("keeps every credential out of logs, errors and the database", async () => {
    const clock = manualClock(Date.UTC(2026, 8, 1, 12));
    const sandbox = createSandbox({
      rateLimit: false,
      clock: () => clock.now(),
      oauth: { accessTokenTtlSeconds: 120 },
    });
    const secrets: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      const response = await sandbox.fetch(url, init);
      if (String(url).includes("/oauth2/generate-customer-token") && response.ok) {
        const body = (await response.clone().json()) as { access_token: string; refresh_token: string };
        secrets.push(body.access_token, body.refresh_token);
      }
      return response;
    };
    const logs: string[] = [];
    const logger = {
      log: (level: string, message: string, fields?: object) =>
        logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`),
    };
    const masterKey = newKey();
    const box = secretBox(parseKey(masterKey, "test key"));
    const db = await backend.open();
    await checkMasterKey(db, box);
    const clientOptions = { rateLimit: false as const, retry: false as const, logger, clock };
    const registry = createRegistry({ db, box, fetch, allowHttp: true, clientOptions });
    const { accessKey, accessKeySecret } = sandbox.credentials;
    secrets.push(
      accessKey,
      accessKeySecret,
      Buffer.from(`${accessKey}:${accessKeySecret}`).toString("base64"),
    );
    secrets.push(sandboxOAuthClient.clientSecret, masterKey);
    const errors: unknown[] = [];
    const keep = (result: { error: unknown }) => result.error && errors.push(result.error);

    // Basic: connect, call, fail, and a refused connection.
    await registry.createBasic({
      name: "basic",
      baseUrl: "http://sandbox.gong.local",
      accessKey,
      accessKeySecret,
    });
    const basic = await registry.client("basic");
    keep(await basic.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"));
    keep(await basic.run("GONG_GET_CALL_BY_ID", { id: "1" }));
    errors.push(
      await registry
        .createBasic({
          name: "bad",
          baseUrl: "http://sandbox.gong.local",
          accessKey,
          accessKeySecret: "wrong-secret-xyz",
        })
        .catch((e) => e),
    );
    secrets.push("wrong-secret-xyz");

    // OAuth: connect, call, refresh after expiry, then a revoked grant.
    const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";
    const { code } = sandbox.oauth.approve({
      scope: ["api:workspaces:read", "api:calls:read:basic"],
      redirectUri,
    });
    secrets.push(code);
    const app = {
      clientId: sandboxOAuthClient.clientId,
      clientSecret: sandboxOAuthClient.clientSecret,
      oauthBaseUrl: sandboxOAuthBaseUrl,
    };
    await connectOAuth({ db, box, name: "oauth", app, code, redirectUri, fetch, allowHttp: true, clock });
    const oauth = await registry.client("oauth");
    keep(await oauth.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"));
    clock.advance(121_000);
    keep(await oauth.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"));
    keep(await oauth.run("GONG_GET_USER_BY_ID", { id: "1" })); // missing scope
    sandbox.oauth.revokeAll();
    clock.advance(121_000);
    keep(await oauth.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"));
    expect(sandbox.oauth.stats.refreshes).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(logs.length).toBeGreaterThan(5);

    const tables = ["connections", "settings", "oauth_states", "rate_limits", "schema_migrations"];
    const dump: string[] = [];
    for (const table of tables) dump.push(JSON.stringify(await db.query(`select * from ${table}`)));
    const errorText = errors
      .map((e) => `${JSON.stringify(e)} ${(e as Error).message} ${(e as Error).stack}`)
      .join("\n");
    const haystacks = { logs: logs.join("\n"), errors: errorText, database: dump.join("\n") };
    expect(secrets.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets.filter(Boolean)) {
      for (const [where, text] of Object.entries(haystacks))
        expect(text.includes(secret), `${where} holds a secret`).toBe(false);
    }
    await db.close();
  });
});
