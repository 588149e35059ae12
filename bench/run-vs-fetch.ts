// client.run against the sandbox on loopback versus a raw fetch of the same request, interleaved in one
// run so machine noise hits both alike. Prints per-request medians and their ratio (target: <= 1.2).
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { ActionId } from "@gongkit/client/internal/catalog/types.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { createSandbox } from "@gongkit/sandbox";
import { compare, perRound, rounds } from "./interleave.js";

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

async function main(): Promise<void> {
  const sandbox = createSandbox({ rateLimit: false, now: new Date(sampleIds.sandboxNow) });
  const server = await sandbox.listen({ port: 0 });
  const { accessKey, accessKeySecret } = sandbox.credentials;
  const auth = { type: "basic", accessKey, accessKeySecret } as const;
  // The client's own rate governor and retries are measured by bench/wrappers-overhead.ts; here they are off.
  const bare = { rateLimit: false, retry: false } as const;
  const client = createGongClient({ baseUrl: server.url, auth, ...bare });
  const validating = createGongClient({ baseUrl: server.url, auth, ...bare, validateOutput: true });
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
    const median = await compare(viaClient, rawFetch);
    console.log(
      `${c.title}: client.run ${median.a.toFixed(3)} ms, raw fetch ${median.b.toFixed(3)} ms, ratio ${(median.a / median.b).toFixed(3)}`,
    );
  }
  await server.close();
}

await main();
