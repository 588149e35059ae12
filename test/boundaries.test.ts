// Who may import whom, checked from the import statements of every package's library files (tests may reach
// test/support and other packages' source). Two levels (see AGENTS.md):
// - packages: a package imports only what its package.json names (dependencies and peers), and names
//   nothing it does not import; @gongkit/client needs zod and lossless-json alone;
// - rooms (the folders inside a package, and the other packages' rooms they reach through
//   `@gongkit/*/internal/...`): the table below. No import circles anywhere, type imports included.

import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const packagesDir = resolve(import.meta.dirname, "../packages");
const packageDirs: Record<string, string> = {
  "@gongkit/client": "client",
  "@gongkit/sandbox": "sandbox",
  gongkit: "gongkit",
};

/** Rooms are named by package folder and top folder under src/; "sandbox/" is the sandbox's own root files. */
const allowed: Record<string, readonly string[]> = {
  "client/core": ["client/core"],
  "client/catalog": ["client/core", "client/catalog"],
  "client/client": ["client/core", "client/catalog", "client/client"],
  "client/export": ["client/core", "client/catalog", "client/client", "client/export"],
  "sandbox/dataset": ["client/core", "client/catalog", "sandbox/", "sandbox/dataset"],
  "sandbox/handlers": ["client/core", "client/catalog", "sandbox/", "sandbox/dataset", "sandbox/handlers"],
  "sandbox/": ["client/core", "client/catalog", "sandbox/", "sandbox/dataset", "sandbox/handlers"],
  "gongkit/store": ["client/core", "gongkit/store"],
  "gongkit/connections": ["client/core", "client/client", "gongkit/store", "gongkit/connections"],
  "gongkit/mcp": ["client/core", "client/catalog", "client/client", "client/export", "gongkit/mcp"],
  "gongkit/serve": [
    "client/core",
    "client/catalog",
    "client/client",
    "gongkit/store",
    "gongkit/connections",
    "gongkit/mcp",
    "gongkit/serve",
  ],
  "gongkit/cli": [
    "client/core",
    "client/catalog",
    "client/client",
    "client/export",
    "sandbox/",
    "gongkit/store",
    "gongkit/connections",
    "gongkit/mcp",
    "gongkit/serve",
    "gongkit/cli",
  ],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

function imports(file: string): string[] {
  // comment lines are prose (they may quote an import), not imports
  const text = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join("\n");
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']/g),
  ].map((m) => m[1] ?? m[2] ?? "");
}

/** The source file a relative or workspace specifier names, or undefined for a third-party package. */
function target(file: string, spec: string): string | undefined {
  if (spec.startsWith(".")) return resolve(dirname(file), spec).replace(/\.js$/, ".ts");
  const name = Object.keys(packageDirs).find((n) => spec === n || spec.startsWith(`${n}/`));
  if (!name) return undefined;
  const src = join(packagesDir, packageDirs[name] ?? "", "src");
  if (spec === name) return join(src, "index.ts");
  const inner = spec.slice(`${name}/internal/`.length);
  return join(src, inner.replace(/\.js$/, ".ts"));
}

/** "client/core" for packages/client/src/core/..., "sandbox/" for a file directly under packages/sandbox/src. */
function roomOf(file: string): string {
  const [pkg, , top, ...rest] = relative(packagesDir, file).split("/");
  return rest.length ? `${pkg}/${top}` : `${pkg}/`;
}

const library = Object.values(packageDirs).flatMap((dir) =>
  files(join(packagesDir, dir, "src")).filter((f) => !f.endsWith(".test.ts")),
);
const builtins = new Set(builtinModules);

describe("package boundaries", () => {
  it.each(Object.entries(packageDirs))("%s imports only the packages its package.json names", (_, dir) => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const named = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    const used = new Set<string>();
    const unnamed: string[] = [];
    for (const file of library.filter((f) => f.startsWith(join(packagesDir, dir, "src")))) {
      for (const spec of imports(file).filter((s) => !s.startsWith(".") && !s.startsWith("node:"))) {
        const name = spec.startsWith("@")
          ? spec.split("/").slice(0, 2).join("/")
          : (spec.split("/")[0] ?? "");
        if (builtins.has(name)) continue;
        used.add(name);
        if (!named.has(name)) unnamed.push(`${relative(packagesDir, file)} -> ${spec}`);
      }
    }
    expect(unnamed).toEqual([]);
    expect([...named].filter((name) => !used.has(name))).toEqual([]);
  });

  it("@gongkit/client's internal barrel names every module, so each internal subpath works once published", () => {
    const src = join(packagesDir, "client/src");
    const barrel = readFileSync(join(src, "internal.ts"), "utf8");
    const named = [...barrel.matchAll(/^export \* from "\.\/(.+)\.js";$/gm)].map((m) => `${m[1]}.ts`);
    const modules = library
      .filter((f) => f.startsWith(src))
      .map((f) => relative(src, f))
      .filter((f) => f !== "index.ts" && f !== "internal.ts");
    expect(named.sort()).toEqual(modules.sort());
  });

  it("@gongkit/client depends on zod and lossless-json alone", () => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, "client/package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      peerDependencies?: unknown;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["lossless-json", "zod"]);
    expect(manifest.peerDependencies).toBeUndefined();
  });
});

describe("room boundaries", () => {
  it.each(Object.keys(allowed))("%s imports only what it may", (room) => {
    const violations: string[] = [];
    for (const file of library.filter((f) => roomOf(f) === room)) {
      for (const spec of imports(file)) {
        const to = target(file, spec);
        if (!to) continue;
        const toRoom = roomOf(to);
        if (!allowed[room]?.includes(toRoom)) violations.push(`${relative(packagesDir, file)} -> ${spec}`);
        if (room === "client/client" && relative(packagesDir, to).startsWith("client/src/catalog/groups/")) {
          violations.push(`${relative(packagesDir, file)} imports a group overlay: ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("has no import circles, across packages and type imports included", () => {
    const edges = new Map(
      library.map((file) => [file, imports(file).flatMap((spec) => target(file, spec) ?? [])]),
    );
    // Depth-first search; a file met again while on the current path closes a circle.
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      path.push(file);
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === "open")
          circles.push(
            path
              .slice(path.indexOf(next))
              .concat(next)
              .map((f) => relative(packagesDir, f))
              .join(" -> "),
          );
        else if (!state.has(next) && edges.has(next)) visit(next);
      }
      path.pop();
      state.set(file, "done");
    };
    for (const file of library) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it("every room is known and every library file is in one", () => {
    const known = new Set(Object.keys(allowed));
    // Each package's own entry points (src/index.ts, and the sandbox's root files) sit above its rooms.
    const roomless = library.filter((f) => !known.has(roomOf(f)));
    expect(roomless.map((f) => relative(packagesDir, f))).toEqual([
      "client/src/index.ts",
      "client/src/internal.ts",
      "gongkit/src/index.ts",
    ]);
  });
});
