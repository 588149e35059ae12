// `gongkit api-keys create|list|revoke`: the keys `gongkit serve` accepts. A key is printed once, on stdout,
// when created; the store keeps only its hash. These commands need the store, not the master key.
import { parseArgs } from "node:util";
import { apiKeys } from "../serve/api-keys.js";
import type { Db } from "../store/db.js";
import { openStore } from "../store/open.js";
import { printJson, table, UsageError } from "./io.js";

const usage = "Usage: gongkit api-keys create --name NAME | list [--json] | revoke NAME";

/** Runs `work` on the store (PGlite in the data dir, or DATABASE_URL) and always closes it. */
export async function withStore<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openStore();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

export async function apiKeysCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: "string" }, json: { type: "boolean" } },
  });
  const [sub, name] = positionals;
  if (sub === "create" && values.name) {
    const keyName = values.name;
    return withStore(async (db) => {
      const { key, record } = await apiKeys(db).create(keyName);
      process.stdout.write(`${key}\n`);
      process.stderr.write(
        `Created API key "${record.name}" (gk_${record.prefix}...). It is shown this once and cannot be shown again:\n` +
          "store it now. Clients send it as 'Authorization: Bearer <key>' to gongkit serve.\n",
      );
      return 0;
    });
  }
  if (sub === "list") {
    return withStore(async (db) => {
      const all = await apiKeys(db).list();
      if (values.json) printJson(all);
      else if (all.length === 0)
        process.stdout.write("No API keys yet. Create one: gongkit api-keys create --name NAME\n");
      else
        process.stdout.write(
          `${table([
            ["NAME", "KEY", "STATUS", "CREATED", "LAST USED"],
            ...all.map((k) => [
              k.name,
              `gk_${k.prefix}...`,
              k.revokedAt ? `revoked ${k.revokedAt}` : "live",
              k.createdAt,
              k.lastUsedAt ?? "never",
            ]),
          ])}\n`,
        );
      return 0;
    });
  }
  if (sub === "revoke" && name) {
    return withStore(async (db) => {
      await apiKeys(db).revoke(name);
      process.stdout.write(`Revoked ${name}: gongkit serve refuses it from now on.\n`);
      return 0;
    });
  }
  throw new UsageError(usage);
}
