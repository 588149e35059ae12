// Overlay of the ai group (Gong's AI answers and briefs about CRM entities): agent-facing text, safety,
// paging, quirks and examples per action. Safety conventions are in ./safety.ts. Judgement call here: both
// actions only read, but each call spends paid Gong AI credits and may word its answer differently, so they
// are not idempotent: do not retry them blindly or call them in loops.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { paidRead } from "./safety.js";

const creditNotes = [
  "Consumes paid Gong AI credits per call, according to the calls and emails used; HTTP 402 when credits are exhausted.",
  "fromDateTime is required when timePeriod is CUSTOM_RANGE; toDateTime is used only then.",
  "workspaceId is int64 (digit string).",
];

export const aiOverlay: GroupOverlay = {
  GONG_ASK_ENTITY: {
    summary: "Ask Gong AI a question about a CRM account, deal, contact or lead (costs AI credits)",
    description:
      "Answers a natural-language question about one CRM account, deal, contact or lead from the calls (at most 60) and emails (at most 500) associated with it in the chosen period, and says which calls and emails it used. Every call spends paid Gong AI credits and Gong answers 402 when they are exhausted, so ask one well-formed question rather than many, and read transcripts yourself when you need exact wording. One request against the company budget (3 requests/s, 10,000/day).",
    safety: paidRead,
    quirks: { notes: creditNotes },
    examples: [
      {
        title: "What is blocking the Globex deal?",
        input: {
          workspaceId: ids.companyWorkspaceId,
          crmEntityType: "DEAL",
          crmEntityId: ids.crmDealId,
          timePeriod: "LAST_90DAYS",
          question:
            "What objections has Globex raised about pricing or timing, and what next steps were agreed?",
        },
      },
      {
        title: "Ask about the account over August 2026 only",
        input: {
          workspaceId: ids.companyWorkspaceId,
          crmEntityType: "ACCOUNT",
          crmEntityId: ids.crmAccountId,
          timePeriod: "CUSTOM_RANGE",
          fromDateTime: "2026-08-01T00:00:00Z",
          toDateTime: ids.sandboxNow,
          question: "Who are the decision makers at Globex and what does each care about?",
        },
      },
    ],
  },

  GONG_GET_ENTITY_BRIEF: {
    summary: "Generate a Gong AI brief for a CRM account, deal, contact or lead (costs AI credits)",
    description:
      "Generates a brief configured in Gong's Agent Studio (named by briefName; list them with GONG_LIST_BRIEFS_V2_SETTINGS_BRIEFS) for one CRM account, deal, contact or lead, from the calls and emails associated with it in the chosen period, with the sections of the brief and the calls and emails used. Every call spends paid Gong AI credits and Gong answers 402 when they are exhausted, so generate a brief once and reuse it. One request against the company budget (3 requests/s, 10,000/day).",
    safety: paidRead,
    quirks: { notes: [...creditNotes, "briefName must match a brief configured in the given workspace."] },
    examples: [
      {
        title: "Deal brief for the Globex opportunity",
        input: {
          workspaceId: ids.companyWorkspaceId,
          briefName: "Deal brief",
          crmEntityType: "DEAL",
          crmEntityId: ids.crmDealId,
          timePeriod: "LAST_90DAYS",
        },
      },
    ],
  },
};
