// Sandbox handlers for the users group: listing users (paged), one user, a user's settings history, and the
// filtered "extensive" list.
import type { HandlerMap } from "../kit.js";
import { emptyList, paginate } from "../kit.js";
import { bodyOf, findUser, objectField, userMetadata, usersMatching } from "./common.js";

// The settings Gong reports in a user's history (others are not part of the API's enum).
const historySettings = new Set([
  "webConferencesRecorded",
  "preventWebConferenceRecording",
  "emailsImported",
  "preventEmailImport",
  "active",
  "nonRecordedMeetingsImported",
  "gongConnectEnabled",
  "callsImported",
  "interviewsRecorded",
  "preventInterviewRecording",
]);

export const usersHandlers: HandlerMap = {
  listUsers: (context) => {
    const page = paginate(context.state.users, context, context.query.get("cursor") ?? undefined);
    return { body: { records: page.records, users: page.items.map(userMetadata) } };
  },

  getUser: ({ state, path }) => ({ body: { user: userMetadata(findUser(state, path.id ?? "")) } }),

  getUserHistory: ({ state, path }) => {
    const user = findUser(state, path.id ?? "");
    const history = state.settingsHistory.find((record) => record.userId === user.id)?.entries ?? [];
    return {
      body: {
        userSettingsHistory: history
          .filter((entry) => historySettings.has(entry.settingName))
          .map((entry) => ({ setting: entry.settingName, value: entry.settingValue, time: entry.timestamp })),
      },
    };
  },

  listMultipleUsers: (context) => {
    const body = bodyOf(context);
    const filter = objectField(body.filter);
    const users = usersMatching(context.state, filter);
    if (users.length === 0) emptyList("No users found corresponding to the provided filters");
    const page = paginate(users, context, typeof body.cursor === "string" ? body.cursor : undefined);
    return { body: { records: page.records, users: page.items.map(userMetadata) } };
  },
};
