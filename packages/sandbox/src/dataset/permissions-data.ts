// The permissions slice of the sandbox state: permission profiles per workspace (every profile a core user
// carries exists) and the individual call access granted through /v2/calls/users-access.
import { operations } from "@gongkit/client/internal/catalog/generated/operations.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CoreState } from "../core-state.js";
import type { Random } from "../random.js";
import { permissionProfileIds } from "./ids.js";

export const accessLevelKeys = [
  "callsAccess",
  "dealsAccess",
  "coachingAccess",
  "insightsAccess",
  "usageAccess",
  "emailsAccess",
] as const;
export const profileObjectKeys = [...accessLevelKeys, "libraryFolderAccess", "forecastPermissions"] as const;

const nonSettingKeys = new Set(["id", "name", "description", ...profileObjectKeys]);
const profileRoute = operations.createPermissionProfile.route;
/** The profile's on/off permissions (scoreCalls, downloadCallMedia, ...), read from the generated route. */
export const profileFlagKeys: readonly string[] =
  profileRoute.body.kind === "json" ? profileRoute.body.keys.filter((key) => !nonSettingKeys.has(key)) : [];

export type PermissionLevel = "all" | "managers-team" | "report-to-them" | "own" | "none";

export interface PermissionProfileRecord {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  /** Everything else of Gong's PermissionProfileDTO: access objects and boolean permissions. */
  permissions: Record<string, unknown>;
}

export interface PermissionsState {
  permissionProfiles: PermissionProfileRecord[];
  /** Individual call access given through the API (not sharing or profile access). */
  callAccessGrants: { callId: string; userId: string }[];
}

/** A complete permission set at one level: every access object and every flag filled in. */
export function defaultPermissions(level: PermissionLevel, flags: boolean): Record<string, unknown> {
  const permissions: Record<string, unknown> = {};
  for (const key of accessLevelKeys) permissions[key] = { permissionLevel: level };
  permissions.libraryFolderAccess = {
    permissionLevel: level === "none" ? "none" : "all",
    managePublicFolder: flags,
    manageStreams: flags,
    manageFolderCalls: flags,
    shareFoldersAndStreams: flags,
  };
  permissions.forecastPermissions = {
    forecastAccess: { permissionLevel: level },
    forecastEditSubmissions: { permissionLevel: level === "all" ? "all" : "own" },
    forecastEditTargets: { permissionLevel: flags ? level : "none" },
  };
  for (const key of profileFlagKeys) permissions[key] = flags;
  return permissions;
}

interface ProfileSeed {
  name: string;
  description: string;
  level: PermissionLevel;
  flags: boolean;
}

/** The profiles the core roster assigns, and two nobody uses yet (one in the second workspace). */
const knownProfiles: Record<string, ProfileSeed> = {
  [permissionProfileIds.salesRep]: {
    name: "Sales Rep",
    description: "Account executives and SDRs: their own calls, deals and forecast.",
    level: "own",
    flags: false,
  },
  [permissionProfileIds.salesManager]: {
    name: "Sales Manager",
    description: "Managers and the VP: their teams' calls, deals, coaching and forecast.",
    level: "managers-team",
    flags: true,
  },
  [permissionProfileIds.technicalStaff]: {
    name: "Technical Staff",
    description: "Solutions engineers and customer success: every call, no deal or forecast editing.",
    level: "all",
    flags: false,
  },
};
const unusedProfiles: { id: string; workspace: 0 | 1; seed: ProfileSeed }[] = [
  {
    id: "9011223344556677803",
    workspace: 0,
    seed: { name: "Administrator", description: "Full access to every feature.", level: "all", flags: true },
  },
  {
    id: "9011223344556677804",
    workspace: 1,
    seed: { name: "EMEA Read Only", description: "Viewers of their own calls.", level: "own", flags: false },
  },
];

function profile(id: string, workspaceId: string, seed: ProfileSeed): PermissionProfileRecord {
  const permissions = defaultPermissions(seed.level, seed.flags);
  Object.assign(permissions, {
    callsAndSearch: true,
    library: true,
    deals: true,
    account: true,
    activity: true,
  });
  return { id, workspaceId, name: seed.name, description: seed.description, permissions };
}

export function seedPermissions(core: CoreState, _random: Random): PermissionsState {
  const workspaceIds = core.workspaces.map((workspace) => workspace.id);
  const companyWorkspace = workspaceIds[0] ?? sampleIds.companyWorkspaceId;
  const profiles: PermissionProfileRecord[] = [];
  const carried = [permissionProfileIds.salesRep, ...core.users.map((user) => user.permissionProfileId)];
  for (const id of new Set<string>(carried)) {
    const holder = core.users.find((user) => user.permissionProfileId === id);
    const workspaceId = id === sampleIds.permissionProfileId ? companyWorkspace : holder?.workspaceIds[0];
    const seed = knownProfiles[id] ?? {
      name: `Profile ${id.slice(-4)}`,
      description: "Custom profile.",
      level: "own",
      flags: false,
    };
    profiles.push(profile(id, workspaceId ?? companyWorkspace, seed));
  }
  for (const extra of unusedProfiles) {
    profiles.push(profile(extra.id, workspaceIds[extra.workspace] ?? companyWorkspace, extra.seed));
  }

  const sampleCall = core.calls.find((call) => call.id === sampleIds.callId) ?? core.calls[0];
  const outsider = core.users.find(
    (user) => sampleCall && !sampleCall.parties.some((party) => party.userId === user.id),
  );
  return {
    permissionProfiles: profiles,
    callAccessGrants: sampleCall && outsider ? [{ callId: sampleCall.id, userId: outsider.id }] : [],
  };
}
