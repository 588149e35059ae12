import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { ldjsonFile, openSandbox } from "../../../../test/support/sandbox-http.js";
import { createLineReader } from "./crm-upload.js";

const integrationId = ids.crmIntegrationId;
const account = (objectId: string, extra: Record<string, unknown> = {}) => ({
  objectId,
  modifiedDate: "2026-08-20T10:00:00Z",
  name: `Account ${objectId}`,
  domains: [`${objectId.toLowerCase()}.example`],
  ...extra,
});

function upload(
  call: ReturnType<typeof openSandbox>["call"],
  clientRequestId: string,
  lines: (string | Record<string, unknown>)[],
  objectType = "ACCOUNT",
  integration: string = integrationId,
) {
  return call("uploadCrmData", {
    query: { integrationId: integration, objectType, clientRequestId },
    raw: ldjsonFile(lines),
  });
}

describe("crm integration", () => {
  it("lists the seeded integration with a bare int64 id and refuses a second one", async () => {
    const { call } = openSandbox();
    const listed = await call("listGenericCrmIntegration");
    expect(listed.text).toContain(`"integrationId":${integrationId}`);
    const again = await call("registerGenericCrmIntegration", {
      body: { name: "Second", ownerEmail: ids.managerEmail },
    });
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]).toMatch(/already exists/);
  });

  it("upload → PENDING, IN_PROGRESS, DONE → read back → delete → empty → register again", async () => {
    const { call } = openSandbox();
    const sent = await upload(call, "accounts-1", [
      account("0015g00000NewCo1"),
      "",
      account("0015g00000NewCo2"),
    ]);
    expect(sent.status).toBe(201);
    expect(sent.body.clientRequestId).toBe("accounts-1");

    const status = () =>
      call("getRequestStatus", { query: { integrationId, clientRequestId: "accounts-1" } });
    expect((await status()).body.status).toBe("PENDING");
    expect((await status()).body.status).toBe("IN_PROGRESS");
    const done = await status();
    expect(done.body).toMatchObject({ status: "DONE", errors: [], totalErrorCount: 0, totalSuccessCount: 2 });

    const read = await call("getCrmObjects", {
      query: {
        integrationId,
        objectType: "ACCOUNT",
        objectsCrmIds: ["0015g00000NewCo1", "0015g00000Missing"],
      },
    });
    expect(read.body.crmObjectsMap).toEqual({
      "0015g00000NewCo1": {
        objectId: "0015g00000NewCo1",
        modifiedDate: "2026-08-20T10:00:00Z",
        name: "Account 0015g00000NewCo1",
        domains: ["0015g00000newco1.example"],
      },
      "0015g00000Missing": null,
    });

    expect((await upload(call, "accounts-1", [account("0015g00000NewCo3")])).status).toBe(409);

    const deleted = await call("deleteGenericCrmIntegration", {
      query: { integrationId, clientRequestId: "teardown-1" },
    });
    expect(deleted.status).toBe(201);
    expect(deleted.body.clientRequestId).toBe("teardown-1");
    expect((await call("listGenericCrmIntegration")).body.integrations).toEqual([]);
    const deleteStatus = await call("getRequestStatus", {
      query: { integrationId, clientRequestId: "teardown-1" },
    });
    expect(deleteStatus.body.status).toBe("PENDING");
    expect((await upload(call, "accounts-2", [account("0015g00000NewCo4")])).status).toBe(400);

    const registered = await call("registerGenericCrmIntegration", {
      body: { name: "Acme Sales CRM sync", ownerEmail: ids.managerEmail },
    });
    expect(registered.status).toBe(200);
    const newId = /"integrationId":(\d+)/.exec(registered.text)?.[1] ?? "";
    expect(BigInt(newId)).toBeGreaterThan(BigInt(integrationId));
    const after = await call("getCrmObjects", {
      query: { integrationId: newId, objectType: "ACCOUNT", objectsCrmIds: [ids.crmAccountId] },
    });
    expect(after.body.crmObjectsMap).toEqual({ [ids.crmAccountId]: null });
    const schema = await call("listCrmSchemaFields", {
      query: { integrationId: newId, objectType: "ACCOUNT" },
    });
    expect(schema.body.objectTypeToSelectedFields).toEqual({ ACCOUNT: [] });
  });

  it("reports failed lines (first 20, 1-based) and applies the valid ones", async () => {
    const { call, state } = openSandbox();
    const lines = [
      account("0015g00000Good1"),
      "{not json",
      account("0015g00000Bad1", { modifiedDate: "2026-08-20T10:00:00.123Z" }),
      account("0015g00000Bad2", { address: { city: "Springfield" } }),
      { objectId: "no spaces allowed", modifiedDate: "2026-08-20T10:00:00Z" },
      account("0015g00000Good1"),
      ...Array.from({ length: 20 }, () => "[]"),
    ];
    expect((await upload(call, "mixed-1", lines)).status).toBe(201);
    const query = { integrationId, clientRequestId: "mixed-1" };
    await call("getRequestStatus", { query });
    await call("getRequestStatus", { query });
    const failed = await call("getRequestStatus", { query });
    expect(failed.body).toMatchObject({ status: "FAILED", totalErrorCount: 25, totalSuccessCount: 1 });
    const errors = failed.body.errors as { line: number; description: string }[];
    expect(errors).toHaveLength(20);
    expect(errors.slice(0, 5).map((error) => error.line)).toEqual([2, 3, 4, 5, 6]);
    expect(errors[1]?.description).toMatch(/without milliseconds/);
    expect(errors[2]?.description).toMatch(/flat/);
    expect(errors[4]?.description).toMatch(/appears twice/);
    expect(state.crmObjects.ACCOUNT["0015g00000Good1"]).toBeDefined();
    expect(state.crmObjects.ACCOUNT["0015g00000Bad1"]).toBeUndefined();
  });

  it("reports an empty file as a general error on line 0, and deletes records sent with isDeleted", async () => {
    const { call, state } = openSandbox();
    await upload(call, "empty-1", ["", "  "]);
    const query = { integrationId, clientRequestId: "empty-1" };
    await call("getRequestStatus", { query });
    await call("getRequestStatus", { query });
    expect((await call("getRequestStatus", { query })).body.errors).toEqual([
      { line: 0, description: expect.stringMatching(/no JSON objects/) },
    ]);
    await upload(
      call,
      "delete-1",
      [{ objectId: ids.crmDealId, modifiedDate: "2026-08-30T10:00:00Z", isDeleted: true }],
      "DEAL",
    );
    expect(state.crmObjects.DEAL[ids.crmDealId]).toBeUndefined();
  });

  it("refuses a body that is not multipart, an unknown integration and an unknown request", async () => {
    const { call } = openSandbox();
    const notMultipart = await call("uploadCrmData", {
      query: { integrationId, objectType: "ACCOUNT", clientRequestId: "x-1" },
      body: { objectId: "a" },
    });
    expect(notMultipart.status).toBe(400);
    expect((await upload(call, "x-2", [account("a")], "ACCOUNT", "123")).status).toBe(400);
    const unknown = await call("getRequestStatus", {
      query: { integrationId, clientRequestId: "never-sent" },
    });
    expect(unknown.status).toBe(400);
  });
});

