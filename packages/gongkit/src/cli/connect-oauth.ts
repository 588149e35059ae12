// `gongkit connect oauth`: the authorization-code flow from a terminal. A loopback listener takes Gong's
// redirect; the client secret comes from a prompt or stdin; the requested scopes default to every scope the
// catalogue's actions need, so no action is left unusable.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { listActions } from "@gongkit/client/internal/catalog/index.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { authorizeUrl, connectOAuth, consumeState } from "../connections/oauth-connections.js";
import { UsageError } from "./io.js";
import { readSecrets } from "./prompt.js";
import { withContext } from "./store-context.js";

const usage =
  "Usage: gongkit connect oauth --name NAME --client-id ID [--oauth-base-url URL] [--redirect-port 8787] [--scopes 'a b']\n" +
  "The client secret is asked for (or read from stdin), never taken from the command line. Register\n" +
  "http://127.0.0.1:PORT/callback as a redirect URI of your Gong app.";

export function catalogueScopes(): string[] {
  return [...new Set(listActions().map((action) => action.scope))].sort();
}

/** Waits for one request on /callback and returns its query; answers the browser with a short page. */
async function awaitCallback(
  port: number,
  timeoutMs: number,
): Promise<{ server: ReturnType<typeof createServer>; query: Promise<URLSearchParams> }> {
  let deliver: (query: URLSearchParams) => void = () => {};
  let refuse: (error: Error) => void = () => {};
  const query = new Promise<URLSearchParams>((resolve, reject) => {
    deliver = resolve;
    refuse = reject;
  });
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
    if (url.pathname !== "/callback") {
      response.writeHead(404).end();
      return;
    }
    const ok = url.searchParams.has("code");
    response.writeHead(ok ? 200 : 400, { "content-type": "text/plain; charset=utf-8" });
    response.end(
      ok
        ? "gongkit: connected. You can close this tab.\n"
        : "gongkit: Gong did not approve the connection.\n",
    );
    deliver(url.searchParams);
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  const timer = setTimeout(
    () => refuse(new UsageError("No answer from Gong within 10 minutes; run the command again.")),
    timeoutMs,
  );
  timer.unref();
  return { server, query };
}

export async function connectOAuthCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: "string" },
      "client-id": { type: "string" },
      "oauth-base-url": { type: "string" },
      "redirect-port": { type: "string" },
      scopes: { type: "string" },
    },
  });
  const name = values.name;
  const clientId = values["client-id"];
  if (!name || !clientId) throw new UsageError(usage);
  const port = Number(values["redirect-port"] ?? 8787);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`Invalid --redirect-port ${values["redirect-port"]}`);
  const [clientSecret = ""] = await readSecrets([{ label: "Gong app client secret", hidden: true }]);
  if (!clientSecret) throw new UsageError("The client secret is empty.");
  const app = {
    clientId,
    clientSecret,
    ...(values["oauth-base-url"] ? { oauthBaseUrl: values["oauth-base-url"] } : {}),
  };
  const scopes = values.scopes ? values.scopes.split(/[\s,]+/).filter(Boolean) : catalogueScopes();
  const redirectUri = `http://127.0.0.1:${port}/callback`;

  return withContext(async ({ db, box }) => {
    const { server, query } = await awaitCallback(port, 10 * 60_000);
    try {
      const { url } = await authorizeUrl({ db, app, scopes, redirectUri, name });
      process.stderr.write(
        `Open this URL in a browser, as a Gong technical administrator, and approve:\n${url}\n`,
      );
      const answer = await query;
      const error = answer.get("error");
      if (error)
        throw new GongError(
          "unauthorized",
          `Gong did not approve the connection: ${error} ${answer.get("error_description") ?? ""}`.trim(),
        );
      await consumeState({ db, state: answer.get("state") ?? "" });
      const connection = await connectOAuth({
        db,
        box,
        name,
        app,
        code: answer.get("code") ?? "",
        redirectUri,
      });
      process.stdout.write(
        `Connected ${connection.name} (OAuth).\n  API base URL: ${connection.baseUrl}\n  scopes: ${connection.scopes.length}\n  token valid until ${connection.accessExpiresAt}\n`,
      );
      return 0;
    } finally {
      server.close();
    }
  });
}
