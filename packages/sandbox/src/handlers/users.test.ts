import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox } from "../app.js";

describe("users handlers", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });

  it("lists users", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/users");
    expect(validateResponse("GET", "/v2/users", 200, reply.body)).toEqual([]);
    expect(reply.body.records).toMatchObject({
      totalRecords: sandbox.state.users.length,
      currentPageNumber: 0,
    });
    expect(reply.body.records.cursor).toBeUndefined();
    expect(reply.body.users.find((user: { id: string }) => user.id === sampleIds.repUserId)).toMatchObject({
      emailAddress: sampleIds.repEmail,
      managerId: sampleIds.managerUserId,
      settings: { webConferencesRecorded: true },
    });
  });

  it("gets one user and their settings history; 404 for unknown ids", async () => {
    const user = await sandboxRequest(sandbox, "GET", `/v2/users/${sampleIds.managerUserId}`);
    expect(validateResponse("GET", "/v2/users/{id}", 200, user.body)).toEqual([]);
    expect(user.body.user.emailAddress).toBe(sampleIds.managerEmail);
    const history = await sandboxRequest(sandbox, "GET", `/v2/users/${sampleIds.repUserId}/settings-history`);
    expect(validateResponse("GET", "/v2/users/{id}/settings-history", 200, history.body)).toEqual([]);
    expect(history.body.userSettingsHistory.length).toBeGreaterThan(3);
    expect((await sandboxRequest(sandbox, "GET", "/v2/users/1111111111111111111")).status).toBe(404);
    expect(
      (await sandboxRequest(sandbox, "GET", "/v2/users/1111111111111111111/settings-history")).status,
    ).toBe(404);
  });

  it("filters users by id and creation time, 404 when none match", async () => {
    const byId = await sandboxRequest(sandbox, "POST", "/v2/users/extensive", {
      json: { filter: { userIds: [sampleIds.repUserId, sampleIds.managerUserId] } },
    });
    expect(validateResponse("POST", "/v2/users/extensive", 200, byId.body)).toEqual([]);
    expect(byId.body.users.map((user: { id: string }) => user.id).sort()).toEqual(
      [sampleIds.repUserId, sampleIds.managerUserId].sort(),
    );
    const created = sandbox.state.users.map((user) => user.created).sort();
    const recent = await sandboxRequest(sandbox, "POST", "/v2/users/extensive", {
      json: { filter: { createdFromDateTime: created[5] } },
    });
    expect(recent.body.users).toHaveLength(created.length - 5);
    const none = await sandboxRequest(sandbox, "POST", "/v2/users/extensive", {
      json: { filter: { createdFromDateTime: sampleIds.sandboxNow } },
    });
    expect(none.status).toBe(404);
    expect(validateResponse("POST", "/v2/users/extensive", 404, none.body)).toEqual([]);
  });
});
