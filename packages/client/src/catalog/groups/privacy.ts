// Overlay of the privacy group (data-privacy lookups and erasure): agent-facing text, safety, paging, quirks
// and examples per action. Safety conventions are in ./safety.ts. Judgement call here: the erase actions are
// destructive and irreversible, but idempotent in gongkit's sense: a repeat finds nothing more to erase and is
// answered the same way. That makes a retry safe, never the first call: confirm with a human first.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const phoneFormat = "phoneNumber must start with + and the country code (E.164, e.g. +14155550142).";
const eraseNotes = [
  "Irreversible. Asynchronous: the 200 answer only means the erasure was accepted; it may take hours.",
  "Gong refuses abnormally large deletions (data-integrity protection); contact help@gong.io if it fails.",
  "Delete the data from the CRM and email systems first, or it will be imported again.",
  "The value goes in the query string of a POST with no body.",
];

export const privacyOverlay: GroupOverlay = {
  GONG_DATA_PRIVACY_FOR_PHONE_NUMBER: {
    summary: "Find everything in Gong that references a phone number (privacy lookup)",
    description:
      "Lists what Gong holds about a phone number: matching leads and contacts, their calls, meetings and email messages, the email addresses linked to them and the matching number variants. Use it to answer a data-subject request, and always before GONG_ERASE_DATA_FOR_PHONE_NUMBER to show what would be deleted. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: { notes: [phoneFormat] },
    examples: [
      {
        title: "What Gong holds about the customer's phone number",
        input: { phoneNumber: ids.customerPhone },
      },
    ],
  },

  GONG_RETRIEVE_DATA_PRIVACY_INFO_FOR_EMAIL_ADDRESS: {
    summary: "Find everything in Gong that references an email address (privacy lookup)",
    description:
      "Lists what Gong holds about an email address: calls and meetings it appears in, email messages to or from it, matching leads and contacts, and engagement events. Use it to answer a data-subject request, and always before GONG_ERASE_DATA_FOR_EMAIL_ADDRESS to show what would be deleted. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    examples: [
      { title: "What Gong holds about the customer's email", input: { emailAddress: ids.customerEmail } },
    ],
  },

  GONG_ERASE_DATA_FOR_EMAIL_ADDRESS: {
    summary: "Permanently erase all Gong data referencing an email address (calls, emails, contacts)",
    description:
      "Irreversibly deletes from Gong every call in which the address appears (as lead, contact, attendee or speaker), every email message sent to or from it, and the leads and contacts that have it: whole calls are removed, for every participant. It runs asynchronously and may take hours. Only call it to fulfil a verified erasure request, after showing the result of GONG_RETRIEVE_DATA_PRIVACY_INFO_FOR_EMAIL_ADDRESS to a human and getting explicit confirmation. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: { notes: eraseNotes },
    examples: [{ title: "Erase the customer's data by email", input: { emailAddress: ids.customerEmail } }],
  },

  GONG_ERASE_DATA_FOR_PHONE_NUMBER: {
    summary: "Permanently erase all Gong data referencing a phone number (leads, contacts, calls, emails)",
    description:
      "Irreversibly deletes from Gong the leads and contacts whose phone or mobile number matches, the email messages sent to or from them, and the calls they appear in: whole calls are removed, for every participant. It runs asynchronously and may take hours. Only call it to fulfil a verified erasure request, after showing the result of GONG_DATA_PRIVACY_FOR_PHONE_NUMBER to a human and getting explicit confirmation. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: { notes: [phoneFormat, ...eraseNotes] },
    examples: [
      { title: "Erase the customer's data by phone number", input: { phoneNumber: ids.customerPhone } },
    ],
  },
};
