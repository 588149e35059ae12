// `gongkit serve`: the MCP server over Streamable HTTP at /mcp, for agents that reach it over the network.
// Every request needs an API key (gongkit api-keys create); bound to loopback unless --host says otherwise.
import { parseArgs } from "node:util";
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import { redact } from "@gongkit/client/internal/core/redaction.js";
import { gongMcpServerFactory } from "../mcp/server.js";
import { apiKeys } from "../serve/api-keys.js";
import { isLoopbackHost, loopbackHostnamesFor, mcpHttpApp } from "../serve/http-app.js";
import { listen } from "../serve/listen.js";
import type { Db } from "../store/db.js";
import { withStore } from "./api-keys-command.js";
import { listenFailure, UsageError } from "./io.js";
import { mcpServerFlags, mcpServerOptions, offerNote } from "./mcp-command.js";
import { clientFlags, clientFromEnvironment, sandboxClient } from "./run-command.js";
import { withContext } from "./store-context.js";

const defaultPort = 8765;

function parsePort(text: string | undefined): number {
  if (text === undefined) return defaultPort;
  const port = Number(text);
  if (!(/^\d+$/.test(text) && port <= 65535))
    throw new UsageError(`--port takes a port number from 0 (any free port) to 65535, not ${text}.`);
  return port;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, host: { type: "string" }, ...mcpServerFlags, ...clientFlags },
  });
  const port = parsePort(values.port);
  const host = values.host ?? "127.0.0.1";
  const serverOptions = mcpServerOptions(values);

  const run = async (db: Db, client: GongClient): Promise<number> => {
    const keys = apiKeys(db);
    if (!(await keys.hasLive()))
      throw new UsageError(
        "No API key exists, so no client could use the server. Create one first: gongkit api-keys create --name NAME",
      );
    const app = mcpHttpApp({
      // One factory for the process: its servers share pending destructive confirmations across requests.
      serverFactory: gongMcpServerFactory({ client, ...serverOptions }),
      verifyKey: (key) => keys.verify(key),
      ...(isLoopbackHost(host) ? { allowedHostnames: loopbackHostnamesFor(host) } : {}),
      onError: (error) =>
        process.stderr.write(
          `gongkit serve: ${redact(error instanceof Error ? error.message : String(error))}\n`,
        ),
    });
    const stopped = stopSignal();
    const listening = await listen(app, host, port).catch((error: NodeJS.ErrnoException) => {
      throw listenFailure(host, port, error);
    });
    if (!isLoopbackHost(host))
      process.stderr.write(
        `Bound to ${host}: reachable from other machines (each request still needs an API key; put TLS in front).\n`,
      );
    if (db.kind === "pglite")
      process.stderr.write(
        "This server holds the PGlite store: other gongkit commands (api-keys, connections) reach it through\n" +
          "this process while it runs. To run several servers, set DATABASE_URL so they share PostgreSQL.\n",
      );
    process.stderr.write(
      `gongkit MCP server listening on ${listening.url}/mcp${offerNote(serverOptions)} (Ctrl-C stops it)\n`,
    );
    await stopped;
    await listening.close();
    process.stderr.write("gongkit serve stopped.\n");
    return 0;
  };

  // One store per process: a saved connection's context is also where the API keys are checked.
  if (typeof values.connection === "string") {
    const name = values.connection;
    return withContext(async ({ db, registry }) => run(db, await registry.client(name)));
  }
  const client = values.sandbox ? sandboxClient() : clientFromEnvironment(values);
  return withStore((db) => run(db, client));
}
