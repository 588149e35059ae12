// The published packages as outside users get them: `npm pack` of each workspace (whose prepack builds dist/),
// the tarballs installed from the npm cache into empty `{"type":"module"}` projects (@gongkit/client alone, as an
// SDK user installs it, and all three, as `npm install gongkit` gives), then plain Node (no tsx, no TypeScript)
// imports them, runs the installed bin, and tsc type-checks a consumer against the shipped declarations.
// Packing (three builds) and installing take about 60 s on this 2-core machine.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadedPackages } from "../support/loaded-packages.js";
import { npmChildOptions, type PackedWorkspace, packWorkspaces } from "../support/packed-workspaces.js";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
const options = npmChildOptions;
const install = ["install", "--no-audit", "--no-fund", "--prefer-offline"];

describe("the published packages", () => {
  let dir = "";
  let sdkDir = "";
  const packed = new Map<string, PackedWorkspace>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gongkit-package-"));
    for (const tarball of await packWorkspaces(dir)) packed.set(tarball.name, tarball);
    const tarballs = [...packed.values()].map((tarball) => join(dir, tarball.filename));
    const all = join(dir, "all");
    sdkDir = join(dir, "sdk");
    for (const project of [all, sdkDir]) {
      await mkdir(project);
      await writeFile(join(project, "package.json"), '{"type":"module"}\n');
    }
    const sdk = packed.get("@gongkit/client")?.filename ?? "";
    await run("npm", [...install, join(dir, sdk)], { ...options, cwd: sdkDir });
    await run("npm", [...install, ...tarballs], { ...options, cwd: all });
    dir = all;
  }, 400_000);

  afterAll(async () => {
    if (dir) await rm(resolve(dir, ".."), { recursive: true, force: true });
  });

  it("packs each package's build, and no source, test or spec", () => {
    expect([...packed.keys()]).toEqual(["@gongkit/client", "@gongkit/sandbox", "gongkit"]);
    const paths = (name: string) => packed.get(name)?.files.map((file) => file.path) ?? [];
    const common = ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.d.ts"];
    expect(paths("@gongkit/client")).toEqual(
      expect.arrayContaining([...common, "dist/internal.js", "dist/catalog/index.d.ts"]),
    );
    expect(paths("@gongkit/sandbox")).toEqual(expect.arrayContaining([...common, "dist/app.d.ts"]));
    expect(paths("gongkit")).toEqual(
      expect.arrayContaining([
        ...common,
        "bin/gongkit.js",
        "dist/mcp.js",
        "dist/ai-sdk.js",
        "dist/cli/main.js",
      ]),
    );
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/gongkit\.js|dist\/.+\.(js|d\.ts))$/;
    const stray = [...packed.values()].flatMap((p) =>
      p.files.map((f) => f.path).filter((f) => !allowed.test(f)),
    );
    expect(stray).toEqual([]);
  });

  it("installs @gongkit/client with zod and lossless-json alone", async () => {
    const names = (await readdir(join(sdkDir, "node_modules"))).filter((name) => !name.startsWith("."));
    expect(names.sort()).toEqual(["@gongkit", "lossless-json", "zod"]);
    const { stdout } = await run(
      "node",
      [
        "--input-type=module",
        "-e",
        'import { listActions } from "@gongkit/client"; console.log(listActions().length)',
      ],
      { ...options, cwd: sdkDir },
    );
    expect(Number(stdout)).toBeGreaterThanOrEqual(69);
  });

  it("loads no database, HTTP server or MCP module when importing @gongkit/client, even beside gongkit", async () => {
    expect(existsSync(join(dir, "node_modules/@electric-sql/pglite"))).toBe(true); // they are installed here
    const loaded = await loadedPackages(dir, "@gongkit/client", options);
    expect(loaded).toEqual(["@gongkit/client", "lossless-json", "zod"]);
  });

  it("installs gongkit without tsx or the optional `ai` peer", () => {
    expect(existsSync(join(dir, "node_modules/gongkit/dist/index.js"))).toBe(true);
    expect(existsSync(join(dir, "node_modules/tsx"))).toBe(false);
    expect(existsSync(join(dir, "node_modules/ai"))).toBe(false);
  });

  it("imports from plain Node ESM: the client against the sandbox, the MCP server", async () => {
    const script = [
      'import { createGongClient, listActions, GongError } from "gongkit";',
      'import * as sdk from "@gongkit/client";',
      'import { GongError as InternalError } from "@gongkit/client/internal/core/errors.js";',
      'import { createGongMcpServer } from "gongkit/mcp";',
      'import { createSandbox, sandboxCredentials } from "@gongkit/sandbox";',
      "const sandbox = await createSandbox().listen({ port: 0 });",
      "const client = createGongClient({ baseUrl: sandbox.apiUrl, auth: { type: 'basic', ...sandboxCredentials } });",
      'const users = await client.run("GONG_LIST_ALL_USERS_V2_USERS", {});',
      "await sandbox.close();",
      "const server = createGongMcpServer({ client });",
      "console.log(JSON.stringify({",
      "  actions: listActions().length,",
      "  sameError: sdk.GongError === GongError && InternalError === GongError,",
      "  users: users.data?.users?.length ?? users.error,",
      "  server: typeof server.connect,",
      '  aiSdk: import.meta.resolve("gongkit/ai-sdk"),',
      "}));",
    ].join("\n");
    await writeFile(join(dir, "use.mjs"), script);
    const { stdout } = await run("node", ["use.mjs"], { ...options, cwd: dir });
    const printed = JSON.parse(stdout);
    expect(printed.actions).toBeGreaterThanOrEqual(69);
    expect(printed.sameError).toBe(true);
    expect(printed.users).toBeGreaterThan(0);
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
      'import { createGongClient, type ActionInput } from "@gongkit/client";',
      'import { createGongClient as fromApp, type GongClient } from "gongkit";',
      'import { gongTools } from "gongkit/ai-sdk";',
      'import { createSandbox, type Sandbox } from "@gongkit/sandbox";',
      'const input: ActionInput<"GONG_GET_CALL_TRANSCRIPT"> = { filter: { callIds: ["1"] } };',
      "const client: GongClient = createGongClient({",
      '  baseUrl: "https://us-1.api.gong.io",',
      '  auth: { type: "basic", accessKey: "k", accessKeySecret: "s" },',
      "});",
      'const result = await client.run("GONG_GET_CALL_TRANSCRIPT", input);',
      "const count: number | undefined = result.data?.callTranscripts?.length;",
      "// @ts-expect-error: not an action id",
      'void client.run("GONG_NOT_AN_ACTION", {});',
      "// @ts-expect-error: a client is required",
      "export const tools = () => gongTools({});",
      "export const sandbox: Sandbox = createSandbox();",
      "export { count, fromApp };",
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
    expect(await readFile(join(dir, "node_modules/@gongkit/client/dist/index.d.ts"), "utf8")).toContain(
      "createGongClient",
    );
  });
});
