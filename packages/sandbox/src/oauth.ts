// The sandbox's OAuth server, without HTTP (oauth-routes.ts serves it): Gong's authorization-code flow and
// its quirks. The sandbox approves every valid authorization request at once (no consent page); codes live
// 60 s and are single-use; refresh tokens are single-use and each refresh rotates both tokens. Tokens are
// random and opaque, and no message ever contains one.
import { randomBytes } from "node:crypto";
import {
  type AuthorizeOutcome,
  authorizationCodeTtlSeconds,
  defaultAccessTokenTtlSeconds,
  type OAuthApproval,
  type OAuthApproveRequest,
  type OAuthClient,
  OAuthError,
  type OAuthStats,
  redirectLocation,
  type SandboxOAuthOptions,
  sandboxOAuthClient,
  type TokenResponse,
} from "./oauth-types.js";
import { isKnownScope } from "./scopes.js";

/** One authorization: the code, and every token pair issued from it and its refreshes. */
interface Grant {
  clientId: string;
  scopes: readonly string[];
  revoked: boolean;
}
interface CodeRecord {
  grant: Grant;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}
interface AccessRecord {
  grant: Grant;
  expiresAt: number;
}
interface RefreshRecord {
  grant: Grant;
  /** Undefined: no expiry. */
  expiresAt: number | undefined;
  used: boolean;
}

export type AccessCheck = { scopes: ReadonlySet<string> } | { error: string };

