// Opens the saved connections: the store (PGlite in the data dir, or DATABASE_URL), the master key
// (GONGKIT_MASTER_KEY or the key file) checked against the store, and the connection registry. The CLI and
// library users share this one way in: `(await openConnections()).registry.client("acme")`.
import { mkdirSync } from "node:fs";
import type { GongClientOptions } from "@gongkit/client/internal/client/client.js";
import type { Logger } from "@gongkit/client/internal/core/logger.js";
import { dataDirOf, openStore } from "../store/open.js";
import { checkMasterKey, createRegistry, storedSecretCount } from "./registry.js";
import { loadMasterKey, type SecretBox, secretBox } from "./secret-box.js";
import { postgresRateStore } from "./shared-rate-store.js";

export interface OpenConnectionsOptions {
  /** Told of retries and deprecations by every client the registry makes (default: silent). */
  logger?: Logger;
}

export async function openConnections(options: OpenConnectionsOptions = {}) {
  const dataDir = dataDirOf();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = await openStore({ dataDir });
  let box: SecretBox;
  try {
    const master = loadMasterKey(dataDir, await storedSecretCount(db));
    box = secretBox(master.key);
    await checkMasterKey(db, box, master.source, master.created);
  } catch (error) {
    await db.close();
    throw error;
  }
  // On a PostgreSQL server many processes may use one tenant: they share its pace and budget through it.
  const clientOptions: Partial<GongClientOptions> = {
    ...(db.kind === "postgres" ? { rateLimit: { store: postgresRateStore(db) } } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  return { db, box, dataDir, registry: createRegistry({ db, box, clientOptions }), close: () => db.close() };
}

export type Connections = Awaited<ReturnType<typeof openConnections>>;
