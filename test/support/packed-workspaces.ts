// The workspaces as npm publishes them, for the package test and bench/install-footprint.ts: `npm pack` of every
// workspace (whose prepack builds each, in the workspaces' order) run with an environment free of the outer npm
// command's settings (under `npm test` or `npm run`, npm_config_call would make an inner npx refuse its
// arguments); the cache and registry stay.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
const kept = /^npm_config_(cache|registry)$/i;

/** Options for npm and node children: this process's environment without its npm_* settings. */
export const npmChildOptions = {
  maxBuffer: 64 * 1024 * 1024,
  env: {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !name.toLowerCase().startsWith("npm_") || kept.test(name),
      ),
    ),
    npm_config_update_notifier: "false",
  },
};

export interface PackedWorkspace {
  name: string;
  filename: string;
  files: { path: string }[];
}

/** Packs every workspace into `dir`, in the workspaces' order (each build needs the declarations before it). */
export async function packWorkspaces(dir: string): Promise<PackedWorkspace[]> {
  const { stdout } = await run("npm", ["pack", "--workspaces", "--json", "--pack-destination", dir], {
    ...npmChildOptions,
    cwd: repo,
  });
  const json = stdout.search(/^\[\s*$/m); // prepack's build logs come first
  if (json < 0) throw new Error(`npm pack printed no JSON:\n${stdout}`);
  return JSON.parse(stdout.slice(json)) as PackedWorkspace[];
}
