// The tools `gongkit mcp` and `gongkit serve` offer when no --toolsets flag is given: a read-first set for the
// questions agents are asked most (which calls, what was said, who, how a team is doing), small enough that a
// model keeps most of its context (at most 7,000 tokens with the outcome tools; `tool-size.test.ts`).
// `--toolsets all` offers every action, `--toolsets calls,crm` whole groups, writes included.
import { getAction } from "@gongkit/client/internal/catalog/index.js";
import type { ActionId } from "@gongkit/client/internal/catalog/types.js";
import type { ActionSelection } from "./action-tools.js";

export const defaultActions = [
  // calls (and, with them, gong_find_calls, gong_call_brief, gong_read_transcript, gong_search_transcripts)
  "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS",
  "GONG_GET_CALL_BY_ID",
  "GONG_RETRIEVE_FILTERED_CALL_DETAILS",
  "GONG_GET_CALL_TRANSCRIPT",
  // who is who
  "GONG_LIST_ALL_USERS_V2_USERS",
  "GONG_GET_USER_BY_ID",
  "GONG_LIST_USERS_BY_FILTER_V2_USERS_EXTENSIVE",
  // what the company tracks and scores
  "GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES",
  "GONG_RETRIEVE_TRACKER_DETAILS_V2_SETTINGS_TRACKERS",
  "GONG_LIST_SCORECARDS",
  // the library
  "GONG_RETRIEVE_LIBRARY_FOLDERS_V2_LIBRARY_FOLDERS",
  "GONG_LIST_FOLDER_CALLS",
  // how the team is doing
  "GONG_AGGREGATE_USER_ACTIVITY_STATISTICS",
  "GONG_GET_INTERACTION_STATISTICS",
  "GONG_AGGREGATE_ACTIVITY_BY_PERIOD_VIA_API",
  "GONG_CREATE_ACTIVITY_SCORECARDS_REPORT",
  // Engage: a rep's flows and to-dos
  "GONG_LIST_GONG_ENGAGE_FLOWS_V2_FLOWS",
  "GONG_LIST_TASKS",
] as const satisfies readonly ActionId[];

/** The default as a selection: the listed actions, in their groups (so the outcome tools come with "calls"). */
export function defaultSelection(): Required<Pick<ActionSelection, "toolsets" | "actions">> {
  return { toolsets: [...new Set(defaultActions.map((id) => getAction(id).group))], actions: defaultActions };
}
