// Overlay of the engage group (Engage flows, tasks, digital interactions and the legacy engagement events):
// agent-facing text, safety, paging, quirks and examples per action. Safety conventions are in ./safety.ts.
// Judgement calls here: assigning prospects is not idempotent (a repeat lists them as not assigned, or with the
// cool-off override may start another instance); unassigning is destructive but idempotent (a repeat removes
// nothing more and still succeeds); the legacy engagement PUTs are not idempotent (a repeat is rejected with 409
// 'already reported'), like digital interactions keyed by eventId.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const assignInput = {
  crmProspectsIds: [ids.crmContactId],
  flowId: ids.flowId,
  flowInstanceOwnerEmail: ids.repEmail,
};
const priya = { email: ids.customerEmail, name: "Priya Natarajan", title: "VP Operations" };
const globexCrm = [
  {
    system: "Generic",
    objects: [
      { objectType: "Account", objectId: ids.crmAccountId },
      { objectType: "Opportunity", objectId: ids.crmDealId },
    ],
  },
];
const proposal = {
  contentId: "proposal-globex-q3",
  contentUrl: "https://docs.acme-sales.example/p/proposal-globex-q3",
  contentTitle: "Globex Q3 proposal",
};
const legacyNote =
  "Legacy Engagement API: Gong points new integrations to GONG_POST_A_DIGITAL_INTERACTION_V2_DIGITAL_INTERACTION.";
const alreadyReported = "409 'Event was already reported in the past' when the same event is sent again.";

