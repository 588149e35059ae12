// Sandbox handlers for the privacy group: what Gong holds about an email address or phone number, and
// erasing it. The erase endpoints are POSTs with the address or number in the query string and no body.
import { derivedId } from "../dataset/ids.js";
import { badRequest, type Handler, type HandlerMap } from "../kit.js";
import type { SandboxState } from "../state.js";
import { erasePerson } from "./privacy-erase.js";
import { emailReferences, type PersonReferences, phoneReferences } from "./privacy-references.js";

function emailParameter(query: URLSearchParams): string {
  const email = query.get("emailAddress")?.trim() ?? "";
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) badRequest(`emailAddress '${email}' is not an email address`);
  return email;
}

/** The phone number's digits; it must start with + and the country code (other non-digits are ignored). */
function phoneDigits(query: URLSearchParams): string {
  const phone = query.get("phoneNumber") ?? "";
  const digits = phone.replace(/\D/g, "");
  if (!phone.startsWith("+") || digits.length < 7) {
    badRequest(
      `phoneNumber '${phone}' must start with + followed by the country code, area code and number ` +
        "(URL-encode the + as %2B)",
    );
  }
  return digits;
}

// CRM records are listed without their `fields`: the spec types each field value as a JSON object (a Java
// `Object` rendered as `type: object`), which no real CRM value is, so the sandbox leaves the optional list out.
function render(state: SandboxState, references: PersonReferences) {
  const contacts = references.contacts.map(({ objectType, record }) => ({
    id: derivedId(`crm:${objectType}:${record.objectId}`),
    objectType: objectType === "CONTACT" ? "Contact" : "Lead",
    externalId: record.objectId,
  }));
  return {
    emails: state.emailMessages
      .filter((message) => references.emailMessageIds.has(message.id))
      .map(({ from, id, sentTime, mailbox, messageHash }) => ({ from, id, sentTime, mailbox, messageHash })),
    calls: state.calls
      .filter((call) => references.callIds.has(call.id))
      .map((call) => ({ id: call.id, status: "COMPLETED", externalSystems: [] })),
    meetings: [...references.meetingIds].map((id) => ({ id })),
    customerData: contacts.length ? [{ system: "Generic", objects: contacts }] : [],
  };
}

const findAllReferencesToEmailAddress: Handler = ({ state, query }) => {
  const references = emailReferences(state, emailParameter(query));
  const customerEngagement = state.engagementEvents
    .filter((_event, index) => references.engagementEventIndexes.has(index))
    .map(({ personEmails: _emails, personPhoneNumbers: _phones, ...event }) => event);
  return { body: { ...render(state, references), customerEngagement } };
};

const findAllReferencesToPhoneNumber: Handler = ({ state, query }) => {
  const references = phoneReferences(state, phoneDigits(query));
  return {
    body: {
      ...render(state, references),
      suppliedPhoneNumber: query.get("phoneNumber") ?? "",
      matchingPhoneNumbers: [...references.matchingPhoneNumbers],
      emailAddresses: [...references.emails],
    },
  };
};

const purgeEmailAddress: Handler = ({ state, query }) => {
  erasePerson(state, emailReferences(state, emailParameter(query)));
  return { body: {} };
};

const purgePhoneNumber: Handler = ({ state, query }) => {
  erasePerson(state, phoneReferences(state, phoneDigits(query)));
  return { body: {} };
};

export const privacyHandlers: HandlerMap = {
  findAllReferencesToEmailAddress,
  findAllReferencesToPhoneNumber,
  purgeEmailAddress,
  purgePhoneNumber,
};
