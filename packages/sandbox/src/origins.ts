// Where the sandbox answers what. Gong serves OAuth on its app host (app.gong.io) and the API on the
// per-customer host the token response names (`api_base_url_for_customer`), so a client that keeps calling
// /v2 on the OAuth host, or /oauth2 on the API host, gets 404. The sandbox does the same:
// - in-process (`sandbox.fetch`), by the request's host: `sandboxOAuthBaseUrl` answers /oauth2 only;
//   `sandboxBaseUrl` (the API origin tokens name) and the host of `oauth.apiBaseUrl` answer /v2 only; any other
//   host answers both, as before OAuth existed. A bare path goes to the OAuth origin when it starts with
//   /oauth2/, to the API origin otherwise.
// - `listen({ port, apiPort })`: the server on `port` answers /oauth2 only; the one on `apiPort` answers /v2
//   only, and tokens name it.
// - `listen({ port })`: one server answers both, and tokens name its own URL (same host and port).
import { serve } from "@hono/node-server";
import type { MiddlewareHandler } from "hono";
import { errorResponse } from "./respond.js";
import type { OriginBindings, SandboxEnv } from "./routes.js";

/** The API origin in-process: the base URL to give a client whose fetch is `sandbox.fetch`. */
export const sandboxBaseUrl = "http://sandbox.gong.local";
/** The OAuth origin in-process (Gong's app.gong.io): /oauth2/authorize and /oauth2/generate-customer-token. */
export const sandboxOAuthBaseUrl = "http://app.sandbox.gong.local";

export interface ListenOptions {
  /** The port of the OAuth endpoints (and of the API too when `apiPort` is absent). Default 0 (any free). */
  port?: number;
  host?: string;
  /** Serves the API on its own port (0: any free), so the OAuth and API origins differ as at Gong. */
  apiPort?: number;
}

export interface ListeningSandbox {
  /** The OAuth origin; also the API when listening on one port. */
  url: string;
  oauthUrl: string;
  /** What tokens name as `api_base_url_for_customer` (unless `oauth.apiBaseUrl` forces another). */
  apiUrl: string;
  close(): Promise<void>;
}

type SandboxFetch = (request: Request, env: SandboxEnv["Bindings"]) => Response | Promise<Response>;

/** The absolute URL for `sandbox.fetch(path)`. */
export function inProcessUrl(path: string): string {
  return `${path.startsWith("/oauth2/") ? sandboxOAuthBaseUrl : sandboxBaseUrl}${path}`;
}

/** Answers 404 when a request reaches the wrong origin: /v2 on the OAuth one, /oauth2 on the API one. */
export function originGuard(apiBaseUrl: string | undefined): MiddlewareHandler<SandboxEnv> {
  const oauthHost = new URL(sandboxOAuthBaseUrl).host;
  const apiHosts = new Set([new URL(sandboxBaseUrl).host]);
  if (apiBaseUrl) apiHosts.add(new URL(apiBaseUrl).host);
  return async (c, next) => {
    const host = new URL(c.req.url).host;
    const role = c.env?.sandboxOrigin ?? (host === oauthHost ? "oauth" : apiHosts.has(host) ? "api" : "both");
    const oauthPath = c.req.path.startsWith("/oauth2/");
    if ((role === "oauth" && !oauthPath) || (role === "api" && oauthPath)) {
      const hint = oauthPath
        ? "OAuth is served on the OAuth host, not the API host"
        : "the API is served at api_base_url_for_customer, not on the OAuth host";
      return errorResponse(404, c.get("requestId"), [
        `No such endpoint: ${c.req.method} ${c.req.path} (${hint})`,
      ]);
    }
    await next();
  };
}

/** The API base URL to put in a token response for this request. */
export function apiBaseUrlOf(env: SandboxEnv["Bindings"] | undefined): string {
  return env?.sandboxApiBaseUrl ?? sandboxBaseUrl;
}

export async function listenSandbox(
  fetch: SandboxFetch,
  options: ListenOptions = {},
): Promise<ListeningSandbox> {
  const { port = 0, host = "127.0.0.1", apiPort } = options;
  if (apiPort === undefined) {
    const one = await serveOn(fetch, port, host, (url) => ({
      sandboxOrigin: "both",
      sandboxApiBaseUrl: url,
    }));
    return { url: one.url, oauthUrl: one.url, apiUrl: one.url, close: one.close };
  }
  const api = await serveOn(fetch, apiPort, host, () => ({ sandboxOrigin: "api" }));
  try {
    const oauth = await serveOn(fetch, port, host, () => ({
      sandboxOrigin: "oauth",
      sandboxApiBaseUrl: api.url,
    }));
    return {
      url: oauth.url,
      oauthUrl: oauth.url,
      apiUrl: api.url,
      close: async () => {
        await Promise.all([oauth.close(), api.close()]);
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}

function serveOn(
  fetch: SandboxFetch,
  port: number,
  host: string,
  bindings: (url: string) => OriginBindings,
): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    // Set once listening, before any request can arrive.
    let extra: OriginBindings = {};
    const server = serve(
      {
        fetch: (request, env) => fetch(request, { ...(env as SandboxEnv["Bindings"]), ...extra }),
        port,
        hostname: host,
      },
      (info) => {
        const url = `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`;
        extra = bindings(url);
        resolve({
          url,
          close: () =>
            new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
        });
      },
    );
    server.once("error", reject);
  });
}
