// Erases a person, as Gong documents for the data-privacy erase endpoints: calls they appear in are deleted
// (with what hangs off them), email messages to or from them are deleted, CRM contacts and leads with their
// address or number are deleted (and so their flow assignments and tasks), and they are removed from meeting
// invitations and engagement events. Gong erases asynchronously (hours); the sandbox erases at once.
import { SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";
import { normalizeEmail, type PersonReferences } from "./privacy-references.js";

/**
 * Gong's data integrity protection refuses abnormally large deletions; the sandbox draws the line at this
 * many calls (a customer appears in at most ~15 seeded calls; erasing a busy rep's address would delete 50+).
 */
export const maxErasedCalls = 25;

function eraseCalls(state: SandboxState, callIds: Set<string>): void {
  state.calls = state.calls.filter((call) => !callIds.has(call.id));
  for (const folder of state.libraryFolders)
    folder.calls = folder.calls.filter((item) => !callIds.has(item.callId));
  state.answeredScorecards = state.answeredScorecards.filter((answered) => !callIds.has(answered.callId));
  state.callAccessGrants = state.callAccessGrants.filter((grant) => !callIds.has(grant.callId));
  if (state.manualCrmAssociations) {
    state.manualCrmAssociations = state.manualCrmAssociations.filter((item) => !callIds.has(item.callId));
  }
}

function eraseProspects(state: SandboxState, references: PersonReferences): void {
  const erased = new Set(references.contacts.map(({ record }) => record.objectId));
  for (const { objectType, record } of references.contacts)
    delete state.crmObjects[objectType][record.objectId];
  const isErased = (crmId: string | undefined, email: string | undefined) =>
    (crmId !== undefined && erased.has(crmId)) ||
    (email !== undefined && references.emails.has(normalizeEmail(email)));
  for (const account of state.customerAccounts ?? []) {
    account.contacts = account.contacts.filter(
      (contact) => !isErased(contact.crmContactId, contact.emailAddress),
    );
  }
  state.flowInstances = state.flowInstances.filter((instance) => !erased.has(instance.crmProspectId));
  state.tasks = state.tasks.filter((task) => !isErased(task.contactCrmId, undefined));
  for (const bulk of state.flowBulkAssignments) {
    bulk.results = bulk.results.filter((result) => !isErased(result.crmId, result.prospect.email));
  }
}

export function erasePerson(state: SandboxState, references: PersonReferences): void {
  if (references.callIds.size > maxErasedCalls) {
    throw new SandboxHttpError(400, [
      `Erase refused by the data integrity protection: it would delete ${references.callIds.size} calls ` +
        `(more than ${maxErasedCalls}). If this is intended, contact help@gong.io`,
    ]);
  }
  eraseCalls(state, references.callIds);
  state.emailMessages = state.emailMessages.filter((message) => !references.emailMessageIds.has(message.id));
  for (const meeting of state.meetings) {
    meeting.invitees = meeting.invitees.filter(
      (invitee) => !references.emails.has(normalizeEmail(invitee.email)),
    );
  }
  eraseProspects(state, references);
  state.engagementEvents = state.engagementEvents.filter(
    (_event, index) => !references.engagementEventIndexes.has(index),
  );
}
