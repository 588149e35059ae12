// Overlay of the stats group: agent-facing text, safety, paging, quirks and examples per action.
// Every action here is a read, although most are POSTs with a filter body (conventions in ./safety.ts).
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read } from "./safety.js";

const dayRangeNote =
  "filter.fromDate/toDate are YYYY-MM-DD in the company's time zone; fromDate inclusive, toDate exclusive and not after today.";
const userIdsNote = "Without filter.userIds only users with activity in the range are returned.";

export const statsOverlay: GroupOverlay = {
  GONG_AGGREGATE_ACTIVITY_BY_PERIOD_VIA_API: {
    summary: "Read users' call activity totals grouped by day, week, month, quarter or year",
    description:
      "Reads (does not create anything) how much each user did on calls, such as calls hosted, listened to, shared, commented on or scorecards filled, grouped into calendar periods between fromDate and toDate. An activity repeated within one period counts once; in different periods it counts once per period. Use GONG_AGGREGATE_USER_ACTIVITY_STATISTICS for one total per user over the whole range. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "usersAggregateActivity" },
    quirks: {
      notes: [
        dayRangeNote,
        "aggregationPeriod is a top-level body field, not part of filter; weeks start on Monday.",
        userIdsNote,
      ],
    },
    examples: [
      {
        title: "The rep's weekly activity over the whole dataset window",
        input: {
          filter: { fromDate: "2026-06-03", toDate: "2026-09-01", userIds: [ids.repUserId] },
          aggregationPeriod: "WEEK",
        },
      },
    ],
  },

  GONG_AGGREGATE_USER_ACTIVITY_STATISTICS: {
    summary: "Read each user's total call activity (hosted, listened, shared, feedback) over a date range",
    description:
      "Reads one record per active user with totals for the range: calls hosted and attended, own and others' calls listened to, calls shared internally and externally, feedback and comments given and received, scorecards filled and received. Use GONG_AGGREGATE_ACTIVITY_BY_PERIOD_VIA_API for the same counts per week or month, and GONG_POST_DAY_BY_DAY_ACTIVITY_STATS for the individual calls per day. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "usersAggregateActivityStats" },
    quirks: { notes: [dayRangeNote, userIdsNote] },
    examples: [
      {
        title: "Every active user's activity in August 2026",
        input: { filter: { fromDate: "2026-08-01", toDate: "2026-09-01" } },
      },
    ],
  },

  GONG_CREATE_ACTIVITY_SCORECARDS_REPORT: {
    summary: "Read answered scorecards (call reviews) filtered by call or review dates, users, scorecards",
    description:
      "Despite the word 'create' in its id, this only READS the scorecards that reviewers have already answered, with each answer, the reviewed user, the reviewer and the call; it creates no report and changes nothing. Filter by call dates, review dates, reviewed users, scorecard ids and review method. To list the scorecard definitions themselves use GONG_LIST_SCORECARDS. Each page holds up to 100 answered scorecards and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "answeredScorecards" },
    quirks: {
      notes: [
        "All filter fields are optional but the filter object is required; dates are YYYY-MM-DD (company time zone), from inclusive, to exclusive.",
        "reviewMethod defaults to MANUAL: pass BOTH to include automatic (AI) reviews.",
        "Ids in the response (callId, scorecardId, reviewedUserId) are int64; gongkit returns them as digit strings.",
      ],
    },
    examples: [
      {
        title: "Answers to the sample scorecard for calls in August 2026",
        input: {
          filter: {
            callFromDate: "2026-08-01",
            callToDate: "2026-09-01",
            scorecardIds: [ids.scorecardId],
            reviewMethod: "BOTH",
          },
        },
      },
      {
        title: "Every scorecard answered about the rep",
        input: { filter: { reviewedUserIds: [ids.repUserId] } },
      },
    ],
  },

  GONG_GET_INTERACTION_STATISTICS: {
    summary: "Read users' conversation interaction stats (talk ratio, interactivity, patience, questions)",
    description:
      "Reads per-user interaction statistics such as talk ratio, longest monologue, interactivity, patience and question rate over a date range. Only calls that have Whisper turned on count, so users without such calls are missing. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "peopleInteractionStats" },
    quirks: {
      emptyOn404: true,
      notes: [
        dayRangeNote,
        "Gong answers 404 'No stats found' when nothing matches; gongkit returns an empty peopleInteractionStats list.",
      ],
    },
    examples: [
      {
        title: "The rep's interaction stats for August 2026",
        input: { filter: { fromDate: "2026-08-01", toDate: "2026-09-01", userIds: [ids.repUserId] } },
      },
    ],
  },

  GONG_POST_DAY_BY_DAY_ACTIVITY_STATS: {
    summary: "Read each user's daily call activity, listing the call ids behind each count",
    description:
      "Reads (the POST only carries the filter) one record per active user with an entry for every day in the range, listing the calls behind each activity type (hosted, attended, listened to, shared, commented on, scored). Use it when you need the actual call ids per day; for plain totals GONG_AGGREGATE_USER_ACTIVITY_STATISTICS is smaller. Each page holds up to 100 users and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "usersDetailedActivities" },
    quirks: { notes: [dayRangeNote, userIdsNote] },
    examples: [
      {
        title: "The rep's activity, day by day, in the week of the sample call",
        input: { filter: { fromDate: "2026-08-17", toDate: "2026-08-24", userIds: [ids.repUserId] } },
      },
    ],
  },

  GONG_LIST_ALL_COACHING_METRICS_V2_COACHING: {
    summary: "Read a manager's coaching metrics for each direct report over a time range",
    description:
      "Reads a manager's coaching data in one workspace between from and to: the manager, and for each direct report a map from coaching metric name to its list of values. Use it to review how a manager coaches the team; for company-wide activity counts use GONG_AGGREGATE_USER_ACTIVITY_STATISTICS. Needs the manager's user id and the workspace id. One request against the company budget (3 requests/s, 10,000/day); the answer is not paginated.",
    safety: read,
    quirks: {
      notes: [
        "Query parameter names are hyphenated: workspace-id and manager-id (int64, given as digit strings).",
        "from and to are ISO-8601 date-times with offset or Z.",
      ],
    },
    examples: [
      {
        title: "The sample manager's coaching of their team over the dataset window",
        input: {
          "workspace-id": ids.companyWorkspaceId,
          "manager-id": ids.managerUserId,
          from: ids.datasetFrom,
          to: ids.sandboxNow,
        },
      },
    ],
  },
};
