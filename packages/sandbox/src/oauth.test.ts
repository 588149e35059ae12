import { describe, expect, it } from "vitest";
import { bearerCall, clientAuthorization, reply, tokenRequest } from "../../../test/support/sandbox-oauth.js";
import { createSandbox } from "./app.js";
import { OAuthError, sandboxOAuthClient } from "./oauth-types.js";
import { sandboxBaseUrl, sandboxOAuthBaseUrl } from "./origins.js";

const client = sandboxOAuthClient;
const redirectUri = client.redirectUris[0] ?? "";
const scope = "api:calls:read:basic api:users:read api:workspaces:read";

function authorizeUrl(params: Record<string, string>): string {
  const base = { client_id: client.clientId, response_type: "code", scope, redirect_uri: redirectUri };
  return `${sandboxOAuthBaseUrl}/oauth2/authorize?${new URLSearchParams({ ...base, ...params })}`;
}

function codeExchange(code: string, extra: Record<string, string> = {}) {
  return {
    grant_type: "authorization_code",
    code,
    client_id: client.clientId,
    redirect_uri: redirectUri,
    ...extra,
  };
}

describe("sandbox OAuth: authorization code flow", () => {
  it("authorizes, exchanges the code (form body) and calls the API with the Bearer token", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const approved = await sandbox.fetch(authorizeUrl({ state: "xyz 1" }));
    expect(approved.status).toBe(302);
    const location = new URL(approved.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get("state")).toBe("xyz 1");
    const code = location.searchParams.get("code") ?? "";
    expect(code.length).toBeGreaterThanOrEqual(32);

    const answer = await tokenRequest(sandbox, codeExchange(code));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      token_type: "bearer",
      expires_in: 3600,
      scope,
      api_base_url_for_customer: sandboxBaseUrl,
    });
    expect(answer.body.access_token).not.toBe(answer.body.refresh_token);
    expect(new URL(answer.body.api_base_url_for_customer).host).not.toBe(new URL(sandboxOAuthBaseUrl).host);

    const workspaces = await bearerCall(sandbox, answer.body, "GET", "/v2/workspaces");
    expect(workspaces.status).toBe(200);
    expect(sandbox.oauth.stats).toEqual({ codesIssued: 1, tokensIssued: 1, refreshes: 0, invalidGrants: 0 });
  });

  it("takes the token parameters as URL query parameters too", async () => {
    const sandbox = createSandbox({ rateLimit: false, oauth: { accessTokenTtlSeconds: 5 } });
    const { code } = sandbox.oauth.approve({ scope: ["api:users:read"] });
    const answer = await tokenRequest(sandbox, codeExchange(code), { via: "query" });
    expect(answer.status).toBe(200);
    expect(answer.body.expires_in).toBe(5);
    expect(answer.body.scope).toBe("api:users:read");
    // The code never reaches the request log.
    const logged = sandbox.requestLog.find((entry) => entry.path === "/oauth2/generate-customer-token");
    expect(logged?.query).toContain("code=REDACTED");
    expect(logged?.query).not.toContain(code);
  });

  it("approves programmatically: redirect URL with code and state, or an OAuthError", () => {
    const sandbox = createSandbox();
    const approval = sandbox.oauth.approve({ scope: "api:calls:read:basic", state: "s1" });
    const url = new URL(approval.redirectUrl);
    expect(url.searchParams.get("code")).toBe(approval.code);
    expect(url.searchParams.get("state")).toBe("s1");
    expect(() => sandbox.oauth.approve({ scope: "api:calls:everything" })).toThrow(OAuthError);
    expect(() =>
      sandbox.oauth.approve({ scope: "api:users:read", redirectUri: "http://evil.test/cb" }),
    ).toThrow(/redirect_uri/);
    expect(sandbox.oauth.stats.codesIssued).toBe(1);
  });

  it("refuses a wrong client secret, a missing Basic header and a client_id mismatch (401 invalid_client)", async () => {
    const sandbox = createSandbox();
    const { code } = sandbox.oauth.approve({ scope });
    const wrong = clientAuthorization({ clientId: client.clientId, clientSecret: "wrong" });
    const answers = [
      await tokenRequest(sandbox, codeExchange(code), { authorization: wrong }),
      await tokenRequest(sandbox, codeExchange(code), { authorization: null }),
      await tokenRequest(sandbox, codeExchange(code, { client_id: "someone-else" })),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: "invalid_client", error_description: expect.any(String) });
      expect(answer.headers.get("www-authenticate")).toMatch(/^Basic/);
    }
    // The code is still good: a refused client does not burn it.
    expect((await tokenRequest(sandbox, codeExchange(code))).status).toBe(200);
  });

  it("refuses a bad redirect URI with 400 and no redirect; other errors go back to the redirect URI", async () => {
    const sandbox = createSandbox();
    for (const params of [{ redirect_uri: "http://127.0.0.1:8787/other" }, { client_id: "nobody" }]) {
      const refused = await sandbox.fetch(authorizeUrl(params));
      expect(refused.status).toBe(400);
      expect(refused.headers.get("location")).toBeNull();
      expect((await reply(refused)).body.error).toMatch(/^invalid_/);
    }
    const cases = [
      [{ scope: "api:calls:read:basic api:calls:everything" }, "invalid_scope", /api:calls:everything/],
      [{ scope: "" }, "invalid_scope", /required/],
      [{ response_type: "token" }, "unsupported_response_type", /code/],
    ] as const;
    for (const [params, error, description] of cases) {
      const answer = await sandbox.fetch(authorizeUrl({ ...params, state: "st" }));
      expect(answer.status).toBe(302);
      const location = new URL(answer.headers.get("location") ?? "");
      expect(location.searchParams.get("error")).toBe(error);
      expect(location.searchParams.get("error_description")).toMatch(description);
      expect(location.searchParams.get("state")).toBe("st");
      expect(location.searchParams.has("code")).toBe(false);
    }
    expect(sandbox.oauth.stats.codesIssued).toBe(0);
  });

  it("accepts the permission-profile and media-url scopes; refuses scopes an app was not set up with", () => {
    const limited = { ...client, clientId: "limited", scopes: ["api:users:read"] };
    const sandbox = createSandbox({ oauth: { clients: [client, limited] } });
    const scopes = "api:permission-profile:read api:permission-profile:write api:calls:read:media-url";
    expect(sandbox.oauth.approve({ scope: scopes }).code).toEqual(expect.any(String));
    expect(sandbox.oauth.approve({ clientId: "limited", scope: "api:users:read" }).code).toBeTruthy();
    expect(() => sandbox.oauth.approve({ clientId: "limited", scope: "api:calls:read:basic" })).toThrow(
      /not enabled/,
    );
  });

  it("makes codes single-use (reuse revokes what the code issued), 60 s long and bound to redirect_uri", async () => {
    let now = 1_000_000;
    const sandbox = createSandbox({ rateLimit: false, clock: () => now });
    const { code } = sandbox.oauth.approve({ scope });
    const first = await tokenRequest(sandbox, codeExchange(code));
    expect(first.status).toBe(200);
    const reused = await tokenRequest(sandbox, codeExchange(code));
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual({
      error: "invalid_grant",
      error_description: expect.stringMatching(/already used/),
    });
    expect((await bearerCall(sandbox, first.body, "GET", "/v2/workspaces")).status).toBe(401);
    expect(
      (await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: first.body.refresh_token }))
        .body.error,
    ).toBe("invalid_grant");

    const late = sandbox.oauth.approve({ scope }).code;
    now += 60_000;
    expect((await tokenRequest(sandbox, codeExchange(late))).body.error_description).toMatch(/expired/);
    const other = sandbox.oauth.approve({ scope }).code;
    const moved = await tokenRequest(
      sandbox,
      codeExchange(other, { redirect_uri: client.redirectUris[1] ?? "" }),
    );
    expect(moved.body.error).toBe("invalid_grant");
    expect((await tokenRequest(sandbox, codeExchange("not-a-code"))).body.error).toBe("invalid_grant");
    expect(sandbox.oauth.stats.invalidGrants).toBe(5);
  });

  it("answers malformed token requests with invalid_request or unsupported_grant_type", async () => {
    const sandbox = createSandbox();
    const { code } = sandbox.oauth.approve({ scope });
    const json = await sandbox.fetch(`${sandboxOAuthBaseUrl}/oauth2/generate-customer-token`, {
      method: "POST",
      headers: { authorization: clientAuthorization(), "content-type": "application/json" },
      body: JSON.stringify(codeExchange(code)),
    });
    expect((await reply(json)).body.error).toBe("invalid_request");
    expect((await tokenRequest(sandbox, { code })).body.error).toBe("invalid_request");
    expect((await tokenRequest(sandbox, { grant_type: "password" })).body.error).toBe(
      "unsupported_grant_type",
    );
    expect((await tokenRequest(sandbox, codeExchange(code, { redirect_uri: "" }))).body.error).toBe(
      "invalid_request",
    );
    expect(sandbox.oauth.stats.invalidGrants).toBe(0);
  });
});
