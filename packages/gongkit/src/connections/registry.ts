// Named Gong connections, stored once (secrets sealed with the master key) and reused by every agent, flow
// and command. Basic connections (access key + secret + the company's base URL) are tested with a cheap read
// before they are kept.

import { validateBaseUrl } from "@gongkit/client/internal/client/base-url.js";
import {
  createGongClient,
  type GongClient,
  type GongClientOptions,
} from "@gongkit/client/internal/client/client.js";
import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { registerSecret } from "@gongkit/client/internal/core/redaction.js";
import type { Db } from "../store/db.js";
import { oauthClient } from "./oauth-connections.js";
import type { SecretBox } from "./secret-box.js";

export interface ConnectionSummary {
  name: string;
  kind: "basic" | "oauth";
  baseUrl: string;
  status: "active" | "needs_reauth";
  scopes: string[];
  lastTestedAt: string | null;
  lastTestOk: boolean | null;
  lastError: string | null;
  createdAt: string;
}

export interface BasicConnectionInput {
  name: string;
  baseUrl: string;
  accessKey: string;
  accessKeySecret: string;
}

export interface RegistryOptions {
  db: Db;
  box: SecretBox;
  /** For tests and the in-process sandbox. */
  fetch?: FetchLike;
  allowHttp?: boolean;
  /** Passed to every client the registry makes (rate limit, retries, logger). */
  clientOptions?: Partial<GongClientOptions>;
}

interface Row {
  name: string;
  kind: "basic" | "oauth";
  base_url: string;
  status: "active" | "needs_reauth";
  secret: string;
  scopes: string[];
  last_tested_at: Date | null;
  last_test_ok: boolean | null;
  last_error: string | null;
  created_at: Date;
}

