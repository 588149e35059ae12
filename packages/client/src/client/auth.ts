// Authentication as a send() wrapper: Basic (access key + secret) or Bearer (an OAuth token from a provider
// that refreshes it). Credentials are registered for redaction the moment they are configured or issued.
import { registerBasicCredentials, registerSecret } from "../core/redaction.js";
import type { SendWrapper } from "./send.js";

export interface BasicAuth {
  type: "basic";
  accessKey: string;
  accessKeySecret: string;
}

/** Supplies OAuth access tokens; refreshing (single-flight, persisted first) is its business. */
export interface TokenProvider {
  /** A token valid now (refreshed ahead of expiry when needed). */
  accessToken(): Promise<string>;
  /** Gong refused `rejected` with 401: a fresh token, or undefined when none can be had. */
  refreshAfterUnauthorized(rejected: string): Promise<string | undefined>;
}

export interface BearerAuth {
  type: "bearer";
  provider: TokenProvider;
  /** The scopes the token was granted; actions needing another fail before any request. */
  scopes?: readonly string[];
  /** Who the token belongs to, for the rate governor's tenant (e.g. the connection name). */
  identity: string;
}

export type GongAuth = BasicAuth | BearerAuth;

export function authIdentity(auth: GongAuth): string {
  return auth.type === "basic" ? auth.accessKey : auth.identity;
}

export function authWrapper(auth: GongAuth): SendWrapper {
  if (auth.type === "basic") {
    registerBasicCredentials(auth.accessKey, auth.accessKeySecret);
    const header = `Basic ${Buffer.from(`${auth.accessKey}:${auth.accessKeySecret}`).toString("base64")}`;
    return (next) => (request) =>
      next({ ...request, headers: { ...request.headers, authorization: header } });
  }
  const { provider } = auth;
  return (next) => async (request) => {
    const token = await provider.accessToken();
    registerSecret(token);
    const response = await next({
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
    });
    if (response.status !== 401) return response;
    // At most once: a token Gong refuses is refreshed and the request sent again; a second 401 stands.
    const fresh = await provider.refreshAfterUnauthorized(token);
    if (!fresh || fresh === token) return response;
    registerSecret(fresh);
    return next({ ...request, headers: { ...request.headers, authorization: `Bearer ${fresh}` } });
  };
}
