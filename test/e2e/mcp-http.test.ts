// The MCP server over Streamable HTTP, as a remote agent meets it: the SDK's client over a socket, a bearer API
// key on every request, nothing reaching the server (or Gong) without a live key.
import { request as httpRequest } from "node:http";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { gongMcpServerFactory } from "gongkit/internal/mcp/server.js";
import { type ApiKeys, apiKeys } from "gongkit/internal/serve/api-keys.js";
import { loopbackHostnames, mcpHttpApp } from "gongkit/internal/serve/http-app.js";
import { type Listening, listen } from "gongkit/internal/serve/listen.js";
import type { Db } from "gongkit/internal/store/db.js";
import { openStore } from "gongkit/internal/store/open.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxWithClient } from "../support/sandbox-client.js";

const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

/** A raw request with any Host and Origin (fetch will not send another Host than the URL's). */
function rawPost(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(JSON.stringify(initialize));
  });
}

describe("gongkit serve: MCP over Streamable HTTP", () => {
  const { sandbox, client: gongClient, exchanges } = sandboxWithClient();
  const factory = gongMcpServerFactory({ client: gongClient });
  let serversMade = 0;
  let db: Db;
  let keys: ApiKeys;
  let key: string;
  let server: Listening;
  let mcpUrl: string;

  async function connect(bearer: string): Promise<Client> {
    const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), {
      requestInit: { headers: { Authorization: `Bearer ${bearer}` } },
    });
    const mcp = new Client({ name: "http-test", version: "1.0.0" });
    await mcp.connect(transport);
    return mcp;
  }

  const post = (headers: Record<string, string>) =>
    fetch(mcpUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...headers,
      },
      body: JSON.stringify(initialize),
    });

  beforeAll(async () => {
    db = await openStore({ inMemory: true, databaseUrl: "" });
    keys = apiKeys(db);
    key = (await keys.create("test-agent")).key;
    const app = mcpHttpApp({
      serverFactory: (caller) => {
        serversMade += 1;
        return factory(caller);
      },
      verifyKey: (presented) => keys.verify(presented),
      allowedHostnames: loopbackHostnames,
    });
    server = await listen(app, "127.0.0.1", 0);
    mcpUrl = `${server.url}/mcp`;
  });

  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("lists the catalogue's tools and runs one against the sandbox", async () => {
    const mcp = await connect(key);
    const { tools } = await mcp.listTools();
    expect(tools.map((t) => t.name)).toContain("GONG_GET_CALL_BY_ID");
    const result = await mcp.callTool({ name: "GONG_GET_CALL_BY_ID", arguments: { id: sampleIds.callId } });
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result.structuredContent)).toContain(sampleIds.callId);
    expect(exchanges.some((e) => e.url.pathname === `/v2/calls/${sampleIds.callId}`)).toBe(true);
    await mcp.close();
    expect((await keys.list())[0]?.lastUsedAt).not.toBeNull();
  });

  it("answers 401 with a Bearer challenge without a key, and reaches neither the server nor Gong", async () => {
    const [made, sent] = [serversMade, exchanges.length];
    const response = await post({});
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/Authorization: Bearer/);
    expect([serversMade, exchanges.length]).toEqual([made, sent]);
  });

  it("answers 401 to a wrong key and to a revoked one, never echoing the key", async () => {
    const made = serversMade;
    const wrong = await post({ authorization: `Bearer gk_${"A".repeat(43)}` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');

    const revokedKey = (await keys.create("short-lived")).key;
    expect((await post({ authorization: `Bearer ${revokedKey}` })).status).toBe(200);
    await keys.revoke("short-lived");
    const revoked = await post({ authorization: `Bearer ${revokedKey}` });
    expect(revoked.status).toBe(401);
    expect(await revoked.text()).not.toContain(revokedKey);
    expect(serversMade).toBe(made + 1);
  });

  it("runs a destructive action in two stateless requests: preview and token, then the confirmed run", async () => {
    const mcp = await connect(key);
    const input = { meetingId: sampleIds.meetingId, organizerEmail: sampleIds.repEmail };
    const first = await mcp.callTool({ name: "GONG_DELETE_MEETING", arguments: input });
    const token = (first.structuredContent as { confirmationToken?: string } | undefined)?.confirmationToken;
    expect(token).toEqual(expect.any(String));
    expect(sandbox.state.meetings.some((m) => m.id === sampleIds.meetingId)).toBe(true);

    const wrong = await mcp.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...input, confirmationToken: `${token}-forged` },
    });
    expect(wrong.isError).toBe(true);
    expect(sandbox.state.meetings.some((m) => m.id === sampleIds.meetingId)).toBe(true);

    const made = serversMade;
    const second = await mcp.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...input, confirmationToken: token },
    });
    expect(serversMade).toBeGreaterThan(made);
    expect(second.isError).toBeFalsy();
    expect(sandbox.state.meetings.some((m) => m.id === sampleIds.meetingId)).toBe(false);

    const reuse = await mcp.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...input, confirmationToken: token },
    });
    expect(reuse.isError).toBe(true);
    expect((reuse.content as { text: string }[])[0]?.text).toMatch(/already used/);
    await mcp.close();
  });

  it("refuses a confirmation token replayed from another API key, and one of the wrong type, sending nothing", async () => {
    const otherKey = (await keys.create("second-agent")).key;
    const [mine, theirs] = [await connect(key), await connect(otherKey)];
    const input = { meetingId: sampleIds.meetingId, organizerEmail: sampleIds.managerEmail };
    const first = await mine.callTool({ name: "GONG_DELETE_MEETING", arguments: input });
    const token = (first.structuredContent as { confirmationToken?: string } | undefined)?.confirmationToken;
    expect(token).toEqual(expect.any(String));
    const sent = exchanges.length;
    const replay = await theirs.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...input, confirmationToken: token },
    });
    expect(replay.isError).toBe(true);
    expect((replay.content as { text: string }[])[0]?.text).toMatch(/not issued to you/);
    const wrongType = await theirs.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...input, confirmationToken: { token } },
    });
    expect(wrongType.isError).toBe(true);
    expect((wrongType.content as { text: string }[])[0]?.text).toMatch(
      /confirmationToken must be the string/,
    );
    expect(exchanges.length).toBe(sent);
    await Promise.all([mine.close(), theirs.close()]);
  });

  it("answers bad arguments with an isError result that names the fields, sending nothing to Gong", async () => {
    const mcp = await connect(key);
    const sent = exchanges.length;
    const result = await mcp.callTool({
      name: "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS",
      arguments: {},
    });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toMatch(/Fix these fields:[\s\S]*fromDateTime/);
    expect(exchanges.length).toBe(sent);
    await mcp.close();
  });

  it("serves the read-only and discovery modes the same way", async () => {
    for (const [options, check] of [
      [{ readOnly: true }, (names: string[]) => expect(names).not.toContain("GONG_DELETE_MEETING")],
      [{ mode: "discovery" as const }, (names: string[]) => expect(names).toHaveLength(3)],
    ] as const) {
      const app = mcpHttpApp({
        serverFactory: gongMcpServerFactory({ client: gongClient, ...options }),
        verifyKey: (presented) => keys.verify(presented),
      });
      const other = await listen(app, "127.0.0.1", 0);
      const transport = new StreamableHTTPClientTransport(new URL(`${other.url}/mcp`), {
        requestInit: { headers: { Authorization: `Bearer ${key}` } },
      });
      const mcp = new Client({ name: "http-test", version: "1.0.0" });
      await mcp.connect(transport);
      const names = (await mcp.listTools()).tools.map((t) => t.name);
      check(names);
      await mcp.close();
      await other.close();
    }
  });

  it("keeps GET and DELETE out (stateless) and /healthz open", async () => {
    const get = await fetch(mcpUrl, {
      headers: { authorization: `Bearer ${key}`, accept: "text/event-stream" },
    });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(mcpUrl, { method: "DELETE" })).status).toBe(401);
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it("refuses requests addressed by another name (DNS rebinding), even with a key", async () => {
    const authorization = `Bearer ${key}`;
    expect(await rawPost(mcpUrl, { authorization, accept: "application/json, text/event-stream" })).toBe(200);
    const port = new URL(mcpUrl).port;
    expect(await rawPost(mcpUrl, { authorization, host: `evil.example:${port}` })).toBe(403);
    expect(await rawPost(mcpUrl, { authorization, origin: "http://evil.example" })).toBe(403);
    expect(
      await rawPost(mcpUrl, {
        authorization,
        accept: "application/json, text/event-stream",
        host: `localhost:${port}`,
        origin: `http://localhost:${port}`,
      }),
    ).toBe(200);
  });
});
