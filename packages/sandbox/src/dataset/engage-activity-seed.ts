// Seeds what happens around the flows: prospects assigned to them (the sample instance for the sample contact,
// a lead in its cool-off period), the sample bulk assignment, tasks, the emails the flows sent, and two
// engagement events about the sample contact.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CoreState } from "../core-state.js";
import type { Random } from "../random.js";
import { customerAccountsOf, seedLeads } from "./crm-objects-seed.js";
import type {
  EmailMessageRecord,
  EngageState,
  FlowInstanceRecord,
  FlowInstanceStatus,
  FlowRecord,
  TaskRecord,
} from "./engage-records.js";

/** Issues the next flow instance id, in the sample id's format (the first is `fi-7c1d2e3f-0001`). */
export function issueFlowInstanceId(counter: { flowInstanceSerial: number }): string {
  counter.flowInstanceSerial += 1;
  return `fi-7c1d2e3f-${String(counter.flowInstanceSerial).padStart(4, "0")}`;
}

/** A 40-hex-digit digest of a text (FNV-1a, repeated), standing in for Gong's message hash. */
export function messageHash(text: string): string {
  let hash = 0x811c9dc5;
  let out = "";
  for (let round = 0; out.length < 40; round++) {
    for (const char of `${round}:${text}`)
      hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
    out += hash.toString(16).padStart(8, "0");
  }
  return out.slice(0, 40);
}

const taskPriorities = [
  { id: "9007199254740996001", name: "High", weight: 3 },
  { id: "9007199254740996002", name: "Medium", weight: 2 },
  { id: "9007199254740996003", name: "Low", weight: 1 },
];

type Activity = Omit<EngageState, "flowFolders" | "flows">;

export function seedEngageActivity(core: CoreState, flows: FlowRecord[], random: Random): Activity {
  const workspaceId = core.workspaces[0]?.id ?? sampleIds.companyWorkspaceId;
  const userByEmail = new Map(core.users.map((user) => [user.emailAddress, user]));
  const [sampleFlow, inboundFlow] = flows;
  const instances: FlowInstanceRecord[] = [];
  const emails: EmailMessageRecord[] = [];
  const tasks: TaskRecord[] = [];
  const email = (from: string, to: string, subject: string, sentTime: string) => {
    const mailbox = userByEmail.has(from) ? from : to;
    const id = String(random.int(1, 9)) + Array.from({ length: 15 }, () => random.int(0, 9)).join("");
    emails.push({ id, from, to: [to], subject, sentTime, mailbox, messageHash: messageHash(id + subject) });
  };
  const counter = { flowInstanceSerial: 0 };
  const instance = (record: Omit<FlowInstanceRecord, "id" | "workspaceId">) => {
    const created = { id: issueFlowInstanceId(counter), workspaceId, ...record };
    instances.push(created);
    return created;
  };

  if (sampleFlow && inboundFlow) {
    // The first id issued is the catalogue's sample flow instance id.
    instance({
      flowId: sampleFlow.id,
      crmProspectId: sampleIds.crmContactId,
      ownerEmail: sampleIds.repEmail,
      created: "2026-08-20T15:00:00Z",
      status: "Running",
    });
    const [casey, sofia] = seedLeads;
    if (casey) {
      instance({
        flowId: inboundFlow.id,
        crmProspectId: casey.objectId,
        ownerEmail: sampleIds.repEmail,
        created: "2026-08-04T13:00:00Z",
        status: "FinishedNoReply",
        finished: "2026-09-04T13:00:00Z",
      });
    }
    if (sofia) {
      instance({
        flowId: sampleFlow.id,
        crmProspectId: sofia.objectId,
        ownerEmail: sampleIds.repEmail,
        created: "2026-08-28T12:00:00Z",
        status: "Pending",
      });
    }
  }
  email(sampleIds.repEmail, sampleIds.customerEmail, "Recap: Globex discovery call", "2026-08-18T18:00:00Z");
  email(
    sampleIds.customerEmail,
    sampleIds.repEmail,
    "Re: Recap: Globex discovery call",
    "2026-08-19T09:12:00Z",
  );
  email(sampleIds.repEmail, sampleIds.customerEmail, "Globex - proposal", "2026-08-26T16:30:00Z");

  // The first contact of a few other customers, working through shared and company flows.
  const assignable = flows.filter((flow) => flow.visibility !== "Personal");
  const statuses: FlowInstanceStatus[] = ["Running", "Paused", "Pending", "FinishedResponse", "Running"];
  const others = customerAccountsOf(core).filter(
    (account) => account.crmAccountId !== sampleIds.crmAccountId,
  );
  for (const account of others.slice(0, 8)) {
    const owner = core.users.find((user) => user.id === account.ownerUserId);
    const contact = account.contacts[0];
    if (!owner || !contact) continue;
    const flow = random.pick(assignable);
    const status = random.pick(statuses);
    const created = `2026-08-${String(random.int(1, 20)).padStart(2, "0")}T14:00:00Z`;
    instance({
      flowId: flow.id,
      crmProspectId: contact.crmContactId,
      ownerEmail: owner.emailAddress,
      created,
      status,
      ...(status.startsWith("Finished") ? { finished: "2026-08-22T10:00:00Z" } : {}),
    });
    email(owner.emailAddress, contact.emailAddress, flow.steps[0]?.subject ?? flow.name, created);
    if (status !== "Running" && status !== "Pending") continue;
    tasks.push({
      id: "",
      userId: owner.id,
      workspaceId: account.workspaceId,
      created,
      updated: created,
      status: "OPEN",
      type: "FLOW",
      title: `Call ${contact.firstName} ${contact.lastName} (${flow.name})`,
      dueDate: `2026-09-1${random.int(4, 8)}T16:00:00Z`,
      contactCrmId: contact.crmContactId,
      accountCrmId: account.crmAccountId,
      dealCrmId: account.deal.crmDealId,
      flowId: flow.id,
      ...(flow.steps[1] ? { stepId: flow.steps[1].id } : {}),
      priorityId: random.pick(taskPriorities).id,
    });
  }
  return {
    flowInstances: instances,
    flowInstanceSerial: counter.flowInstanceSerial,
    flowBulkAssignments: seedBulkAssignments(instances),
    tasks: numberTasks([...sampleTasks(core, workspaceId, sampleFlow), ...tasks]),
    taskPriorities,
    emailMessages: emails,
    engagementEvents: [
      {
        eventType: "contentViewed",
        sourceEventId: "docsend-evt-1001",
        timestamp: "2026-08-27T14:05:00Z",
        contentId: "doc-globex-proposal",
        contentUrl: "https://docs.acme-sales.example/globex-proposal.pdf",
        reportingSystem: "DocSend",
        eventName: "Proposal viewed",
        personEmails: [sampleIds.customerEmail],
        personPhoneNumbers: [],
      },
      {
        eventType: "digitalInteraction",
        sourceEventId: "web-evt-2026-0812-17",
        timestamp: "2026-08-12T17:00:00Z",
        contentId: "webinar-ops-2026-08",
        contentUrl: "https://acme-sales.example/webinars/ops-automation",
        reportingSystem: "Acme Website",
        eventName: "webinar_attended",
        personEmails: [sampleIds.customerEmail],
        personPhoneNumbers: [sampleIds.customerPhone],
      },
    ],
  };
}

