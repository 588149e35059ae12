// `gongkit api-keys` and `gongkit serve` from the shell: a key shown once and stored only as a hash, a server
// that refuses to start without one, answers 401 without it, serves MCP with it, and stops cleanly on SIGTERM.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runGongkit } from "../support/gongkit-cli.js";

const execFileAsync = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), "gongkit-serve-"));
const env = { ...process.env, GONGKIT_DATA_DIR: dataDir, DATABASE_URL: "", GONGKIT_MASTER_KEY: "" };

const gongkit = (args: string[]) => runGongkit(args, env);

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "cli-test", version: "1" } },
});

describe("gongkit api-keys and serve", () => {
  const outputs: string[] = [];
  let key = "";

  it("refuses to serve before any API key exists", async () => {
    const refused = await gongkit(["serve", "--sandbox", "--port", "0"]);
    outputs.push(refused.stdout, refused.stderr);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("gongkit api-keys create");
  }, 60_000);

  it("prints a new key once, on stdout, and lists it by name and prefix only", async () => {
    const created = await gongkit(["api-keys", "create", "--name", "laptop"]);
    expect(created.code).toBe(0);
    key = created.stdout.trim();
    expect(key).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/shown this once/);
    expect(created.stderr).not.toContain(key);

    const list = await gongkit(["api-keys", "list"]);
    outputs.push(list.stdout, list.stderr);
    expect(list.code).toBe(0);
    const row = list.stdout.split("\n").find((line) => line.startsWith("laptop"));
    expect(row?.split(/\s+/).slice(0, 3)).toEqual(["laptop", `gk_${key.slice(3, 11)}...`, "live"]);
    expect(list.stdout).not.toContain(key.slice(3));
  }, 60_000);

  it("serves MCP at /mcp: 401 without the key, 200 with it, and exits 0 on SIGTERM", async () => {
    const child = spawn("node", ["packages/gongkit/bin/gongkit.js", "serve", "--sandbox", "--port", "0"], {
      env,
    });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr)?.[1];
        if (found) resolve(found);
      });
      child.on("close", () => reject(new Error(`serve exited: ${stderr}`)));
    });

    const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    const anonymous = await fetch(url, { method: "POST", headers, body: initialize });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer /);

    const authorized = await fetch(url, {
      method: "POST",
      headers: { ...headers, authorization: `Bearer ${key}` },
      body: initialize,
    });
    expect(authorized.status).toBe(200);
    const body = (await authorized.json()) as { result: { serverInfo: { name: string } } };
    expect(body.result.serverInfo.name).toBe("gongkit");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("stopped");
    outputs.push(stdout, stderr);
  }, 60_000);

  it("never shows the key again: not in any output, not in the store's files", async () => {
    for (const text of outputs) expect(text).not.toContain(key.slice(3));
    const { stdout } = await execFileAsync("grep", [
      "-rl",
      "--binary-files=text",
      key.slice(3),
      dataDir,
    ]).catch(() => ({ stdout: "" }));
    expect(stdout).toBe("");
    const { stdout: files } = await execFileAsync("find", [dataDir, "-type", "f"]);
    expect(files.split("\n").length).toBeGreaterThan(10);
  });
});
