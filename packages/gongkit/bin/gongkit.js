#!/usr/bin/env node
// Starts the CLI, from one of two places:
// - the compiled dist/cli/main.js (`npm run build`, run by `prepack`): what an installed package runs, with
//   plain Node and no TypeScript loader;
// - the TypeScript source through tsx (a dev dependency): what a development checkout runs, with the other
//   workspace packages' source as well.
// A checkout is recognised by src/cli/main.ts next to bin/ (the published package ships no src/), and there
// the source wins even when dist/ exists: dist/ is whatever the last build left and is not rebuilt when the
// source changes, so preferring it would let the e2e tests (which spawn this file), `npm start` and anyone
// trying a change silently run stale code. GONGKIT_CLI=dist runs the build in a checkout (to try or measure it).
import { existsSync } from "node:fs";
import { register } from "node:module";

const source = new URL("../src/cli/main.ts", import.meta.url);
const built = new URL("../dist/cli/main.js", import.meta.url);

const sourceCondition = `export function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: ["@gongkit/source", ...context.conditions] });
}`;

async function tsxLoader() {
  try {
    return await import("tsx/esm/api");
  } catch (error) {
    if (error?.code === "ERR_MODULE_NOT_FOUND") return undefined; // e.g. installed with --omit=dev
    throw error;
  }
}

async function loadCli() {
  const tsx = process.env.GONGKIT_CLI !== "dist" && existsSync(source) ? await tsxLoader() : undefined;
  if (tsx) {
    tsx.register();
    // The workspace packages (@gongkit/client, @gongkit/sandbox) resolve to their source too: their exports name
    // it under the "@gongkit/source" condition, which this hook adds to every resolution (as
    // --conditions=@gongkit/source would; no third-party package answers to that name).
    register(`data:text/javascript,${encodeURIComponent(sourceCondition)}`);
    return import(source.href);
  }
  if (existsSync(built)) return import(built.href);
  process.stderr.write(
    "gongkit: dist/cli/main.js is missing; run `npm run build` (or `npm install` for tsx to run the source).\n",
  );
  return undefined;
}

const cli = await loadCli();
process.exitCode = cli ? await cli.main(process.argv.slice(2)) : 1;
