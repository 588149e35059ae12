// Versioned schema migrations, applied at start. Each runs once, in order, inside one transaction that holds
// an advisory lock, so two processes starting at once cannot both apply one.
import { type Db, withLock } from "./db.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "settings and connections",
    sql: `
      create table settings (
        key text primary key,
        value text not null
      );
      create table connections (
        name text primary key,
        kind text not null check (kind in ('basic', 'oauth')),
        base_url text not null,
        status text not null default 'active' check (status in ('active', 'needs_reauth')),
        -- Credentials and tokens, encrypted with the master key (AES-256-GCM).
        secret text not null,
        scopes text[] not null default '{}',
        access_expires_at timestamptz,
        last_tested_at timestamptz,
        last_test_ok boolean,
        last_error text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table rate_limits (
        tenant text primary key,
        theoretical_arrival_ms bigint not null,
        day integer not null,
        used integer not null
      );
    `,
  },
  {
    version: 2,
    name: "rate limits as a sliding-window log",
    sql: `
      alter table rate_limits drop column theoretical_arrival_ms;
      alter table rate_limits add column recent_ms bigint[] not null default '{}';
      alter table rate_limits alter column day set default 0;
      alter table rate_limits alter column used set default 0
    `,
  },
  {
    version: 3,
    name: "oauth states",
    sql: `
      -- Single-use OAuth state values (stored hashed), each expiring 10 minutes after authorizeUrl().
      create table oauth_states (
        state_hash text primary key,
        client_id text not null,
        redirect_uri text not null,
        scopes text[] not null default '{}',
        connection_name text,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      )
    `,
  },
  {
    version: 4,
    name: "api keys",
    sql: `
      -- Keys for gongkit serve. Only the sha256 of a key is kept, with its first characters for display.
      create table api_keys (
        id bigint generated always as identity primary key,
        name text not null,
        key_hash text not null unique,
        prefix text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      -- A name is taken while its key is live, and free again once the key is revoked.
      create unique index api_keys_live_name on api_keys (name) where revoked_at is null;
      create index api_keys_prefix on api_keys (prefix)
    `,
  },
];

/** Applies the migrations this database lacks; returns the versions applied now. */
export async function migrate(db: Db): Promise<number[]> {
  return withLock(db, "gongkit:migrations", async (tx) => {
    await tx.query(
      "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
    );
    const done = new Set(
      (await tx.query<{ version: number }>("select version from schema_migrations")).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
