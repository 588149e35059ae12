import { generatedActions } from "@gongkit/client/internal/catalog/generated/actions.js";
import { operations } from "@gongkit/client/internal/catalog/generated/operations.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { OperationId } from "@gongkit/client/internal/catalog/types.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../test/support/official-spec.js";
import { bearerCall, connect } from "../../../test/support/sandbox-oauth.js";
import { sandboxRequest } from "../../../test/support/sandbox-request.js";
import { createSandbox } from "./app.js";
import { findOperation } from "./routes.js";
import { gongScopes, mediaUrlScope, requiredScopes } from "./scopes.js";

const window90 = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };

describe("sandbox OAuth: Bearer tokens on /v2", () => {
  it("refuses an expired access token with 401 and Gong's error body once the clock moves", async () => {
    let now = 2_000_000;
    const sandbox = createSandbox({
      rateLimit: false,
      clock: () => now,
      oauth: { accessTokenTtlSeconds: 3 },
    });
    const tokens = await connect(sandbox, "api:workspaces:read");
    expect((await bearerCall(sandbox, tokens, "GET", "/v2/workspaces")).status).toBe(200);
    now += 2_999;
    expect((await bearerCall(sandbox, tokens, "GET", "/v2/workspaces")).status).toBe(200);
    now += 1;
    const expired = await bearerCall(sandbox, tokens, "GET", "/v2/workspaces");
    expect(expired.status).toBe(401);
    expect(Object.keys(expired.body).sort()).toEqual(["errors", "requestId"]);
    expect(expired.body.errors[0]).toMatch(/expired/);
    expect(expired.headers.get("www-authenticate")).toMatch(/^Bearer .*invalid_token/);
    expect(validateResponse("GET", "/v2/calls", 401, expired.body)).toEqual([]); // same body for every route
    const unknown = await bearerCall(
      sandbox,
      { ...tokens, access_token: "made-up" },
      "GET",
      "/v2/workspaces",
    );
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0]).toMatch(/expired/);
  });

  it("answers 403 naming the missing scope; a granted scope passes", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const tokens = await connect(sandbox, "api:workspaces:read api:calls:read:basic");
    const denied = await bearerCall(sandbox, tokens, "GET", "/v2/users");
    expect(denied.status).toBe(403);
    expect(denied.body.errors[0]).toMatch(/'api:users:read'/);
    expect(denied.headers.get("www-authenticate")).toMatch(/insufficient_scope.*api:users:read/);
    expect(Object.keys(denied.body).sort()).toEqual(["errors", "requestId"]);
    expect(validateResponse("POST", "/v2/flows/steps", 403, denied.body)).toEqual([]); // Gong's ErrorResponse
    const calls = await bearerCall(sandbox, tokens, "GET", `/v2/calls/${sampleIds.callId}`);
    expect(calls.status).toBe(200);
    const transcript = await bearerCall(sandbox, tokens, "POST", "/v2/calls/transcript", {
      filter: window90,
    });
    expect(transcript.status).toBe(403);
    expect(transcript.body.errors[0]).toMatch(/api:calls:read:transcript/);
  });

  it("needs api:calls:read:media-url as well when /v2/calls/extensive asks for media", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const extensive = await connect(sandbox, "api:calls:read:extensive");
    const media = { filter: window90, contentSelector: { exposedFields: { media: true } } };
    expect(
      (await bearerCall(sandbox, extensive, "POST", "/v2/calls/extensive", { filter: window90 })).status,
    ).toBe(200);
    const denied = await bearerCall(sandbox, extensive, "POST", "/v2/calls/extensive", media);
    expect(denied.status).toBe(403);
    expect(denied.body.errors[0]).toMatch(/'api:calls:read:media-url'/);
    const both = await connect(sandbox, ["api:calls:read:extensive", mediaUrlScope]);
    const allowed = await bearerCall(sandbox, both, "POST", "/v2/calls/extensive", media);
    expect(allowed.status).toBe(200);
    expect(allowed.body.calls[0].media).toBeDefined();
  });

  it("checks 401 and 403 before the rate limit, which still applies to Bearer calls", async () => {
    const sandbox = createSandbox({ clock: () => 0 });
    const tokens = await connect(sandbox, "api:workspaces:read");
    const statuses = [];
    for (let index = 0; index < 4; index++) {
      statuses.push((await bearerCall(sandbox, tokens, "GET", "/v2/workspaces")).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await bearerCall(sandbox, tokens, "GET", "/v2/users")).status).toBe(403);
  });

  it("keeps Basic access keys working, unlimited by scope", async () => {
    const sandbox = createSandbox({ rateLimit: false });
    expect((await sandboxRequest(sandbox, "GET", "/v2/users")).status).toBe(200);
    const media = { filter: window90, contentSelector: { exposedFields: { media: true } } };
    expect((await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", { json: media })).status).toBe(200);
  });
});

describe("sandbox OAuth: the scope table", () => {
  it("knows every action's scope, the permission-profile ones and media-url", () => {
    for (const action of Object.values(generatedActions)) expect(gongScopes).toContain(action.scope);
    expect(gongScopes).toEqual(
      expect.arrayContaining(["api:permission-profile:read", "api:permission-profile:write", mediaUrlScope]),
    );
  });

  it("gives every operation exactly one scope (the transcript alias shares its operation's)", () => {
    const scopes = new Map<string, Set<string>>();
    for (const action of Object.values(generatedActions)) {
      scopes.set(action.operationId, (scopes.get(action.operationId) ?? new Set()).add(action.scope));
    }
    for (const operationId of Object.keys(operations) as OperationId[]) {
      expect(scopes.get(operationId)?.size, operationId).toBe(1);
      expect(requiredScopes(operationId, undefined)).toEqual([...(scopes.get(operationId) ?? [])]);
    }
  });

  it("finds a request's operation as the router does (static paths before parameters)", () => {
    expect(findOperation("POST", "/v2/calls/extensive")).toBe("listCallsExtensive");
    expect(findOperation("GET", "/v2/calls/123")).toBe("getCall");
    expect(findOperation("GET", "/v2/calls")).toBe("listCalls");
    expect(findOperation("GET", "/v2/nothing")).toBeUndefined();
  });
});
