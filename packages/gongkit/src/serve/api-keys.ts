// The API keys `gongkit serve` accepts. A key is `gk_` + 32 random bytes (base64url), shown once when created;
// the store keeps its sha256 and a short prefix to find and display it, never the key itself.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { registerSecret } from "@gongkit/client/internal/core/redaction.js";
import type { Db } from "../store/db.js";

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first characters after `gk_`: enough to tell keys apart, useless to guess one. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface Row {
  id: string | number;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const keyPattern = /^gk_[A-Za-z0-9_-]{43}$/;
const namePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const prefixLength = 8;
const columns = "id, name, prefix, created_at, last_used_at, revoked_at";

const sha256 = (key: string) => createHash("sha256").update(key).digest("hex");
const prefixOf = (key: string) => key.slice(3, 3 + prefixLength);
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function record(row: Row): ApiKeyRecord {
  return {
    id: String(row.id),
    name: row.name,
    prefix: row.prefix,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

export function apiKeys(db: Db) {
  return {
    /** Issues a key under a name no live key uses; the plain key is in the result and nowhere else. */
    async create(name: string): Promise<{ key: string; record: ApiKeyRecord }> {
      if (!namePattern.test(name))
        throw new GongError(
          "invalid_input",
          `Invalid API key name "${name}": letters, digits, '.', '_', '-'.`,
        );
      const key = `gk_${randomBytes(32).toString("base64url")}`;
      registerSecret(key);
      const taken = () =>
        new GongError(
          "conflict",
          `An API key named "${name}" exists; revoke it first (gongkit api-keys revoke ${name}).`,
        );
      const [live] = await db.query("select 1 from api_keys where name = $1 and revoked_at is null", [name]);
      if (live) throw taken();
      const rows = await db
        .query<Row>(
          `insert into api_keys (name, key_hash, prefix) values ($1, $2, $3) returning ${columns}`,
          [name, sha256(key), prefixOf(key)],
        )
        .catch((error: { code?: string }) => {
          // Another process created the same name between the check and the insert.
          if (error.code === "23505") throw taken();
          throw error;
        });
      return { key, record: record(rows[0] as Row) };
    },

    /** Every key, live and revoked, oldest first; never a hash. */
    async list(): Promise<ApiKeyRecord[]> {
      return (await db.query<Row>(`select ${columns} from api_keys order by created_at, id`)).map(record);
    },

    async hasLive(): Promise<boolean> {
      return (await db.query("select 1 from api_keys where revoked_at is null limit 1")).length > 0;
    },

    async revoke(name: string): Promise<ApiKeyRecord> {
      const [row] = await db.query<Row>(
        `update api_keys set revoked_at = now() where name = $1 and revoked_at is null returning ${columns}`,
        [name],
      );
      if (!row)
        throw new GongError("not_found", `No live API key named "${name}". See: gongkit api-keys list`);
      return record(row);
    },

    /**
     * The live key's record, or null for a malformed, unknown or revoked key. Its last use is stamped at most
     * once a minute: a busy agent's every request would otherwise be a write.
     */
    async verify(key: string): Promise<ApiKeyRecord | null> {
      if (!keyPattern.test(key)) return null;
      const presented = Buffer.from(sha256(key), "hex");
      const candidates = await db.query<Row & { stale: boolean }>(
        `select ${columns}, key_hash, (last_used_at is null or last_used_at < now() - interval '1 minute') as stale
         from api_keys where prefix = $1 and revoked_at is null`,
        [prefixOf(key)],
      );
      const match = candidates.find((row) => timingSafeEqual(Buffer.from(row.key_hash, "hex"), presented));
      if (!match) return null;
      if (!match.stale) return record(match);
      const [row] = await db.query<Row>(
        `update api_keys set last_used_at = now() where id = $1 and revoked_at is null returning ${columns}`,
        [match.id],
      );
      return row ? record(row) : null;
    },
  };
}

export type ApiKeys = ReturnType<typeof apiKeys>;
