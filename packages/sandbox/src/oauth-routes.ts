// The OAuth endpoints over HTTP, as Gong serves them on its app host:
//   GET  /oauth2/authorize                  → 302 to redirect_uri?code=…&state=… (the sandbox approves at once)
//   POST /oauth2/generate-customer-token    → token response; parameters in the query string or a form body
// Errors are OAuth's `{ error, error_description }`, not Gong's API error body.
import type { Context, Hono } from "hono";
import type { OAuthServer } from "./oauth.js";
import { OAuthError, redirectLocation } from "./oauth-types.js";
import type { SandboxEnv } from "./routes.js";

const noStore = { "cache-control": "no-store", pragma: "no-cache" };

export function registerOAuthRoutes(
  app: Hono<SandboxEnv>,
  server: OAuthServer,
  apiBaseUrl: (c: Context<SandboxEnv>) => string,
): void {
  app.get("/oauth2/authorize", (c) => {
    const outcome = server.authorize(new URL(c.req.url).searchParams);
    if (outcome.kind === "refused") return oauthError(outcome.error);
    return new Response(null, { status: 302, headers: { location: redirectLocation(outcome), ...noStore } });
  });

  app.post("/oauth2/generate-customer-token", async (c) => {
    try {
      const params = await tokenParameters(c.req.raw);
      const tokens = server.token(c.req.header("authorization"), params, apiBaseUrl(c));
      return new Response(JSON.stringify(tokens), {
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8", ...noStore },
      });
    } catch (error) {
      if (error instanceof OAuthError) return oauthError(error);
      throw error;
    }
  });
}

function oauthError(error: OAuthError): Response {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", ...noStore };
  if (error.status === 401) headers["www-authenticate"] = 'Basic realm="Gong OAuth"';
  return new Response(JSON.stringify({ error: error.error, error_description: error.description }), {
    status: error.status,
    headers,
  });
}

/** The token request's parameters from the query string and/or a form body; a repeated one is refused. */
async function tokenParameters(request: Request): Promise<Map<string, string>> {
  const sources = [new URL(request.url).searchParams];
  const text = await request.text();
  if (text.trim()) {
    const type = request.headers.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      throw new OAuthError(
        "invalid_request",
        "Send the parameters as URL query parameters or an application/x-www-form-urlencoded body",
      );
    }
    sources.push(new URLSearchParams(text));
  }
  const params = new Map<string, string>();
  for (const source of sources) {
    for (const [name, value] of source) {
      if (params.has(name)) throw new OAuthError("invalid_request", `Parameter ${name} given more than once`);
      params.set(name, value);
    }
  }
  return params;
}

const secretParameters = ["code", "refresh_token", "access_token", "client_secret"];

/** The query string as the request log keeps it: OAuth secrets in it are masked. */
export function loggableQuery(url: URL): string {
  const query = new URLSearchParams(url.search);
  const secrets = secretParameters.filter((name) => query.has(name));
  if (!url.pathname.startsWith("/oauth2/") || !secrets.length) return url.search.slice(1);
  for (const name of secrets) query.set(name, "REDACTED");
  return query.toString();
}
