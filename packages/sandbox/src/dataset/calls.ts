// Turns a planned call into the record Gong keeps: metadata, parties with CRM context, transcript, trackers,
// AI content, media.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import { createRandom, type Random } from "../random.js";
import type { CallRecord, CoreState, PartyRecord, TrackerRecord } from "../state.js";
import { buildCallContent } from "./call-content.js";
import type { CallSpec, Contact } from "./call-plan.js";
import { extraVoice, meetingUrl } from "./call-voices.js";
import { callUrl } from "./ids.js";
import { slotValues } from "./phrase-slots.js";
import { competitors } from "./phrases.js";
import type { RosterUser } from "./roster.js";
import { trackerHits } from "./trackers.js";
import { buildTranscript, type KeywordsOf, type Speaker } from "./transcript.js";

export const mediaHost = "https://media.sandbox.gong.local";

export interface MaterializeContext {
  random: Random;
  outcomes: CoreState["callOutcomes"];
  trackers: readonly TrackerRecord[];
  keywordsOf: KeywordsOf;
  /** Names of the customers a host's team sells to (mentioned in internal calls). */
  teamCustomers: (host: RosterUser) => string[];
}

export function materializeCall(spec: CallSpec, context: MaterializeContext): CallRecord {
  const { random } = context;
  // What is said draws from the call's own generator, so the phrase banks never shift the rest of the dataset.
  const talk = createRandom(random.int(0, 0xffffffff));
  const account = spec.account;
  const workspaceId = spec.host.record.workspaceIds[0] ?? "";
  const companyParties = [spec.host, ...spec.colleagues].map((user) => userParty(random, user, spec.phone));
  const customerParties = spec.contacts.map((contact) => contactParty(random, contact, spec, true));
  const inviteeParties = spec.invitees.map((contact) => contactParty(random, contact, spec, false));
  const speakers: Speaker[] = [
    ...companyParties.map((party, index) => ({
      speakerId: party.speakerId ?? "",
      firstName: party.name.split(" ")[0] ?? party.name,
      internal: true,
      weight: index === 0 ? 3 : spec.kind === "demo" && spec.colleagues[index - 1]?.role === "se" ? 2.5 : 1.5,
      expert: index > 0 && spec.colleagues[index - 1]?.role === "se",
    })),
    ...customerParties.map((party, index) => ({
      speakerId: party.speakerId ?? "",
      firstName: party.name.split(" ")[0] ?? party.name,
      internal: false,
      weight: index === 0 ? 2 : 1,
      expert: false,
    })),
  ];
  const extra = extraVoice(random, spec, speakers.length);
  if (extra) speakers.push(extra.speaker);
  const seats = random.int(4, 40) * 5;
  const competitor =
    competitors[(account?.name.length ?? random.int(0, 2)) % competitors.length] ?? "Contoso";
  const customerName = account?.name ?? "";
  const crms = slotValues.crm ?? ["Salesforce"];
  const variables = {
    customer: customerName,
    customers: spec.kind === "internal" ? context.teamCustomers(spec.host) : [],
    competitor,
    seats,
    price: `$${(seats * 900).toLocaleString("en-US")}`,
    crm: crms[(account?.name.charCodeAt(0) ?? 0) % crms.length] ?? "Salesforce",
    day: talk.pick(slotValues.weekday ?? ["Monday"]),
  };
  const voices = spec.kind === "voicemail" ? speakers.slice(0, 1) : speakers;
  const transcript = buildTranscript(talk, spec.kind, spec.duration, voices, variables, context.keywordsOf);
  const content = buildCallContent(talk, {
    kind: spec.kind,
    phases: transcript.phases,
    subjects: transcript.subjects,
    hostName: `${spec.host.record.firstName} ${spec.host.record.lastName}`,
    contactName: spec.contacts[0] ? `${spec.contacts[0].firstName} ${spec.contacts[0].lastName}` : "the team",
    customer: customerName || "the team",
  });
  const companySpeakers = new Set(companyParties.map((party) => party.speakerId));
  const video = !spec.phone;
  const scheduled = video ? spec.start - (spec.start % 1_800_000) : spec.start;
  const record: CallRecord = {
    id: spec.id,
    workspaceId,
    title: spec.title ?? titleFor(spec),
    url: callUrl(spec.id),
    scheduled: isoUtc(scheduled),
    started: isoUtc(spec.start),
    duration: spec.duration,
    primaryUserId: spec.host.record.id,
    direction: video
      ? "Conference"
      : random.chance(0.1) && spec.kind !== "voicemail"
        ? "Inbound"
        : "Outbound",
    system: video
      ? random.pick(["Zoom", "Zoom", "Google Meet", "Microsoft Teams"])
      : spec.host.role === "sdr"
        ? "Outreach"
        : "RingCentral",
    scope: customerParties.length + inviteeParties.length > 0 ? "External" : "Internal",
    media: video ? "Video" : "Audio",
    language: "eng",
    isPrivate: spec.isPrivate,
    parties: [
      ...companyParties,
      ...customerParties,
      ...(extra?.party ? [extra.party] : []),
      ...inviteeParties,
    ],
    transcript: transcript.monologues,
    topics: content.topics,
    trackers: trackerHits(
      context.trackers.filter((tracker) => tracker.workspaceId === workspaceId),
      transcript.mentions,
      (speakerId) => companySpeakers.has(speakerId),
    ),
    keyPoints: content.keyPoints,
    outline: content.outline,
    nextSteps: content.nextSteps,
    crm: account ? { accountId: account.crmAccountId, dealId: account.deal.crmDealId } : {},
    recording: {
      url: `${mediaHost}/calls/${spec.id}/recording.${video ? "mp4" : "mp3"}`,
      bytes: spec.duration * (video ? 180_000 : 16_000),
      contentType: video ? "video/mp4" : "audio/mpeg",
      fileName: `recording.${video ? "mp4" : "mp3"}`,
      format: video ? "MP4" : "MP3",
    },
    questions: transcript.questions,
  };
  if (content.brief) record.brief = content.brief;
  if (content.structure) record.structure = content.structure;
  if (content.highlights) record.highlights = content.highlights;
  if (video) {
    record.meetingUrl = meetingUrl(record.system, spec.id);
    record.calendarEventId = `${spec.id.slice(-10)}_${spec.start.toString(36)}`;
    record.video = videoStats(random, spec.duration, transcript.phases);
  } else {
    record.clientUniqueId = `${record.system.toLowerCase()}-${spec.id.slice(0, 12)}`;
    const outcome = outcomeFor(random, spec, context.outcomes);
    if (outcome) {
      record.callOutcomeId = outcome.id;
      if (spec.host.role === "sdr") record.sdrDisposition = outcome.name;
    }
  }
  if (spec.kind !== "internal" && random.chance(0.4)) record.purpose = purposeFor(spec);
  return record;
}

