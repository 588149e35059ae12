// A few lines the OAuth tests share: the client's Basic header, a token request sent as query parameters or
// as a form body, a whole code flow, and a Bearer call to the API.
import type { Sandbox } from "@gongkit/sandbox/internal/app.js";
import type { OAuthClient, TokenResponse } from "@gongkit/sandbox/internal/oauth-types.js";
import { sandboxOAuthClient } from "@gongkit/sandbox/internal/oauth-types.js";
import { sandboxOAuthBaseUrl } from "@gongkit/sandbox/internal/origins.js";

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON replies
  body: any;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function clientAuthorization(
  client: Pick<OAuthClient, "clientId" | "clientSecret"> = sandboxOAuthClient,
) {
  return `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`;
}

export interface TokenRequestOptions {
  /** Where the parameters go (default a form body). */
  via?: "query" | "form";
  /** Default: the default client's Basic header; null sends none. */
  authorization?: string | null;
  /** Default: the in-process OAuth origin. */
  baseUrl?: string;
  fetch?: Fetch;
}

export async function tokenRequest(
  sandbox: Sandbox,
  params: Record<string, string>,
  options: TokenRequestOptions = {},
): Promise<Reply> {
  const { via = "form", authorization = clientAuthorization(), baseUrl = sandboxOAuthBaseUrl } = options;
  const query = new URLSearchParams(params);
  const url = `${baseUrl}/oauth2/generate-customer-token${via === "query" ? `?${query}` : ""}`;
  const headers: Record<string, string> = {};
  if (authorization) headers.authorization = authorization;
  const init: RequestInit = { method: "POST", headers };
  if (via === "form") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    init.body = query.toString();
  }
  return reply(await (options.fetch ?? sandbox.fetch)(url, init));
}

/** Approves (no browser) and exchanges the code: a fresh token pair with the given scopes. */
export async function connect(
  sandbox: Sandbox,
  scope: string | string[],
  options: TokenRequestOptions = {},
): Promise<TokenResponse> {
  const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";
  const { code } = sandbox.oauth.approve({ scope, redirectUri });
  const answer = await tokenRequest(
    sandbox,
    {
      grant_type: "authorization_code",
      code,
      client_id: sandboxOAuthClient.clientId,
      redirect_uri: redirectUri,
    },
    options,
  );
  if (answer.status !== 200) throw new Error(`code exchange failed: ${JSON.stringify(answer.body)}`);
  return answer.body as TokenResponse;
}

export function refresh(sandbox: Sandbox, refreshToken: string, options: TokenRequestOptions = {}) {
  return tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: refreshToken }, options);
}

/** Calls the API with a Bearer token, by default at the token response's API base URL. */
export async function bearerCall(
  sandbox: Sandbox,
  tokens: Pick<TokenResponse, "access_token" | "api_base_url_for_customer">,
  method: string,
  path: string,
  json?: unknown,
): Promise<Reply> {
  const headers: Record<string, string> = { authorization: `Bearer ${tokens.access_token}` };
  const init: RequestInit = { method, headers };
  if (json !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(json);
  }
  return reply(await sandbox.fetch(`${tokens.api_base_url_for_customer}${path}`, init));
}

export async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
