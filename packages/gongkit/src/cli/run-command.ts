// `gongkit run ID --input JSON|@file`: one action, the envelope printed as JSON, non-zero exit on failure.
import { parseArgs } from "node:util";
import { createGongClient, type GongClient } from "@gongkit/client/internal/client/client.js";
import { createSandbox, type SandboxOptions, sandboxBaseUrl } from "@gongkit/sandbox";
import { openConnections } from "../connections/open.js";
import { type ConfirmIo, confirmDestructive } from "./confirm-destructive.js";
import { printJson, readInput, stderrLogger, UsageError } from "./io.js";
import { askYes } from "./prompt.js";
import { pinnedSandboxNow } from "./sandbox-clock.js";

const credentialsHelp =
  "Without a saved connection, credentials come from GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET (or --access-key /\n" +
  "--access-key-secret), the base URL from GONG_BASE_URL (your company's API host, e.g. https://us-12345.api.gong.io).";
const usage =
  "Usage: gongkit run ID [--input JSON|@file] [--yes] [--connection NAME | --sandbox | --base-url URL]\n" +
  "A destructive action (erase, delete, unassign) shows its request and asks first on a terminal; --yes skips\n" +
  `the question, and without a terminal it runs only with --yes.\n${credentialsHelp}`;

/** The options every command that calls Gong takes to pick its client. */
export const clientFlags = {
  sandbox: { type: "boolean" },
  connection: { type: "string", short: "c" },
  "base-url": { type: "string" },
  "access-key": { type: "string" },
  "access-key-secret": { type: "string" },
} as const;

type ClientFlags = Record<string, string | boolean | undefined>;

/** Runs `work` with the client the flags choose: a saved connection, the in-process sandbox, or the environment. */
export async function withClient<T>(
  values: ClientFlags,
  work: (client: GongClient) => Promise<T>,
  sandboxOptions: SandboxOptions = {},
): Promise<T> {
  if (typeof values.connection === "string") return withConnectionClient(values.connection, work);
  return work(values.sandbox ? sandboxClient(sandboxOptions) : clientFromEnvironment(values));
}

/**
 * Runs `work` with a saved connection's client. A PGlite store lives in the process holding it (others reach
 * it through that one), and a Basic connection needs nothing more from the store once its client is built, so
 * the store is closed before long work (an MCP session, an export) rather than held for its length. OAuth
 * connections keep it: their refresh tokens are rotated in it.
 */
async function withConnectionClient<T>(name: string, work: (client: GongClient) => Promise<T>): Promise<T> {
  const connections = await openConnections({ logger: stderrLogger });
  let open = true;
  try {
    const { kind } = await connections.registry.get(name);
    const client = await connections.registry.client(name);
    if (connections.db.kind === "pglite" && kind === "basic") {
      open = false;
      await connections.close();
    }
    return await work(client);
  } finally {
    if (open) await connections.close();
  }
}

/**
 * A client of an in-process sandbox; its clock is pinned when GONGKIT_SANDBOX_NOW says so. A command makes one,
 * so its dataset is not also cached for another.
 */
export function sandboxClient(options: SandboxOptions = {}): GongClient {
  const now = options.now ?? pinnedSandboxNow();
  const sandbox = createSandbox({ cacheDataset: false, ...options, ...(now ? { now } : {}) });
  return createGongClient({
    baseUrl: sandboxBaseUrl,
    allowHttp: true,
    auth: { type: "basic", ...sandbox.credentials },
    fetch: (url, init) => sandbox.fetch(url, init),
  });
}

export function clientFromEnvironment(values: ClientFlags): GongClient {
  const pick = (flag: string, env: string) => {
    const value = values[flag];
    return typeof value === "string" ? value : process.env[env];
  };
  const baseUrl = pick("base-url", "GONG_BASE_URL");
  const accessKey = pick("access-key", "GONG_ACCESS_KEY");
  const accessKeySecret = pick("access-key-secret", "GONG_ACCESS_KEY_SECRET");
  const missing = [
    !baseUrl && "GONG_BASE_URL",
    !accessKey && "GONG_ACCESS_KEY",
    !accessKeySecret && "GONG_ACCESS_KEY_SECRET",
  ].filter(Boolean);
  if (!baseUrl || !accessKey || !accessKeySecret) {
    throw new UsageError(
      `Missing ${missing.join(", ")}. Set them, use a saved connection (--connection NAME), or add --sandbox to try the built-in fake Gong.\n${credentialsHelp}`,
    );
  }
  return createGongClient({
    baseUrl,
    auth: { type: "basic", accessKey, accessKeySecret },
    logger: stderrLogger,
  });
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      input: { type: "string", short: "i" },
      yes: { type: "boolean", short: "y" },
      ...clientFlags,
    },
  });
  const id = positionals[0];
  if (!id) throw new UsageError(usage);
  const input = readInput(values.input);
  const io: ConfirmIo = {
    terminal: process.stdin.isTTY === true && process.stderr.isTTY === true,
    ask: askYes,
    write: (text) => process.stderr.write(text),
  };
  return withClient(values, async (client) => {
    const stopped = await confirmDestructive(client, id, input, values.yes === true, io);
    if (stopped !== undefined) return stopped;
    const envelope = await client.runById(id, input);
    printJson(envelope);
    return envelope.successful ? 0 : 1;
  });
}
