import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../test/support/official-spec.js";
import { sandboxRequest } from "../../../test/support/sandbox-request.js";
import { createSandbox, type Sandbox } from "./app.js";
import { basicAuthorization } from "./auth.js";
import type { ChaosOptions } from "./chaos.js";

const mixed: ChaosOptions = { rate429: 0.1, rate5xx: 0.1, rateReset: 0.05, rateTruncated: 0.05, seed: 42 };

/** What each of `count` in-process GETs met: a status, "reset" or "truncated". */
async function outcomes(sandbox: Sandbox, count: number): Promise<string[]> {
  const headers = { authorization: basicAuthorization(sandbox.credentials) };
  const seen: string[] = [];
  for (let index = 0; index < count; index++) {
    try {
      const response = await sandbox.fetch("/v2/workspaces", { headers });
      const text = await response.text();
      seen.push(
        Buffer.byteLength(text) < Number(response.headers.get("content-length"))
          ? "truncated"
          : `${response.status}`,
      );
    } catch {
      seen.push("reset");
    }
  }
  return seen;
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const addCallBody = {
  clientUniqueId: "chaos",
  actualStart: "2026-08-31T15:00:00Z",
  direction: "Outbound",
  primaryUser: sampleIds.repUserId,
  parties: [{ userId: sampleIds.repUserId }],
};

describe("sandbox chaos", () => {
  // Most tests share one sandbox, each setting its own chaos and reading the log from where it started.
  const sandbox = createSandbox({ rateLimit: false });
  const headers = { authorization: basicAuthorization(sandbox.credentials) };
  const addCall = (clientUniqueId: string) =>
    sandboxRequest(sandbox, "POST", "/v2/calls", { json: { ...addCallBody, clientUniqueId } });
  const loggedSince = (start: number) =>
    sandbox.requestLog.slice(start).map((entry) => [entry.status, entry.fault]);

  it("injects faults at about the configured rates, identically for the same seed", async () => {
    const before = { ...sandbox.chaosCounts };
    sandbox.setChaos(mixed);
    const seen = await outcomes(sandbox, 500);
    const counts = tally(seen);
    const fivexx = (counts["500"] ?? 0) + (counts["503"] ?? 0);
    // Within 3 standard deviations of a binomial(500, p) around 500p.
    expect(counts["429"]).toBeGreaterThan(30);
    expect(counts["429"]).toBeLessThan(70);
    expect(fivexx).toBeGreaterThan(30);
    expect(fivexx).toBeLessThan(70);
    expect(counts["500"]).toBeGreaterThan(0);
    expect(counts["503"]).toBeGreaterThan(0);
    for (const kind of ["reset", "truncated"]) {
      expect(counts[kind]).toBeGreaterThan(10);
      expect(counts[kind]).toBeLessThan(40);
    }
    expect(sandbox.chaosCounts).toEqual({
      ...before,
      injected429: before.injected429 + (counts["429"] ?? 0),
      injected5xx: before.injected5xx + fivexx,
      resets: before.resets + (counts.reset ?? 0),
      truncated: before.truncated + (counts.truncated ?? 0),
    });
    expect(await outcomes(createSandbox({ rateLimit: false, chaos: mixed }), 500)).toEqual(seen);
    sandbox.setChaos({ ...mixed, seed: 43 });
    expect(await outcomes(sandbox, 100)).not.toEqual(seen.slice(0, 100));
    sandbox.setChaos(undefined);
    expect(tally(await outcomes(sandbox, 20))).toEqual({ 200: 20 });
  });

  it("answers an injected 429 with Retry-After and Gong's error body, without running the handler", async () => {
    sandbox.setChaos({ rate429: 1 });
    const calls = sandbox.state.calls.length;
    const reply = await addCall("chaos-429");
    expect(reply.status).toBe(429);
    expect(reply.headers.get("retry-after")).toBe("1");
    expect(validateResponse("POST", "/v2/calls", 429, reply.body)).toEqual([]);
    expect(sandbox.state.calls).toHaveLength(calls);
    expect(sandbox.requestLog.at(-1)).toMatchObject({ path: "/v2/calls", status: 429, fault: "429" });
  });

  it("answers an injected 5xx before the handler by default, or after it when asked", async () => {
    const calls = sandbox.state.calls.length;
    sandbox.setChaos({ rate5xx: 1 });
    const refused = await addCall("chaos-5xx");
    expect([500, 503]).toContain(refused.status);
    expect(Object.keys(refused.body).sort()).toEqual(["errors", "requestId"]);
    expect(sandbox.state.calls).toHaveLength(calls);

    sandbox.setChaos({ rate5xx: 1, fault5xxAfterHandler: true });
    const lost = await addCall("chaos-5xx");
    expect([500, 503]).toContain(lost.status);
    expect(sandbox.state.calls).toHaveLength(calls + 1);
    sandbox.setChaos(undefined);
    expect((await addCall("chaos-5xx")).status).toBe(409);
  });

  it("keeps real 401s and rate-limit 429s, injecting faults only into admitted requests", async () => {
    const limited = createSandbox({ clock: () => 0, chaos: { rateReset: 1 } });
    expect((await sandboxRequest(limited, "GET", "/v2/workspaces", { anonymous: true })).status).toBe(401);
    for (let index = 0; index < 3; index++) {
      await expect(sandboxRequest(limited, "GET", "/v2/workspaces")).rejects.toThrow("fetch failed");
    }
    const refused = await sandboxRequest(limited, "GET", "/v2/workspaces");
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0]).toMatch(/3 calls per second/);
    expect(limited.requestLog.map((entry) => [entry.status, entry.fault])).toEqual([
      [401, undefined],
      [0, "reset"],
      [0, "reset"],
      [0, "reset"],
      [429, undefined],
    ]);
  });

  it("resets the connection: in-process as Node's fetch rejects, over a socket with ECONNRESET", async () => {
    const start = sandbox.requestLog.length;
    const resets = sandbox.chaosCounts.resets;
    sandbox.setChaos({ rateReset: 1 });
    const inProcess = await sandbox.fetch("/v2/workspaces", { headers }).catch((error: unknown) => error);
    expect(inProcess).toBeInstanceOf(TypeError);
    expect(inProcess).toMatchObject({ message: "fetch failed", cause: { code: "ECONNRESET" } });

    const server = await sandbox.listen();
    try {
      const overSocket = await fetch(`${server.url}/v2/workspaces`, { headers }).catch(
        (error: unknown) => error,
      );
      expect(overSocket).toBeInstanceOf(TypeError);
      expect(overSocket).toMatchObject({ message: "fetch failed", cause: { code: "ECONNRESET" } });
      sandbox.setChaos(undefined);
      expect((await fetch(`${server.url}/v2/workspaces`, { headers })).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(sandbox.chaosCounts.resets).toBe(resets + 2);
    expect(loggedSince(start)).toEqual([
      [0, "reset"],
      [0, "reset"],
      [200, undefined],
    ]);
  });

  it("truncates bodies under the full Content-Length, so reading or parsing them fails", async () => {
    const start = sandbox.requestLog.length;
    sandbox.setChaos({ rateTruncated: 1 });
    const path = `/v2/users/${sampleIds.repUserId}`;
    const inProcess = await sandbox.fetch(path, { headers });
    const bytes = Buffer.from(await inProcess.arrayBuffer());
    const fullLength = Number(inProcess.headers.get("content-length"));
    expect(inProcess.status).toBe(200);
    expect(bytes.length).toBe(Math.floor(fullLength / 2));
    expect(() => JSON.parse(bytes.toString())).toThrow();

    const server = await sandbox.listen();
    try {
      const overSocket = await fetch(`${server.url}${path}`, { headers });
      expect(overSocket.status).toBe(200);
      expect(Number(overSocket.headers.get("content-length"))).toBe(fullLength);
      await expect(overSocket.text()).rejects.toThrow("terminated");
    } finally {
      sandbox.setChaos(undefined);
      await server.close();
    }
    expect(loggedSince(start)).toEqual([
      [200, "truncated"],
      [200, "truncated"],
    ]);
  });

  it("delays every /v2 answer through the injected sleep", async () => {
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
    };
    const before = { ...sandbox.chaosCounts };
    sandbox.setChaos({ latencyMs: 250, sleep });
    await sandboxRequest(sandbox, "GET", "/v2/workspaces");
    await sandboxRequest(sandbox, "GET", "/v2/workspaces", { anonymous: true });
    expect(slept).toEqual([250, 250]);
    sandbox.setChaos({ latencyMs: [100, 200], sleep, seed: 7 });
    for (let index = 0; index < 20; index++) await sandboxRequest(sandbox, "GET", "/v2/workspaces");
    sandbox.setChaos(undefined);
    const ranged = slept.slice(2);
    expect(ranged.every((ms) => ms >= 100 && ms <= 200)).toBe(true);
    expect(new Set(ranged).size).toBeGreaterThan(5);
    expect(sandbox.chaosCounts).toEqual({
      ...before,
      delayed: before.delayed + 22,
      delayedMs: before.delayedMs + slept.reduce((sum, ms) => sum + ms, 0),
    });
  });

  it("refuses rates outside 0..1, rates adding up to more than 1, and a bad latency", () => {
    expect(() => createSandbox({ chaos: { rate429: 1.5 } })).toThrow(/0\.\.1/);
    expect(() => createSandbox({ chaos: { rate429: 0.6, rateReset: 0.6 } })).toThrow(/at most 1/);
    expect(() => sandbox.setChaos({ latencyMs: [200, 100] })).toThrow(/latencyMs/);
    expect(() => sandbox.setChaos({ latencyMs: -1 })).toThrow(/latencyMs/);
  });
});
