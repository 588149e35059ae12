// `gongkit sandbox --port N` (and `npm start`): serve the fake Gong over HTTP.
import { parseArgs } from "node:util";
import { type ChaosOptions, createSandbox } from "../sandbox/index.js";
import { UsageError } from "./io.js";

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
    },
  });
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Invalid --port ${values.port}`);
  const options: Parameters<typeof createSandbox>[0] = {};
  if (values["no-rate-limit"]) options.rateLimit = false;
  if (values.seed !== undefined) options.seed = Number(values.seed);
  if (values.calls !== undefined) options.calls = Number(values.calls);
  if (values.chaos !== undefined) options.chaos = parseChaos(values.chaos);
  let sandbox: ReturnType<typeof createSandbox>;
  try {
    sandbox = createSandbox(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const server = await sandbox.listen({ port, host: values.host ?? "127.0.0.1" });
  const { accessKey, accessKeySecret } = sandbox.credentials;
  process.stdout.write(
    [
      `gongkit sandbox (a fake Gong with seeded data) listening on ${server.url}`,
      `Rate limit: ${options.rateLimit === false ? "off" : "3 requests/s and 10,000/day, like Gong"}`,
      `Faults: ${values.chaos ?? "none (add --chaos 429=0.1,5xx=0.05,reset=0.02,truncated=0.01,latency=50)"}`,
      "",
      "Call it with the CLI:",
      `  export GONG_BASE_URL=${server.url} GONG_ACCESS_KEY=${accessKey} GONG_ACCESS_KEY_SECRET=${accessKeySecret}`,
      "  npx gongkit run GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES",
      "",
      "or with curl:",
      `  curl -u ${accessKey}:${accessKeySecret} ${server.url}/v2/users`,
      "",
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
