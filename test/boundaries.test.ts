// The rooms of src/ (see AGENTS.md) and who may import whom, checked from the import statements.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../src");

const allowed: Record<string, readonly string[]> = {
  core: ["core"],
  catalog: ["core", "catalog"],
  client: ["core", "catalog", "client"],
  sandbox: ["core", "catalog", "sandbox"],
  export: ["core", "catalog", "client", "export"],
  store: ["core", "store"],
  connections: ["core", "client", "store", "connections"],
  mcp: ["core", "catalog", "client", "mcp"],
  serve: ["core", "catalog", "client", "store", "connections", "mcp", "serve"],
  cli: ["core", "catalog", "client", "sandbox", "export", "store", "connections", "mcp", "serve", "cli"],
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
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");
}

describe("module boundaries", () => {
  const rooms = Object.keys(allowed);
  it.each(rooms)("src/%s imports only what it may", (room) => {
    const violations: string[] = [];
    // Tests may reach test/support; the rule is for the library code itself.
    for (const file of files(join(src, room)).filter((f) => !f.endsWith(".test.ts"))) {
      for (const spec of imports(file).filter((s) => s.startsWith("."))) {
        const target = relative(src, resolve(dirname(file), spec)).split("/");
        const targetRoom = target.length > 1 ? target[0] : "(root)";
        if (!allowed[room]?.includes(targetRoom ?? "")) violations.push(`${relative(src, file)} -> ${spec}`);
        if (room === "client" && target[0] === "catalog" && target[1] === "groups") {
          violations.push(`${relative(src, file)} imports a group overlay: ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("has no import circles, type imports included", () => {
    const library = files(src).filter((f) => !f.endsWith(".test.ts"));
    const edges = new Map(
      library.map((file) => [
        file,
        imports(file)
          .filter((spec) => spec.startsWith("."))
          .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, ".ts")),
      ]),
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
              .map((f) => relative(src, f))
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

  it("every room is known", () => {
    const present = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(present.filter((name) => !rooms.includes(name))).toEqual([]);
  });
});
