// The OAuth server's contract: its options, the default app, what `sandbox.oauth` offers, the token response
// and OAuth's error shape. The server is oauth.ts; its HTTP endpoints oauth-routes.ts.

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** Exact matches only, as Gong's integration settings. */
  redirectUris: readonly string[];
  /** The scopes the app was set up with; requesting others is `invalid_scope`. Default: every known scope. */
  scopes?: readonly string[];
}

export interface SandboxOAuthOptions {
  /** The apps that may connect (default `[sandboxOAuthClient]`). */
  clients?: OAuthClient[];
  /** Lifetime of access tokens, `expires_in` (default 3600). */
  accessTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens (default: no expiry; they end when used or revoked). */
  refreshTokenTtlSeconds?: number;
  /** Forces `api_base_url_for_customer` (default: the API origin the request came through, see origins.ts). */
  apiBaseUrl?: string;
}

/** The default app, registered unless `createSandbox({ oauth: { clients } })` replaces it. */
export const sandboxOAuthClient: OAuthClient = {
  clientId: "sandbox-oauth-client-4f8e2a",
  clientSecret: "sandbox-oauth-secret-not-for-production-9b3c71d5",
  redirectUris: ["http://127.0.0.1:8787/callback", "http://localhost:8787/callback"],
};

export const authorizationCodeTtlSeconds = 60;
export const defaultAccessTokenTtlSeconds = 3600;

export interface OAuthStats {
  /** Authorization codes handed out (authorize endpoint or `approve`). */
  codesIssued: number;
  /** Token pairs issued, by code exchange or refresh. */
  tokensIssued: number;
  /** Successful refreshes. */
  refreshes: number;
  /** Token requests refused with `invalid_grant` (reused, expired, unknown or revoked code or token). */
  invalidGrants: number;
}

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: "bearer";
  expires_in: number;
  scope: string;
  api_base_url_for_customer: string;
}

/** An OAuth error (`{ error, error_description }` on the wire). */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(`${error}: ${description}`);
  }
}

export interface OAuthApproveRequest {
  /** Default: the first client (`sandboxOAuthClient` unless `oauth.clients` replaces it). */
  clientId?: string;
  /** Default: the client's first redirect URI. */
  redirectUri?: string;
  /** Space-separated, or a list. */
  scope: string | readonly string[];
  state?: string;
}

export interface OAuthApproval {
  /** Where the browser would land: `redirectUri?code=…&state=…`. */
  redirectUrl: string;
  code: string;
}

export interface SandboxOAuth {
  /** The OAuth origin in-process (`sandboxOAuthBaseUrl`); over a socket, `listen()`'s `oauthUrl`. */
  baseUrl: string;
  /** Live counters, for tests like "exactly one refresh per expiry, zero invalid_grant". */
  stats: Readonly<OAuthStats>;
  /** Registers another app (e.g. one whose redirect URI has a port chosen at run time). */
  registerClient(client: OAuthClient): void;
  /** What GET /oauth2/authorize does, without a browser; throws OAuthError when it would refuse. */
  approve(request: OAuthApproveRequest): OAuthApproval;
  /** Revokes the authorization a refresh (or access) token came from; false when unknown or already revoked. */
  revoke(token: string): boolean;
  /** Revokes every authorization; returns how many were live. */
  revokeAll(): number;
}

export type AuthorizeOutcome =
  | { kind: "approved"; redirectUri: string; code: string; state: string | null }
  /** Refused with the error sent back to the (valid) redirect URI. */
  | { kind: "redirect-error"; redirectUri: string; error: OAuthError; state: string | null }
  /** Refused without a redirect: the client or its redirect URI is not trustworthy. */
  | { kind: "refused"; error: OAuthError };

/** Where the authorize endpoint sends the browser: the code (or the error) and the state, on redirect_uri. */
export function redirectLocation(outcome: Exclude<AuthorizeOutcome, { kind: "refused" }>): string {
  const location = new URL(outcome.redirectUri);
  if (outcome.kind === "approved") {
    location.searchParams.set("code", outcome.code);
  } else {
    location.searchParams.set("error", outcome.error.error);
    location.searchParams.set("error_description", outcome.error.description);
  }
  if (outcome.state !== null) location.searchParams.set("state", outcome.state);
  return location.href;
}
