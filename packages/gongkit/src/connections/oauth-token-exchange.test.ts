import { createSandbox, sandboxOAuthBaseUrl, sandboxOAuthClient } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";
import { exchangeCode, type OAuthApp, refreshTokens } from "./oauth-token-exchange.js";

const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";
const app: OAuthApp = {
  clientId: sandboxOAuthClient.clientId,
  clientSecret: sandboxOAuthClient.clientSecret,
  oauthBaseUrl: sandboxOAuthBaseUrl,
};

function setup() {
  const sandbox = createSandbox({ rateLimit: false, oauth: { accessTokenTtlSeconds: 120 } });
  const fetch = (url: URL | string, init: RequestInit) => sandbox.fetch(url, init);
  const code = () => sandbox.oauth.approve({ scope: ["api:workspaces:read"], redirectUri }).code;
  return { sandbox, fetch, code };
}

describe("OAuth token exchange", () => {
  it("exchanges a code with Basic client auth and a form body, then refreshes (rotating both tokens)", async () => {
    const { sandbox, fetch, code } = setup();
    const requests: RequestInit[] = [];
    const recording = (url: URL | string, init: RequestInit) => {
      requests.push(init);
      return fetch(url, init);
    };
    const tokens = await exchangeCode(
      { app, code: code(), redirectUri },
      { fetch: recording, now: () => 1000 },
    );
    expect(tokens).toMatchObject({ expiresAt: 121_000, scopes: ["api:workspaces:read"] });
    expect(tokens.apiBaseUrl).toMatch(/^http:\/\/sandbox\.gong\.local$/);
    const headers = requests[0]?.headers as Record<string, string>;
    expect(headers.authorization).toMatch(/^Basic /);
    expect(headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const next = await refreshTokens({ app, refreshToken: tokens.refreshToken }, { fetch });
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(sandbox.oauth.stats.refreshes).toBe(1);
  });

  it("turns invalid_grant into needs_reauth with a clear message and no token in it", async () => {
    const { sandbox, fetch, code } = setup();
    const tokens = await exchangeCode({ app, code: code(), redirectUri }, { fetch });
    await refreshTokens({ app, refreshToken: tokens.refreshToken }, { fetch });
    const reused = await refreshTokens({ app, refreshToken: tokens.refreshToken }, { fetch }).catch((e) => e);
    expect(reused.code).toBe("needs_reauth");
    expect(reused.status).toBe(400);
    expect(reused.message).toContain("invalid_grant");
    expect(reused.message).toContain("connect again");
    expect(reused.message).not.toContain(tokens.refreshToken);
    expect(sandbox.oauth.stats.invalidGrants).toBe(1);
  });

  it("reports a wrong client secret with its status, never the secret", async () => {
    const { fetch, code } = setup();
    const wrong = { ...app, clientSecret: "definitely-the-wrong-secret" };
    const error = await exchangeCode({ app: wrong, code: code(), redirectUri }, { fetch }).catch((e) => e);
    expect(error.code).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.message).toContain("invalid_client");
    expect(JSON.stringify(error)).not.toContain(wrong.clientSecret);
  });

  it("reports a network failure as network_error", async () => {
    const failing = async () => {
      throw new TypeError("fetch failed");
    };
    const error = await refreshTokens({ app, refreshToken: "some-refresh-token" }, { fetch: failing }).catch(
      (e) => e,
    );
    expect(error.code).toBe("network_error");
    expect(error.message).not.toContain("some-refresh-token");
  });
});
