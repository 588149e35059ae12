// What the sandbox knows about a person, by email address or phone number: calls they took part in, email
// messages to or from them, meetings they were invited to, CRM contacts and leads, and engagement events.
// The find-references endpoints render this; the erase endpoints delete exactly this.
import type { CrmObjectRecord } from "../dataset/crm-data.js";
import type { SandboxState } from "../state.js";

export interface PersonReferences {
  /** Lower-cased addresses the references were gathered for. */
  emails: Set<string>;
  callIds: Set<string>;
  emailMessageIds: Set<string>;
  meetingIds: Set<string>;
  contacts: { objectType: "CONTACT" | "LEAD"; record: CrmObjectRecord }[];
  engagementEventIndexes: Set<number>;
  /** The stored phone numbers that matched (phone look-ups only). */
  matchingPhoneNumbers: Set<string>;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Whether a stored phone number is the supplied one (given as digits, without the +). Non-digits are
 * ignored; a stored number written without its country code matches on its last 10 or more digits.
 */
export function phoneMatches(stored: string | undefined, suppliedDigits: string): boolean {
  if (!stored) return false;
  const digits = stored.replace(/\D/g, "");
  if (!digits) return false;
  if (digits === suppliedDigits) return true;
  return !stored.trim().startsWith("+") && digits.length >= 10 && suppliedDigits.endsWith(digits);
}

function crmPeople(state: SandboxState) {
  return (["CONTACT", "LEAD"] as const).flatMap((objectType) =>
    Object.values(state.crmObjects[objectType]).map((record) => ({ objectType, record })),
  );
}

function emailOf(record: CrmObjectRecord): string | undefined {
  const value = record.fields.emailAddress;
  return typeof value === "string" ? normalizeEmail(value) : undefined;
}

function gather(state: SandboxState, emails: Set<string>, phoneDigits?: string): PersonReferences {
  const matchingPhoneNumbers = new Set<string>();
  const phoneHit = (phone: string | undefined) => {
    const hit = phoneDigits !== undefined && phoneMatches(phone, phoneDigits);
    if (hit && phone) matchingPhoneNumbers.add(phone);
    return hit;
  };
  const references: PersonReferences = {
    emails,
    callIds: new Set(),
    emailMessageIds: new Set(),
    meetingIds: new Set(),
    contacts: [],
    engagementEventIndexes: new Set(),
    matchingPhoneNumbers,
  };
  for (const person of crmPeople(state)) {
    const email = emailOf(person.record);
    const phone = person.record.fields.phoneNumber;
    // The phone check runs first so every matching number is recorded.
    if (phoneHit(typeof phone === "string" ? phone : undefined) || (email && emails.has(email))) {
      references.contacts.push(person);
    }
  }
  for (const call of state.calls) {
    const involved = call.parties.some(
      (party) =>
        phoneHit(party.phoneNumber) || (party.emailAddress && emails.has(normalizeEmail(party.emailAddress))),
    );
    if (involved) references.callIds.add(call.id);
  }
  for (const message of state.emailMessages) {
    if ([message.from, ...message.to].some((address) => emails.has(normalizeEmail(address)))) {
      references.emailMessageIds.add(message.id);
    }
  }
  for (const meeting of state.meetings) {
    if (meeting.invitees.some((invitee) => emails.has(normalizeEmail(invitee.email)))) {
      references.meetingIds.add(meeting.id);
    }
  }
  state.engagementEvents.forEach((event, index) => {
    const byEmail = event.personEmails.some((address) => emails.has(normalizeEmail(address)));
    if (byEmail || event.personPhoneNumbers.some(phoneHit)) references.engagementEventIndexes.add(index);
  });
  return references;
}

export function emailReferences(state: SandboxState, email: string): PersonReferences {
  return gather(state, new Set([normalizeEmail(email)]));
}

/**
 * The people with this phone number (CRM contacts and leads, call parties) and, through their email
 * addresses, their calls, email messages and meetings.
 */
export function phoneReferences(state: SandboxState, suppliedDigits: string): PersonReferences {
  const emails = new Set<string>();
  for (const { record } of crmPeople(state)) {
    const phone = record.fields.phoneNumber;
    const email = emailOf(record);
    if (email && typeof phone === "string" && phoneMatches(phone, suppliedDigits)) emails.add(email);
  }
  // Whoever a party is (a user of the company too), a call that carries the number refers to it, as a call
  // that carries an address refers to that address in the email report.
  for (const party of state.calls.flatMap((call) => call.parties)) {
    if (party.emailAddress && phoneMatches(party.phoneNumber, suppliedDigits)) {
      emails.add(normalizeEmail(party.emailAddress));
    }
  }
  return gather(state, emails, suppliedDigits);
}
