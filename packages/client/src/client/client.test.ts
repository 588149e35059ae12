import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createGongClient } from "./client.js";
import type { FetchLike } from "./send.js";

const auth = {
  type: "basic",
  accessKey: "AK-test-key-0001",
  accessKeySecret: "very-secret-value-0001",
} as const;
const baseUrl = "https://us-12345.api.gong.io";
// These tests look at one request and one answer: no pacing, no retries (each has its own tests).
const bare = { rateLimit: false, retry: false } as const;

function fakeGong(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url: String(url), init });
    return new Response(body, { status, headers: { "content-type": "application/json", ...headers } });
  };
  return { fetch, calls, client: createGongClient({ baseUrl, auth, fetch, ...bare }) };
}

describe("input validation", () => {
  it("names each bad field and sends nothing", async () => {
    const { client, calls } = fakeGong(200, "{}");
    const result = await client.runById("GONG_RETRIEVE_FILTERED_CALL_DETAILS", {
      filter: { fromDateTime: "last tuesday", callIds: "123" },
      extra: 1,
    });
    expect(result.successful).toBe(false);
    expect(result.error?.code).toBe("invalid_input");
    const paths = result.error?.fields?.map((f) => f.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["filter.fromDateTime", "filter.callIds", "extra"]));
    expect(result.error?.message).toContain("filter.fromDateTime");
    expect(calls).toHaveLength(0);
  });

  it("suggests the closest ids for an unknown one", async () => {
    const { client } = fakeGong(200, "{}");
    const result = await client.runById("GONG_GET_CALL_TRANSCRIPTS");
    expect(result.error?.code).toBe("unknown_action");
    expect(result.error?.message).toContain("GONG_GET_CALL_TRANSCRIPT");
  });

  it("rejects base URLs that are not https or carry credentials", () => {
    expect(() => createGongClient({ baseUrl: "http://api.gong.io", auth })).toThrow(/https/);
    expect(() => createGongClient({ baseUrl: "https://u:p@api.gong.io", auth })).toThrow(/credentials/);
    expect(createGongClient({ baseUrl: "https://us-1.api.gong.io/v2/", auth }).baseUrl).toBe(
      "https://us-1.api.gong.io",
    );
    expect(createGongClient({ baseUrl: "http://127.0.0.1:4010", auth }).baseUrl).toBe(
      "http://127.0.0.1:4010",
    );
  });
});

describe("requests", () => {
  it("puts path, query and body where the route says, with Basic auth", async () => {
    const { client, calls } = fakeGong(200, JSON.stringify({ requestId: "r", callTranscripts: [] }));
    await client.run("GONG_GET_CALL_TRANSCRIPT", {
      filter: { callIds: ["7782342274025937895"] },
      cursor: "abc",
    });
    const sent = calls[0];
    expect(sent?.url).toBe(`${baseUrl}/v2/calls/transcript`);
    expect(sent?.init.method).toBe("POST");
    expect(JSON.parse(String(sent?.init.body))).toEqual({
      filter: { callIds: ["7782342274025937895"] },
      cursor: "abc",
    });
    const header = (sent?.init.headers as Record<string, string> | undefined)?.authorization;
    expect(header).toBe(
      `Basic ${Buffer.from(`${auth.accessKey}:${auth.accessKeySecret}`).toString("base64")}`,
    );
  });

  it("writes int64 path parameters as exact digits", async () => {
    const { client, calls } = fakeGong(200, JSON.stringify({ requestId: "r" }));
    await client.run("GONG_DELETE_MEETING", {
      meetingId: 9007199254740993123n,
      organizerEmail: "a@b.example",
    });
    expect(calls[0]?.url).toBe(`${baseUrl}/v2/meetings/9007199254740993123`);
  });
});

