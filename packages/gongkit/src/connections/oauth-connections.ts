// OAuth connections: the authorize URL with a stored single-use `state`, the code exchange that stores a
// connection of kind 'oauth' (tokens and the app's credentials sealed), and a GongClient whose Bearer token
// comes from the store-backed provider (oauth-provider.ts).
import { createHash, randomBytes } from "node:crypto";
import { validateBaseUrl } from "@gongkit/client/internal/client/base-url.js";
import {
  createGongClient,
  type GongClient,
  type GongClientOptions,
} from "@gongkit/client/internal/client/client.js";
import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import type { Db } from "../store/db.js";
import {
  connectionContext,
  createStoredTokenProvider,
  type OAuthSecret,
  readOAuthConnection,
} from "./oauth-provider.js";
import { exchangeCode, type OAuthApp, oauthBaseUrlOf } from "./oauth-token-exchange.js";
import type { SecretBox } from "./secret-box.js";

export const stateTtlMs = 10 * 60_000;
const namePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

interface Clocked {
  clock?: { now(): number };
}
const nowOf = (options: Clocked) => options.clock?.now() ?? Date.now();
const hash = (state: string) => createHash("sha256").update(state).digest("hex");

export interface AuthorizeUrlOptions extends Clocked {
  db: Db;
  app: OAuthApp;
  /**
   * The scopes to request. The connections room cannot read the catalogue: the caller passes them (by default
   * the union of every action's scope, e.g. `new Set(allActionIds.map((id) => getAction(id).scope))`).
   */
  scopes: readonly string[];
  redirectUri: string;
  /** The connection the callback will create (kept with the state). */
  name?: string;
}

