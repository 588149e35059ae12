import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";

describe("permission profiles", () => {
  it("gets the sample profile and lists its users from the core users", async () => {
    const { call, state } = openSandbox();
    const profile = await call("getPermissionProfile", { query: { profileId: ids.permissionProfileId } });
    expect(profile.body.profile).toMatchObject({ id: ids.permissionProfileId, name: "Sales Rep" });
    const users = await call("listPermissionProfileUsers", { query: { profileId: ids.permissionProfileId } });
    const listed = (users.body.users as { id: string }[]).map((user) => user.id);
    expect(listed).toContain(ids.repUserId);
    expect(listed).toHaveLength(
      state.users.filter((user) => user.permissionProfileId === ids.permissionProfileId).length,
    );
  });

  it("seeds a profile for every permissionProfileId a core user carries", () => {
    const { state } = openSandbox();
    const known = new Set(state.permissionProfiles.map((profile) => profile.id));
    expect(state.users.filter((user) => !known.has(user.permissionProfileId))).toEqual([]);
    expect(state.permissionProfiles.length).toBeGreaterThanOrEqual(3);
  });

  it("creates (422 on a duplicate name), lists alphabetically and updates a profile", async () => {
    const { call } = openSandbox();
    const workspaceId = ids.companyWorkspaceId;
    const created = await call("createPermissionProfile", {
      query: { workspaceId },
      body: {
        name: "Auditors",
        description: "Read-only review",
        callsAccess: { permissionLevel: "all" },
        library: true,
      },
    });
    const profile = created.body.profile as Record<string, unknown>;
    expect(profile).toMatchObject({
      name: "Auditors",
      callsAccess: { permissionLevel: "all" },
      library: true,
      deals: false,
    });

    const duplicate = await call("createPermissionProfile", {
      query: { workspaceId },
      body: { name: "auditors" },
    });
    expect(duplicate.status).toBe(422);

    const listed = await call("listPermissionProfile", { query: { workspaceId } });
    const names = (listed.body.profiles as { name: string }[]).map((item) => item.name);
    expect(names).toContain("Auditors");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    const updated = await call("updatePermissionProfile", {
      query: { profileId: String(profile.id) },
      body: { description: "Quarterly audits", deals: true },
    });
    expect(updated.body.profile).toMatchObject({
      name: "Auditors",
      description: "Quarterly audits",
      deals: true,
      library: true,
    });
    expect(
      (await call("getPermissionProfile", { query: { profileId: String(profile.id) } })).body.profile,
    ).toEqual(updated.body.profile);
  });

  it("refuses unknown profiles and workspaces", async () => {
    const { call } = openSandbox();
    expect((await call("getPermissionProfile", { query: { profileId: "1" } })).status).toBe(400);
    expect((await call("listPermissionProfile", { query: { workspaceId: "1" } })).status).toBe(400);
    expect(
      (await call("createPermissionProfile", { query: { workspaceId: "1" }, body: { name: "X" } })).status,
    ).toBe(400);
  });
});

describe("call access", () => {
  it("adds access, shows it, and removes only API grants", async () => {
    const { call, state } = openSandbox();
    const userId = ids.managerUserId;
    const callId = state.calls[5]?.id ?? "";
    const read = async () => {
      const answer = await call("getUsersAccessToCalls", { body: { filter: { callIds: [callId] } } });
      return answer.body.callAccessList;
    };
    expect(await read()).toEqual([{ callId, users: [] }]);
    const entry = { callId, userIds: [userId] };
    expect((await call("addUsersAccessToCalls", { body: { callAccessList: [entry] } })).status).toBe(200);
    await call("addUsersAccessToCalls", { body: { callAccessList: [entry] } });
    expect(await read()).toEqual([{ callId, users: [{ userId }] }]);
    expect((await call("deleteUsersAccessToCalls", { body: { callAccessList: [entry] } })).status).toBe(200);
    expect(await read()).toEqual([{ callId, users: [] }]);
  });

  it("refuses unknown calls and users", async () => {
    const { call } = openSandbox();
    const unknownCall = { callAccessList: [{ callId: "1", userIds: [ids.repUserId] }] };
    expect((await call("addUsersAccessToCalls", { body: unknownCall })).status).toBe(400);
    const unknownUser = { callAccessList: [{ callId: ids.callId, userIds: ["1"] }] };
    expect((await call("addUsersAccessToCalls", { body: unknownUser })).status).toBe(400);
  });
});
