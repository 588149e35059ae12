// Gong's OAuth token endpoint: POST <oauthBaseUrl>/oauth2/generate-customer-token with the app's Basic header
// and a form body, for a code exchange or a refresh. Refresh tokens are single-use: each refresh returns a new
// pair, and a reused (or revoked) one is HTTP 400 `invalid_grant`, which here is `needs_reauth`. Every token
// and the client secret are registered for redaction as soon as they are known.
import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { registerBasicCredentials, registerSecret } from "@gongkit/client/internal/core/redaction.js";

/** Gong's OAuth origin (its app host). */
export const gongOAuthBaseUrl = "https://app.gong.io";

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** Where /oauth2/authorize and the token endpoint live (default `gongOAuthBaseUrl`). */
  oauthBaseUrl?: string;
}

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Milliseconds since the epoch, from `expires_in`. */
  expiresAt: number;
  scopes: string[];
  /** `api_base_url_for_customer`: where this company's API is served. */
  apiBaseUrl: string;
}

export interface TokenExchangeOptions {
  fetch?: FetchLike;
  /** Milliseconds since the epoch (default Date.now), for `expiresAt`. */
  now?: () => number;
}

export function oauthBaseUrlOf(app: OAuthApp): string {
  return (app.oauthBaseUrl ?? gongOAuthBaseUrl).replace(/\/+$/, "");
}

export function exchangeCode(
  request: { app: OAuthApp; code: string; redirectUri: string },
  options: TokenExchangeOptions = {},
): Promise<OAuthTokens> {
  registerSecret(request.code);
  return tokenRequest(
    request.app,
    {
      grant_type: "authorization_code",
      code: request.code,
      client_id: request.app.clientId,
      redirect_uri: request.redirectUri,
    },
    options,
  );
}

export function refreshTokens(
  request: { app: OAuthApp; refreshToken: string },
  options: TokenExchangeOptions = {},
): Promise<OAuthTokens> {
  registerSecret(request.refreshToken);
  return tokenRequest(
    request.app,
    { grant_type: "refresh_token", refresh_token: request.refreshToken },
    options,
  );
}

async function tokenRequest(
  app: OAuthApp,
  params: Record<string, string>,
  options: TokenExchangeOptions,
): Promise<OAuthTokens> {
  registerBasicCredentials(app.clientId, app.clientSecret);
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const url = `${oauthBaseUrlOf(app)}/oauth2/generate-customer-token`;
  const grant = params.grant_type === "refresh_token" ? "refresh" : "code exchange";
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: new URLSearchParams(params).toString(),
      redirect: "error",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GongError("network_error", `The OAuth ${grant} request to ${url} failed: ${reason}`, {
      cause: error,
    });
  }
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    body = undefined;
  }
  if (response.status === 200 && body) {
    const tokens = parseTokens(body, options.now ?? Date.now);
    if (tokens) return tokens;
    throw new GongError("invalid_response", `The OAuth ${grant} answer lacks a token or the API base URL.`, {
      status: 200,
    });
  }
  const error = typeof body?.error === "string" ? body.error : undefined;
  const description = typeof body?.error_description === "string" ? `: ${body.error_description}` : "";
  if (response.status === 400 && error === "invalid_grant") {
    throw new GongError(
      "needs_reauth",
      `Gong refused the OAuth ${grant} (invalid_grant${description}). The authorization was revoked, ` +
        "expired or its refresh token was already used; connect again (gongkit connect oauth).",
      { status: 400 },
    );
  }
  const code =
    response.status === 401
      ? "unauthorized"
      : response.status === 429
        ? "rate_limited"
        : response.status >= 500
          ? "server_error"
          : "bad_request";
  const what = error ? ` (${error}${description})` : "";
  throw new GongError(code, `The OAuth ${grant} failed with HTTP ${response.status}${what}.`, {
    status: response.status,
  });
}

function parseTokens(body: Record<string, unknown>, now: () => number): OAuthTokens | undefined {
  const { access_token, refresh_token, expires_in, scope, api_base_url_for_customer } = body;
  if (typeof access_token !== "string" || !access_token) return undefined;
  registerSecret(access_token);
  if (typeof refresh_token !== "string" || !refresh_token) return undefined;
  registerSecret(refresh_token);
  if (typeof api_base_url_for_customer !== "string" || !api_base_url_for_customer) return undefined;
  const seconds = typeof expires_in === "number" ? expires_in : Number(expires_in);
  return {
    accessToken: access_token,
    refreshToken: refresh_token,
    // Unknown lifetime: treat it as short, so the token is refreshed ahead rather than trusted for long.
    expiresAt: now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000,
    scopes: typeof scope === "string" ? scope.split(/[\s,]+/).filter(Boolean) : [],
    apiBaseUrl: api_base_url_for_customer.replace(/\/+$/, ""),
  };
}
