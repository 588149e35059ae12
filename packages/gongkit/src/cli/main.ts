// The gongkit command line: thin commands over the catalogue, the client and the sandbox.
import { setFlagsFromString } from "node:v8";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { actionsCommand } from "./actions-command.js";
import { apiKeysCommand } from "./api-keys-command.js";
import { connectCommand, connectionsCommand, secretsCommand } from "./connections-command.js";
import { exportCommand } from "./export-command.js";
import { UsageError } from "./io.js";
import { mcpCommand } from "./mcp-command.js";
import { runCommand } from "./run-command.js";
import { sandboxCommand } from "./sandbox-command.js";
import { serveCommand } from "./serve-command.js";

const help = `gongkit: use Gong from agents, scripts and the shell

  gongkit actions list [--group G] [--json]     every Gong action
  gongkit actions describe ID [--json]          input/output schema, scope, safety, examples
  gongkit actions export --format openai|anthropic|jsonschema [--toolsets a,b] [--read-only] [--out FILE]
                                                tool definitions for other agent frameworks
  gongkit run ID --input JSON|@file [--yes] [--connection NAME | --sandbox]
                                                run one action, print { data, error, successful }
                                                (a destructive one shows its request and asks first;
                                                --yes skips that, and is needed without a terminal)
  gongkit connect basic --name NAME --base-url URL
                                                save a tested connection (key and secret asked, never argv)
  gongkit connect oauth --name NAME --client-id ID [--oauth-base-url URL] [--redirect-port N]
                                                connect through Gong's OAuth (opens a loopback callback)
  gongkit connections list|show|test|remove     the saved connections
  gongkit mcp [--connection NAME | --sandbox] [--toolsets all|calls,users] [--read-only] [--discovery]
      [--print-tools] [--allow-destructive] [--allow-paid-credits] [--include-private] [--budget-tokens N]
      [--upload-dir DIR] [--output-dir DIR]     Gong as MCP tools over stdio: a read-first default set, every
                                                action with --toolsets all (destructive tools preview first;
                                                paid credits and private calls off)
  gongkit serve [--port N] [--host H] [mcp flags] [--connection NAME | --sandbox]
                                                the MCP server over Streamable HTTP at /mcp (API key required)
  gongkit api-keys create --name NAME | list | revoke NAME
                                                the keys gongkit serve accepts (a new key is shown once)
  gongkit secrets rotate                        re-seal every stored secret under a new master key
  gongkit export calls (--from DAY|ISO [--to DAY|ISO] | --since 7d|24h|30m|2w) [--tz ZONE] --out FILE
      [--include PARTS] [--workspace ID] [--hosts ID,ID] [--resume] [--sandbox]
                                                calls into NDJSON or CSV in the fewest requests, resumable
                                                (days whole, --to day included, UTC unless --tz)
  gongkit sandbox [--port N] [--no-rate-limit] [--calls N] [--chaos 429=0.1,5xx=0.05,reset=0.02] [--now ISO]
                                                serve a fake Gong with seeded data up to today (and faults)
  gongkit start                                 the same as sandbox (npm start)
`;

/**
 * The only WebAssembly a gongkit process runs is PGlite's Postgres. V8's optimizing tier recompiles its hot
 * functions on background threads whose malloc arenas keep ~60 MB of RSS for the process's life; the baseline
 * compiler alone runs gongkit's small queries as fast once warm (and faster before, with no recompiling). Set
 * before any module is compiled.
 */
function baselineWasmOnly(): void {
  setFlagsFromString("--liftoff-only");
}

export async function main(argv: string[]): Promise<number> {
  baselineWasmOnly();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "actions":
        return actionsCommand(rest);
      case "connect":
        return await connectCommand(rest);
      case "connections":
        return await connectionsCommand(rest);
      case "secrets":
        return await secretsCommand(rest);
      case "mcp":
        return await mcpCommand(rest);
      case "serve":
        return await serveCommand(rest);
      case "api-keys":
        return await apiKeysCommand(rest);
      case "run":
        return await runCommand(rest);
      case "export":
        return await exportCommand(rest);
      case "sandbox":
      case "start":
        return await sandboxCommand(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(help);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`Unknown command ${command}.\n\n${help}`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof GongError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("/cli/main.ts")) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
