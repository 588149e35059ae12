import { describe, expect, it } from "vitest";
import {
  bearerCall,
  clientAuthorization,
  connect,
  refresh,
  reply,
  tokenRequest,
} from "../../../test/support/sandbox-oauth.js";
import { sandboxRequest } from "../../../test/support/sandbox-request.js";
import { createSandbox } from "./app.js";
import { basicAuthorization } from "./auth.js";
import { sandboxOAuthClient } from "./oauth-types.js";
import { sandboxBaseUrl, sandboxOAuthBaseUrl } from "./origins.js";

const scope = "api:workspaces:read";
const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";

describe("sandbox OAuth: origins", () => {
  it("in-process: /v2 only on the API origin, /oauth2 only on the OAuth origin (404 otherwise)", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const tokens = await connect(sandbox, scope);
    const onOAuthHost = await bearerCall(
      sandbox,
      { ...tokens, api_base_url_for_customer: sandboxOAuthBaseUrl },
      "GET",
      "/v2/workspaces",
    );
    expect(onOAuthHost.status).toBe(404);
    expect(onOAuthHost.body.errors[0]).toMatch(/api_base_url_for_customer/);
    const onApiHost = await tokenRequest(
      sandbox,
      { grant_type: "refresh_token", refresh_token: tokens.refresh_token },
      {
        baseUrl: sandboxBaseUrl,
      },
    );
    expect(onApiHost.status).toBe(404);
    const authorize = await sandbox.fetch(`${sandboxBaseUrl}/oauth2/authorize?client_id=x`);
    expect(authorize.status).toBe(404);
    // Bare paths go where they belong; other hosts answer both, as before OAuth.
    expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
    expect((await refresh(sandbox, tokens.refresh_token, { baseUrl: "" })).status).toBe(200);
    const elsewhere = await sandbox.fetch("http://localhost/v2/workspaces", {
      headers: { authorization: basicAuthorization(sandbox.credentials) },
    });
    expect(elsewhere.status).toBe(200);
  });

  it("names a forced apiBaseUrl in token responses and serves /v2 only there", async () => {
    const apiBaseUrl = "http://us-4242.api.sandbox.test";
    const sandbox = createSandbox({ rateLimit: false, oauth: { apiBaseUrl } });
    const tokens = await connect(sandbox, scope);
    expect(tokens.api_base_url_for_customer).toBe(apiBaseUrl);
    expect((await bearerCall(sandbox, tokens, "GET", "/v2/workspaces")).status).toBe(200);
    expect((await sandbox.fetch(`${apiBaseUrl}/oauth2/authorize`)).status).toBe(404);
  });

  it("over two ports: OAuth on one, the API on the other, each 404 for the other's paths", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const server = await sandbox.listen({ port: 0, apiPort: 0 });
    try {
      expect(server.url).toBe(server.oauthUrl);
      expect(new URL(server.apiUrl).port).not.toBe(new URL(server.oauthUrl).port);
      const query = new URLSearchParams({
        client_id: sandboxOAuthClient.clientId,
        response_type: "code",
        scope,
        redirect_uri: redirectUri,
        state: "over-http",
      });
      const approved = await fetch(`${server.oauthUrl}/oauth2/authorize?${query}`, { redirect: "manual" });
      expect(approved.status).toBe(302);
      const code = new URL(approved.headers.get("location") ?? "").searchParams.get("code") ?? "";
      const exchange = { grant_type: "authorization_code", code, client_id: sandboxOAuthClient.clientId };
      const answer = await tokenRequest(
        sandbox,
        { ...exchange, redirect_uri: redirectUri },
        {
          baseUrl: server.oauthUrl,
          fetch,
        },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.api_base_url_for_customer).toBe(server.apiUrl);

      const bearer = { authorization: `Bearer ${answer.body.access_token}` };
      expect((await fetch(`${server.apiUrl}/v2/workspaces`, { headers: bearer })).status).toBe(200);
      const wrongHost = await reply(await fetch(`${server.oauthUrl}/v2/workspaces`, { headers: bearer }));
      expect(wrongHost.status).toBe(404);
      const basic = { authorization: basicAuthorization(sandbox.credentials) };
      expect((await fetch(`${server.apiUrl}/v2/workspaces`, { headers: basic })).status).toBe(200);
      const tokenOnApi = await fetch(`${server.apiUrl}/oauth2/generate-customer-token`, {
        method: "POST",
        headers: { authorization: clientAuthorization() },
      });
      expect(tokenOnApi.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("over one port: both served, and tokens name that same URL", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const server = await sandbox.listen();
    try {
      expect(server.apiUrl).toBe(server.url);
      const tokens = await connect(sandbox, scope, { baseUrl: server.url, fetch });
      expect(tokens.api_base_url_for_customer).toBe(server.url);
      const bearer = { authorization: `Bearer ${tokens.access_token}` };
      expect((await fetch(`${server.url}/v2/workspaces`, { headers: bearer })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
