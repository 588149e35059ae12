// The meetings slice of the sandbox state: Gong meetings created through the (beta) meetings API. Meeting
// ids are int64 above 2^53, as Gong's are.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CoreState, UserRecord } from "../core-state.js";
import type { Random } from "../random.js";

export interface MeetingInviteeRecord {
  email: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
}

export interface MeetingRecord {
  id: string;
  organizerEmail: string;
  title?: string;
  startTime: string;
  endTime: string;
  invitees: MeetingInviteeRecord[];
  externalId?: string;
  provider?: string;
  meetingUrl: string;
  created: string;
  updated: string;
}

export interface MeetingsState {
  meetings: MeetingRecord[];
  /** The highest meeting id issued so far (ids are never reused after a delete). */
  lastMeetingId: string;
}

/** The Gong link a meeting is entered through: the organizer's consent page, or Gong's join page. */
export function meetingUrlFor(organizer: UserRecord, meetingId: string): string {
  const base =
    organizer.meetingConsentPageUrl ?? `https://join.gong.io/acme/${organizer.emailAddress.split("@")[0]}`;
  return `${base}?meetingId=${meetingId}`;
}

/** Issues the next meeting id (all stay above 2^53). */
export function issueMeetingId(state: MeetingsState): string {
  state.lastMeetingId = String(BigInt(state.lastMeetingId) + 1009n);
  return state.lastMeetingId;
}

export function seedMeetings(core: CoreState, random: Random): MeetingsState {
  const created = "2026-08-25T10:00:00Z";
  const meetings: MeetingRecord[] = [];
  const state: MeetingsState = { meetings, lastMeetingId: sampleIds.meetingId };
  const rep = core.users.find((user) => user.emailAddress === sampleIds.repEmail);
  if (rep) {
    meetings.push({
      id: sampleIds.meetingId,
      organizerEmail: rep.emailAddress,
      title: "Globex - pricing review",
      startTime: "2026-09-15T16:00:00Z",
      endTime: "2026-09-15T16:45:00Z",
      invitees: [
        {
          email: sampleIds.customerEmail,
          displayName: "Priya Natarajan",
          firstName: "Priya",
          lastName: "Natarajan",
        },
      ],
      externalId: "evt-globex-pricing-0915",
      provider: "zoom",
      meetingUrl: meetingUrlFor(rep, sampleIds.meetingId),
      created,
      updated: created,
    });
  }
  // Follow-up meetings with external people the reps already talked to.
  const externalCalls = core.calls.filter((call) =>
    call.parties.some((party) => party.affiliation === "External" && party.emailAddress),
  );
  for (let index = 0; index < 5 && externalCalls.length > 0; index++) {
    const call = random.pick(externalCalls);
    const organizer = core.users.find((user) => user.id === call.primaryUserId);
    if (!organizer) continue;
    const guests = call.parties.filter((party) => party.affiliation === "External" && party.emailAddress);
    const id = issueMeetingId(state);
    const day = String(14 + index);
    const hour = String(random.int(14, 20)).padStart(2, "0");
    meetings.push({
      id,
      organizerEmail: organizer.emailAddress,
      title: `Follow-up: ${call.title}`,
      startTime: `2026-09-${day}T${hour}:00:00Z`,
      endTime: `2026-09-${day}T${hour}:30:00Z`,
      invitees: guests.map((party) => ({ email: party.emailAddress ?? "", displayName: party.name ?? "" })),
      provider: random.pick(["zoom", "teams", "meet"]),
      meetingUrl: meetingUrlFor(organizer, id),
      created,
      updated: created,
    });
  }
  return state;
}
