// The TokenProvider of a stored OAuth connection. Gong's refresh tokens are single-use, so refreshes are
// single-flight: within a process one promise is shared; across processes the refresh runs in one
// transaction holding the connection row (`select … for update`), and whoever gets the row after another
// process refreshed uses the stored token instead of calling Gong. The new pair is persisted (sealed) before
// the token is returned. `invalid_grant` marks the connection `needs_reauth` (committed) and throws; nothing
// retries it.
import type { TokenProvider } from "@gongkit/client/internal/client/auth.js";
import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { registerSecret } from "@gongkit/client/internal/core/redaction.js";
import type { Db } from "../store/db.js";
import { type OAuthApp, type OAuthTokens, refreshTokens } from "./oauth-token-exchange.js";
import type { SecretBox } from "./secret-box.js";

/** What an OAuth connection's `secret` column holds, sealed with `connection:NAME`. */
export interface OAuthSecret {
  accessToken: string;
  refreshToken: string;
  clientId: string;
  clientSecret?: string;
  oauthBaseUrl?: string;
}

export interface StoredTokenProviderOptions {
  db: Db;
  box: SecretBox;
  /** The connection's name. */
  name: string;
  /** The app the tokens were issued to (its client secret authenticates the refresh). */
  app: OAuthApp;
  fetch?: FetchLike;
  clock?: { now(): number };
  /** Refresh when the access token has less than this left (default 60 s). */
  refreshAheadMs?: number;
}

export interface OAuthRow {
  base_url: string;
  status: "active" | "needs_reauth";
  secret: string;
  scopes: string[];
  access_expires_at: Date | string | null;
}

/** Reads an active OAuth connection and opens its secret (`lock`: hold the row for a refresh). */
export async function readOAuthConnection(
  tx: Db,
  box: SecretBox,
  name: string,
  lock = false,
): Promise<{ row: OAuthRow; secret: OAuthSecret }> {
  const [row] = await tx.query<OAuthRow>(
    `select base_url, status, secret, scopes, access_expires_at from connections
     where name = $1 and kind = 'oauth'${lock ? " for update" : ""}`,
    [name],
  );
  if (!row)
    throw new GongError(
      "unknown_connection",
      `No OAuth connection named "${name}". See: gongkit connections list`,
    );
  if (row.status === "needs_reauth") throw needsReauth(name);
  return { row, secret: openOAuthSecret(box, name, row.secret) };
}

export const connectionContext = (name: string) => `connection:${name}`;

export function openOAuthSecret(box: SecretBox, name: string, sealed: string): OAuthSecret {
  const secret = JSON.parse(box.open(sealed, connectionContext(name))) as OAuthSecret;
  registerSecret(secret.accessToken);
  registerSecret(secret.refreshToken);
  registerSecret(secret.clientSecret);
  return secret;
}

export function needsReauth(name: string, why = ""): GongError {
  return new GongError(
    "needs_reauth",
    `Connection "${name}" must be connected again${why ? ` (${why})` : ""}: gongkit connect oauth --name ${name}`,
  );
}

export function createStoredTokenProvider(options: StoredTokenProviderOptions): TokenProvider {
  const { db, box, name, app } = options;
  const now = () => options.clock?.now() ?? Date.now();
  const ahead = options.refreshAheadMs ?? 60_000;
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const expiryOf = (row: OAuthRow) => (row.access_expires_at ? new Date(row.access_expires_at).getTime() : 0);
  const fresh = (expiresAt: number) => expiresAt - now() > ahead;

  const read = (tx: Db, lock: boolean) => readOAuthConnection(tx, box, name, lock);

  /** One refresh at a time in this process; `known` is the token the caller had (expired or rejected). */
  function refresh(known: string | undefined, rejected: boolean): Promise<string> {
    inflight ??= refreshLocked(known, rejected).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function refreshLocked(known: string | undefined, rejected: boolean): Promise<string> {
    const outcome = await db.transaction(async (tx) => {
      const { row, secret } = await read(tx, true);
      const expiresAt = expiryOf(row);
      // Another process (or an earlier refresh here) already replaced the token: use it, do not call Gong.
      const replaced = known !== undefined && secret.accessToken !== known;
      if (rejected ? replaced : fresh(expiresAt) || (replaced && expiresAt > now())) {
        return { token: secret.accessToken, expiresAt };
      }
      let tokens: OAuthTokens;
      try {
        tokens = await refreshTokens(
          { app, refreshToken: secret.refreshToken },
          { now, ...(options.fetch ? { fetch: options.fetch } : {}) },
        );
      } catch (error) {
        if (error instanceof GongError && error.code === "needs_reauth") {
          await tx.query(
            "update connections set status = 'needs_reauth', last_error = $2, updated_at = now() where name = $1",
            [name, error.message],
          );
          return { error }; // committed, then thrown
        }
        throw error;
      }
      const next: OAuthSecret = {
        ...secret,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
      };
      await tx.query(
        `update connections set secret = $2, access_expires_at = $3, scopes = coalesce($4, scopes), last_error = null,
           updated_at = now() where name = $1`,
        [
          name,
          box.seal(JSON.stringify(next), connectionContext(name)),
          new Date(tokens.expiresAt),
          tokens.scopes.length ? tokens.scopes : null,
        ],
      );
      return { token: tokens.accessToken, expiresAt: tokens.expiresAt };
    });
    if ("error" in outcome) {
      cached = undefined;
      throw needsReauth(name, "Gong refused the refresh token: invalid_grant");
    }
    cached = outcome;
    return outcome.token;
  }

  return {
    async accessToken() {
      if (cached && fresh(cached.expiresAt)) return cached.token;
      if (inflight) return inflight;
      const { row, secret } = await read(db, false);
      const expiresAt = expiryOf(row);
      if (fresh(expiresAt)) {
        cached = { token: secret.accessToken, expiresAt };
        return secret.accessToken;
      }
      return refresh(secret.accessToken, false);
    },
    refreshAfterUnauthorized(rejected) {
      if (cached?.token === rejected) cached = undefined;
      // Throws needs_reauth when Gong refuses the refresh: the caller's envelope then says how to fix it.
      return refresh(rejected, true);
    },
  };
}
