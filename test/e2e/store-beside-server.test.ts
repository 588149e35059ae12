// The CLI beside a running `gongkit serve` on PGlite: the server holds the store and serves it on its socket,
// so key and connection commands (and runs on a saved connection) work while it runs, on the one database the
// server reads; a refusal comes only when the holder does not answer.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox } from "@gongkit/sandbox";
import { processStart } from "gongkit/internal/store/pglite-lock.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGongkit } from "../support/gongkit-cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "gongkit-beside-"));
const env = { ...process.env, GONGKIT_DATA_DIR: dataDir, DATABASE_URL: "", GONGKIT_MASTER_KEY: "" };

const gongkit = (args: string[], stdin = "") => runGongkit(args, env, stdin);

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "beside", version: "1" } },
});

async function status(url: string, key: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${key}`,
    },
    body: initialize,
  });
  await response.text();
  return response.status;
}

describe("the CLI beside a running gongkit serve on PGlite", () => {
  const sandbox = createSandbox({ rateLimit: false });
  let gong: { url: string; close(): Promise<void> };
  let server: ChildProcess;
  let mcpUrl = "";
  let firstKey = "";

  beforeAll(async () => {
    gong = await sandbox.listen({ port: 0 });
    firstKey = (await gongkit(["api-keys", "create", "--name", "first"])).stdout.trim();
    server = spawn("node", ["packages/gongkit/bin/gongkit.js", "serve", "--sandbox", "--port", "0"], { env });
    let stderr = "";
    mcpUrl = await new Promise<string>((resolve, reject) => {
      server.stderr?.on("data", (chunk) => {
        stderr += chunk;
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr)?.[1];
        if (found) resolve(found);
      });
      server.on("close", () => reject(new Error(`serve exited: ${stderr}`)));
    });
  }, 60_000);
  afterAll(async () => {
    server.kill("SIGKILL");
    await gong.close();
  });

  it("creates and revokes API keys while the server runs, and the server sees it at once", async () => {
    expect(firstKey).toMatch(/^gk_/);
    expect(await status(mcpUrl, firstKey)).toBe(200);
    const created = await gongkit(["api-keys", "create", "--name", "second"]);
    expect(created.stderr).not.toMatch(/has it open/);
    expect(created.code).toBe(0);
    const secondKey = created.stdout.trim();
    expect(await status(mcpUrl, secondKey)).toBe(200);
    const revoked = await gongkit(["api-keys", "revoke", "first"]);
    expect(revoked.code).toBe(0);
    expect(await status(mcpUrl, firstKey)).toBe(401);
    const list = await gongkit(["api-keys", "list"]);
    expect(list.stdout).toMatch(/first\s+\S+\s+revoked/);
    expect(list.stdout).toMatch(/second\s+\S+\s+live/);
  }, 60_000);

  it("connects, lists and runs on a saved connection while the server runs", async () => {
    const { accessKey, accessKeySecret } = sandbox.credentials;
    const connect = await gongkit(
      ["connect", "basic", "--name", "acme", "--base-url", gong.url],
      `${accessKey}\n${accessKeySecret}\n`,
    );
    expect(connect.stderr).not.toMatch(/has it open/);
    expect(connect.code).toBe(0);
    const list = await gongkit(["connections", "list", "--json"]);
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: "acme", kind: "basic" }]);
    const run = await gongkit([
      "run",
      "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES",
      "--connection",
      "acme",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).successful).toBe(true);
  }, 60_000);

  it("opens the store itself once the server was killed", async () => {
    const exited = new Promise((resolve) => server.once("close", resolve));
    server.kill("SIGKILL");
    await exited;
    const list = await gongkit(["api-keys", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("second");
  }, 60_000);

  it("refuses with a clear error only when the holder does not answer", async () => {
    const silent = spawn("sleep", ["60"]);
    const pid = silent.pid ?? 0;
    writeFileSync(join(dataDir, "pglite.lock"), `${pid} ${processStart(pid) ?? ""}`);
    rmSync(join(dataDir, "pglite.sock"), { force: true });
    const list = await gongkit(["api-keys", "list"]);
    silent.kill("SIGKILL");
    expect(list.code).toBe(2);
    expect(list.stderr).toContain(`another gongkit process (pid ${pid}) has it open`);
    expect(list.stderr).toContain("It did not answer on");
    expect(list.stderr).toContain(`delete ${join(dataDir, "pglite.lock")}`);
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(true);
  }, 60_000);
});
