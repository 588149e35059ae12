// Opens what the connection commands need: the store (PGlite in the data dir, or DATABASE_URL), the master
// key (GONGKIT_MASTER_KEY or the key file) checked against the store, and the connection registry.
import { mkdirSync } from "node:fs";
import { checkMasterKey, createRegistry } from "../connections/registry.js";
import { loadMasterKey, secretBox } from "../connections/secret-box.js";
import { postgresRateStore } from "../connections/shared-rate-store.js";
import { dataDirOf, openStore } from "../store/open.js";

export async function openContext() {
  const dataDir = dataDirOf();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const box = secretBox(loadMasterKey(dataDir));
  const db = await openStore({ dataDir });
  try {
    await checkMasterKey(db, box);
  } catch (error) {
    await db.close();
    throw error;
  }
  // On a PostgreSQL server many processes may use one tenant: they share its pace and budget through it.
  const clientOptions = db.kind === "postgres" ? { rateLimit: { store: postgresRateStore(db) } } : {};
  return { db, box, dataDir, registry: createRegistry({ db, box, clientOptions }), close: () => db.close() };
}

export type CliContext = Awaited<ReturnType<typeof openContext>>;

/** Runs `work` with an open context and always closes it. */
export async function withContext<T>(work: (context: CliContext) => Promise<T>): Promise<T> {
  const context = await openContext();
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