describe("responses", () => {
  it("keeps int64 ids above 2^53 exact, as digit strings", async () => {
    const raw = `{"requestId":"r","answeredScorecards":[{"answeredScorecardId":9007199254740993123,"callId":7782342274025937895,"scorecardId":8123456789012345670}]}`;
    const { client } = fakeGong(200, raw);
    const result = await client.run("GONG_CREATE_ACTIVITY_SCORECARDS_REPORT", { filter: {} });
    expect(result.successful).toBe(true);
    const card = result.data?.answeredScorecards?.[0];
    expect(card?.answeredScorecardId).toBe("9007199254740993123");
    expect(card?.callId).toBe("7782342274025937895");
  });

  it("turns a declared no-results 404 into an empty list", async () => {
    const { client } = fakeGong(404, JSON.stringify({ requestId: "r404", errors: ["No calls found"] }));
    const result = await client.run("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", {
      fromDateTime: "2026-01-01T00:00:00Z",
      toDateTime: "2026-01-02T00:00:00Z",
    });
    expect(result.successful).toBe(true);
    expect(result.data?.calls).toEqual([]);
    expect(result.data?.records?.totalRecords).toBe(0);
  });

  it("keeps a real 404 an error, with Gong's requestId", async () => {
    const { client } = fakeGong(404, JSON.stringify({ requestId: "req-77", errors: ["Call not found"] }));
    const result = await client.run("GONG_GET_CALL_BY_ID", { id: "1" });
    expect(result.error?.code).toBe("not_found");
    expect(result.error?.status).toBe(404);
    expect(result.error?.requestId).toBe("req-77");
    expect(result.error?.gongErrors).toEqual(["Call not found"]);
  });

  it("reads Retry-After on 429", async () => {
    const { client } = fakeGong(429, JSON.stringify({ requestId: "r", errors: ["Too many"] }), {
      "retry-after": "2",
    });
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(result.error?.code).toBe("rate_limited");
    expect(result.error?.retryable).toBe(true);
    expect(result.error?.retryAfterMs).toBe(2000);
  });
});

describe("secrets", () => {
  it("never appear in errors, even when the server echoes them", async () => {
    const basic = Buffer.from(`${auth.accessKey}:${auth.accessKeySecret}`).toString("base64");
    const echoed = `bad credentials ${auth.accessKey}:${auth.accessKeySecret} Basic ${basic}`;
    const { client } = fakeGong(401, JSON.stringify({ requestId: "r", errors: [echoed] }));
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    const text = JSON.stringify(result) + String(result.error?.stack);
    expect(result.error?.code).toBe("unauthorized");
    for (const secret of [auth.accessKey, auth.accessKeySecret, basic]) expect(text).not.toContain(secret);
  });

  it("keeps them out of network errors too", async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError(`connect failed for ${auth.accessKeySecret}`);
    };
    const client = createGongClient({ baseUrl, auth, fetch, ...bare });
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(result.error?.code).toBe("network_error");
    expect(JSON.stringify(result)).not.toContain(auth.accessKeySecret);
  });
});

describe("multipart upload", () => {
  it("streams the file from disk to the server as mediaFile", async () => {
    const received: Buffer[] = [];
    let headers: Record<string, unknown> = {};
    const server = createServer((req, res) => {
      headers = req.headers;
      req.on("data", (chunk: Buffer) => received.push(chunk));
      req.on("end", () => {
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify({ requestId: "r", callId: "42", url: "https://app.gong.io/call?id=42" }));
      });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const client = createGongClient({ baseUrl: `http://127.0.0.1:${port}`, auth, ...bare });
    const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
      id: "42",
      mediaFile: "test/fixtures/sample-call.mp3",
    });
    server.close();
    expect(result.successful).toBe(true);
    const body = Buffer.concat(received);
    expect(String(headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(body.toString("latin1")).toContain('name="mediaFile"; filename="sample-call.mp3"');
  });

  it("refuses a file Gong would reject, before sending anything", async () => {
    const { client, calls } = fakeGong(201, "{}");
    const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
      id: "42",
      mediaFile: "test/fixtures/crm-accounts.ldjson",
    });
    expect(result.error?.code).toBe("file_error");
    expect(result.error?.fields?.[0]?.path).toBe("mediaFile");
    expect(calls).toHaveLength(0);
  });

  it("refuses a missing file before sending", async () => {
    const { client, calls } = fakeGong(201, "{}");
    const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
      id: "42",
      mediaFile: "/no/such.mp3",
    });
    expect(result.error?.code).toBe("file_error");
    expect(calls).toHaveLength(0);
  });
});

describe("output validation (opt-in)", () => {
  it("logs where Gong deviates from the output schema and still returns the data", async () => {
    const logged: string[] = [];
    const fetch: FetchLike = async () =>
      new Response(JSON.stringify({ requestId: "r", workspaces: "not a list" }), { status: 200 });
    const client = createGongClient({
      baseUrl,
      auth,
      fetch,
      ...bare,
      validateOutput: true,
      logger: { log: (level, message) => logged.push(`${level} ${message}`) },
    });
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(result.successful).toBe(true);
    expect(result.data?.workspaces).toBe("not a list");
    expect(logged.join("\n")).toMatch(/warn .*does not match the output schema/);
  });
});
