// RSS of `gongkit serve --sandbox` as a child process, on PGlite and on PostgreSQL side by side: idle once it
// is listening, then after a bounded load over loopback (concurrent MCP clients mixing tools/list, a call list,
// gong_read_transcript and gong_find_calls). Read from /proc/PID/status: VmRSS (now) and VmHWM (peak).
// BENCH_CLIENTS (default 4) and BENCH_ROUNDS (default 10) size the load; BENCH_DATABASE_URL is the PostgreSQL
// server (default postgres://postgres@127.0.0.1:5432/test), on which a database of its own is created and
// dropped; BENCH_STORES=pglite or postgres runs one. GONGKIT_CLI=dist (after `npm run build`) serves the build.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import pg from "pg";

const clients = Number(process.env.BENCH_CLIENTS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const stores = (process.env.BENCH_STORES ?? "pglite,postgres").split(",");

interface Memory {
  rssMb: number;
  peakMb: number;
}

function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function gongkit(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["packages/gongkit/bin/gongkit.js", ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${args[0]}: ${stderr}`))));
  });
}

/** One client's bounded share of the load: each round lists the tools and calls three of them. */
async function drive(url: string, key: string): Promise<number> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  });
  const mcp = new Client({ name: "bench", version: "1" });
  await mcp.connect(transport);
  const to = new Date();
  const from = new Date(to.getTime() - 28 * 86_400_000);
  const range = { fromDateTime: from.toISOString(), toDateTime: to.toISOString() };
  let failures = 0;
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = await mcp.callTool({ name, arguments: args });
    if (result.isError) failures += 1;
  };
  try {
    for (let round = 0; round < rounds; round++) {
      await mcp.listTools();
      await call("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", range);
      await call("gong_read_transcript", { callId: sampleIds.callId });
      await call("gong_find_calls", { ...range, limit: 50 });
    }
  } finally {
    await mcp.close();
  }
  return failures;
}

interface Row {
  store: string;
  idle: Memory;
  loaded: Memory;
  settled: Memory;
  seconds: number;
  failures: number;
}

async function measure(store: string, databaseUrl: string): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), "gongkit-serve-memory-"));
  const env = {
    ...process.env,
    GONGKIT_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    GONGKIT_MASTER_KEY: "",
  };
  const key = (await gongkit(["api-keys", "create", "--name", "bench"], env)).trim();
  const child = spawn("node", ["packages/gongkit/bin/gongkit.js", "serve", "--sandbox", "--port", "0"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise((resolve) => child.on("close", resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr)?.[1];
        if (found) resolve(found);
      });
      child.on("close", () => reject(new Error(`serve exited: ${stderr}`)));
    });
    // `node bin/gongkit.js` is the server itself (the bin imports the CLI in-process).
    const pid = child.pid ?? 0;
    await sleep(2000);
    const idle = memoryOf(pid);
    const started = performance.now();
    const failures = (await Promise.all(Array.from({ length: clients }, () => drive(url, key)))).reduce(
      (sum, count) => sum + count,
      0,
    );
    const seconds = (performance.now() - started) / 1000;
    const loaded = memoryOf(pid);
    await sleep(3000);
    return { store, idle, loaded, settled: memoryOf(pid), seconds, failures };
  } finally {
    child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A database of its own on the PostgreSQL server, dropped afterwards. */
async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `gongkit_bench_memory_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  if (stores.includes("pglite")) rows.push(await measure("PGlite", ""));
  if (stores.includes("postgres")) rows.push(await withDatabase((url) => measure("PostgreSQL", url)));
  const mb = (value: number) => value.toFixed(0);
  console.log(
    `gongkit serve --sandbox (${process.env.GONGKIT_CLI === "dist" ? "dist" : "tsx"}), ${clients} clients × ${rounds} rounds of tools/list + 3 tool calls`,
  );
  console.log("| store | idle RSS | after load RSS | peak (VmHWM) | 3 s later | load time | failed calls |");
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows)
    console.log(
      `| ${row.store} | ${mb(row.idle.rssMb)} MB | ${mb(row.loaded.rssMb)} MB | ${mb(row.loaded.peakMb)} MB | ${mb(row.settled.rssMb)} MB | ${row.seconds.toFixed(1)} s | ${row.failures} |`,
    );
}

await main();
