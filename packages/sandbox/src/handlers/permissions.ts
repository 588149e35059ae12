// Sandbox handlers for the permissions group: permission profiles per workspace and the users they govern,
// and individual call access given through the API.
import {
  defaultPermissions,
  type PermissionProfileRecord,
  profileFlagKeys,
  profileObjectKeys,
} from "../dataset/permissions-data.js";
import { badRequest, type Handler, type HandlerMap, SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";
import { callAccessHandlers } from "./permissions-call-access.js";

type ProfileBody = Record<string, unknown> & { name?: string; description?: string };

const settingKeys = new Set<string>([...profileObjectKeys, ...profileFlagKeys]);

function profileOut(profile: PermissionProfileRecord) {
  return { id: profile.id, name: profile.name, description: profile.description, ...profile.permissions };
}

function requireProfile(state: SandboxState, profileId: string | null): PermissionProfileRecord {
  const profile = state.permissionProfiles.find((item) => item.id === profileId);
  if (!profile) badRequest(`No permission profile with id ${profileId}`);
  return profile;
}

function requireWorkspace(state: SandboxState, workspaceId: string | null): string {
  if (!state.workspaces.some((workspace) => workspace.id === workspaceId)) {
    badRequest(`No workspace with id ${workspaceId}; list them with GET /v2/workspaces`);
  }
  return workspaceId as string;
}

function nameTaken(state: SandboxState, workspaceId: string, name: string, except?: PermissionProfileRecord) {
  return state.permissionProfiles.some(
    (profile) =>
      profile !== except &&
      profile.workspaceId === workspaceId &&
      profile.name.trim().toLowerCase() === name.trim().toLowerCase(),
  );
}

/** The profile settings a request body carries (unknown keys were already refused by the plumbing). */
function settingsOf(body: ProfileBody): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => settingKeys.has(key)));
}

function nextProfileId(state: SandboxState): string {
  let highest = 0n;
  for (const profile of state.permissionProfiles) {
    const id = BigInt(profile.id);
    if (id > highest) highest = id;
  }
  return String(highest + 1n);
}

const getPermissionProfile: Handler = ({ state, query }) => ({
  body: { profile: profileOut(requireProfile(state, query.get("profileId"))) },
});

const createPermissionProfile: Handler = ({ state, query, body }) => {
  const workspaceId = requireWorkspace(state, query.get("workspaceId"));
  const request = (body ?? {}) as ProfileBody;
  const name = request.name?.trim();
  if (!name) badRequest("A permission profile needs a name");
  if (nameTaken(state, workspaceId, name)) {
    throw new SandboxHttpError(422, [
      `A permission profile named '${name}' already exists in this workspace`,
    ]);
  }
  const profile: PermissionProfileRecord = {
    id: nextProfileId(state),
    workspaceId,
    name,
    description: request.description ?? "",
    permissions: { ...defaultPermissions("none", false), ...settingsOf(request) },
  };
  state.permissionProfiles.push(profile);
  return { body: { profile: profileOut(profile) } };
};

/** Applies the fields the body carries and returns the whole profile after the change. */
const updatePermissionProfile: Handler = ({ state, query, body }) => {
  const profile = requireProfile(state, query.get("profileId"));
  const request = (body ?? {}) as ProfileBody;
  if (request.id !== undefined && request.id !== profile.id) badRequest("The body's id must match profileId");
  if (request.name !== undefined) {
    const name = request.name.trim();
    if (!name) badRequest("A permission profile name cannot be empty");
    if (nameTaken(state, profile.workspaceId, name, profile)) {
      badRequest(`A permission profile named '${name}' already exists in this workspace`);
    }
    profile.name = name;
  }
  if (request.description !== undefined) profile.description = request.description;
  Object.assign(profile.permissions, settingsOf(request));
  return { body: { profile: profileOut(profile) } };
};

const listPermissionProfile: Handler = ({ state, query }) => {
  const workspaceId = requireWorkspace(state, query.get("workspaceId"));
  const profiles = state.permissionProfiles
    .filter((profile) => profile.workspaceId === workspaceId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(profileOut);
  return { body: { profiles } };
};

const listPermissionProfileUsers: Handler = ({ state, query }) => {
  const profile = requireProfile(state, query.get("profileId"));
  const users = state.users
    .filter((user) => user.permissionProfileId === profile.id)
    .map((user) => ({
      id: user.id,
      fullName: `${user.firstName} ${user.lastName}`,
      emailAddress: user.emailAddress,
    }));
  return { body: { users } };
};

export const permissionsHandlers: HandlerMap = {
  getPermissionProfile,
  createPermissionProfile,
  updatePermissionProfile,
  listPermissionProfile,
  listPermissionProfileUsers,
  ...callAccessHandlers,
};