interface BasicSecret {
  accessKey: string;
  accessKeySecret: string;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const keyCheck = "gongkit key check";

function summary(row: Row): ConnectionSummary {
  return {
    name: row.name,
    kind: row.kind,
    baseUrl: row.base_url,
    status: row.status,
    scopes: row.scopes,
    lastTestedAt: row.last_tested_at?.toISOString() ?? null,
    lastTestOk: row.last_test_ok,
    lastError: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** How many sealed secrets the store holds: a master key may be created only while there are none. */
export async function storedSecretCount(db: Db): Promise<number> {
  const [row] = await db.query<{ count: string | number }>("select count(*) as count from connections");
  return Number(row?.count ?? 0);
}

/**
 * Verifies (or, on a store without a recorded key, records) that the master key is the one the store's secrets
 * use. `fresh` says the key was just created for a store with no secrets: its check replaces any earlier one.
 */
export async function checkMasterKey(db: Db, box: SecretBox, source = "the master key", fresh = false) {
  if (fresh) await db.query("delete from settings where key = 'key_check'");
  const [row] = await db.query<{ value: string }>("select value from settings where key = 'key_check'");
  if (!row) {
    await db.query(
      "insert into settings (key, value) values ('key_check', $1) on conflict (key) do nothing",
      [box.seal(keyCheck, "key-check")],
    );
    return;
  }
  let opened: string | undefined;
  try {
    opened = box.open(row.value, "key-check");
  } catch {}
  if (opened !== keyCheck)
    throw new GongError(
      "key_error",
      `The master key from ${source} is not the one this store's secrets were sealed with. Restore the right key (the key file from a backup, or GONGKIT_MASTER_KEY); nothing was changed.`,
    );
}

export function createRegistry(options: RegistryOptions) {
  const { db, box } = options;
  const context = (name: string) => `connection:${name}`;

  async function row(name: string): Promise<Row> {
    const [found] = await db.query<Row>("select * from connections where name = $1", [name]);
    if (!found) {
      throw new GongError(
        "unknown_connection",
        `No connection named "${name}". See: gongkit connections list`,
      );
    }
    return found;
  }

  function clientFor(baseUrl: string, secret: BasicSecret): GongClient {
    registerSecret(secret.accessKey);
    registerSecret(secret.accessKeySecret);
    const clientOptions: GongClientOptions = {
      ...options.clientOptions,
      baseUrl,
      auth: { type: "basic", ...secret },
    };
    if (options.fetch) clientOptions.fetch = options.fetch;
    if (options.allowHttp) clientOptions.allowHttp = true;
    return createGongClient(clientOptions);
  }

  async function client(name: string): Promise<GongClient> {
    const found = await row(name);
    if (found.status === "needs_reauth") {
      throw new GongError(
        "needs_reauth",
        `Connection "${name}" must be connected again: gongkit connect oauth --name ${name}`,
      );
    }
    if (found.kind === "oauth") {
      return oauthClient({
        db,
        box,
        name,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.allowHttp ? { allowHttp: true } : {}),
        ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
      });
    }
    return clientFor(found.base_url, JSON.parse(box.open(found.secret, context(name))) as BasicSecret);
  }

  /** A cheap read that proves the base URL and the credentials work. */
  async function probe(client: GongClient): Promise<GongError | undefined> {
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    return result.successful ? undefined : result.error;
  }

  return {
    async createBasic(input: BasicConnectionInput): Promise<ConnectionSummary> {
      if (!namePattern.test(input.name)) {
        throw new GongError(
          "invalid_input",
          `Invalid connection name "${input.name}": letters, digits, '.', '_', '-'.`,
        );
      }
      for (const [field, value] of [
        ["accessKey", input.accessKey],
        ["accessKeySecret", input.accessKeySecret],
      ] as const) {
        if (!value.trim())
          throw new GongError("invalid_input", `${field} is empty.`, {
            fields: [{ path: field, message: "is empty" }],
          });
      }
      const baseUrl = validateBaseUrl(input.baseUrl, options.allowHttp ?? false);
      const [existing] = await db.query("select 1 from connections where name = $1", [input.name]);
      if (existing)
        throw new GongError("invalid_input", `A connection named "${input.name}" exists; remove it first.`);
      const secret = { accessKey: input.accessKey, accessKeySecret: input.accessKeySecret };
      const failure = await probe(clientFor(baseUrl, secret));
      if (failure) {
        throw new GongError(
          failure.code,
          `Connection "${input.name}" not saved: testing it failed. ${failure.message}`,
          {
            ...(failure.status === undefined ? {} : { status: failure.status }),
          },
        );
      }
      const [created] = await db.query<Row>(
        `insert into connections (name, kind, base_url, secret, last_tested_at, last_test_ok)
         values ($1, 'basic', $2, $3, now(), true) returning *`,
        [input.name, baseUrl, box.seal(JSON.stringify(secret), context(input.name))],
      );
      return summary(created as Row);
    },

    async list(): Promise<ConnectionSummary[]> {
      return (await db.query<Row>("select * from connections order by name")).map(summary);
    },

    async get(name: string): Promise<ConnectionSummary> {
      return summary(await row(name));
    },

    client,

    async test(name: string): Promise<ConnectionSummary> {
      const failure = await client(name).then(probe, (error: GongError) => error);
      const [updated] = await db.query<Row>(
        "update connections set last_tested_at = now(), last_test_ok = $2, last_error = $3, updated_at = now() where name = $1 returning *",
        [name, !failure, failure ? failure.message : null],
      );
      return summary(updated as Row);
    },

    async remove(name: string): Promise<void> {
      await row(name);
      await db.query("delete from connections where name = $1", [name]);
    },

    /** Re-seals every secret under `next` in one transaction; the old box must open them all first. */
    async rotate(next: SecretBox): Promise<number> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<Row>("select * from connections for update");
        const resealed = rows.map((r) => ({
          name: r.name,
          secret: next.seal(box.open(r.secret, context(r.name)), context(r.name)),
        }));
        for (const r of resealed)
          await tx.query("update connections set secret = $2 where name = $1", [r.name, r.secret]);
        await tx.query("update settings set value = $1 where key = 'key_check'", [
          next.seal(keyCheck, "key-check"),
        ]);
        return resealed.length;
      });
    },
  };
}

export type ConnectionRegistry = ReturnType<typeof createRegistry>;
