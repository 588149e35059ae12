// What the rate governor and retry wrappers add to client.run on loopback, with the limit out of the way
// (governor at an unlimited pace, sandbox limit off, no faults): client.run with both wrappers versus
// client.run with neither, interleaved. Target: at most 1.10.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { createSandbox } from "@gongkit/sandbox";
import { compare, perRound, rounds } from "./interleave.js";

const sandbox = createSandbox({ rateLimit: false });
const server = await sandbox.listen({ port: 0 });
const auth = { type: "basic", ...sandbox.credentials } as const;
const wrapped = createGongClient({
  baseUrl: server.url,
  auth,
  rateLimit: { perSecond: Number.POSITIVE_INFINITY, perDay: Number.MAX_SAFE_INTEGER },
});
const bare = createGongClient({ baseUrl: server.url, auth, rateLimit: false, retry: false });
const call = (client: typeof bare) => async () => {
  const result = await client.run("GONG_GET_CALL_BY_ID", { id: sampleIds.callId });
  if (!result.successful) throw new Error(result.error.message);
};
console.log(
  `governor + retry vs bare client.run on loopback: ${rounds} interleaved rounds x ${perRound} requests`,
);
const median = await compare(call(wrapped), call(bare));
console.log(
  `get one call: with wrappers ${median.a.toFixed(3)} ms, without ${median.b.toFixed(3)} ms, ratio ${(median.a / median.b).toFixed(3)}`,
);
await server.close();
