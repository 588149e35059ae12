// `gongkit connect oauth` against the sandbox's OAuth server, as a user runs it: the URL to open is printed,
// the browser's approval comes back to the loopback callback, and the connection then works by name.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createSandbox, sandboxOAuthClient } from "@gongkit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

function gongkit(args: string[], env: Record<string, string>, stdin = "") {
  const child = spawn("node", ["packages/gongkit/bin/gongkit.js", ...args], {
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.end(stdin);
  const done = once(child, "close").then(([code]) => ({ code: code as number, stdout, stderr }));
  return { done, stderr: () => stderr };
}

describe("gongkit connect oauth", () => {
  const sandbox = createSandbox({ rateLimit: false });
  let server: { url: string; close(): Promise<void> };
  const env = {
    GONGKIT_DATA_DIR: mkdtempSync(join(tmpdir(), "gongkit-oauth-")),
    DATABASE_URL: "",
    GONGKIT_MASTER_KEY: "",
  };
  const outputs: string[] = [];

  beforeAll(async () => {
    server = await sandbox.listen({ port: 0 });
  });
  afterAll(() => server.close());

  it("connects through the browser flow and reuses the connection by name", async () => {
    const connect = gongkit(
      [
        "connect",
        "oauth",
        "--name",
        "acme-oauth",
        "--client-id",
        sandboxOAuthClient.clientId,
        "--oauth-base-url",
        server.url,
      ],
      env,
      `${sandboxOAuthClient.clientSecret}\n`,
    );
    let url: string | undefined;
    for (let i = 0; i < 300 && !url; i++) {
      url = connect.stderr().match(/(http\S+\/oauth2\/authorize\S+)/)?.[1];
      if (!url) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(url).toContain("state=");
    // The "browser": approve at Gong, follow the redirect to the CLI's loopback callback.
    const approval = await fetch(url ?? "", { redirect: "manual" });
    expect(approval.status).toBe(302);
    const callback = await fetch(approval.headers.get("location") ?? "");
    expect(callback.status).toBe(200);
    const result = await connect.done;
    outputs.push(result.stdout, result.stderr);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Connected acme-oauth (OAuth)");

    const show = await gongkit(["connections", "show", "acme-oauth"], env).done;
    outputs.push(show.stdout);
    expect(show.stdout).toMatch(/actions: {2}(\d+) of \1 usable/);

    const run = await gongkit(
      [
        "run",
        "GONG_GET_USER_BY_ID",
        "--connection",
        "acme-oauth",
        "--input",
        JSON.stringify({ id: sampleIds.repUserId }),
      ],
      env,
    ).done;
    outputs.push(run.stdout, run.stderr);
    expect(JSON.parse(run.stdout).successful).toBe(true);
    expect(
      sandbox.requestLog.some(
        (entry) => entry.path === `/v2/users/${sampleIds.repUserId}` && entry.status === 200,
      ),
    ).toBe(true);
  }, 60_000);

  it("shows no client secret in any output", () => {
    for (const text of outputs) expect(text).not.toContain(sandboxOAuthClient.clientSecret);
  });
});
