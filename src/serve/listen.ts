// Serves a Hono app on a host and port (0: any free port) and reports where; close() stops taking
// connections and waits for the requests in flight.
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface Listening {
  /** http://host:port, the host as given (IPv6 in brackets). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Pick<Hono, "fetch">, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
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
