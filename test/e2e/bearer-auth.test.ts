// The client with an OAuth token against the sandbox's OAuth server: Bearer calls at the base URL the token
// names, a refresh after a 401 (at most once), and scopes checked before any request.

import type { TokenProvider } from "@gongkit/client/internal/client/auth.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { manualClock } from "@gongkit/client/internal/core/clock.js";
import { createSandbox } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";
import { connect, refresh } from "../support/sandbox-oauth.js";

async function setup(scopes: string[]) {
  const clock = manualClock(Date.UTC(2026, 8, 1, 12));
  const sandbox = createSandbox({
    rateLimit: false,
    clock: () => clock.now(),
    oauth: { accessTokenTtlSeconds: 60 },
  });
  const tokens = await connect(sandbox, scopes);
  let current = { access: tokens.access_token, refresh: tokens.refresh_token };
  let refreshes = 0;
  const provider: TokenProvider = {
    accessToken: async () => current.access,
    refreshAfterUnauthorized: async () => {
      refreshes += 1;
      const answer = await refresh(sandbox, current.refresh);
      if (answer.status !== 200) return undefined;
      current = { access: answer.body.access_token, refresh: answer.body.refresh_token };
      return current.access;
    },
  };
  const client = createGongClient({
    baseUrl: tokens.api_base_url_for_customer,
    allowHttp: true,
    auth: { type: "bearer", provider, scopes: tokens.scope.split(" "), identity: "test-connection" },
    fetch: (url, init) => sandbox.fetch(url, init),
    rateLimit: false,
    retry: false,
  });
  return { clock, sandbox, client, refreshes: () => refreshes };
}

describe("Bearer auth", () => {
  it("calls the API at api_base_url_for_customer and refreshes once after a 401", async () => {
    const { clock, client, sandbox, refreshes } = await setup(["api:workspaces:read"]);
    expect((await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES")).successful).toBe(true);
    clock.advance(61_000); // the access token expires
    const after = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(after.error).toBeNull();
    expect(refreshes()).toBe(1);
    expect(sandbox.oauth.stats.refreshes).toBe(1);
  });

  it("stops after one refresh when Gong keeps refusing", async () => {
    const { clock, client, sandbox, refreshes } = await setup(["api:workspaces:read"]);
    sandbox.oauth.revokeAll();
    clock.advance(61_000);
    const result = await client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    expect(result.error?.code).toBe("unauthorized");
    expect(refreshes()).toBe(1);
  });

  it("refuses an action whose scope was not granted, before any request, saying how to fix it", async () => {
    const { client, sandbox } = await setup(["api:workspaces:read"]);
    const before = sandbox.requestLog.length;
    const result = await client.run("GONG_GET_CALL_BY_ID", { id: "7782342274025937895" });
    expect(result.error?.code).toBe("missing_scope");
    expect(result.error?.message).toContain("api:calls:read:basic");
    expect(result.error?.message).toContain("gongkit connect oauth");
    expect(sandbox.requestLog.length).toBe(before);
  });
});
