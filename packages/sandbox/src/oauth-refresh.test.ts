import { describe, expect, it } from "vitest";
import { bearerCall, connect, refresh, tokenRequest } from "../../../test/support/sandbox-oauth.js";
import { createSandbox } from "./app.js";
import { sandboxOAuthClient } from "./oauth-types.js";

const scope = "api:workspaces:read api:users:read";

describe("sandbox OAuth: refresh tokens", () => {
  it("rotates both tokens on refresh; the old refresh token then fails with invalid_grant", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const first = await connect(sandbox, scope);
    const renewed = await refresh(sandbox, first.refresh_token);
    expect(renewed.status).toBe(200);
    expect(renewed.body.access_token).not.toBe(first.access_token);
    expect(renewed.body.refresh_token).not.toBe(first.refresh_token);
    expect(renewed.body.scope).toBe(scope);
    expect(renewed.body.token_type).toBe("bearer");
    expect(renewed.body.api_base_url_for_customer).toBe(first.api_base_url_for_customer);
    expect((await bearerCall(sandbox, renewed.body, "GET", "/v2/workspaces")).status).toBe(200);

    const reused = await refresh(sandbox, first.refresh_token, { via: "query" });
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual({
      error: "invalid_grant",
      error_description: expect.stringMatching(/single-use/),
    });
    // Reuse does not revoke the newest pair.
    expect((await refresh(sandbox, renewed.body.refresh_token)).status).toBe(200);
    expect(sandbox.oauth.stats).toEqual({ codesIssued: 1, tokensIssued: 3, refreshes: 2, invalidGrants: 1 });
  });

  it("leaves the previous access token valid until it expires", async () => {
    let now = 5_000_000;
    const sandbox = createSandbox({
      rateLimit: false,
      clock: () => now,
      oauth: { accessTokenTtlSeconds: 10 },
    });
    const first = await connect(sandbox, scope);
    now += 5_000;
    const renewed = (await refresh(sandbox, first.refresh_token)).body;
    expect((await bearerCall(sandbox, first, "GET", "/v2/workspaces")).status).toBe(200);
    now += 5_000;
    expect((await bearerCall(sandbox, first, "GET", "/v2/workspaces")).status).toBe(401);
    expect((await bearerCall(sandbox, renewed, "GET", "/v2/workspaces")).status).toBe(200);
  });

  it("lets exactly one of 10 concurrent refreshes with the same token succeed; nine get invalid_grant", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const tokens = await connect(sandbox, scope);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        refresh(sandbox, tokens.refresh_token, { via: index % 2 ? "query" : "form" }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(400)]);
    for (const answer of answers.filter((a) => a.status === 400))
      expect(answer.body.error).toBe("invalid_grant");
    expect(sandbox.oauth.stats.refreshes).toBe(1);
    expect(sandbox.oauth.stats.invalidGrants).toBe(9);
  });

  it("revokes one authorization or all of them (refresh → invalid_grant, API → 401)", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const one = await connect(sandbox, scope);
    const two = await connect(sandbox, scope);
    const three = await connect(sandbox, scope);
    expect(sandbox.oauth.revoke(one.refresh_token)).toBe(true);
    expect(sandbox.oauth.revoke(one.refresh_token)).toBe(false);
    expect(sandbox.oauth.revoke("unknown")).toBe(false);
    const refused = await refresh(sandbox, one.refresh_token);
    expect(refused.body).toEqual({
      error: "invalid_grant",
      error_description: expect.stringMatching(/revoked/),
    });
    const denied = await bearerCall(sandbox, one, "GET", "/v2/workspaces");
    expect(denied.status).toBe(401);
    expect(denied.body.errors[0]).toMatch(/revoked/);
    expect((await bearerCall(sandbox, two, "GET", "/v2/workspaces")).status).toBe(200);

    const pending = sandbox.oauth.approve({ scope }).code;
    expect(sandbox.oauth.revokeAll()).toBe(3);
    expect((await refresh(sandbox, two.refresh_token)).body.error).toBe("invalid_grant");
    expect((await refresh(sandbox, three.refresh_token)).body.error).toBe("invalid_grant");
    const exchange = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: pending,
      client_id: sandboxOAuthClient.clientId,
      redirect_uri: sandboxOAuthClient.redirectUris[0] ?? "",
    });
    expect(exchange.body.error).toBe("invalid_grant");
    expect(sandbox.oauth.stats.invalidGrants).toBe(4);
  });

  it("expires refresh tokens when refreshTokenTtlSeconds is set", async () => {
    let now = 0;
    const sandbox = createSandbox({ clock: () => now, oauth: { refreshTokenTtlSeconds: 100 } });
    const tokens = await connect(sandbox, scope);
    now += 100_000;
    const answer = await refresh(sandbox, tokens.refresh_token);
    expect(answer.body).toEqual({
      error: "invalid_grant",
      error_description: expect.stringMatching(/expired/),
    });
  });

  it("issues random, opaque, distinct tokens", async () => {
    const sandbox = createSandbox();
    const seen = new Set<string>();
    for (let index = 0; index < 5; index++) {
      const tokens = await connect(sandbox, scope);
      for (const token of [tokens.access_token, tokens.refresh_token]) {
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(seen.has(token)).toBe(false);
        seen.add(token);
      }
    }
  });
});
