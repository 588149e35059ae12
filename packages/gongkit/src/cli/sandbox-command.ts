// `gongkit sandbox --port N` (and `npm start`): serve the fake Gong over HTTP.
import { parseArgs } from "node:util";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import { type ChaosOptions, createSandbox, type Sandbox } from "@gongkit/sandbox";
import { listenFailure, UsageError } from "./io.js";
import { pinnedSandboxNow } from "./sandbox-clock.js";

const chaosKeys: Record<string, keyof ChaosOptions> = {
  "429": "rate429",
  "5xx": "rate5xx",
  reset: "rateReset",
  truncated: "rateTruncated",
  latency: "latencyMs",
};

/** `429=0.1,5xx=0.05,reset=0.02,truncated=0.01,latency=50`: fault rates (0..1) and a fixed latency in ms. */
export function parseChaos(text: string): ChaosOptions {
  const chaos: Record<string, number> = {};
  for (const part of text.split(",").filter(Boolean)) {
    const [name = "", raw = ""] = part.split("=");
    const key = chaosKeys[name.trim()];
    const value = Number(raw);
    if (!key || raw.trim() === "" || !Number.isFinite(value) || value < 0) {
      throw new UsageError(
        `Invalid --chaos part "${part}": use ${Object.keys(chaosKeys).join(", ")} with a number`,
      );
    }
    chaos[key] = value;
  }
  return chaos as ChaosOptions;
}

export async function sandboxCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      "no-rate-limit": { type: "boolean" },
      seed: { type: "string" },
      calls: { type: "string" },
      chaos: { type: "string" },
      now: { type: "string" },
    },
  });
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Invalid --port ${values.port}`);
  // One sandbox per process: its dataset need not also be cached for another.
  const options: Parameters<typeof createSandbox>[0] = { cacheDataset: false };
  if (values["no-rate-limit"]) options.rateLimit = false;
  if (values.seed !== undefined) options.seed = Number(values.seed);
  if (values.calls !== undefined) options.calls = Number(values.calls);
  if (values.chaos !== undefined) options.chaos = parseChaos(values.chaos);
  const pinned = pinnedSandboxNow(values.now);
  if (pinned) options.now = pinned;
  let sandbox: ReturnType<typeof createSandbox>;
  try {
    sandbox = createSandbox(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const host = values.host ?? "127.0.0.1";
  const server = await sandbox.listen({ port, host }).catch((error: NodeJS.ErrnoException) => {
    throw listenFailure(host, port, error);
  });
  process.stdout.write(welcome(sandbox, server.url, pinned, values.chaos, options.rateLimit !== false));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}

/** What the sandbox holds and commands to try on it, with ranges that return data on the day they are run. */
export function welcome(
  sandbox: Sandbox,
  url: string,
  pinned: Date | undefined,
  chaos: string | undefined,
  rateLimited: boolean,
): string {
  const { accessKey, accessKeySecret } = sandbox.credentials;
  const now = pinned?.getTime() ?? Date.now();
  const calls = sandbox.state.calls;
  const weekAgo = isoUtc(now - 7 * 86_400_000);
  const query = `fromDateTime=${weekAgo}&toDateTime=${isoUtc(now)}`;
  const range = JSON.stringify({ fromDateTime: weekAgo, toDateTime: isoUtc(now) });
  return [
    `gongkit sandbox (a fake Gong with seeded data) listening on ${url}`,
    `Data: ${calls.length} calls of ${sandbox.state.company.name}, ${calls[0]?.started.slice(0, 10)} to ${calls.at(-1)?.started.slice(0, 10)}`,
    `Clock: ${pinned ? `pinned at ${pinned.toISOString()} (--now)` : "today (pin it with --now ISO)"}`,
    `Rate limit: ${rateLimited ? "3 requests/s and 10,000/day, like Gong" : "off"}`,
    `Faults: ${chaos ?? "none (add --chaos 429=0.1,5xx=0.05,reset=0.02,truncated=0.01,latency=50)"}`,
    "",
    "Call it with the CLI:",
    `  export GONG_BASE_URL=${url} GONG_ACCESS_KEY=${accessKey} GONG_ACCESS_KEY_SECRET=${accessKeySecret}`,
    "  npx gongkit run GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES",
    `  npx gongkit run GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS --input '${range}'`,
    // The export's "now" is the shell's clock, not the sandbox's: a pinned sandbox gets its week spelled out.
    `  npx gongkit export calls ${pinned ? `--from ${weekAgo} --to ${isoUtc(now)}` : "--since 7d"} --out last-week.ndjson`,
    "",
    "or with curl:",
    `  curl -u ${accessKey}:${accessKeySecret} "${url}/v2/calls?${query}"`,
    "",
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}
