// The client against the sandbox, end to end: paging in query and body, 404-as-empty, exact int64 ids,
// streamed uploads, 401, 429 with Retry-After, and no credential in any error.

import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { createSandbox, sandboxBaseUrl } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../support/sandbox-client.js";

const window = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };

describe("paging", () => {
  it("follows the cursor in the query across pages (GET /v2/calls)", async () => {
    const { client, exchanges } = sandboxWithClient();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.run("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", {
        ...window,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.error).toBeNull();
      ids.push(...(page.data?.calls ?? []).map((call) => String(call.id)));
      cursor = page.data?.records?.cursor ?? undefined;
    } while (cursor);
    expect(exchanges.length).toBeGreaterThanOrEqual(3);
    expect(
      exchanges.slice(1).every((e) => e.url.searchParams.has("cursor") && e.requestBody === undefined),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(300);
  });

  it("follows the cursor in the body across pages (POST /v2/calls/extensive)", async () => {
    const { client, exchanges } = sandboxWithClient();
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await client.run("GONG_RETRIEVE_FILTERED_CALL_DETAILS", {
        filter: window,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.error).toBeNull();
      total += page.data?.calls?.length ?? 0;
      cursor = page.data?.records?.cursor ?? undefined;
    } while (cursor);
    expect(exchanges.length).toBeGreaterThanOrEqual(3);
    for (const exchange of exchanges.slice(1)) {
      expect(exchange.url.search).toBe("");
      expect(JSON.parse(exchange.requestBody ?? "{}").cursor).toBeTruthy();
    }
    expect(total).toBeGreaterThanOrEqual(300);
  });
});

it("turns Gong's 404 for an empty period into an empty list", async () => {
  const { client, exchanges } = sandboxWithClient();
  const result = await client.run("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", {
    fromDateTime: "2020-01-01T00:00:00Z",
    toDateTime: "2020-01-02T00:00:00Z",
  });
  expect(exchanges[0]?.status).toBe(404);
  expect(result.successful).toBe(true);
  expect(result.data?.calls).toEqual([]);
});

it("keeps an int64 id above 2^53 exact through list -> update -> list", async () => {
  const { client, exchanges } = sandboxWithClient();
  const filter = {
    userId: sampleIds.repUserId,
    types: ["FLOW", "MANUAL"],
    taskAction: ["CALL"],
    status: ["OPEN"],
  } as const;
  const listed = await client.run("GONG_LIST_TASKS", {
    filter: {
      ...filter,
      types: [...filter.types],
      taskAction: [...filter.taskAction],
      status: [...filter.status],
    },
  });
  expect(listed.error).toBeNull();
  expect(exchanges[0]?.responseText).toContain(`"id":${sampleIds.taskId}`); // a bare JSON number on the wire
  const task = listed.data?.tasks?.find((t) => t.id === sampleIds.taskId);
  expect(task?.id).toBe(sampleIds.taskId);
  expect(BigInt(sampleIds.taskId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);

  const updated = await client.run("GONG_UPDATE_TASK_V2_TASKS_TASK_ID", {
    taskId: task?.id ?? "",
    userId: sampleIds.repUserId,
    status: "DONE",
  });
  expect(updated.error).toBeNull();
  expect(exchanges[1]?.url.pathname).toBe(`/v2/tasks/${sampleIds.taskId}`);

  const after = await client.run("GONG_LIST_TASKS", {
    filter: { ...filter, types: ["FLOW", "MANUAL"], taskAction: ["CALL"], status: ["DONE"] },
  });
  expect(after.data?.tasks?.map((t) => t.id)).toContain(sampleIds.taskId);
});

it("uploads media streamed from a file, and the call then has media", async () => {
  const { client, sandbox } = sandboxWithClient();
  const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
    id: sampleIds.callAwaitingMediaId,
    mediaFile: "test/fixtures/sample-call.mp3",
  });
  expect(result.error).toBeNull();
  expect(result.data?.callId).toBe(sampleIds.callAwaitingMediaId);
  const call = sandbox.state.calls.find((c) => c.id === sampleIds.callAwaitingMediaId);
  expect(call?.recording?.bytes).toBe(4180);
});

