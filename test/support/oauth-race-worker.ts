// One process of the OAuth race test: waves of concurrent calls through a client of one stored OAuth
// connection that other processes share, each wave timed to land after the access token expired. Prints how
// many calls succeeded and the failures' codes.
import { oauthClient } from "gongkit/internal/connections/oauth-connections.js";
import { parseKey, secretBox } from "gongkit/internal/connections/secret-box.js";
import { openStore } from "gongkit/internal/store/open.js";

const [
  databaseUrl = "",
  schema = "",
  key = "",
  name = "",
  start = "0",
  waves = "3",
  perWave = "10",
  gap = "3500",
] = process.argv.slice(2);
const db = await openStore({ databaseUrl, schema });
const client = await oauthClient({
  db,
  box: secretBox(parseKey(key, "test key")),
  name,
  refreshAheadMs: 500,
  clientOptions: { rateLimit: false, retry: false },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
let ok = 0;
let late = 0;
const failures: string[] = [];
for (let wave = 0; wave < Number(waves); wave++) {
  const at = Number(start) + wave * Number(gap);
  if (Date.now() > at + 200) late++;
  await sleep(at - Date.now());
  const results = await Promise.all(
    Array.from({ length: Number(perWave) }, () =>
      client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"),
    ),
  );
  ok += results.filter((r) => r.successful).length;
  for (const r of results) if (r.error) failures.push(`${r.error.code}: ${r.error.message}`);
}
console.log(JSON.stringify({ ok, late, failures }));
await db.close();