export const engageOverlay: GroupOverlay = {
  GONG_ASSIGN_PROSPECTS_TO_FLOW: {
    summary: "Add CRM contacts or leads (up to 100) to a Gong Engage flow",
    description:
      "Starts an Engage flow (an outreach sequence) for up to 100 CRM contacts or leads at once; each gets a flow instance whose to-dos belong to flowInstanceOwnerEmail. Prospects still in their cool-off period or otherwise ineligible come back in prospectsNotAssigned rather than failing the request. Use GONG_ASSIGN_PROSPECTS_TO_FLOW_OVERRIDING_COOL_OFF only when the user explicitly wants to ignore cool-off, and GONG_SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT for prospects given by name/email rather than CRM id. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        "Up to 100 prospects per request (older spec copies said 200).",
        "Check prospectsNotAssigned in the answer: a 200 does not mean every prospect was added.",
        "overrides (step texts, variables) and flowInstanceDescription are beta.",
      ],
    },
    examples: [
      { title: "Put the sample contact on the rep's flow", input: assignInput },
      {
        title: "Same, with a description and a personalised first step",
        input: {
          ...assignInput,
          flowInstanceDescription: "Follow-up after the August discovery call",
          overrides: { steps: [{ number: 1, subject: "Next steps after our call" }] },
        },
      },
    ],
  },

  GONG_ASSIGN_PROSPECTS_TO_FLOW_OVERRIDING_COOL_OFF: {
    summary: "Add CRM contacts or leads to an Engage flow even if they are in their cool-off period",
    description:
      "Same as GONG_ASSIGN_PROSPECTS_TO_FLOW (up to 100 CRM prospects, to-dos owned by flowInstanceOwnerEmail) but ignores the cool-off rule that keeps recently contacted prospects out of new flows. Use it only when the user explicitly asks to bypass cool-off; otherwise prefer the normal assign action. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: ["Up to 100 prospects per request; unassignable ones are listed in prospectsNotAssigned."],
    },
    examples: [{ title: "Put the sample contact on the flow despite cool-off", input: assignInput }],
  },

  GONG_GET_FLOW_PROSPECTS: {
    summary: "Find which Engage flows prospects are in, by CRM prospect ids or flow instance ids",
    description:
      "Looks up the Engage flow instances of prospects: by crmProspectsIds you get their open (pending, running or paused) flows only; by flowInstanceIds you get those instances whatever their state, finished ones included. It is a read even though it is a POST, and the way to find the flowInstanceId needed to unassign. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [
      { title: "Open flows of the sample contact", input: { crmProspectsIds: [ids.crmContactId] } },
      { title: "State of a known flow instance", input: { flowInstanceIds: [ids.flowInstanceId] } },
    ],
  },

  GONG_GET_FLOW_STEPS: {
    summary: "Get the steps (order, action, subject, body) of up to 20 Engage flows",
    description:
      "Returns flow details (name, folder, visibility, creation date) and the ordered steps of up to 20 Engage flows: step id, 1-based order, action type, email subject and body, and whether it is a reply. The step order is the number used in overrides.steps when assigning prospects. It is a read even though it is a POST; one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: { notes: ["At most 20 flow ids per request; 404 when one of them does not exist."] },
    examples: [{ title: "Steps of the rep's flow", input: { flowIds: [ids.flowId] } }],
  },

  GONG_LIST_FLOW_FOLDERS: {
    summary: "List the Engage flow folders visible to a user (company, personal and shared)",
    description:
      "Lists Engage flow folders visible to the given user: all company folders plus the user's personal folders and folders shared with them, optionally under one parent folder. Use a folder id with GONG_LIST_GONG_ENGAGE_FLOWS_V2_FLOWS to list its flows. Each page costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "flows" },
    quirks: {
      notes: [
        "flowFolderOwnerEmail is required; parentId is int64 (digit string).",
        "The spec returns the folders under the key 'flows' (FlowsResponse).",
      ],
    },
    examples: [{ title: "Flow folders visible to the rep", input: { flowFolderOwnerEmail: ids.repEmail } }],
  },

  GONG_LIST_GONG_ENGAGE_FLOWS_V2_FLOWS: {
    summary: "List the Engage flows a user can use (company, personal, shared)",
    description:
      "Lists the Engage flows available to the given user: all company flows plus the user's personal flows and flows shared with them, optionally in one folder or workspace; mostRecentlyAssigned=true instead returns the (up to 20) flows that user assigned most recently. Use it to find the flowId for assigning prospects. Each page costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "flows" },
    quirks: { notes: ["flowOwnerEmail is required."] },
    examples: [
      { title: "Flows the rep can use", input: { flowOwnerEmail: ids.repEmail } },
      {
        title: "Flows in the rep's folder",
        input: { flowOwnerEmail: ids.repEmail, folderId: ids.flowFolderId },
      },
    ],
  },

  GONG_UNASSIGN_FLOWS_BY_CRM_ID: {
    summary: "Remove one prospect (by CRM id) from one Engage flow or from all their flows",
    description:
      "Stops the Engage flows of one prospect: with flowId only that flow, without it every flow they are in, which cancels their pending outreach steps. The answer lists the flow instance ids actually removed; anything not listed is still assigned. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: {
      notes: [
        "Omit flowId to remove the prospect from ALL their flows.",
        "unassignedByUserEmail records who asked; it is not the flow owner.",
      ],
    },
    examples: [
      {
        title: "Take the sample contact off the rep's flow",
        input: { crmProspectId: ids.crmContactId, flowId: ids.flowId, unassignedByUserEmail: ids.repEmail },
      },
    ],
  },

  GONG_UNASSIGN_FLOWS_BY_INSTANCE_ID: {
    summary: "Remove prospects from Engage flows by flow instance ids (up to 200)",
    description:
      "Ends specific flow instances (one prospect in one flow each), cancelling their remaining steps; get the ids from GONG_GET_FLOW_PROSPECTS. The answer lists the instance ids actually removed; any id not returned is still running. One request for up to 200 instances against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: { notes: ["Up to 200 flow instance ids per request."] },
    examples: [
      {
        title: "End the sample flow instance",
        input: { flowInstanceIds: [ids.flowInstanceId], unassignedByUserEmail: ids.repEmail },
      },
    ],
  },

  GONG_SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT: {
    summary: "Submit an asynchronous bulk assignment of up to 50 prospects to an Engage flow",
    description:
      "Queues the assignment of up to 50 prospects to a flow and returns at once (HTTP 202) with a bulk-assignment id. Prospects may be given by CRM id or by name, email and company, so it also suits people not yet matched to a CRM record. Poll GONG_GET_FLOW_PROSPECTS_BULK_ASSIGNMENT with the id for per-prospect results. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        "Up to 50 prospects per request; firstName and lastName are required when crmId is missing.",
        "Asynchronous: 202 with { id, status }; each submission creates a new job.",
      ],
    },
    examples: [
      {
        title: "Bulk-assign the sample contact to the rep's flow",
        input: {
          flowInstanceOwnerEmail: ids.repEmail,
          flowId: ids.flowId,
          prospects: [
            {
              crmId: ids.crmContactId,
              accountCrmId: ids.crmAccountId,
              firstName: "Priya",
              lastName: "Natarajan",
              email: ids.customerEmail,
              companyName: "Globex",
            },
          ],
        },
      },
    ],
  },

  GONG_GET_FLOW_PROSPECTS_BULK_ASSIGNMENT: {
    summary: "Get the status and per-prospect results of a flow bulk assignment",
    description:
      "Returns the status of a bulk assignment submitted with GONG_SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT: total, processed, succeeded and failed counts and the result for each prospect. Poll it sparingly until processing ends; each poll is one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [{ title: "Results of the sample bulk assignment", input: { id: ids.flowBulkAssignmentId } }],
  },

  GONG_LIST_TASKS: {
    summary: "List a user's Engage tasks (to-dos) filtered by type, action and status",
    description:
      "Reads the Engage tasks assigned to one user, filtered by type (FLOW or MANUAL), action (CALL) and status (OPEN, DONE, DISMISSED), with due dates and the related contact, account, opportunity and flow. It is a read even though it is a POST. The answer is not paginated: one request against the company budget (3 requests/s, 10,000/day) returns all matching tasks.",
    safety: read,
    quirks: {
      notes: [
        "filter.userId, types, taskAction and status are all required; taskAction currently only takes CALL.",
        "No cursor: the endpoint returns everything in one response.",
        "Task ids are int64; gongkit returns them as digit strings.",
      ],
    },
    examples: [
      {
        title: "The rep's open call tasks",
        input: {
          filter: {
            userId: ids.repUserId,
            types: ["FLOW", "MANUAL"],
            taskAction: ["CALL"],
            status: ["OPEN"],
          },
        },
      },
    ],
  },

  GONG_UPDATE_TASK_V2_TASKS_TASK_ID: {
    summary: "Update an Engage task: mark it done or dismissed, reopen it, or change due date/priority",
    description:
      "Changes the status (OPEN, DONE, DISMISSED), due date or priority of one Engage task owned by userId; fields you omit stay as they are. Setting the same values again changes nothing. One request against the company budget (3 requests/s, 10,000/day); 404 means the task id does not exist.",
    safety: write({ destructive: false, idempotent: true }),
    quirks: { notes: ["taskId is int64 (digit string); userId must be the task's owner."] },
    examples: [
      {
        title: "Mark the rep's task done",
        input: { taskId: ids.taskId, userId: ids.repUserId, status: "DONE" },
      },
      {
        title: "Reschedule the rep's task",
        input: { taskId: ids.taskId, userId: ids.repUserId, dueDate: "2026-09-16T16:00:00Z" },
      },
    ],
  },

  GONG_POST_A_DIGITAL_INTERACTION_V2_DIGITAL_INTERACTION: {
    summary: "Record a prospect's digital interaction (page view, link click, document open) in Gong",
    description:
      "Records one event in which a person engaged with digital content (viewed a page, opened a document, clicked a link, completed a course) so it shows on the account's activity timeline in Gong. It is the current API for engagement events and replaces the legacy GONG_REPORT_CONTENT_* and GONG_REPORT_CUSTOM_ENGAGEMENT_EVENT actions. One request per event against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        "eventId de-duplicates: an event sent again is rejected with 409.",
        "Send either person or trackingId, not both; an anonymous person needs personId or company.domain.",
      ],
    },
    examples: [
      {
        title: "The customer viewed the pricing page",
        input: {
          eventId: "web-2026-08-31-pricing-0001",
          timestamp: "2026-08-31T14:12:00Z",
          eventType: "page viewed",
          sourceSystemName: "Acme website",
          device: "PC",
          content: {
            contentId: "pricing",
            contentTitle: "Pricing",
            contentUrl: "https://www.acme-sales.example/pricing",
          },
          person: {
            name: "Priya Natarajan",
            email: ids.customerEmail,
            personBusinessContext: { objectType: "CONTACT", objectId: ids.crmContactId },
            company: {
              name: "Globex",
              domain: "globex.example",
              companyBusinessContexts: [{ objectType: "ACCOUNT", objectId: ids.crmAccountId }],
            },
          },
        },
      },
    ],
  },

  GONG_REPORT_CONTENT_SHARE_EVENT: {
    summary: "Legacy: report that a rep shared content with external people (prefer digital interactions)",
    description:
      "Legacy engagement endpoint, superseded by GONG_POST_A_DIGITAL_INTERACTION_V2_DIGITAL_INTERACTION, which new integrations should use. Reports that a Gong user shared content (e.g. a proposal) with external recipients, so it appears on the activity timeline. One request per event against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: { notes: [legacyNote, alreadyReported] },
    examples: [
      {
        title: "The rep shared the Q3 proposal with the customer",
        input: {
          reportingSystem: "acme-docs",
          eventTimestamp: "2026-08-31T10:00:00Z",
          eventId: "share-proposal-globex-q3-0001",
          ...proposal,
          sharer: { email: ids.repEmail, name: "Dana Reyes" },
          recipients: [priya],
          crmContext: globexCrm,
        },
      },
    ],
  },

  GONG_REPORT_CONTENT_VIEW_EVENT: {
    summary: "Legacy: report that an external person viewed content (prefer digital interactions)",
    description:
      "Legacy engagement endpoint, superseded by GONG_POST_A_DIGITAL_INTERACTION_V2_DIGITAL_INTERACTION, which new integrations should use. Reports that an external participant viewed content (e.g. opened a contract), so it appears on the activity timeline. One request per event against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        legacyNote,
        alreadyReported,
        "eventTimestamp must not be in the future; send viewer or trackingId, not both.",
      ],
    },
    examples: [
      {
        title: "The customer opened the Q3 proposal",
        input: {
          reportingSystem: "acme-docs",
          eventTimestamp: "2026-08-31T12:30:00Z",
          eventId: "view-proposal-globex-q3-0001",
          ...proposal,
          viewActionTitle: "Document Viewed",
          viewer: priya,
          crmContext: globexCrm,
        },
      },
    ],
  },

  GONG_REPORT_CUSTOM_ENGAGEMENT_EVENT: {
    summary: "Legacy: report a custom engagement action, e.g. contract signed (prefer digital interactions)",
    description:
      "Legacy engagement endpoint, superseded by GONG_POST_A_DIGITAL_INTERACTION_V2_DIGITAL_INTERACTION, which new integrations should use. Reports any other action an external participant took on content (e.g. signed a contract, registered for a webinar), so it appears on the activity timeline. One request per event against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: { notes: [legacyNote, alreadyReported] },
    examples: [
      {
        title: "The customer signed the Q3 proposal",
        input: {
          reportingSystem: "acme-docs",
          eventTimestamp: "2026-08-31T18:05:00Z",
          eventId: "sign-proposal-globex-q3-0001",
          ...proposal,
          actionName: "Contract Signed",
          actor: priya,
          crmContext: globexCrm,
        },
      },
    ],
  },
};