describe("errors", () => {
  it("answers 401 for wrong credentials, without echoing them", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const secret = "wrong-secret-for-401-test";
    const client = createGongClient({
      baseUrl: sandboxBaseUrl,
      allowHttp: true,
      auth: { type: "basic", accessKey: "wrong-access-key-401", accessKeySecret: secret },
      rateLimit: false,
      fetch: (url, init) => sandbox.fetch(url, init),
    });
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(result.error?.code).toBe("unauthorized");
    expect(result.error?.status).toBe(401);
    expect(result.error?.requestId).toBeTruthy();
    const text = JSON.stringify(result) + String(result.error?.stack);
    expect(text).not.toContain(secret);
    expect(text).not.toContain("wrong-access-key-401");
  });

  it("answers 429 with Retry-After beyond 3 requests a second", async () => {
    let now = 1_000_000;
    const { client } = sandboxWithClient({ clock: () => now }, { retry: false });
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES"));
    expect(results.slice(0, 3).every((r) => r.successful)).toBe(true);
    expect(results[3]?.error?.code).toBe("rate_limited");
    expect(results[3]?.error?.retryAfterMs).toBeGreaterThanOrEqual(1000);
    now += results[3]?.error?.retryAfterMs ?? 0;
    expect((await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES")).successful).toBe(true);
  });

  it("keeps the sandbox credentials out of every failure", async () => {
    const { client, sandbox } = sandboxWithClient();
    const failures = await Promise.all([
      client.runById("GONG_GET_CALL_BY_ID", { id: "1" }),
      client.runById("GONG_GET_CALL_BY_ID", { id: 12 }),
      client.runById("GONG_NO_SUCH_ACTION", {}),
      client.runById("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
        id: "1",
        mediaFile: "test/fixtures/sample-call.mp3",
      }),
    ]);
    const basic = Buffer.from(
      `${sandbox.credentials.accessKey}:${sandbox.credentials.accessKeySecret}`,
    ).toString("base64");
    for (const failure of failures) {
      expect(failure.successful).toBe(false);
      const text = JSON.stringify(failure) + String(failure.error?.stack);
      for (const secret of [sandbox.credentials.accessKey, sandbox.credentials.accessKeySecret, basic]) {
        expect(text).not.toContain(secret);
      }
    }
  });
});

it("keeps an int64 integration id exact through list -> get -> update", async () => {
  const { client, exchanges } = sandboxWithClient();
  const listed = await client.run("GONG_GET_CRM_INTEGRATION_DETAILS");
  expect(listed.error).toBeNull();
  expect(exchanges[0]?.responseText).toContain(`"integrationId":${sampleIds.crmIntegrationId}`);
  const integrationId = listed.data?.integrations?.[0]?.integrationId;
  expect(integrationId).toBe(sampleIds.crmIntegrationId);

  const schema = await client.run("GONG_LIST_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA", {
    integrationId: integrationId ?? "",
    objectType: "ACCOUNT",
  });
  expect(schema.error).toBeNull();
  expect(exchanges[1]?.url.searchParams.get("integrationId")).toBe(sampleIds.crmIntegrationId);
  // Every field to keep must be sent again, with its reference target or picklist values.
  const fields = (schema.data?.objectTypeToSelectedFields?.ACCOUNT ?? []).map((field) => ({
    uniqueName: String(field.uniqueName),
    label: String(field.label),
    type: field.type as "STRING",
    ...(field.referenceTo ? { referenceTo: field.referenceTo as "ACCOUNT" } : {}),
    ...(field.orderedValueList ? { orderedValueList: field.orderedValueList } : {}),
  }));
  expect(fields.length).toBeGreaterThan(0);

  const updated = await client.run("GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA", {
    integrationId: integrationId ?? "",
    objectType: "ACCOUNT",
    body: [...fields, { uniqueName: "renewalQuarter", label: "Renewal quarter", type: "STRING" }],
  });
  expect(updated.error).toBeNull();
  expect(exchanges[2]?.url.searchParams.get("integrationId")).toBe(sampleIds.crmIntegrationId);
});