/** Gong's authorize URL and the single-use `state` it carries (stored hashed, valid 10 minutes). */
export async function authorizeUrl(
  options: AuthorizeUrlOptions,
): Promise<{ url: string; state: string; expiresAt: Date }> {
  const scopes = [...new Set(options.scopes)];
  if (!scopes.length) throw new GongError("invalid_input", "Request at least one OAuth scope.");
  const state = randomBytes(24).toString("base64url");
  const expiresAt = new Date(nowOf(options) + stateTtlMs);
  await options.db.query(
    `insert into oauth_states (state_hash, client_id, redirect_uri, scopes, connection_name, expires_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [hash(state), options.app.clientId, options.redirectUri, scopes, options.name ?? null, expiresAt],
  );
  const url = new URL(`${oauthBaseUrlOf(options.app)}/oauth2/authorize`);
  url.searchParams.set("client_id", options.app.clientId);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", scopes.join(" "));
  url.searchParams.set("redirect_uri", options.redirectUri);
  url.searchParams.set("state", state);
  // URLSearchParams writes spaces as '+'; Gong's documentation asks for %20.
  return { url: url.href.replace(/\+/g, "%20"), state, expiresAt };
}

export interface ConsumedState {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  name: string | null;
}

/** Uses up a `state` from the callback; refuses one unknown, already used or expired. */
export async function consumeState(options: { db: Db; state: string } & Clocked): Promise<ConsumedState> {
  const now = new Date(nowOf(options));
  const [row] = await options.db.query<{
    client_id: string;
    redirect_uri: string;
    scopes: string[];
    connection_name: string | null;
  }>(
    `update oauth_states set used_at = $2 where state_hash = $1 and used_at is null and expires_at > $2
     returning client_id, redirect_uri, scopes, connection_name`,
    [hash(options.state), now],
  );
  if (row) {
    return {
      clientId: row.client_id,
      redirectUri: row.redirect_uri,
      scopes: row.scopes,
      name: row.connection_name,
    };
  }
  const [known] = await options.db.query<{ used_at: Date | null }>(
    "select used_at from oauth_states where state_hash = $1",
    [hash(options.state)],
  );
  const why = !known ? "is unknown" : known.used_at ? "was already used" : "expired (10 minutes)";
  throw new GongError(
    "invalid_input",
    `The OAuth state ${why}; start the connection again (gongkit connect oauth).`,
  );
}

export interface ConnectOAuthOptions extends Clocked {
  db: Db;
  box: SecretBox;
  name: string;
  app: OAuthApp;
  code: string;
  redirectUri: string;
  fetch?: FetchLike;
  /** Accept an http API base URL off loopback (the in-process sandbox). */
  allowHttp?: boolean;
}

export interface OAuthConnection {
  name: string;
  baseUrl: string;
  scopes: string[];
  accessExpiresAt: string;
}

/** Exchanges the code and stores (or, for an OAuth connection of that name, replaces) the connection. */
export async function connectOAuth(options: ConnectOAuthOptions): Promise<OAuthConnection> {
  const { db, box, name, app } = options;
  if (!namePattern.test(name)) {
    throw new GongError(
      "invalid_input",
      `Invalid connection name "${name}": letters, digits, '.', '_', '-'.`,
    );
  }
  const [existing] = await db.query<{ kind: string }>("select kind from connections where name = $1", [name]);
  if (existing && existing.kind !== "oauth") {
    throw new GongError(
      "invalid_input",
      `A ${existing.kind} connection named "${name}" exists; remove it first.`,
    );
  }
  const tokens = await exchangeCode(
    { app, code: options.code, redirectUri: options.redirectUri },
    { now: () => nowOf(options), ...(options.fetch ? { fetch: options.fetch } : {}) },
  );
  const baseUrl = validateBaseUrl(tokens.apiBaseUrl, options.allowHttp ?? false);
  const secret: OAuthSecret = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    oauthBaseUrl: oauthBaseUrlOf(app),
  };
  const expiresAt = new Date(tokens.expiresAt);
  await db.query(
    `insert into connections (name, kind, base_url, status, secret, scopes, access_expires_at, last_tested_at, last_test_ok)
     values ($1, 'oauth', $2, 'active', $3, $4, $5, now(), true)
     on conflict (name) do update set base_url = excluded.base_url, status = 'active', secret = excluded.secret,
       scopes = excluded.scopes, access_expires_at = excluded.access_expires_at, last_error = null,
       updated_at = now()
     where connections.kind = 'oauth'`,
    [name, baseUrl, box.seal(JSON.stringify(secret), connectionContext(name)), tokens.scopes, expiresAt],
  );
  return { name, baseUrl, scopes: tokens.scopes, accessExpiresAt: expiresAt.toISOString() };
}

export interface OAuthClientOptions extends Clocked {
  db: Db;
  box: SecretBox;
  name: string;
  /** The app the tokens belong to (default: the one stored with the connection). */
  app?: OAuthApp;
  /** For the token endpoint and the API (tests and the in-process sandbox). */
  fetch?: FetchLike;
  allowHttp?: boolean;
  refreshAheadMs?: number;
  /** Passed to the client (rate limit, retries, logger). */
  clientOptions?: Partial<GongClientOptions>;
}

/** A GongClient for a stored OAuth connection: Bearer tokens from the store, refreshed single-flight. */
export async function oauthClient(options: OAuthClientOptions): Promise<GongClient> {
  const { db, box, name } = options;
  const { row, secret: stored } = await readOAuthConnection(db, box, name);

  const app: OAuthApp = options.app ?? {
    clientId: stored.clientId,
    clientSecret: stored.clientSecret ?? "",
    ...(stored.oauthBaseUrl ? { oauthBaseUrl: stored.oauthBaseUrl } : {}),
  };
  const provider = createStoredTokenProvider({
    db,
    box,
    name,
    app,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.refreshAheadMs === undefined ? {} : { refreshAheadMs: options.refreshAheadMs }),
  });
  const clientOptions: GongClientOptions = {
    ...options.clientOptions,
    baseUrl: row.base_url,
    auth: { type: "bearer", provider, scopes: row.scopes, identity: name },
  };
  if (options.fetch) clientOptions.fetch = options.fetch;
  if (options.allowHttp) clientOptions.allowHttp = true;
  return createGongClient(clientOptions);
}
