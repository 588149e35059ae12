import { operations } from "@gongkit/client/internal/catalog/generated/operations.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../test/support/official-spec.js";
import { pinnedNow } from "../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../test/support/sandbox-request.js";
import { createSandbox, sandboxBaseUrl } from "./app.js";
import { basicAuthorization, sandboxCredentials } from "./auth.js";
import { handlers } from "./handlers/index.js";

const window90 = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };

describe("sandbox plumbing", () => {
  it("answers in-process for absolute URLs and paths, with a fresh requestId each time", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const auth = { authorization: basicAuthorization(sandboxCredentials) };
    const absolute = await sandbox.fetch(`${sandboxBaseUrl}/v2/workspaces`, { headers: auth });
    const relative = await sandbox.fetch(new Request(`${sandboxBaseUrl}/v2/workspaces`, { headers: auth }));
    const first = (await absolute.json()) as { requestId: string };
    const second = (await relative.json()) as { requestId: string };
    expect(absolute.status).toBe(200);
    expect(absolute.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.requestId).toMatch(/^[a-z0-9]{17}$/);
    expect(second.requestId).not.toBe(first.requestId);
    expect(validateResponse("GET", "/v2/workspaces", 200, first)).toEqual([]);
  });

  it("refuses /v2 calls without or with wrong credentials (401, Gong error body)", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const missing = await sandboxRequest(sandbox, "GET", "/v2/workspaces", { anonymous: true });
    const wrong = await sandboxRequest(sandbox, "GET", "/v2/workspaces", {
      headers: { authorization: basicAuthorization({ accessKey: "nope", accessKeySecret: "wrong" }) },
    });
    const bearer = await sandboxRequest(sandbox, "GET", "/v2/workspaces", {
      headers: { authorization: "Bearer abc" },
    });
    for (const reply of [missing, wrong, bearer]) {
      expect(reply.status).toBe(401);
      expect(Object.keys(reply.body).sort()).toEqual(["errors", "requestId"]);
      expect(reply.body.errors[0]).toEqual(expect.any(String));
    }
    expect(validateResponse("GET", "/v2/calls", 401, missing.body)).toEqual([]);
  });

  it("accepts custom credentials", async () => {
    const credentials = { accessKey: "key", accessKeySecret: "secret" };
    const sandbox = createSandbox({ rateLimit: false, credentials });
    expect(sandbox.credentials).toBe(credentials);
    expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
  });

  it("rate-limits at 3/s with Retry-After and recovers when the injected clock advances", async () => {
    let now = 1_000_000;
    const sandbox = createSandbox({ clock: () => now });
    const statuses = [];
    for (let index = 0; index < 4; index++)
      statuses.push((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await sandboxRequest(sandbox, "GET", "/v2/workspaces");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(Number(limited.headers.get("retry-after")))).toBe(true);
    expect(validateResponse("GET", "/v2/workspaces", 429, limited.body)).toEqual([]);
    now += 1000;
    expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
  });

  it("enforces the daily budget until the next day", async () => {
    let now = Date.parse("2026-08-31T10:00:00Z");
    const sandbox = createSandbox({ clock: () => now, rateLimit: { perSecond: 100, perDay: 5 } });
    for (let index = 0; index < 5; index++) {
      expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
    }
    const over = await sandboxRequest(sandbox, "GET", "/v2/workspaces");
    expect(over.status).toBe(429);
    expect(over.body.errors[0]).toMatch(/Daily/);
    expect(Number(over.headers.get("retry-after"))).toBe(14 * 3600);
    now = Date.parse("2026-09-01T00:00:01Z");
    expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
  });

  it("does not spend the rate limit on unauthenticated requests", async () => {
    const sandbox = createSandbox({ clock: () => 0, rateLimit: { perSecond: 1, perDay: 10 } });
    await sandboxRequest(sandbox, "GET", "/v2/workspaces", { anonymous: true });
    expect((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).status).toBe(200);
  });

  it("answers unknown paths with a 404 error body", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const reply = await sandboxRequest(sandbox, "GET", "/v2/no-such-thing");
    expect(reply.status).toBe(404);
    expect(reply.body.errors[0]).toMatch(/No such endpoint/);
  });

  it("rejects malformed JSON and missing required inputs with 400", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const malformed = await sandbox.fetch("/v2/calls/extensive", {
      method: "POST",
      headers: { authorization: basicAuthorization(sandboxCredentials), "content-type": "application/json" },
      body: "{ not json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: string[] }).errors[0]).toMatch(/Malformed JSON/);
    const noFilter = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", { json: {} });
    expect(noFilter.status).toBe(400);
    expect(noFilter.body.errors).toContain("Missing required body field 'filter'");
    const noLogType = await sandboxRequest(sandbox, "GET", "/v2/logs", {
      query: { fromDateTime: window90.fromDateTime },
    });
    expect(noLogType.body.errors).toContain("Missing required query parameter 'logType'");
    const badEnum = await sandboxRequest(sandbox, "GET", "/v2/logs", {
      query: { ...window90, logType: "Nope" },
    });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors[0]).toMatch(/Invalid query parameter 'logType'/);
  });

  it("binds cursors to the request's other inputs", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const first = await sandboxRequest(sandbox, "GET", "/v2/calls", { query: window90 });
    const cursor = first.body.records.cursor;
    const other = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { ...window90, workspaceId: sampleIds.companyWorkspaceId, cursor },
    });
    expect(other.status).toBe(400);
    expect(other.body.errors[0]).toMatch(/Invalid cursor/);
    const same = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { toDateTime: window90.toDateTime, fromDateTime: window90.fromDateTime, cursor },
    });
    expect(same.status).toBe(200);
  });

  it("logs every request", async () => {
    let now = 5;
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow, clock: () => now++ });
    await sandboxRequest(sandbox, "GET", "/v2/users", { query: { includeAvatars: "false" } });
    await sandboxRequest(sandbox, "GET", "/v2/users/42");
    expect(sandbox.requestLog).toEqual([
      { method: "GET", path: "/v2/users", query: "includeAvatars=false", status: 200, at: 5 },
      { method: "GET", path: "/v2/users/42", query: "", status: 404, at: 6 },
    ]);
  });

  it("has a handler for every catalogue operation", () => {
    const missing = Object.keys(operations).filter((id) => !(id in handlers));
    expect(missing).toEqual([]);
  });

  it("serves over a real socket", async () => {
    const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
    const server = await sandbox.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/v2/users/${sampleIds.repUserId}`, {
        headers: { authorization: basicAuthorization(sandboxCredentials) },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { emailAddress: string } }).user.emailAddress).toBe(
        sampleIds.repEmail,
      );
    } finally {
      await server.close();
    }
  });
});
