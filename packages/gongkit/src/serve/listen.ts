// Serves a Hono app on a host and port (0: any free port) and reports where; close() stops taking
// connections and waits for the requests in flight. Timeouts fit an API server: a client that trickles its
// headers or body loses its socket after 30 s (Node's default holds it for 300 s), an idle keep-alive one after 5 s.
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface Listening {
  /** http://host:port, the host as given (IPv6 in brackets). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenTimeouts {
  /** Most time to receive a whole request (headers and body), in ms (default 30 s). */
  requestMs?: number;
  /** How long an idle keep-alive connection stays open, in ms (default 5 s). */
  keepAliveMs?: number;
}

export function listen(
  app: Pick<Hono, "fetch">,
  host: string,
  port: number,
  timeouts: ListenTimeouts = {},
): Promise<Listening> {
  const requestTimeout = timeouts.requestMs ?? 30_000;
  const serverOptions = {
    requestTimeout,
    headersTimeout: requestTimeout,
    keepAliveTimeout: timeouts.keepAliveMs ?? 5_000,
    // How often Node checks the two timeouts above (its default, 30 s, would let a slow client stay longer).
    connectionsCheckingInterval: Math.min(1_000, requestTimeout),
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions }, (info) => {
      server.off("error", reject);
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Idle keep-alive connections would hold close() open; requests in flight still finish.
            if ("closeIdleConnections" in server) server.closeIdleConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
