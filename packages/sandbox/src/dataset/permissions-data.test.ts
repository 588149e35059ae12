import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random.js";
import { buildCoreState } from "./core.js";
import { defaultSeed } from "./ids.js";
import { profileFlagKeys, profileObjectKeys, seedPermissions } from "./permissions-data.js";

const core = buildCoreState(defaultSeed, new Date(ids.sandboxNow));

describe("permissions seed", () => {
  const { permissionProfiles, callAccessGrants } = seedPermissions(core, createRandom(4));

  it("has the sample profile in the company workspace and every profile a user carries", () => {
    expect(permissionProfiles.find((profile) => profile.id === ids.permissionProfileId)?.workspaceId).toBe(
      ids.companyWorkspaceId,
    );
    const known = new Set(permissionProfiles.map((profile) => profile.id));
    expect(core.users.every((user) => known.has(user.permissionProfileId))).toBe(true);
    expect(permissionProfiles.some((profile) => profile.workspaceId === ids.secondWorkspaceId)).toBe(true);
  });

  it("fills every permission of every profile, with names unique per workspace", () => {
    expect(profileFlagKeys.length).toBeGreaterThan(30);
    for (const profile of permissionProfiles) {
      for (const key of [...profileObjectKeys, ...profileFlagKeys])
        expect(profile.permissions).toHaveProperty(key);
    }
    const names = permissionProfiles.map((profile) => `${profile.workspaceId}/${profile.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("grants one outside user access to the sample call", () => {
    expect(callAccessGrants).toHaveLength(1);
    expect(callAccessGrants[0]?.callId).toBe(ids.callId);
  });
});
