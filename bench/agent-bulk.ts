// An agent's bulk task, "the full transcripts of every call in the range", through gongkit's MCP server driven by
// the MCP SDK's client (in memory), against a sandbox of 300 calls on loopback with its rate limit on and the
// client's governor at Gong's 3 requests a second. Requests are counted at the sandbox (its request log). Two
// ways an agent does it, measured side by side in one run:
//   1. gong_export_calls over the range, then the records read as resources;
//   2. paged reading as the tools hint: GONG_GET_CALL_TRANSCRIPT by range, each cut call read on with
//      gong_read_transcript at its nextOffset, then the next Gong page with `cursor`.
// Each checks every sentence of every public call's transcript against the sandbox's own, once and in order.
//   npm run bench:agent-bulk
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { createSandbox } from "@gongkit/sandbox";
import { createGongMcpServer } from "gongkit/internal/mcp/server.js";
import { tokensOf } from "gongkit/internal/mcp/tool-kit.js";
import { mcpPair } from "../test/support/mcp-pair.js";

const calls = 300;
const perSecond = 3;

type Client = Awaited<ReturnType<typeof mcpPair>>;
type Result = Awaited<ReturnType<Client["callTool"]>>;

async function setup() {
  const sandbox = createSandbox({ calls, now: new Date(sampleIds.sandboxNow) });
  const listening = await sandbox.listen({ port: 0 });
  const gong = createGongClient({
    baseUrl: listening.apiUrl,
    allowHttp: true,
    auth: { type: "basic", ...sandbox.credentials },
  });
  const client = await mcpPair(createGongMcpServer({ client: gong }));
  const publicCalls = sandbox.state.calls.filter((call) => !call.isPrivate);
  // What a reader must end up with: each public call's sentences, in order (a line joins sentences of a turn).
  const truth = new Map(publicCalls.map((call) => [call.id, textOf(call.transcript)]));
  const starts = sandbox.state.calls.map((call) => call.started).sort();
  const range = { fromDateTime: starts[0] ?? "", toDateTime: new Date(sampleIds.sandboxNow).toISOString() };
  let toolCalls = 0;
  let largest = 0;
  // Wall time is the time spent in tool calls; the benchmark's own token counting is left out of it.
  let seconds = 0;
  const call = async (name: string, args: Record<string, unknown>): Promise<Result> => {
    toolCalls += 1;
    const started = performance.now();
    const result = await client.callTool({ name, arguments: args });
    seconds += (performance.now() - started) / 1000;
    largest = Math.max(largest, tokensOf(JSON.stringify(result.content)));
    if (result.isError) throw new Error(`${name}: ${JSON.stringify(result.content)}`);
    return result;
  };
  const stats = () => ({ toolCalls, requests: sandbox.requestLog.length, largest, seconds });
  return { client, listening, truth, range, call, stats };
}

/** Turns of a rendered line: the text after `[mm:ss] Speaker: `. */
const spoken = (line: string) => line.replace(/^\[\d\d+:\d\d\] [^:]+: /, "");

/** A transcript's sentences, in order, joined by spaces. */
function textOf(turns: readonly { sentences: readonly { text: string }[] }[]): string {
  return turns.flatMap((turn) => turn.sentences.map((sentence) => sentence.text)).join(" ");
}

function check(truth: Map<string, string>, got: Map<string, string[]>): string {
  const wrong = [...truth].filter(([id, text]) => (got.get(id) ?? []).join(" ") !== text);
  const extra = [...got.keys()].filter((id) => !truth.has(id));
  return wrong.length || extra.length
    ? `MISMATCH: ${wrong.length} calls differ, ${extra.length} not expected`
    : `every sentence of all ${truth.size} public calls, once, in order`;
}

async function viaExport() {
  const { client, listening, truth, range, call, stats } = await setup();
  const result = await call("gong_export_calls", { ...range, include: ["transcript"] });
  const { exportId } = result.structuredContent as { exportId: string };
  const got = new Map<string, string[]>();
  for (let offset: number | null = 0; offset !== null; ) {
    const list = await client.readResource({ uri: `gong://exports/${exportId}?offset=${offset}` });
    const page = JSON.parse((list.contents[0] as { text: string }).text);
    for (const { id } of page.window as { id: string }[]) {
      const one = await client.readResource({ uri: `gong://exports/${exportId}/calls/${id}` });
      const record = JSON.parse((one.contents[0] as { text: string }).text);
      got.set(id, [textOf(record.transcript ?? [])]);
    }
    offset = page.nextOffset;
  }
  await client.close();
  await listening.close();
  return { ...stats(), check: check(truth, got) };
}

async function viaPagedReading() {
  const { client, listening, truth, range, call, stats } = await setup();
  const got = new Map<string, string[]>();
  let cursor: string | undefined;
  do {
    const filter = { fromDateTime: range.fromDateTime, toDateTime: range.toDateTime };
    const result = await call("GONG_GET_CALL_TRANSCRIPT", { filter, ...(cursor ? { cursor } : {}) });
    const page = result.structuredContent as {
      calls: { callId: string; lines: string[]; nextOffset: number | null }[];
      notShown?: string[];
      cursor?: string;
    };
    const left = [
      ...page.calls.map((c) => ({ callId: c.callId, offset: c.nextOffset, lines: c.lines })),
      ...(page.notShown ?? []).map((callId) => ({
        callId,
        offset: 0 as number | null,
        lines: [] as string[],
      })),
    ];
    for (const { callId, lines } of left) got.set(callId, lines.map(spoken));
    for (const item of left) {
      let offset = item.offset;
      while (offset !== null) {
        const read = await call("gong_read_transcript", { callId: item.callId, offset });
        const more = read.structuredContent as { lines: string[]; nextOffset: number | null };
        got.get(item.callId)?.push(...more.lines.map(spoken));
        offset = more.nextOffset;
      }
    }
    cursor = page.cursor;
  } while (cursor);
  await client.close();
  await listening.close();
  return { ...stats(), check: check(truth, got) };
}

const pages = Math.ceil(calls / 100);
const exported = await viaExport();
const paged = await viaPagedReading();
console.log(`${calls} calls, rate limit on (${perSecond}/s), default result budget (20,000 tokens)`);
console.log("| path | tool calls | Gong requests (target) | wall (target) | largest result | transcripts |");
console.log("|---|---|---|---|---|---|");
const wallTarget = (requests: number) => (1.1 * requests) / perSecond;
console.log(
  `| gong_export_calls + resources | ${exported.toolCalls} | ${exported.requests} (<= ${2 * pages + 2}) | ${exported.seconds.toFixed(1)} s (<= ${wallTarget(exported.requests).toFixed(1)} s) | ${exported.largest} tokens | ${exported.check} |`,
);
console.log(
  `| paged reading, following the hints | ${paged.toolCalls} | ${paged.requests} (<= ${3 * pages}) | ${paged.seconds.toFixed(1)} s | ${paged.largest} tokens | ${paged.check} |`,
);
