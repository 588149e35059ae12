// Which installed packages a fresh Node process loads when it imports one package: a resolve hook, registered
// before the import, reports the node_modules package each resolved URL belongs to. Used by the package test
// (the SDK loads no database, HTTP server or MCP module) and bench/install-footprint.ts.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

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

/** The packages (sorted, each once) that `import(name)` loads from the project in `dir`, the imported one included. */
export async function loadedPackages(
  dir: string,
  name: string,
  options: { env?: NodeJS.ProcessEnv; maxBuffer?: number } = {},
): Promise<string[]> {
  const script = `await import(${JSON.stringify(name)});`;
  const { stderr } = await run("node", ["--import", recorder, "--input-type=module", "-e", script], {
    ...options,
    cwd: dir,
  });
  const loaded = stderr.split("\n").flatMap((line) => (line.startsWith("loaded ") ? [line.slice(7)] : []));
  return [...new Set(loaded)].sort();
}
