// The two calls the catalogue's examples name: the recorded sample discovery call with Globex, and a call
// created through the API that still waits for its media upload.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { Random } from "../random.js";
import { type CallRecord, type CustomerAccountRecord, unprocessedCallContent } from "../state.js";
import type { CallSpec } from "./call-plan.js";
import { callUrl } from "./ids.js";
import type { RosterUser } from "./roster.js";

/** The sample call: 45 minutes of discovery with Priya Natarajan of Globex, the rep hosting with an SE. */
export function sampleCallSpec(users: RosterUser[], globex: CustomerAccountRecord): CallSpec {
  const rep = users.find((user) => user.record.id === sampleIds.repUserId);
  const se = users.find((user) => user.role === "se");
  const [priya, ...others] = globex.contacts;
  if (!rep || !se || !priya) throw new Error("the roster or Globex lacks the sample call's people");
  return {
    id: sampleIds.callId,
    kind: "discovery",
    host: rep,
    colleagues: [se],
    account: globex,
    contacts: [priya],
    invitees: others.slice(0, 1),
    start: Date.parse(sampleIds.callStarted),
    duration: 45 * 60,
    phone: false,
    isPrivate: false,
    extraVoice: "none",
  };
}

/** A call the rep's dialer registered through `POST /v2/calls`; its recording has not been uploaded yet. */
export function awaitingMediaCall(
  random: Random,
  rep: RosterUser,
  globex: CustomerAccountRecord,
): CallRecord {
  const priya = globex.contacts[0];
  const started = "2026-08-31T14:30:00Z";
  return {
    id: sampleIds.callAwaitingMediaId,
    workspaceId: rep.record.workspaceIds[0] ?? "",
    title: "Globex pricing follow-up (dialer upload)",
    url: callUrl(sampleIds.callAwaitingMediaId),
    scheduled: started,
    started,
    duration: 21 * 60,
    primaryUserId: rep.record.id,
    direction: "Outbound",
    system: "Acme PBX",
    scope: "External",
    media: "Audio",
    language: "eng",
    isPrivate: false,
    clientUniqueId: "acme-pbx-20260831-0001",
    customData: "uploaded-by=pbx-bridge",
    parties: [
      {
        id: random.id(),
        name: `${rep.record.firstName} ${rep.record.lastName}`,
        title: rep.record.title,
        emailAddress: rep.record.emailAddress,
        phoneNumber: rep.record.phoneNumber,
        userId: rep.record.id,
        affiliation: "Internal",
        methods: ["Attendee"],
      },
      {
        id: random.id(),
        name: priya ? `${priya.firstName} ${priya.lastName}` : "Priya Natarajan",
        emailAddress: sampleIds.customerEmail,
        phoneNumber: sampleIds.customerPhone,
        affiliation: "External",
        methods: ["Attendee"],
      },
    ],
    ...unprocessedCallContent(),
    crm: { accountId: globex.crmAccountId, dealId: globex.deal.crmDealId },
  };
}