function seedBulkAssignments(instances: FlowInstanceRecord[]): EngageState["flowBulkAssignments"] {
  const sofia = instances.find((instance) => instance.crmProspectId === seedLeads[1]?.objectId);
  const lead = seedLeads[1];
  if (!sofia || !lead) return [];
  return [
    {
      id: sampleIds.flowBulkAssignmentId,
      flowId: sofia.flowId,
      ownerEmail: sofia.ownerEmail,
      submitted: sofia.created,
      polls: 2,
      results: [
        {
          prospect: {
            firstName: lead.firstName,
            lastName: lead.lastName,
            email: lead.emailAddress,
            crmId: lead.objectId,
          },
          status: "ASSIGNED",
          crmId: lead.objectId,
          flowInstanceId: sofia.id,
        },
        {
          prospect: { firstName: "Lee", lastName: "Okafor", companyName: "Initrode" },
          status: "CRM_OPERATION_FAILED",
          errorCode: "MISSING_EMAIL",
          errorMessage: "A prospect without a CRM id needs an email address to be created in the CRM",
        },
      ],
    },
  ];
}

function sampleTasks(core: CoreState, workspaceId: string, sampleFlow: FlowRecord | undefined): TaskRecord[] {
  const rep = core.users.find((user) => user.emailAddress === sampleIds.repEmail);
  if (!rep) return [];
  const base = { userId: rep.id, workspaceId, accountCrmId: sampleIds.crmAccountId };
  return [
    {
      ...base,
      id: sampleIds.taskId,
      created: "2026-08-27T09:00:00Z",
      updated: "2026-08-27T09:00:00Z",
      status: "OPEN",
      type: "FLOW",
      title: "Call Priya Natarajan (Enterprise discovery follow-up)",
      dueDate: "2026-09-15T15:00:00Z",
      contactCrmId: sampleIds.crmContactId,
      dealCrmId: sampleIds.crmDealId,
      ...(sampleFlow ? { flowId: sampleFlow.id } : {}),
      ...(sampleFlow?.steps[1] ? { stepId: sampleFlow.steps[1].id } : {}),
      priorityId: "9007199254740996001",
    },
    {
      ...base,
      id: "",
      created: "2026-08-19T10:00:00Z",
      updated: "2026-08-20T11:30:00Z",
      status: "DONE",
      type: "MANUAL",
      title: "Call Priya about the security review",
      dueDate: "2026-08-20T16:00:00Z",
      contactCrmId: sampleIds.crmContactId,
      priorityId: "9007199254740996002",
    },
    {
      ...base,
      id: "",
      created: "2026-08-22T10:00:00Z",
      updated: "2026-08-24T08:00:00Z",
      status: "DISMISSED",
      type: "MANUAL",
      title: "Call Globex procurement",
      dueDate: "2026-08-25T16:00:00Z",
    },
  ];
}

/** Gives tasks without an id the next one after the sample task (int64 ids above 2^53). */
function numberTasks(tasks: TaskRecord[]): TaskRecord[] {
  let next = BigInt(sampleIds.taskId);
  return tasks.map((task) => {
    if (task.id) return task;
    next += 11n;
    return { ...task, id: String(next) };
  });
}
