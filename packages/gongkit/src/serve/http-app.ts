// The MCP server over Streamable HTTP: `/mcp` behind a bearer API key, `/healthz` open. Stateless: every POST
// gets a fresh server instance and transport, closed once the response is built; instances come from one
// factory, so what they share (pending destructive confirmations) outlives the request.

import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { Hono, type MiddlewareHandler } from "hono";
import type { ApiKeyRecord } from "./api-keys.js";

export interface McpHttpAppOptions {
  /**
   * Makes one MCP server per request, for its caller (`key:<API key id>`); create it once per process (see
   * `gongMcpServerFactory`).
   */
  serverFactory: (caller: string) => Server;
  /** The key's record, or null when the key is unknown or revoked. */
  verifyKey: (key: string) => Promise<ApiKeyRecord | null>;
  /**
   * Host names the Host and Origin headers may carry (any port), against DNS rebinding when bound to a
   * loopback address; undefined accepts any.
   */
  allowedHostnames?: readonly string[];
  /** Told of an unexpected failure; the client gets a bare 500 without its details. */
  onError?: (error: unknown) => void;
}

/** The names a loopback-bound server answers to. */
export const loopbackHostnames: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/** The names a server bound to this loopback address answers to: the usual ones and the address itself. */
export function loopbackHostnamesFor(boundHost: string): readonly string[] {
  const name = hostnameOf(boundHost.includes(":") ? `[${boundHost}]` : boundHost, false);
  return name && !loopbackHostnames.includes(name) ? [...loopbackHostnames, name] : loopbackHostnames;
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A JSON-RPC error body, the shape MCP clients read, with no request id (none was read). */
function rpcError(code: number, message: string) {
  return { jsonrpc: "2.0", error: { code, message }, id: null } as const;
}

function hostnameOf(value: string, withScheme: boolean): string | undefined {
  try {
    return new URL(withScheme ? value : `http://${value}`).hostname;
  } catch {
    return undefined;
  }
}

function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = hostnameOf(c.req.header("host") ?? "", false);
    const origin = c.req.header("origin");
    const originHost = origin === undefined ? undefined : (hostnameOf(origin, true) ?? "");
    if (!host || !allowed.includes(host) || (originHost !== undefined && !allowed.includes(originHost))) {
      return c.json(
        rpcError(-32000, "Forbidden: this server only answers requests addressed to it by a loopback name."),
        403,
      );
    }
    await next();
  };
}

function bearerAuth(
  verifyKey: McpHttpAppOptions["verifyKey"],
): MiddlewareHandler<{ Variables: { caller: string } }> {
  return async (c, next) => {
    const token = /^Bearer +(\S+) *$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const record = token ? await verifyKey(token) : null;
    if (record) {
      c.set("caller", `key:${record.id}`);
      return next();
    }
    const [challenge, message] = token
      ? ['Bearer realm="gongkit", error="invalid_token"', "Unauthorized: the API key is unknown or revoked."]
      : [
          'Bearer realm="gongkit"',
          "Unauthorized: send an API key as 'Authorization: Bearer gk_...' (create one with gongkit api-keys create).",
        ];
    return c.json(rpcError(-32001, message), 401, { "WWW-Authenticate": challenge });
  };
}

export function mcpHttpApp(options: McpHttpAppOptions): Hono<{ Variables: { caller: string } }> {
  const app = new Hono<{ Variables: { caller: string } }>();
  if (options.allowedHostnames) app.use(hostGuard(options.allowedHostnames));
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.use("/mcp", bearerAuth(options.verifyKey));
  app.post("/mcp", async (c) => {
    const server = options.serverFactory(c.get("caller"));
    // No sessionIdGenerator: stateless mode. JSON responses: the whole answer in one body, then close.
    const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      // Closing the server closes its transport too.
      await server.close();
    }
  });
  // Stateless: no session to stream server messages on (GET) or to end (DELETE), as the spec allows.
  app.on(["GET", "DELETE"], "/mcp", (c) =>
    c.json(rpcError(-32000, "Method not allowed: this server is stateless; POST each message."), 405, {
      Allow: "POST",
    }),
  );
  app.notFound((c) =>
    c.json(rpcError(-32000, `Not found: ${c.req.method} ${c.req.path} (MCP is at /mcp)`), 404),
  );
  app.onError((error, c) => {
    options.onError?.(error);
    return c.json(rpcError(-32603, "Internal error"), 500);
  });
  return app;
}
