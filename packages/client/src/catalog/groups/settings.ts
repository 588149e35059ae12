// Overlay of the settings group: agent-facing text, safety, paging, quirks and examples per action.
// Safety conventions are in ./safety.ts. Judgement call here: the integration-settings POST sets a list of
// allowed iFrame origins; sending the same list again changes nothing, so it is idempotent, and it is not
// marked destructive, although it may replace origins set earlier (the spec does not say).
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

export const settingsOverlay: GroupOverlay = {
  GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES: {
    summary: "List the company's Gong workspaces (id, name, description)",
    description:
      "Lists every workspace of the company with its id, name and description. Workspaces partition calls, trackers, scorecards and permission profiles by team or business unit; use this to find the workspaceId other actions take. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "All workspaces", input: {} }],
  },

  GONG_RETRIEVE_TRACKER_DETAILS_V2_SETTINGS_TRACKERS: {
    summary: "List keyword trackers and their settings (keywords, affiliation, when said)",
    description:
      "Lists the keyword trackers defined in all workspaces or in one: their id, name, keywords per language, whose speech they track (company, non-company, anyone), when in the call they count, and filters. Use it to interpret the tracker hits that GONG_RETRIEVE_FILTERED_CALL_DETAILS returns. One request against the company budget (3 requests/s, 10,000/day); 404 means the workspace does not exist.",
    safety: read,
    examples: [
      { title: "Trackers of the main workspace", input: { workspaceId: ids.companyWorkspaceId } },
      { title: "Trackers of every workspace", input: {} },
    ],
  },

  GONG_LIST_SCORECARDS: {
    summary: "List scorecard definitions (questions, workspace, enabled, review method)",
    description:
      "Lists every scorecard defined in Gong with its questions, workspace, enabled flag and review method. It returns the definitions only: for the answers reviewers gave on calls use GONG_CREATE_ACTIVITY_SCORECARDS_REPORT. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "All scorecards", input: {} }],
  },

  GONG_LIST_BRIEFS_V2_SETTINGS_BRIEFS: {
    summary: "List the AI brief templates configured in Gong (beta), e.g. to get a briefName",
    description:
      "Lists the AI briefs configured in Gong's Agent Studio, in all workspaces or one: id, name, description, published status and creator. Use it to find the exact briefName that GONG_GET_ENTITY_BRIEF needs; listing briefs itself spends no AI credits. Beta endpoint. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: { notes: ["Beta endpoint; status tells whether a brief is published."] },
    examples: [
      { title: "Briefs of the main workspace", input: { workspaceId: ids.companyWorkspaceId } },
      { title: "Briefs of every workspace", input: {} },
    ],
  },

  GONG_LIST_CALL_OUTCOMES: {
    summary: "List the call outcomes (dispositions) defined for the Gong dialer",
    description:
      "Lists the call outcomes set up on the Dialer setup page (e.g. Connected, No answer) with their category, connect status, sentiment, display order and the to-do or automation each triggers. Use it to interpret or choose a call's outcome. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "All call outcomes", input: {} }],
  },

  GONG_RETRIEVE_LOGS_DATA_BY_TYPE_AND_TIME_RANGE_V2_LOGS: {
    summary: "Read audit logs of one type (access, user activity, call plays, external shares) by time",
    description:
      "Reads audit log entries of one type within a time range: AccessLog, UserActivityLog, UserCallPlay (who played which call), ExternallySharedCallAccess and ExternallySharedCallPlay (outsiders opening or playing shared calls). Each page holds up to 100 entries and costs one request against the company budget (3 requests/s, 10,000/day), so keep ranges narrow.",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "logEntries" },
    quirks: {
      emptyOn404: true,
      notes: [
        "fromDateTime is required, toDateTime optional (ISO-8601 with offset or Z).",
        "Gong answers 404 'No logs found' when nothing matches; gongkit returns an empty logEntries list.",
      ],
    },
    examples: [
      {
        title: "Who played calls in the last week of August 2026",
        input: { logType: "UserCallPlay", fromDateTime: "2026-08-25T00:00:00Z", toDateTime: ids.sandboxNow },
      },
      {
        title: "External plays of shared calls since the dataset start",
        input: { logType: "ExternallySharedCallPlay", fromDateTime: ids.datasetFrom },
      },
    ],
  },

  GONG_UPDATE_INTEGRATION_SETTINGS: {
    summary: "Set the allowed iFrame origins for Gong's embedded integrations (composer, account, dialer)",
    description:
      "Sets, per embedded integration type (EMAIL_COMPOSER, ACCOUNT_PAGES, DIALER), the web origin allowed to host Gong in an iFrame, e.g. a partner's per-tenant subdomain. It changes company configuration, so only call it when setting up such an integration. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: true }),
    quirks: {
      notes: [
        "allowedOrigin is a full origin such as https://acme.partner.example.",
        "The spec declares a 409 for this endpoint with a copied 'event already reported' text.",
      ],
    },
    examples: [
      {
        title: "Allow a partner's tenant subdomain to embed the email composer",
        input: {
          integrationTypeSettings: [
            { integrationType: "EMAIL_COMPOSER", allowedOrigin: "https://acme-sales.partner.example" },
          ],
        },
      },
    ],
  },
};
