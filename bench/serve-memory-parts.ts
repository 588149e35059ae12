// What holds the memory of `gongkit serve`: each piece's RSS cost, measured in a fresh child process after a
// full GC (node --expose-gc --import tsx, as bin/gongkit.js runs a checkout). One child loads the pieces in the
// order serve does, cumulatively; two more open PGlite on the same data dir, with PGlite's defaults and as
// gongkit opens it (16 MB of shared buffers, WebAssembly on V8's baseline tier only; see src/cli/main.ts).
// Run: node --import tsx bench/serve-memory-parts.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";

interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

function sample(): Sample {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

const keep: unknown[] = [];

/** Runs the steps in order, printing each one's growth as a JSON line. */
async function steps(start: string, list: [string, () => Promise<unknown>][]): Promise<void> {
  let before = sample();
  console.log(JSON.stringify({ step: start, ...before, baseline: true }));
  for (const [step, run] of list) {
    keep.push(await run());
    const after = sample();
    const delta = Object.fromEntries(
      Object.entries(after).map(([key, value]) => [key, value - before[key as keyof Sample]]),
    );
    console.log(JSON.stringify({ step, ...delta }));
    before = after;
  }
}

async function pieces(): Promise<void> {
  let client: unknown;
  let factory: ((caller?: string) => unknown) | undefined;
  await steps("node + tsx, nothing loaded", [
    ["catalogue (zod schemas) and client", () => import("@gongkit/client/internal/client/client.js")],
    ["MCP SDK and gongkit's MCP server modules", () => import("gongkit/internal/serve/http-app.js")],
    ["the rest of the CLI's modules (sandbox code, hono, pg)", () => import("gongkit/internal/cli/main.js")],
    [
      "sandbox dataset (300 calls with transcripts)",
      async () => (client = (await import("gongkit/internal/cli/run-command.js")).sandboxClient()),
    ],
    [
      "server factory: tool list, JSON schemas, search entries",
      async () => {
        const { gongMcpServerFactory } = await import("gongkit/internal/mcp/server.js");
        factory = gongMcpServerFactory({ client } as Parameters<typeof gongMcpServerFactory>[0]);
        return factory("key:1");
      },
    ],
    [
      "100 more per-request server instances, kept",
      async () => Array.from({ length: 100 }, () => factory?.("key:1")),
    ],
    [
      "tokenizer (o200k), loaded by the first count",
      async () => (await import("gongkit/internal/mcp/tool-kit.js")).tokensOf("How many tokens is this?"),
    ],
  ]);
}

async function pglite(dir: string, asGongkit: boolean): Promise<void> {
  if (asGongkit) setFlagsFromString("--liftoff-only");
  const { openPglite } = await import("gongkit/internal/store/pglite.js");
  const { PGlite } = await import("@electric-sql/pglite");
  let close = async () => {};
  await steps("node + tsx + the PGlite module", [
    [
      asGongkit ? "PGlite opened as gongkit opens it" : "PGlite opened with PGlite's defaults",
      async () => {
        const db = asGongkit ? await openPglite(dir) : new PGlite(dir);
        close = () => db.close();
        return db.query("select 1");
      },
    ],
  ]);
  // Closed, so the next child finds the data dir as a stopped server leaves it.
  await close();
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

function child(args: string[]): void {
  const out = execFileSync(
    "node",
    [
      "--expose-gc",
      "--conditions=@gongkit/source",
      "--import",
      "tsx",
      "bench/serve-memory-parts.ts",
      ...args,
    ],
    {
      encoding: "utf8",
    },
  );
  for (const line of out.trim().split("\n")) {
    const row = JSON.parse(line) as Sample & { step: string; baseline?: boolean };
    const sign = row.baseline ? "" : "+";
    const cells = [row.rss, row.heapUsed, row.external, row.arrayBuffers].map(
      (value) => `${sign}${mb(value)}`,
    );
    console.log(`| ${row.step} | ${cells.join(" | ")} |`);
  }
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if (mode === "pieces") return pieces();
  if (mode === "pglite" || mode === "pglite-defaults") return pglite(dir ?? "", mode === "pglite");
  const dataDir = mkdtempSync(join(tmpdir(), "gongkit-parts-"));
  try {
    // Created here (initdb), so the children open an existing store as serve does.
    const { openPglite } = await import("gongkit/internal/store/pglite.js");
    await (await openPglite(dataDir)).close();
    console.log("| piece | RSS | heapUsed | external | arrayBuffers |");
    console.log("|---|---|---|---|---|");
    child(["pieces"]);
    child(["pglite-defaults", dataDir]);
    child(["pglite", dataDir]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
