// `gongkit sandbox --port N` (and `npm start`): serve the fake Gong over HTTP.
import { parseArgs } from "node:util";
import { createSandbox } from "../sandbox/index.js";
import { UsageError } from "./io.js";

export async function sandboxCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      "no-rate-limit": { type: "boolean" },
      seed: { type: "string" },
    },
  });
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Invalid --port ${values.port}`);
  const options: Parameters<typeof createSandbox>[0] = {};
  if (values["no-rate-limit"]) options.rateLimit = false;
  if (values.seed !== undefined) options.seed = Number(values.seed);
  const sandbox = createSandbox(options);
  const server = await sandbox.listen({ port, host: values.host ?? "127.0.0.1" });
  const { accessKey, accessKeySecret } = sandbox.credentials;
  process.stdout.write(
    [
      `gongkit sandbox (a fake Gong with seeded data) listening on ${server.url}`,
      `Rate limit: ${options.rateLimit === false ? "off" : "3 requests/s and 10,000/day, like Gong"}`,
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