describe("crm schema", () => {
  const seeded = [
    { uniqueName: "industry", label: "Industry", type: "STRING" },
    { uniqueName: "annualRevenue", label: "Annual Revenue", type: "CURRENCY" },
    { uniqueName: "parentAccount", label: "Parent Account", type: "REFERENCE", referenceTo: "ACCOUNT" },
  ];

  it("lists every type when objectType is omitted", async () => {
    const { call } = openSandbox();
    const all = await call("listCrmSchemaFields", { query: { integrationId } });
    const types = Object.keys(all.body.objectTypeToSelectedFields as object);
    expect(types).toEqual(["ACCOUNT", "CONTACT", "DEAL", "LEAD", "BUSINESS_USER", "STAGE"]);
  });

  it("needs every existing field, drops data on a type change or isDeleted, keeps it on a label change", async () => {
    const { call, state } = openSandbox();
    const post = (body: unknown) =>
      call("uploadCrmSchemaField", { query: { integrationId, objectType: "ACCOUNT" }, body });
    const missing = await post([seeded[0]]);
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]).toMatch(/missing: annualRevenue, parentAccount/);
    expect((await post([...seeded, { uniqueName: "tier", label: "Tier", type: "PICKLIST" }])).status).toBe(
      400,
    );

    const globex = state.crmObjects.ACCOUNT[ids.crmAccountId];
    expect(globex?.fields.industry).toBe("Manufacturing");
    const changed = await post([
      { uniqueName: "industry", label: "Sector", type: "STRING" },
      { uniqueName: "annualRevenue", label: "Revenue", type: "NUMBER" },
      { ...seeded[2], isDeleted: true },
    ]);
    expect(changed.status).toBe(201);
    expect(globex?.fields.industry).toBe("Manufacturing");
    expect(globex?.fields).not.toHaveProperty("annualRevenue");
    const listed = await call("listCrmSchemaFields", { query: { integrationId, objectType: "ACCOUNT" } });
    expect(listed.body.objectTypeToSelectedFields).toEqual({
      ACCOUNT: [
        {
          uniqueName: "industry",
          label: "Sector",
          type: "STRING",
          lastModified: ids.sandboxNow,
          isDeleted: false,
        },
        {
          uniqueName: "annualRevenue",
          label: "Revenue",
          type: "NUMBER",
          lastModified: ids.sandboxNow,
          isDeleted: false,
        },
      ],
    });
  });

  it("checks uploaded custom fields against the schema and drops unknown fields", async () => {
    const { call, state } = openSandbox();
    await upload(call, "custom-1", [
      account("0015g00000Cust1", { industry: "Retail", annualRevenue: 2500000, notInSchema: "dropped" }),
      account("0015g00000Cust2", { annualRevenue: "lots" }),
    ]);
    expect(state.crmObjects.ACCOUNT["0015g00000Cust1"]?.fields).toEqual({
      name: "Account 0015g00000Cust1",
      domains: ["0015g00000cust1.example"],
      industry: "Retail",
      annualRevenue: 2500000,
    });
    expect(state.crmRequests.at(-1)?.errors).toEqual([
      { line: 2, description: "Field 'annualRevenue' must be a number" },
    ]);
  });
});

describe("createLineReader", () => {
  it("splits LF and CRLF lines across chunks, multi-byte characters included, and skips oversized lines", () => {
    const lines: (string | undefined)[] = [];
    const reader = createLineReader((text) => lines.push(text), 12);
    const bytes = new TextEncoder().encode('{"a":"é"}\r\n{"b":2}\n0123456789abcdef\nlast');
    for (let index = 0; index < bytes.length; index += 3) reader.push(bytes.slice(index, index + 3));
    reader.end();
    expect(lines).toEqual(['{"a":"é"}', '{"b":2}', undefined, "last"]);
  });
});
