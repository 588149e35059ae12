// What an outside user's `npm install` of each gongkit package costs, measured from packed tarballs installed
// into empty projects in one run: installed size, package count, cold import time of the package's main entry
// (median of several fresh Node processes) and which packages that import loads (database, HTTP server, MCP).
//   npx tsx bench/install-footprint.ts [PACKAGE_DIR ...]   (default: the repository root package)
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "..");
const importRuns = Number(process.env.BENCH_IMPORT_RUNS ?? 7);
// Outer npm settings (from `npm run`) would leak into the inner npm commands; keep only cache and registry.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !name.toLowerCase().startsWith("npm_") || /^npm_config_(cache|registry)$/i.test(name),
  ),
);
const options = { maxBuffer: 64 * 1024 * 1024, env: { ...env, npm_config_update_notifier: "false" } };
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

/** A resolve hook, registered before the import, that prints each package a resolved URL belongs to. */
const recorder = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  const match = /node_modules\\\\/((?:@[^/]+\\\\/)?[^/]+)\\\\//.exec(found.url);
  if (match) process.stderr.write("loaded " + match[1] + "\\\\n");
  return found;
}\`));
`)}`;

async function coldImport(dir: string, name: string): Promise<{ ms: number; loaded: string[] }> {
  const script = `const t = performance.now(); await import(${JSON.stringify(name)}); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < importRuns; i++) {
    const { stdout } = await run("node", ["--input-type=module", "-e", script], { ...options, cwd: dir });
    times.push(Number(stdout.trim()));
  }
  times.sort((a, b) => a - b);
  const { stderr } = await run("node", ["--import", recorder, "--input-type=module", "-e", script], {
    ...options,
    cwd: dir,
  });
  const loaded = [
    ...new Set(stderr.split("\n").flatMap((line) => (line.startsWith("loaded ") ? [line.slice(7)] : []))),
  ];
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, loaded: loaded.sort() };
}

async function measure(packageDir: string) {
  const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as { name: string };
  const dir = await mkdtemp(join(tmpdir(), "gongkit-footprint-"));
  try {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], {
      ...options,
      cwd: packageDir,
    });
    const [tarball] = JSON.parse(stdout.slice(stdout.search(/^\[\s*$/m))) as { filename: string }[];
    if (!tarball) throw new Error(`npm pack packed nothing in ${packageDir}`);
    await writeFile(join(dir, "package.json"), '{"type":"module"}\n');
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${tarball.filename}`], {
      ...options,
      cwd: dir,
    });
    const modules = join(dir, "node_modules");
    const { ms, loaded } = await coldImport(dir, manifest.name);
    return {
      name: manifest.name,
      megabytes: (await sizeOf(modules)) / 1e6,
      packages: await packagesUnder(modules),
      importMs: ms,
      heavyLoaded: loaded.filter((name) => heavy.test(name)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const dirs = process.argv.slice(2).map((dir) => resolve(dir));
const rows = [];
for (const dir of dirs.length ? dirs : [repo]) rows.push(await measure(dir));
console.log(
  "| package | installed | packages | cold import (median) | database, HTTP server or MCP modules loaded |",
);
console.log("|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.megabytes.toFixed(1)} MB | ${row.packages} | ${row.importMs.toFixed(0)} ms | ${row.heavyLoaded.join(", ") || "none"} |`,
  );
}
