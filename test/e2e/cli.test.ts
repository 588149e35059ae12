// The CLI as a process: what a shell user sees, and its exit codes.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer as createHttpServer } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import { promisify } from "node:util";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = "packages/gongkit/bin/gongkit.js";

async function gongkit(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run("node", [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const noCredentials = { GONG_BASE_URL: "", GONG_ACCESS_KEY: "", GONG_ACCESS_KEY_SECRET: "" };

describe("gongkit CLI", () => {
  it("lists every action, and a group", async () => {
    const all = await gongkit(["actions", "list", "--json"]);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).length).toBeGreaterThanOrEqual(69);
    const calls = await gongkit(["actions", "list", "--group", "calls"]);
    expect(calls.stdout).toContain("GONG_GET_CALL_TRANSCRIPT");
    expect(calls.stdout).not.toContain("GONG_LIST_TASKS");
  });

  it("describes an action with its schemas, scope and examples", async () => {
    const { code, stdout } = await gongkit(["actions", "describe", "GONG_GET_CALL_TRANSCRIPT", "--json"]);
    expect(code).toBe(0);
    const described = JSON.parse(stdout);
    expect(described.scope).toBe("api:calls:read:transcript");
    expect(described.input.properties.filter).toBeDefined();
    expect(described.output.type).toBe("object");
    expect(described.examples.length).toBeGreaterThan(0);
  });

  it("runs an action against the in-process sandbox", async () => {
    const input = JSON.stringify({ id: sampleIds.callId });
    const { code, stdout } = await gongkit(["run", "GONG_GET_CALL_BY_ID", "--sandbox", "--input", input]);
    expect(code).toBe(0);
    const envelope = JSON.parse(stdout);
    expect(envelope.successful).toBe(true);
    expect(envelope.data.call.id).toBe(sampleIds.callId);
  });

  it("exits non-zero with the envelope when the input is invalid", async () => {
    const { code, stdout } = await gongkit(["run", "GONG_GET_CALL_BY_ID", "--sandbox", "--input", "{}"]);
    expect(code).toBe(1);
    const envelope = JSON.parse(stdout);
    expect(envelope.successful).toBe(false);
    expect(envelope.error.code).toBe("invalid_input");
    expect(envelope.error.fields[0].path).toBe("id");
  });

  it("suggests the closest ids for a wrong one", async () => {
    const { code, stdout } = await gongkit(["run", "GONG_GET_CALL_TRANSCRIPTS", "--sandbox"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error.message).toContain("GONG_GET_CALL_TRANSCRIPT");
    const describe = await gongkit(["actions", "describe", "GONG_LIST_USER"]);
    expect(describe.code).toBe(2);
    expect(describe.stderr).toContain("GONG_LIST_ALL_USERS_V2_USERS");
  });

  it("says which settings are missing without a sandbox or credentials", async () => {
    const { code, stderr } = await gongkit(
      ["run", "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"],
      noCredentials,
    );
    expect(code).toBe(2);
    expect(stderr).toContain("GONG_BASE_URL");
    expect(stderr).toContain("--sandbox");
  });

  it("says what gongkit mcp is missing without printing gongkit run's usage", async () => {
    const { code, stderr } = await gongkit(["mcp"], noCredentials);
    expect(code).toBe(2);
    expect(stderr).toContain("Missing GONG_BASE_URL, GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET");
    expect(stderr).not.toContain("gongkit run");
  });

  it("says on stderr that it is retrying an unreachable host, and why", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, stderr } = await gongkit(["run", "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"], {
      GONG_BASE_URL: `http://127.0.0.1:${port}`,
      GONG_ACCESS_KEY: "key",
      GONG_ACCESS_KEY_SECRET: "secret",
    });
    expect(code).not.toBe(0);
    const retries = stderr.split("\n").filter((line) => line.includes("retrying in"));
    expect(retries).toHaveLength(4);
    expect(retries[0]).toMatch(
      /^gongkit: GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES: retrying in \d+\.\d s after network_error: .+ \(attempt 2 of 5\)$/,
    );
  }, 30_000);

  it("refuses a destructive action without a terminal or --yes, sending nothing; --yes runs it", async () => {
    const received: string[] = [];
    const gong = createHttpServer((request, response) => {
      received.push(`${request.method} ${request.url}`);
      response.writeHead(200, { "content-type": "application/json" }).end('{"requestId":"r1"}');
    });
    await new Promise<void>((resolve) => gong.listen(0, "127.0.0.1", resolve));
    const port = (gong.address() as AddressInfo).port;
    const args = ["run", "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", "--input", '{"emailAddress":"a@b.example"}'];
    const env = {
      GONG_BASE_URL: `http://127.0.0.1:${port}`,
      GONG_ACCESS_KEY: "k",
      GONG_ACCESS_KEY_SECRET: "s",
    };
    try {
      const refused = await gongkit(args, env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("nothing was sent. Add --yes to run it.");
      expect(refused.stdout).toBe("");
      expect(received).toEqual([]);
      const confirmed = await gongkit([...args, "--yes"], env);
      expect(confirmed.code).toBe(0);
      expect(received).toEqual([
        "POST /v2/data-privacy/erase-data-for-email-address?emailAddress=a%40b.example",
      ]);
    } finally {
      gong.close();
    }
    const sandbox = await gongkit([
      "run",
      "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS",
      "--sandbox",
      "--yes",
      "--input",
      JSON.stringify({ emailAddress: sampleIds.customerEmail }),
    ]);
    expect(sandbox.code).toBe(0);
    expect(JSON.parse(sandbox.stdout).successful).toBe(true);
  }, 30_000);

  it("says a sandbox port is taken, without a stack trace", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    const { code, stderr } = await gongkit(["sandbox", "--port", String(port)]);
    taken.close();
    expect(code).toBe(2);
    expect(stderr).toContain(`Cannot listen on 127.0.0.1:${port}`);
    expect(stderr).toContain("the port is taken");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  describe("with a served sandbox", () => {
    let server: ChildProcess | undefined;
    afterAll(() => {
      server?.kill("SIGTERM");
    });

    it("serves over HTTP and the CLI calls it with environment credentials", async () => {
      server = spawn("node", [bin, "sandbox", "--port", "0", "--no-rate-limit"], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let banner = "";
      while (!/export GONG_BASE_URL=\S+ GONG_ACCESS_KEY=\S+ GONG_ACCESS_KEY_SECRET=\S+/.test(banner)) {
        const [chunk] = (await once(server.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
        banner += chunk.toString();
      }
      const [, baseUrl, key, secret] =
        banner.match(/GONG_BASE_URL=(\S+) GONG_ACCESS_KEY=(\S+) GONG_ACCESS_KEY_SECRET=(\S+)/) ?? [];
      const env = {
        GONG_BASE_URL: baseUrl ?? "",
        GONG_ACCESS_KEY: key ?? "",
        GONG_ACCESS_KEY_SECRET: secret ?? "",
      };
      const { code, stdout } = await gongkit(["run", "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"], env);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).data.workspaces.map((w: { id: string }) => w.id)).toContain(
        sampleIds.companyWorkspaceId,
      );
    });
  });
});
