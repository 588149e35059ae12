// client.run against the sandbox on loopback versus a raw fetch of the same request, interleaved in one
// run so machine noise hits both alike. Prints per-request medians and their ratio (target: <= 1.2).
import { performance } from "node:perf_hooks";
import { sampleIds } from "../src/catalog/sample-ids.js";
import type { ActionId } from "../src/catalog/types.js";
import { createGongClient } from "../src/client/client.js";
import { createSandbox } from "../src/sandbox/index.js";

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const perRound = Number(process.env.BENCH_PER_ROUND ?? 25);

interface Case {
  title: string;
  /** Run the client with `validateOutput: true` (off by default). */
  validate?: boolean;
  id: ActionId;
  input: Record<string, unknown>;
  raw: (base: string) => [string, RequestInit];
}

const extensiveInput = {
  filter: { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow },
  contentSelector: { exposedFields: { parties: true } },
};
const extensivePage: Omit<Case, "title"> = {
  id: "GONG_RETRIEVE_FILTERED_CALL_DETAILS",
  input: extensiveInput,
  raw: (base) => [
    `${base}/v2/calls/extensive`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(extensiveInput) },
  ],
};

const cases: Case[] = [
  {
    title: "get one call (small body)",
    id: "GONG_GET_CALL_BY_ID",
    input: { id: sampleIds.callId },
    raw: (base) => [`${base}/v2/calls/${sampleIds.callId}`, { method: "GET" }],
  },
  { title: "extensive calls page of 100 with parties (large body)", ...extensivePage },
  { title: "the same page with validateOutput: true", validate: true, ...extensivePage },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeBatch(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < perRound; i++) await task();
  return (performance.now() - start) / perRound;
}

async function main(): Promise<void> {
  const sandbox = createSandbox({ rateLimit: false });
  const server = await sandbox.listen({ port: 0 });
  const { accessKey, accessKeySecret } = sandbox.credentials;
  const auth = { type: "basic", accessKey, accessKeySecret } as const;
  const client = createGongClient({ baseUrl: server.url, auth });
  const validating = createGongClient({ baseUrl: server.url, auth, validateOutput: true });
  const authorization = `Basic ${Buffer.from(`${accessKey}:${accessKeySecret}`).toString("base64")}`;
  console.log(
    `client.run vs raw fetch on loopback: ${rounds} interleaved rounds x ${perRound} requests each`,
  );
  for (const c of cases) {
    const [url, init] = c.raw(server.url);
    const rawFetch = async () => {
      const response = await fetch(url, {
        ...init,
        headers: { ...(init.headers ?? {}), authorization, accept: "application/json" },
      });
      if (!response.ok) throw new Error(`raw fetch failed: ${response.status}`);
      return response.json();
    };
    const viaClient = async () => {
      const result = await (c.validate ? validating : client).runById(c.id, c.input);
      if (!result.successful) throw new Error(`client.run failed: ${result.error.message}`);
    };
    for (let i = 0; i < 10; i++) await Promise.all([rawFetch(), viaClient()]); // warm-up
    const clientTimes: number[] = [];
    const fetchTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        clientTimes.push(await timeBatch(viaClient));
        fetchTimes.push(await timeBatch(rawFetch));
      } else {
        fetchTimes.push(await timeBatch(rawFetch));
        clientTimes.push(await timeBatch(viaClient));
      }
    }
    const ratio = median(clientTimes) / median(fetchTimes);
    console.log(
      `${c.title}: client.run ${median(clientTimes).toFixed(3)} ms, raw fetch ${median(fetchTimes).toFixed(3)} ms, ratio ${ratio.toFixed(3)}`,
    );
  }
  await server.close();
}

await main();