export function createOAuthServer(options: SandboxOAuthOptions, clock: () => number) {
  const clients = new Map<string, OAuthClient>();
  for (const client of options.clients ?? [sandboxOAuthClient]) clients.set(client.clientId, client);
  const accessTtl = options.accessTokenTtlSeconds ?? defaultAccessTokenTtlSeconds;
  const refreshTtl = options.refreshTokenTtlSeconds;
  const codes = new Map<string, CodeRecord>();
  const accessTokens = new Map<string, AccessRecord>();
  const refreshTokens = new Map<string, RefreshRecord>();
  const grants: Grant[] = [];
  const stats: OAuthStats = { codesIssued: 0, tokensIssued: 0, refreshes: 0, invalidGrants: 0 };

  const invalidGrant = (description: string) => {
    stats.invalidGrants++;
    return new OAuthError("invalid_grant", description);
  };

  const newToken = (bytes: number): string => {
    for (;;) {
      const token = randomBytes(bytes).toString("base64url");
      if (!codes.has(token) && !accessTokens.has(token) && !refreshTokens.has(token)) return token;
    }
  };

  const issue = (grant: Grant, apiBaseUrl: string): TokenResponse => {
    const accessToken = newToken(32);
    const refreshToken = newToken(32);
    const now = clock();
    accessTokens.set(accessToken, { grant, expiresAt: now + accessTtl * 1000 });
    const refreshExpiry = refreshTtl === undefined ? undefined : now + refreshTtl * 1000;
    refreshTokens.set(refreshToken, { grant, expiresAt: refreshExpiry, used: false });
    stats.tokensIssued++;
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: "bearer",
      expires_in: accessTtl,
      scope: grant.scopes.join(" "),
      api_base_url_for_customer: apiBaseUrl,
    };
  };

  /** Checks a client's Basic header (`base64(client_id:client_secret)`); throws 401 `invalid_client`. */
  const authenticateClient = (header: string | undefined): OAuthClient => {
    const refuse = (why: string) => new OAuthError("invalid_client", why, 401);
    const [scheme = "", token = ""] = (header ?? "").trim().split(/\s+/, 2);
    if (scheme.toLowerCase() !== "basic") {
      throw refuse("Send Authorization: Basic base64(client_id:client_secret)");
    }
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const client = colon < 0 ? undefined : clients.get(decoded.slice(0, colon));
    if (!client || client.clientSecret !== decoded.slice(colon + 1)) {
      throw refuse("Client authentication failed: unknown client_id or wrong client_secret");
    }
    return client;
  };

  function authorize(query: URLSearchParams): AuthorizeOutcome {
    const client = clients.get(query.get("client_id") ?? "");
    if (!client) return { kind: "refused", error: new OAuthError("invalid_client", "Unknown client_id") };
    const redirectUri = query.get("redirect_uri");
    if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
      const why = redirectUri ? "is not registered for this client (exact match)" : "is required";
      return { kind: "refused", error: new OAuthError("invalid_request", `redirect_uri ${why}`) };
    }
    const state = query.get("state");
    const fail = (error: string, description: string): AuthorizeOutcome => ({
      kind: "redirect-error",
      redirectUri,
      state,
      error: new OAuthError(error, description),
    });
    const responseType = query.get("response_type");
    if (responseType !== "code") {
      return responseType
        ? fail("unsupported_response_type", "Only response_type=code is supported")
        : fail("invalid_request", "response_type is required");
    }
    const scopes = [...new Set((query.get("scope") ?? "").split(" ").filter(Boolean))];
    if (!scopes.length) return fail("invalid_scope", "scope is required (space-separated Gong scopes)");
    const unknown = scopes.filter((scope) => !isKnownScope(scope));
    if (unknown.length) return fail("invalid_scope", `Unknown scope: ${unknown.join(", ")}`);
    const notAllowed = client.scopes ? scopes.filter((scope) => !client.scopes?.includes(scope)) : [];
    if (notAllowed.length) {
      return fail("invalid_scope", `Scope not enabled for this app: ${notAllowed.join(", ")}`);
    }
    const grant: Grant = { clientId: client.clientId, scopes, revoked: false };
    grants.push(grant);
    const code = newToken(24);
    codes.set(code, {
      grant,
      redirectUri,
      expiresAt: clock() + authorizationCodeTtlSeconds * 1000,
      used: false,
    });
    stats.codesIssued++;
    return { kind: "approved", redirectUri, code, state };
  }

  function exchangeCode(client: OAuthClient, params: Map<string, string>, apiBaseUrl: string): TokenResponse {
    const code = required(params, "code");
    const redirectUri = required(params, "redirect_uri");
    required(params, "client_id");
    const record = codes.get(code);
    if (!record) throw invalidGrant("Unknown authorization code");
    if (record.used) {
      record.grant.revoked = true;
      throw invalidGrant("The authorization code was already used; the tokens issued from it are revoked");
    }
    if (record.grant.revoked) throw invalidGrant("The authorization was revoked");
    if (record.grant.clientId !== client.clientId) throw invalidGrant("Issued to another client");
    if (clock() >= record.expiresAt) throw invalidGrant("The authorization code expired");
    if (record.redirectUri !== redirectUri) throw invalidGrant("redirect_uri differs from the authorize one");
    record.used = true;
    return issue(record.grant, apiBaseUrl);
  }

  function refresh(client: OAuthClient, params: Map<string, string>, apiBaseUrl: string): TokenResponse {
    const record = refreshTokens.get(required(params, "refresh_token"));
    if (!record) throw invalidGrant("Unknown refresh token");
    if (record.used) throw invalidGrant("The refresh token was already used: each one is single-use");
    if (record.grant.revoked) throw invalidGrant("The refresh token was revoked");
    if (record.grant.clientId !== client.clientId) throw invalidGrant("Issued to another client");
    if (record.expiresAt !== undefined && clock() >= record.expiresAt) {
      throw invalidGrant("The refresh token expired");
    }
    record.used = true;
    stats.refreshes++;
    return issue(record.grant, apiBaseUrl);
  }

  return {
    stats,
    authorize,
    registerClient(client: OAuthClient): void {
      clients.set(client.clientId, client);
    },
    approve(request: OAuthApproveRequest): OAuthApproval {
      const clientId = request.clientId ?? [...clients.keys()][0] ?? "";
      const redirectUri = request.redirectUri ?? clients.get(clientId)?.redirectUris[0] ?? "";
      const scope = typeof request.scope === "string" ? request.scope : request.scope.join(" ");
      const query = new URLSearchParams({
        client_id: clientId,
        response_type: "code",
        redirect_uri: redirectUri,
        scope,
      });
      if (request.state !== undefined) query.set("state", request.state);
      const outcome = authorize(query);
      if (outcome.kind !== "approved") throw outcome.error;
      return { redirectUrl: redirectLocation(outcome), code: outcome.code };
    },
    /** The token endpoint's logic: client authentication, then the grant. Throws OAuthError. */
    token(authorization: string | undefined, params: Map<string, string>, apiBaseUrl: string): TokenResponse {
      const client = authenticateClient(authorization);
      const clientId = params.get("client_id");
      if (clientId !== undefined && clientId !== client.clientId) {
        throw new OAuthError("invalid_client", "client_id differs from the authenticated client", 401);
      }
      const grantType = params.get("grant_type");
      const baseUrl = options.apiBaseUrl ?? apiBaseUrl;
      if (grantType === "authorization_code") return exchangeCode(client, params, baseUrl);
      if (grantType === "refresh_token") return refresh(client, params, baseUrl);
      if (!grantType) throw new OAuthError("invalid_request", "grant_type is required");
      throw new OAuthError("unsupported_grant_type", "Use authorization_code or refresh_token");
    },
    /** What a Bearer token may do, or why it is refused (401). */
    checkAccessToken(token: string): AccessCheck {
      const record = accessTokens.get(token);
      if (!record) return { error: "Invalid access token: unknown, expired or revoked" };
      if (record.grant.revoked) return { error: "The access token was revoked: authorize again" };
      if (clock() >= record.expiresAt) return { error: "The access token expired: refresh it" };
      return { scopes: new Set(record.grant.scopes) };
    },
    /** Revokes the grant a (refresh or access) token belongs to: every token from the same authorization. */
    revoke(token: string): boolean {
      const record = refreshTokens.get(token) ?? accessTokens.get(token);
      if (!record || record.grant.revoked) return false;
      record.grant.revoked = true;
      return true;
    },
    /** Revokes every grant; returns how many were live. */
    revokeAll(): number {
      const live = grants.filter((grant) => !grant.revoked);
      for (const grant of live) grant.revoked = true;
      return live.length;
    },
  };
}

export type OAuthServer = ReturnType<typeof createOAuthServer>;

function required(params: Map<string, string>, name: string): string {
  const value = params.get(name);
  if (!value) throw new OAuthError("invalid_request", `${name} is required`);
  return value;
}
