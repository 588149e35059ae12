// `gongkit connect basic`, `gongkit connections list|show|test|remove`, `gongkit secrets rotate`.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listActions } from "@gongkit/client/internal/catalog/index.js";
import type { ConnectionSummary } from "../connections/registry.js";
import { newKey, parseKey, secretBox } from "../connections/secret-box.js";
import { connectOAuthCommand } from "./connect-oauth.js";
import { printJson, table, UsageError } from "./io.js";
import { readSecrets } from "./prompt.js";
import { withContext } from "./store-context.js";

/** Which actions the connection can run, and which scopes would unlock the rest. */
function usableActions(connection: ConnectionSummary): string[] {
  const actions = listActions();
  if (connection.kind === "basic") {
    return [`  actions:  all ${actions.length} (an access key is not limited by scope on gongkit's side)`];
  }
  const granted = new Set(connection.scopes);
  const usable = actions.filter((action) => granted.has(action.scope));
  const missing = new Map<string, string[]>();
  for (const action of actions.filter((a) => !granted.has(a.scope))) {
    missing.set(action.scope, [...(missing.get(action.scope) ?? []), action.id]);
  }
  const lines = [`  actions:  ${usable.length} of ${actions.length} usable`];
  for (const [scope, ids] of missing) lines.push(`    missing ${scope}: ${ids.join(", ")}`);
  if (missing.size > 0)
    lines.push("    (add the scopes to the Gong app, then run gongkit connect oauth again)");
  return lines;
}

function describe(connection: ConnectionSummary, withActions = false): string {
  const tested = connection.lastTestedAt
    ? `${connection.lastTestOk ? "ok" : `failed (${connection.lastError})`} at ${connection.lastTestedAt}`
    : "never";
  return [
    `${connection.name} (${connection.kind}, ${connection.status})`,
    `  base URL: ${connection.baseUrl}`,
    `  scopes:   ${connection.scopes.length ? connection.scopes.join(" ") : "not limited by gongkit (access key)"}`,
    `  tested:   ${tested}`,
    `  created:  ${connection.createdAt}`,
    ...(withActions ? usableActions(connection) : []),
  ].join("\n");
}

export async function connectCommand(args: string[]): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === "oauth") return connectOAuthCommand(rest);
  if (kind !== "basic") throw new UsageError("Usage: gongkit connect basic|oauth --name NAME ...");
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: "string" }, "base-url": { type: "string" } },
  });
  if (!values.name || !values["base-url"]) {
    throw new UsageError(
      "Usage: gongkit connect basic --name NAME --base-url URL\n" +
        "The access key and secret are asked for (or read from stdin, one per line), never taken from the command line.",
    );
  }
  const [accessKey = "", accessKeySecret = ""] = await readSecrets([
    { label: "Gong access key", hidden: false },
    { label: "Gong access key secret", hidden: true },
  ]);
  return withContext(async ({ registry }) => {
    const created = await registry.createBasic({
      name: values.name ?? "",
      baseUrl: values["base-url"] ?? "",
      accessKey,
      accessKeySecret,
    });
    process.stdout.write(`Connected and tested.\n${describe(created)}\n`);
    return 0;
  });
}

export async function connectionsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  const [sub, name] = positionals;
  return withContext(async ({ registry }) => {
    if (sub === "list") {
      const all = await registry.list();
      if (values.json) printJson(all);
      else if (all.length === 0)
        process.stdout.write(
          "No connections yet. Add one: gongkit connect basic --name NAME --base-url URL\n",
        );
      else
        process.stdout.write(
          `${table([["NAME", "KIND", "STATUS", "BASE URL"], ...all.map((c) => [c.name, c.kind, c.status, c.baseUrl])])}\n`,
        );
      return 0;
    }
    if (!name || !["show", "test", "remove"].includes(sub ?? "")) {
      throw new UsageError("Usage: gongkit connections list [--json] | show NAME | test NAME | remove NAME");
    }
    if (sub === "remove") {
      await registry.remove(name);
      process.stdout.write(`Removed ${name}.\n`);
      return 0;
    }
    const connection = sub === "test" ? await registry.test(name) : await registry.get(name);
    if (values.json) printJson(connection);
    else process.stdout.write(`${describe(connection, sub === "show")}\n`);
    return sub === "test" && !connection.lastTestOk ? 1 : 0;
  });
}

export async function secretsCommand(args: string[]): Promise<number> {
  if (args[0] !== "rotate") throw new UsageError("Usage: gongkit secrets rotate");
  return withContext(async ({ registry, dataDir }) => {
    const key = newKey();
    const fromEnvironment = Boolean(process.env.GONGKIT_MASTER_KEY);
    const file = join(dataDir, "master.key");
    // The new key is on disk before the data is re-sealed with it, so no moment exists where it is lost.
    if (!fromEnvironment) writeFileSync(`${file}.next`, `${key}\n`, { mode: 0o600 });
    const count = await registry.rotate(secretBox(parseKey(key, "the new key")));
    if (fromEnvironment) {
      process.stdout.write(
        `Re-sealed ${count} connection(s). Set GONGKIT_MASTER_KEY to the new key now:\n${key}\n`,
      );
    } else {
      renameSync(`${file}.next`, file);
      process.stdout.write(`Re-sealed ${count} connection(s) under a new master key in ${file}.\n`);
    }
    return 0;
  });
}
