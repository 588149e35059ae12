// Connections from the shell, as a user sees them: connect once (secrets on stdin), reuse by name, rotate the
// master key; no secret in any output or in the store's files.
import { execFile, spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createSandbox } from "@gongkit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGongkit } from "../support/gongkit-cli.js";

const execFileAsync = promisify(execFile);

const gongkit = (args: string[], env: Record<string, string>, stdin = "") => runGongkit(args, env, stdin);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("gongkit connect / connections / secrets", () => {
  const sandbox = createSandbox({ rateLimit: false });
  let server: { url: string; close(): Promise<void> };
  const dataDir = mkdtempSync(join(tmpdir(), "gongkit-cli-"));
  const env = { GONGKIT_DATA_DIR: dataDir, DATABASE_URL: "", GONGKIT_MASTER_KEY: "" };
  const { accessKey, accessKeySecret } = sandbox.credentials;
  const outputs: string[] = [];

  beforeAll(async () => {
    server = await sandbox.listen({ port: 0 });
  });
  afterAll(() => server.close());

  it("connects once, with the key and secret on stdin, and reuses the connection by name", async () => {
    const connect = await gongkit(
      ["connect", "basic", "--name", "acme", "--base-url", server.url],
      env,
      `${accessKey}\n${accessKeySecret}\n`,
    );
    outputs.push(connect.stdout, connect.stderr);
    expect(connect.code).toBe(0);
    expect(connect.stdout).toContain("Connected and tested.");
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);

    const run = await gongkit(
      ["run", "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES", "--connection", "acme"],
      env,
    );
    outputs.push(run.stdout, run.stderr);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).successful).toBe(true);

    const list = await gongkit(["connections", "list", "--json"], env);
    outputs.push(list.stdout);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { name: "acme", kind: "basic", status: "active", lastTestOk: true },
    ]);
  });

  it("leaves the store free while an MCP session runs on a Basic connection", async () => {
    const mcp = spawn("node", ["packages/gongkit/bin/gongkit.js", "mcp", "--connection", "acme"], {
      env: { ...process.env, ...env },
    });
    let stderr = "";
    const ready = new Promise<void>((resolve) =>
      mcp.stderr.on("data", (chunk) => {
        stderr += chunk;
        if (stderr.includes("MCP server on stdio")) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => mcp.on("close", resolve));
    await ready;
    const list = await gongkit(["connections", "list", "--json"], env);
    outputs.push(list.stdout, list.stderr, stderr);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)[0]).toMatchObject({ name: "acme" });
    mcp.stdin.end();
    expect(await exited).toBe(0);
  }, 30_000);

  it("rotates the master key and keeps working", async () => {
    const before = readFileSync(join(dataDir, "master.key"), "utf8");
    const rotate = await gongkit(["secrets", "rotate"], env);
    outputs.push(rotate.stdout, rotate.stderr);
    expect(rotate.code).toBe(0);
    expect(readFileSync(join(dataDir, "master.key"), "utf8")).not.toBe(before);
    const test = await gongkit(["connections", "test", "acme"], env);
    outputs.push(test.stdout);
    expect(test.code).toBe(0);
  });

  it("refuses a wrong secret with one clear error and keeps the stored data", async () => {
    const wrong = await gongkit(
      ["connect", "basic", "--name", "other", "--base-url", server.url],
      env,
      `${accessKey}\nwrong-secret-value\n`,
    );
    outputs.push(wrong.stdout, wrong.stderr);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not saved.*access key and secret/);
    const list = await gongkit(["connections", "list", "--json"], env);
    expect(JSON.parse(list.stdout).map((c: { name: string }) => c.name)).toEqual(["acme"]);
  });

  it("explains a corrupt key file and changes nothing", async () => {
    const keyFile = join(dataDir, "master.key");
    const key = readFileSync(keyFile, "utf8");
    writeFileSync(keyFile, "garbage\n");
    const broken = await gongkit(["connections", "list"], env);
    outputs.push(broken.stderr);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/master.key is not a 32-byte key/);
    writeFileSync(keyFile, key);
    expect((await gongkit(["connections", "test", "acme"], env)).code).toBe(0);
  });

  it("refuses to replace a missing key file while secrets are stored, and writes nothing", async () => {
    const keyFile = join(dataDir, "master.key");
    const key = readFileSync(keyFile, "utf8");
    unlinkSync(keyFile);
    const missing = await gongkit(["connections", "list"], env);
    outputs.push(missing.stderr);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      `The master key file ${keyFile} is missing, and the store holds 1 secret(s)`,
    );
    expect(missing.stderr).toContain("GONGKIT_MASTER_KEY");
    expect(existsSync(keyFile)).toBe(false);
    writeFileSync(keyFile, key, { mode: 0o600 });
    expect((await gongkit(["connections", "test", "acme"], env)).code).toBe(0);
  });

  it("never shows the secret: not in outputs, not in the store's files", async () => {
    const basic = Buffer.from(`${accessKey}:${accessKeySecret}`).toString("base64");
    for (const text of outputs)
      for (const secret of [accessKeySecret, basic]) expect(text).not.toContain(secret);
    const { stdout } = await execFileAsync("grep", [
      "-rl",
      "--binary-files=text",
      accessKeySecret,
      dataDir,
    ]).catch(() => ({ stdout: "" }));
    expect(stdout).toBe("");
    expect(filesUnder(dataDir).length).toBeGreaterThan(1);
  });
});
