// One process of the shared-governor test: N concurrent calls through a client whose rate governor keeps its
// pace in Postgres, for a tenant other processes share. Prints how many succeeded.
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { postgresRateStore } from "gongkit/internal/connections/shared-rate-store.js";
import { openStore } from "gongkit/internal/store/open.js";

const [databaseUrl = "", schema = "", baseUrl = "", accessKey = "", accessKeySecret = "", count = "6"] =
  process.argv.slice(2);
const db = await openStore({ databaseUrl, schema });
const client = createGongClient({
  baseUrl,
  auth: { type: "basic", accessKey, accessKeySecret },
  rateLimit: { store: postgresRateStore(db), tenant: "shared-tenant" },
  retry: false,
});
const results = await Promise.all(
  Array.from({ length: Number(count) }, () => client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES")),
);
console.log(JSON.stringify({ ok: results.filter((r) => r.successful).length }));
await db.close();
