// Consistency of the seeded CRM, Engage and meetings data with each other and with the calls, over every record:
// every CRM id a call, a flow assignment, a task or a bulk assignment names is in the CRM data, and every person
// or owner named by address is someone the dataset knows. Each rule lists the records that break it.
import { describe, expect, it } from "vitest";
import { datasetClocks, sandboxAt } from "../../../../test/support/dataset-clocks.js";
import type { CrmObjectType } from "./crm-data.js";

describe.each(datasetClocks)("the CRM, Engage and meetings data at %s", (_name, clock) => {
  const state = sandboxAt(clock).state;
  const { crmObjects } = state;
  const users = new Set(state.users.map((user) => user.id));
  const userEmails = new Set(state.users.map((user) => user.emailAddress));
  const workspaces = new Set(state.workspaces.map((workspace) => workspace.id));
  const missing = (type: CrmObjectType, id: string | undefined) => id !== undefined && !crmObjects[type][id];

  it("has every CRM account, deal and contact the calls refer to", () => {
    const contextTypes: Record<string, CrmObjectType> = {
      Contact: "CONTACT",
      Lead: "LEAD",
      Account: "ACCOUNT",
    };
    const violations = state.calls.flatMap((call) => [
      ...(missing("ACCOUNT", call.crm.accountId) ? [`call ${call.id}: account ${call.crm.accountId}`] : []),
      ...(missing("DEAL", call.crm.dealId) ? [`call ${call.id}: deal ${call.crm.dealId}`] : []),
      ...(call.crm.dealId && crmObjects.DEAL[call.crm.dealId]?.fields.accountId !== call.crm.accountId
        ? [`call ${call.id}: deal ${call.crm.dealId} is not of account ${call.crm.accountId}`]
        : []),
      ...call.parties.flatMap((party) =>
        (party.context ?? []).flatMap((context) =>
          context.objects.flatMap((object) => {
            const type = contextTypes[object.objectType];
            const where = `call ${call.id}: party ${party.id}`;
            if (!type) return [`${where}: context object type ${object.objectType}`];
            const found = missing(type, object.objectId) ? [`${where}: ${type} ${object.objectId}`] : [];
            const account = object.fields.find((field) => field.name === "AccountId")?.value;
            if (typeof account === "string" && missing("ACCOUNT", account))
              found.push(`${where}: ${type} ${object.objectId} of account ${account}`);
            return found;
          }),
        ),
      ),
    ]);
    expect(violations, "CRM ids of the calls").toEqual([]);
  });

  it("has the customer accounts, manual associations and deals in the CRM, owned by users that exist", () => {
    const violations = [
      ...(state.customerAccounts ?? []).flatMap((account) => [
        ...(missing("ACCOUNT", account.crmAccountId) ? [`customer account ${account.crmAccountId}`] : []),
        ...(missing("DEAL", account.deal.crmDealId) ? [`customer ${account.crmAccountId}: deal`] : []),
        ...account.contacts
          .filter((contact) => missing("CONTACT", contact.crmContactId))
          .map((contact) => `customer ${account.crmAccountId}: contact ${contact.crmContactId}`),
        ...(users.has(account.ownerUserId)
          ? []
          : [`customer ${account.crmAccountId}: owner ${account.ownerUserId}`]),
        ...(workspaces.has(account.workspaceId) ? [] : [`customer ${account.crmAccountId}: workspace`]),
      ]),
      ...(state.manualCrmAssociations ?? []).flatMap((association) =>
        association.associatedCrmObjects.flatMap((object) => [
          ...(missing("ACCOUNT", object.accountCrmId) ? [`association ${association.callId}: account`] : []),
          ...(missing("DEAL", object.dealCrmId) ? [`association ${association.callId}: deal`] : []),
        ]),
      ),
      ...Object.values(crmObjects.DEAL).flatMap((deal) => {
        const { accountId, ownerId, stage } = deal.fields;
        return [
          ...(missing("ACCOUNT", String(accountId)) ? [`deal ${deal.objectId}: account ${accountId}`] : []),
          ...(missing("BUSINESS_USER", String(ownerId)) ? [`deal ${deal.objectId}: owner ${ownerId}`] : []),
          ...(missing("STAGE", String(stage)) ? [`deal ${deal.objectId}: stage ${stage}`] : []),
        ];
      }),
      ...Object.values(crmObjects.CONTACT)
        .filter((contact) => missing("ACCOUNT", String(contact.fields.accountId)))
        .map((contact) => `contact ${contact.objectId}: account ${contact.fields.accountId}`),
    ];
    expect(violations, "CRM references").toEqual([]);
  });

  it("has flows in folders that exist, owned and shared by users, with prospects that are in the CRM", () => {
    const folders = new Set(state.flowFolders.map((folder) => folder.id));
    const flows = new Map(state.flows.map((flow) => [flow.id, flow]));
    const prospect = (id: string) => !missing("CONTACT", id) || !missing("LEAD", id);
    const people = (what: string, emails: readonly string[]) =>
      emails.filter((email) => !userEmails.has(email)).map((email) => `${what}: ${email} is not a user`);
    const violations = [
      ...state.flowFolders.flatMap((folder) => [
        ...(folder.parentId && !folders.has(folder.parentId) ? [`flow folder ${folder.id}: parent`] : []),
        ...people(`flow folder ${folder.id}`, [folder.ownerEmail, ...folder.sharedWithEmails]),
      ]),
      ...state.flows.flatMap((flow) => [
        ...(folders.has(flow.folderId) ? [] : [`flow ${flow.id}: folder ${flow.folderId} does not exist`]),
        ...(workspaces.has(flow.workspaceId) ? [] : [`flow ${flow.id}: workspace ${flow.workspaceId}`]),
        ...people(`flow ${flow.id}`, [flow.ownerEmail, ...flow.sharedWithEmails]),
      ]),
      ...state.flowInstances.flatMap((instance) => [
        ...(flows.has(instance.flowId) ? [] : [`flow instance ${instance.id}: flow ${instance.flowId}`]),
        ...(prospect(instance.crmProspectId)
          ? []
          : [`flow instance ${instance.id}: prospect ${instance.crmProspectId} is not in the CRM`]),
        ...people(`flow instance ${instance.id}`, [instance.ownerEmail]),
      ]),
      ...state.flowBulkAssignments.flatMap((bulk) => [
        ...(flows.has(bulk.flowId) ? [] : [`bulk assignment ${bulk.id}: flow ${bulk.flowId}`]),
        ...people(`bulk assignment ${bulk.id}`, [bulk.ownerEmail]),
        ...bulk.results
          .filter((result) => result.status === "ASSIGNED" && !prospect(result.crmId ?? ""))
          .map((result) => `bulk assignment ${bulk.id}: prospect ${result.crmId} is not in the CRM`),
      ]),
    ];
    expect(violations, "flows, their instances and bulk assignments").toEqual([]);
  });

  it("has tasks of users, flows, steps, priorities and CRM records that exist", () => {
    const flows = new Map(state.flows.map((flow) => [flow.id, flow]));
    const priorities = new Set(state.taskPriorities.map((priority) => priority.id));
    const violations = state.tasks.flatMap((task) => {
      const name = `task ${task.id}`;
      const flow = task.flowId === undefined ? undefined : flows.get(task.flowId);
      return [
        ...(users.has(task.userId) ? [] : [`${name}: user ${task.userId}`]),
        ...(workspaces.has(task.workspaceId) ? [] : [`${name}: workspace ${task.workspaceId}`]),
        ...(task.flowId !== undefined && !flow ? [`${name}: flow ${task.flowId} does not exist`] : []),
        ...(flow && task.stepId && !flow.steps.some((step) => step.id === task.stepId)
          ? [`${name}: step ${task.stepId} is not in flow ${flow.id}`]
          : []),
        ...(task.type === "FLOW" && !flow ? [`${name}: a flow task without a flow`] : []),
        ...(task.priorityId && !priorities.has(task.priorityId)
          ? [`${name}: priority ${task.priorityId}`]
          : []),
        ...(missing("CONTACT", task.contactCrmId) && missing("LEAD", task.contactCrmId)
          ? [`${name}: contact ${task.contactCrmId}`]
          : []),
        ...(missing("ACCOUNT", task.accountCrmId) ? [`${name}: account ${task.accountCrmId}`] : []),
        ...(missing("DEAL", task.dealCrmId) ? [`${name}: deal ${task.dealCrmId}`] : []),
      ];
    });
    expect(violations, "tasks").toEqual([]);
  });

  it("has meetings organized by users and email messages captured from users' mailboxes", () => {
    const violations = [
      ...state.meetings
        .filter((meeting) => !userEmails.has(meeting.organizerEmail))
        .map((meeting) => `meeting ${meeting.id}: organizer ${meeting.organizerEmail} is not a user`),
      ...state.meetings.flatMap((meeting) =>
        meeting.invitees
          .filter((invitee) => !/^[^\s@]+@[^\s@]+$/.test(invitee.email))
          .map((invitee) => `meeting ${meeting.id}: invitee '${invitee.email}' has no address`),
      ),
      ...state.emailMessages
        .filter((message) => !userEmails.has(message.mailbox))
        .map((message) => `email ${message.id}: mailbox ${message.mailbox} is not a user's`),
      ...state.emailMessages
        .filter((message) => ![message.from, ...message.to].includes(message.mailbox))
        .map((message) => `email ${message.id}: neither from nor to its mailbox ${message.mailbox}`),
    ];
    expect(violations, "meetings and email messages").toEqual([]);
  });
});
