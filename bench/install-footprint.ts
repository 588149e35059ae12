// What an outside user's `npm install` of each gongkit package costs, measured from packed tarballs installed
// into empty projects in one run: installed size, package count, cold import time of the package's main entry
// (median of several fresh Node processes) and which packages that import loads (database, HTTP server, MCP).
//   npm run bench:footprint [-- PACKAGE_NAME ...]   (default: every workspace package; each is installed with the
//   workspace packages it depends on, as the registry would give them)
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { loadedPackages } from "../test/support/loaded-packages.js";
import { npmChildOptions, packWorkspaces } from "../test/support/packed-workspaces.js";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "..");
const importRuns = Number(process.env.BENCH_IMPORT_RUNS ?? 7);
const options = npmChildOptions;
/** Packages whose loading says the SDK pulled in a database, an HTTP server or the MCP machinery. */
const heavy = /^(@electric-sql\/pglite|pg|pg-.*|hono|@hono\/.*|@modelcontextprotocol\/sdk|gpt-tokenizer)$/;

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/** Installed packages: every directory under node_modules (nested too) that has a package.json with a name. */
async function packagesUnder(modules: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(modules).catch(() => [] as string[])) {
    if (entry.startsWith(".")) continue;
    const dirs = entry.startsWith("@")
      ? (await readdir(join(modules, entry))).map((name) => join(modules, entry, name))
      : [join(modules, entry)];
    for (const dir of dirs) {
      const manifest = await readFile(join(dir, "package.json"), "utf8").catch(() => "");
      if (manifest.includes('"name"')) count += 1;
      count += await packagesUnder(join(dir, "node_modules"));
    }
  }
  return count;
}

async function coldImport(dir: string, name: string): Promise<{ ms: number; loaded: string[] }> {
  const script = `const t = performance.now(); await import(${JSON.stringify(name)}); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < importRuns; i++) {
    const { stdout } = await run("node", ["--input-type=module", "-e", script], { ...options, cwd: dir });
    times.push(Number(stdout.trim()));
  }
  times.sort((a, b) => a - b);
  const loaded = await loadedPackages(dir, name, options);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, loaded };
}

/** Every workspace packed once, by package name. */
async function packAll(into: string): Promise<Map<string, string>> {
  return new Map((await packWorkspaces(into)).map((p) => [p.name, join(into, p.filename)]));
}

/** The package and the workspace packages it depends on, transitively (npm would fetch those from the registry). */
async function withWorkspaceDeps(name: string): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(join(repo, "packages", folders[name] ?? "", "package.json"), "utf8"),
  ) as {
    dependencies?: Record<string, string>;
  };
  const deps = Object.keys(manifest.dependencies ?? {}).filter((dep) => dep in folders);
  const nested = await Promise.all(deps.map(withWorkspaceDeps));
  return [...new Set([name, ...nested.flat()])];
}

const folders: Record<string, string> = {
  "@gongkit/client": "client",
  "@gongkit/sandbox": "sandbox",
  gongkit: "gongkit",
};

async function measure(name: string, tarballs: Map<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), "gongkit-footprint-"));
  try {
    await writeFile(join(dir, "package.json"), '{"type":"module"}\n');
    const install = (await withWorkspaceDeps(name)).map((pkg) => tarballs.get(pkg) ?? pkg);
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...install], {
      ...options,
      cwd: dir,
    });
    const modules = join(dir, "node_modules");
    const { ms, loaded } = await coldImport(dir, name);
    return {
      name,
      megabytes: (await sizeOf(modules)) / 1e6,
      packages: await packagesUnder(modules),
      importMs: ms,
      heavyLoaded: loaded.filter((pkg) => heavy.test(pkg)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const names = process.argv.slice(2);
const packDir = await mkdtemp(join(tmpdir(), "gongkit-packed-"));
const rows = [];
try {
  const tarballs = await packAll(packDir);
  for (const name of names.length ? names : [...tarballs.keys()]) rows.push(await measure(name, tarballs));
} finally {
  await rm(packDir, { recursive: true, force: true });
}
console.log(
  "| package | installed | packages | cold import (median) | database, HTTP server or MCP modules loaded |",
);
console.log("|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.megabytes.toFixed(1)} MB | ${row.packages} | ${row.importMs.toFixed(0)} ms | ${row.heavyLoaded.join(", ") || "none"} |`,
  );
}
