// The bulk export against a 1,000-call sandbox served over loopback at Gong's default limit (3 requests/s,
// enforced by the sandbox), with the client's default governor and retries:
// 1. efficiency: requests used vs the minimum (ceil(N/100) extensive pages + ceil(N/100) transcript batches),
//    429s received, wall time vs requests / 3 s;
// 2. chaos: the same export with 10% 429, 5% 5xx and 2% connection resets; every call exactly once,
//    checked against the sandbox's ground truth.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { memoryRateStore } from "@gongkit/client/internal/client/rate-store.js";
import { type CallRecord, exportCalls } from "@gongkit/client/internal/export/index.js";
import { createSandbox, type Sandbox } from "@gongkit/sandbox";

const calls = Number(process.env.BENCH_CALLS ?? 1000);
const from = sampleIds.datasetFrom;
const to = sampleIds.sandboxNow;

async function run(sandbox: Sandbox, url: string, title: string): Promise<void> {
  // A fresh store per run: each run starts with the whole day's budget and no pace carried over.
  const client = createGongClient({
    baseUrl: url,
    auth: { type: "basic", ...sandbox.credentials },
    rateLimit: { store: memoryRateStore() },
  }).withLane("export");
  const logStart = sandbox.requestLog.length;
  const started = performance.now();
  const ids: string[] = [];
  for await (const record of exportCalls(client, {
    from,
    to,
    include: ["transcript", "parties"],
  }) as AsyncIterable<CallRecord>) {
    ids.push(record.id);
  }
  const seconds = (performance.now() - started) / 1000;
  const log = sandbox.requestLog.slice(logStart);
  const truth = sandbox.groundTruth.callIds(from, to);
  const unique = new Set(ids);
  const missing = truth.filter((id) => !unique.has(id)).length;
  const duplicates = ids.length - unique.size;
  const minimum = 2 * Math.ceil(truth.length / 100);
  const counts = (status: number) => log.filter((entry) => entry.status === status).length;
  console.log(`\n${title}`);
  console.log(`  records ${ids.length} of ${truth.length} (missing ${missing}, duplicates ${duplicates})`);
  console.log(
    `  requests at the sandbox ${log.length} (minimum ${minimum}); 200s ${counts(200)}, 429s ${counts(429)}, 5xx ${log.filter((e) => e.status >= 500).length}, resets ${counts(0)}`,
  );
  console.log(
    `  wall ${seconds.toFixed(2)} s; requests / 3 = ${(log.length / 3).toFixed(2)} s; ratio ${(seconds / (log.length / 3)).toFixed(3)}`,
  );
  console.log(`  budget left ${client.rateState()?.remainingToday}`);
}

const sandbox = createSandbox({ calls, now: new Date(to) });
const server = await sandbox.listen({ port: 0 });
console.log(`export of ${calls} calls with transcripts and parties; sandbox limit 3/s, 10,000/day`);
await run(sandbox, server.url, "efficiency (no faults)");
// One export is only ~20 requests, so the storm is run with several seeds to meet more faults.
for (const seed of [1, 2, 3, 4, 5]) {
  sandbox.setChaos({ rate429: 0.1, rate5xx: 0.05, rateReset: 0.02, seed });
  await run(sandbox, server.url, `chaos (10% 429, 5% 5xx, 2% resets), seed ${seed}`);
}
console.log(`
faults injected over the chaos runs: ${JSON.stringify(sandbox.chaosCounts)}`);
await server.close();
