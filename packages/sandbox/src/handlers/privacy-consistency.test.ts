// The privacy look-ups agree with the dataset, for every email address and phone number in it: each report
// holds every call whose parties carry the address or number, every email message to or from the address,
// every meeting it is invited to, every CRM contact or lead with it and every engagement event about it, and
// validates against the official spec. Each rule lists the addresses or numbers that break it.
import { describe, expect, it } from "vitest";
import { datasetClocks, sandboxAt } from "../../../../test/support/dataset-clocks.js";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import type { Sandbox } from "../app.js";
import { normalizeEmail } from "./privacy-references.js";

const emailPath = "/v2/data-privacy/data-for-email-address";
const phonePath = "/v2/data-privacy/data-for-phone-number";
const digits = (phone: string) => phone.replace(/\D/g, "");

/** What differs between the ids a report lists and the ids the dataset says it should: missing and extra. */
function differences(what: string, listed: readonly { id: string }[], expected: Iterable<string>): string[] {
  const got = new Set(listed.map((item) => item.id));
  const want = new Set(expected);
  return [
    ...[...want].filter((id) => !got.has(id)).map((id) => `${what} leaves out ${id}`),
    ...[...got].filter((id) => !want.has(id)).map((id) => `${what} lists ${id}, which does not refer to it`),
  ];
}

async function report(sandbox: Sandbox, path: string, query: Record<string, string>) {
  const reply = await sandboxRequest(sandbox, "GET", path, { query });
  const invalid = reply.status === 200 ? validateResponse("GET", path, 200, reply.body) : [];
  return { reply, problems: reply.status === 200 ? invalid : [`status ${reply.status}`] };
}

describe.each(datasetClocks)("the privacy reports at %s", (_name, clock) => {
  const sandbox = sandboxAt(clock);
  const { state } = sandbox;
  const crmPeople = [...Object.values(state.crmObjects.CONTACT), ...Object.values(state.crmObjects.LEAD)];
  const parties = state.calls.flatMap((call) => call.parties.map((party) => ({ call, party })));

  it("list everything that refers to each email address in the dataset", async () => {
    const addresses = new Set(
      [
        ...state.users.map((user) => user.emailAddress),
        ...parties.flatMap(({ party }) => party.emailAddress ?? []),
        ...crmPeople.map((person) => String(person.fields.emailAddress ?? "")),
        ...state.emailMessages.flatMap((message) => [message.from, ...message.to]),
        ...state.meetings.flatMap((meeting) => meeting.invitees.map((invitee) => invitee.email)),
        ...state.engagementEvents.flatMap((event) => event.personEmails),
      ]
        .filter((address) => address.includes("@"))
        .map(normalizeEmail),
    );
    const violations: string[] = [];
    for (const address of addresses) {
      const is = (candidate: string | undefined) => !!candidate && normalizeEmail(candidate) === address;
      const { reply, problems } = await report(sandbox, emailPath, { emailAddress: address });
      violations.push(...problems.map((problem) => `${address}: ${problem}`));
      if (reply.status !== 200) continue;
      const body = reply.body;
      const listed = (body.customerData ?? []).flatMap((data: { objects: { externalId: string }[] }) =>
        data.objects.map((object) => ({ id: object.externalId })),
      );
      const events = state.engagementEvents.filter((event) => event.personEmails.some(is));
      violations.push(
        ...[
          ...differences(
            "calls",
            body.calls,
            parties.filter(({ party }) => is(party.emailAddress)).map(({ call }) => call.id),
          ),
          ...differences(
            "emails",
            body.emails,
            state.emailMessages
              .filter((message) => [message.from, ...message.to].some(is))
              .map((message) => message.id),
          ),
          ...differences(
            "meetings",
            body.meetings,
            state.meetings
              .filter((meeting) => meeting.invitees.some((invitee) => is(invitee.email)))
              .map((meeting) => meeting.id),
          ),
          ...differences(
            "CRM records",
            listed,
            crmPeople
              .filter((person) => is(String(person.fields.emailAddress ?? "")))
              .map((person) => person.objectId),
          ),
          ...(body.customerEngagement.length === events.length
            ? []
            : [`customer engagement lists ${body.customerEngagement.length} of ${events.length} events`]),
        ].map((problem) => `${address}: ${problem}`),
      );
    }
    expect(addresses.size).toBeGreaterThan(50);
    expect(violations, "email reports").toEqual([]);
  });

  it("list, for each phone number in the dataset, every call, contact and lead that carries it", async () => {
    const numbers = new Set(
      [
        ...state.users.map((user) => user.phoneNumber),
        ...parties.flatMap(({ party }) => party.phoneNumber ?? []),
        ...crmPeople.map((person) => String(person.fields.phoneNumber ?? "")),
        ...state.engagementEvents.flatMap((event) => event.personPhoneNumbers),
      ].filter((phone) => phone.startsWith("+")),
    );
    const violations: string[] = [];
    for (const phone of numbers) {
      const carries = (candidate: unknown) =>
        typeof candidate === "string" && digits(candidate) === digits(phone);
      // Written as people type it: the country code, then spaces and a dash (all non-digits are ignored).
      const typed = `+${digits(phone).slice(0, -10)} ${digits(phone).slice(-10, -7)} ${digits(phone).slice(-7, -4)}-${digits(phone).slice(-4)}`;
      const { reply, problems } = await report(sandbox, phonePath, { phoneNumber: typed });
      violations.push(...problems.map((problem) => `${phone}: ${problem}`));
      if (reply.status !== 200) continue;
      const body = reply.body;
      const listed = new Set((body.calls as { id: string }[]).map((call) => call.id));
      const objects = new Set(
        (body.customerData ?? []).flatMap((data: { objects: { externalId: string }[] }) =>
          data.objects.map((object) => object.externalId),
        ),
      );
      const calls = new Set(
        parties.filter(({ party }) => carries(party.phoneNumber)).map(({ call }) => call.id),
      );
      const missingCalls = [...calls].filter((id) => !listed.has(id));
      if (missingCalls.length)
        violations.push(
          `${phone}: leaves out ${missingCalls.length} of the ${calls.size} calls whose parties carry it`,
        );
      for (const person of crmPeople.filter((candidate) => carries(candidate.fields.phoneNumber))) {
        if (!objects.has(person.objectId))
          violations.push(`${phone}: leaves out CRM record ${person.objectId}`);
      }
      if ((calls.size || objects.size) && !body.matchingPhoneNumbers.includes(phone))
        violations.push(`${phone}: not among the matching numbers ${body.matchingPhoneNumbers.join(", ")}`);
    }
    expect(numbers.size).toBeGreaterThan(50);
    expect(violations, "phone reports").toEqual([]);
  });
});
