// Overlay of the users group: agent-facing text, safety, paging, quirks and examples per action.
// Every action here is a read (conventions in ./safety.ts).
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read } from "./safety.js";

export const usersOverlay: GroupOverlay = {
  GONG_LIST_ALL_USERS_V2_USERS: {
    summary: "List all of the company's Gong users",
    description:
      "Lists every Gong user of the company with their id, email, name, title, manager id, phone and settings. Use it to map emails to the user ids other actions need; to fetch only some users by id or creation date use GONG_LIST_USERS_BY_FILTER_V2_USERS_EXTENSIVE. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "users" },
    quirks: {
      notes: [
        "includeAvatars=true also returns avatars: synthetic users standing for Gong staff (CSMs, support) who accessed the instance.",
      ],
    },
    examples: [
      { title: "Every user of the company", input: {} },
      { title: "Every user, Gong staff avatars included", input: { includeAvatars: true } },
    ],
  },

  GONG_GET_USER_BY_ID: {
    summary: "Get one Gong user by user id",
    description:
      "Returns one user's profile: email, name, title, phone, manager id, active flag, and settings such as whether their calls are recorded. Use it when you already hold a user id (e.g. a call's primaryUserId); to look up several users at once use GONG_LIST_USERS_BY_FILTER_V2_USERS_EXTENSIVE, which takes many ids in one request. One request against the company budget (3 requests/s, 10,000/day); 404 means no such user.",
    safety: read,
    examples: [{ title: "The sample sales rep", input: { id: ids.repUserId } }],
  },

  GONG_GET_USER_SETTINGS_HISTORY: {
    summary: "Get the history of one user's settings (e.g. call recording on/off) over time",
    description:
      "Returns how one user's settings changed over time, for example when call recording or import was turned on or off. Use it to explain why a user's calls are missing for a period. One request against the company budget (3 requests/s, 10,000/day); 404 means no such user.",
    safety: read,
    examples: [{ title: "Settings history of the sample rep", input: { id: ids.repUserId } }],
  },

  GONG_LIST_USERS_BY_FILTER_V2_USERS_EXTENSIVE: {
    summary: "List users filtered by user ids and/or creation date",
    description:
      "Lists users chosen by ids and/or by when they were created, with the same profile data as the full user list. It is a read even though it is a POST; prefer it to repeated single-user lookups. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "users" },
    quirks: {
      emptyOn404: true,
      notes: [
        "The filter object is required but may be empty ({}) to list everyone.",
        "Gong answers 404 when no user matches; gongkit returns an empty users list.",
      ],
    },
    examples: [
      {
        title: "The rep and their manager",
        input: { filter: { userIds: [ids.repUserId, ids.managerUserId] } },
      },
      {
        title: "Users created during the dataset window",
        input: { filter: { createdFromDateTime: ids.datasetFrom, createdToDateTime: ids.sandboxNow } },
      },
    ],
  },
};
