// Overlay of the permissions group (permission profiles and per-call user access): agent-facing text,
// safety, paging, quirks and examples per action. Safety conventions are in ./safety.ts. Judgement calls
// here: creating and updating a permission profile are destructive because they change what people can see
// and do; updating and removing call access are idempotent (a repeat changes nothing more and still succeeds);
// GONG_MANAGE_USER_CALL_ACCESS is a read despite its name.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const profileBody = {
  name: "Sales Development",
  description: "SDRs: their team's calls and deals, the enablement library folder, no downloads.",
  callsAccess: { permissionLevel: "managers-team", teamLeadIds: [ids.managerUserId] },
  dealsAccess: { permissionLevel: "managers-team", teamLeadIds: [ids.managerUserId] },
  libraryFolderAccess: { permissionLevel: "specific-folders", libraryFolderIds: [ids.libraryFolderId] },
  callsAndSearch: true,
  library: true,
  deals: true,
  scoreCalls: true,
  downloadCallMedia: false,
  deleteCalls: false,
};
const accessList = { callAccessList: [{ callId: ids.callId, userIds: [ids.managerUserId] }] };
const grantedByApiOnly =
  "Covers only access granted through this API, not access from sharing or permission profiles.";

export const permissionsOverlay: GroupOverlay = {
  GONG_CREATE_PERMISSION_PROFILE_V2_PERMISSION_PROFILE: {
    summary: "Create a permission profile (what its users may see and do) in a workspace",
    description:
      "Creates a permission profile in one workspace: which calls, deals, emails, coaching, insights and forecasts its users may access (all, a manager's team, their reports, their own, none) and which capabilities they get (scoring, downloading or deleting calls, library, Engage and analytics pages). It governs what people can access, so only create one on an administrator's explicit request. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: false }),
    quirks: {
      notes: [
        "workspaceId is a query parameter; the profile definition is the JSON body.",
        "422 when the definition is invalid (e.g. folder ids with permissionLevel 'none').",
      ],
    },
    examples: [
      {
        title: "An SDR profile in the main workspace",
        input: { workspaceId: ids.companyWorkspaceId, ...profileBody },
      },
    ],
  },

  GONG_FETCH_ALL_PERMISSION_PROFILES: {
    summary: "List the permission profiles of a workspace",
    description:
      "Lists every permission profile of one workspace, in alphabetical order of name, with each profile's access levels and capabilities. Use it to find a profile id, then GONG_RETRIEVE_USERS_FROM_PERMISSION_PROFILE to see who has it. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "Profiles of the main workspace", input: { workspaceId: ids.companyWorkspaceId } }],
  },

  GONG_GET_PERMISSION_PROFILE: {
    summary: "Get one permission profile by id",
    description:
      "Returns one permission profile with all its access levels and capabilities. Read it before GONG_UPDATE_PERMISSION_PROFILE_V2_PERMISSION_PROFILE so the update can send the complete profile. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "The sample permission profile", input: { profileId: ids.permissionProfileId } }],
  },

  GONG_UPDATE_PERMISSION_PROFILE_V2_PERMISSION_PROFILE: {
    summary: "Update a permission profile's access levels and capabilities",
    description:
      "Changes an existing permission profile; every user attached to it immediately gains or loses the corresponding access, so only do it on an administrator's explicit request. Gong does not document whether omitted fields keep their values: read the profile with GONG_GET_PERMISSION_PROFILE first and send it back complete with your changes. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: { notes: ["profileId is a query parameter; the profile definition is the JSON body."] },
    examples: [
      {
        title: "Let the sample profile's users download call media",
        input: { profileId: ids.permissionProfileId, ...profileBody, downloadCallMedia: true },
      },
    ],
  },

  GONG_RETRIEVE_USERS_FROM_PERMISSION_PROFILE: {
    summary: "List the users attached to a permission profile",
    description:
      "Lists the users whose access is governed by one permission profile. Use it to see who an update to that profile would affect. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "Users of the sample profile", input: { profileId: ids.permissionProfileId } }],
  },

  GONG_SET_USER_CALL_ACCESS: {
    summary: "Give individual users access to specific calls",
    description:
      "Grants named users access to specific calls on top of what their permission profiles allow, e.g. to let a manager from another team review one call. Users who already have access are unaffected, so repeating the request changes nothing. Undo it with GONG_DELETE_USERS_FROM_CALL_ACCESS_LIST; check it with GONG_MANAGE_USER_CALL_ACCESS. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: true }),
    examples: [{ title: "Let the manager open the sample call", input: accessList }],
  },

  GONG_MANAGE_USER_CALL_ACCESS: {
    summary: "Read which users were given individual access to calls through the API (read-only)",
    description:
      "Despite 'manage' in its id, this only reads: it lists, for the given call ids, the users who were granted individual access through the API (POST /v2/calls/users-access is used as a query and changes nothing). Access that comes from sharing or from permission profiles is not listed. To grant access use GONG_SET_USER_CALL_ACCESS, to revoke it GONG_DELETE_USERS_FROM_CALL_ACCESS_LIST. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: { notes: [grantedByApiOnly, "filter.callIds is required."] },
    examples: [
      { title: "Who was given access to the sample call", input: { filter: { callIds: [ids.callId] } } },
    ],
  },

  GONG_DELETE_USERS_FROM_CALL_ACCESS_LIST: {
    summary: "Revoke individual users' API-granted access to specific calls",
    description:
      "Removes access to specific calls that was granted to users through GONG_SET_USER_CALL_ACCESS. Access they have for other reasons (the call was shared with them, or their permission profile allows it) is left unchanged, and users without such access are unaffected, so a repeat changes nothing. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: { notes: [grantedByApiOnly, "The DELETE carries a JSON body { callAccessList }."] },
    examples: [{ title: "Withdraw the manager's access to the sample call", input: accessList }],
  },
};