function userParty(
  random: Random,
  user: RosterUser,
  phone: boolean,
): PartyRecord & { speakerId: string; name: string } {
  return {
    id: random.id(),
    name: `${user.record.firstName} ${user.record.lastName}`,
    title: user.record.title,
    emailAddress: user.record.emailAddress,
    ...(phone ? { phoneNumber: user.record.phoneNumber } : {}),
    userId: user.record.id,
    speakerId: random.id(),
    affiliation: "Internal",
    methods: phone ? ["Attendee"] : ["Invitee", "Attendee"],
  };
}

function contactParty(
  random: Random,
  contact: Contact,
  spec: CallSpec,
  joined: boolean,
): PartyRecord & { name: string } {
  const party: PartyRecord & { name: string } = {
    id: random.id(),
    name: `${contact.firstName} ${contact.lastName}`,
    title: contact.title,
    emailAddress: contact.emailAddress,
    affiliation: "External",
    methods: spec.phone ? ["Attendee"] : joined ? ["Invitee", "Attendee"] : ["Invitee"],
    context: [
      {
        system: "Generic",
        objects: [
          {
            objectType: "Contact",
            objectId: contact.crmContactId,
            fields: [
              { name: "Email", value: contact.emailAddress },
              { name: "Title", value: contact.title },
              { name: "AccountId", value: spec.account?.crmAccountId ?? null },
            ],
          },
        ],
      },
    ],
  };
  if (spec.phone) party.phoneNumber = contact.phoneNumber;
  if (joined) party.speakerId = random.id();
  return party;
}

function titleFor(spec: CallSpec): string {
  const customer = spec.account?.name ?? "Acme";
  const contact = spec.contacts[0];
  switch (spec.kind) {
    case "cold":
    case "voicemail":
      return contact ? `Call with ${contact.firstName} ${contact.lastName}` : "Outbound call";
    case "discovery":
      return `${customer} <> Acme Sales | Discovery`;
    case "demo":
      return `Acme Revenue Cloud demo for ${customer}`;
    case "pricing":
      return spec.phone ? `${customer} pricing follow-up` : `${customer} | Pricing & next steps`;
    case "onboarding":
      return spec.duration > 7200
        ? `${customer} admin onboarding workshop`
        : `${customer} onboarding session`;
    case "renewal":
      return `${customer} renewal review`;
    case "internal":
      return "Deal strategy session";
  }
}

function purposeFor(spec: CallSpec): string {
  const purposes: Record<string, string> = {
    cold: "Prospecting",
    voicemail: "Prospecting",
    discovery: "Discovery",
    demo: "Product demonstration",
    pricing: "Negotiation",
    onboarding: "Customer onboarding",
    renewal: "Renewal",
  };
  return purposes[spec.kind] ?? "Meeting";
}

function outcomeFor(random: Random, spec: CallSpec, outcomes: CoreState["callOutcomes"]) {
  if (spec.kind === "voicemail") return outcomes.find((outcome) => outcome.name === "Left voicemail");
  const answered = outcomes.filter((outcome) => outcome.category === "ANSWERED");
  return answered.length ? random.pick(answered) : undefined;
}

function videoStats(random: Random, duration: number, phases: { topic: string; duration: number }[]) {
  const presentation = phases
    .filter((phase) => phase.topic === "Product Demo" || phase.topic === "Implementation")
    .reduce((sum, phase) => sum + phase.duration, 0);
  return [
    { name: "Browser", duration: Math.round(presentation * 0.3) },
    { name: "Presentation", duration: presentation },
    { name: "WebcamPrimaryUser", duration: Math.round(duration * (0.55 + random.next() * 0.4)) },
    { name: "WebcamNonCompany", duration: Math.round(duration * (0.2 + random.next() * 0.6)) },
  ];
}
