// The published package as an outside user gets it: `npm pack` (whose prepack builds dist/), the tarball
// installed from the npm cache into an empty `{"type":"module"}` project, then plain Node (no tsx, no
// TypeScript) imports "gongkit", runs the installed bin, and tsc type-checks a consumer against the shipped
// declarations. Packing (the build) and installing take about 20 s on this 2-core machine.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
// The npm children start clean: under `npm test` or `npm exec` the environment carries the outer command's
// npm_* settings (npm_config_call makes the inner npx refuse its arguments). The cache and registry stay.
const kept = new Set(["npm_config_cache", "npm_config_registry"]);
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_") || kept.has(name)),
);
const options = { maxBuffer: 16 * 1024 * 1024, env: { ...env, npm_config_update_notifier: "false" } };

describe("the published package", () => {
  let dir = "";
  let packed: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gongkit-package-"));
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], {
      ...options,
      cwd: repo,
    });
    const json = stdout.search(/^\[\s*$/m); // prepack's build log may come first
    if (json < 0) throw new Error(`npm pack printed no JSON:\n${stdout}`);
    const [tarball] = JSON.parse(stdout.slice(json)) as { filename: string; files: { path: string }[] }[];
    if (!tarball) throw new Error(`npm pack packed nothing:\n${stdout}`);
    packed = tarball.files.map((file) => file.path);
    await writeFile(join(dir, "package.json"), '{"type":"module"}\n');
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${tarball.filename}`], {
      ...options,
      cwd: dir,
    });
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("packs the build, the bin and the README, and no source, test or spec", () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "bin/gongkit.js",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/mcp.js",
        "dist/mcp.d.ts",
        "dist/ai-sdk.js",
        "dist/ai-sdk.d.ts",
        "dist/cli/main.js",
      ]),
    );
    const allowed = /^(package\.json|README\.md|LICEN[CS]E[^/]*|bin\/gongkit\.js|dist\/.+\.(js|d\.ts))$/;
    expect(packed.filter((path) => !allowed.test(path))).toEqual([]);
  });

  it("installs without tsx or the optional `ai` peer", () => {
    expect(existsSync(join(dir, "node_modules/gongkit/dist/index.js"))).toBe(true);
    expect(existsSync(join(dir, "node_modules/tsx"))).toBe(false);
    expect(existsSync(join(dir, "node_modules/ai"))).toBe(false);
  });

  it("imports from plain Node ESM", async () => {
    const script = [
      'import { createGongClient, listActions } from "gongkit";',
      'import { createGongMcpServer } from "gongkit/mcp";',
      "const client = createGongClient({",
      '  baseUrl: "https://us-1.api.gong.io",',
      '  auth: { type: "basic", accessKey: "k", accessKeySecret: "s" },',
      "});",
      "const server = createGongMcpServer({ client });",
      "console.log(JSON.stringify({",
      "  actions: listActions().length,",
      "  run: typeof client.run,",
      "  server: typeof server.connect,",
      '  aiSdk: import.meta.resolve("gongkit/ai-sdk"),',
      "}));",
    ].join("\n");
    await writeFile(join(dir, "use.mjs"), script);
    const { stdout } = await run("node", ["use.mjs"], { ...options, cwd: dir });
    const printed = JSON.parse(stdout);
    expect(printed.actions).toBeGreaterThanOrEqual(69);
    expect(printed.run).toBe("function");
    expect(printed.server).toBe("function");
    expect(printed.aiSdk).toMatch(/node_modules\/gongkit\/dist\/ai-sdk\.js$/);
  });

  it("runs the installed bin from the build", async () => {
    const { stdout } = await run("npx", ["--no", "gongkit", "actions", "list", "--json"], {
      ...options,
      cwd: dir,
    });
    const actions = JSON.parse(stdout) as { id: string }[];
    expect(actions.length).toBeGreaterThanOrEqual(69);
    expect(actions.map((action) => action.id)).toContain("GONG_GET_CALL_TRANSCRIPT");
    const help = await run("node", ["node_modules/gongkit/bin/gongkit.js", "help"], { ...options, cwd: dir });
    expect(help.stdout).toContain("gongkit actions list");
  });

  it("type-checks a consumer against the shipped declarations", async () => {
    const consumer = [
      'import { createGongClient, type ActionInput } from "gongkit";',
      'import { gongTools } from "gongkit/ai-sdk";',
      'const input: ActionInput<"GONG_GET_CALL_TRANSCRIPT"> = { filter: { callIds: ["1"] } };',
      "const client = createGongClient({",
      '  baseUrl: "https://us-1.api.gong.io",',
      '  auth: { type: "basic", accessKey: "k", accessKeySecret: "s" },',
      "});",
      'const result = await client.run("GONG_GET_CALL_TRANSCRIPT", input);',
      "const count: number | undefined = result.data?.callTranscripts?.length;",
      "// @ts-expect-error: not an action id",
      'void client.run("GONG_NOT_AN_ACTION", {});',
      "// @ts-expect-error: a client is required",
      "export const tools = () => gongTools({});",
      "export { count };",
    ].join("\n");
    await writeFile(join(dir, "consumer.ts"), consumer);
    // the consumer's project has neither @types/node nor the `ai` peer: borrow the repository's
    await symlink(join(repo, "node_modules/ai"), join(dir, "node_modules/ai"), "dir");
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    const flags = ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022"];
    const paths = ["--module", "nodenext", "--moduleResolution", "nodenext", "--typeRoots"];
    const args = [...flags, ...paths, join(repo, "node_modules/@types"), "--types", "node", "consumer.ts"];
    const checked = await run("node", [tsc, ...args], { ...options, cwd: dir }).catch((error) => error);
    expect(`${checked.stdout ?? ""}${checked.stderr ?? ""}`).toBe("");
    expect(await readFile(join(dir, "node_modules/gongkit/dist/index.d.ts"), "utf8")).toContain(
      "createGongClient",
    );
  });
});
