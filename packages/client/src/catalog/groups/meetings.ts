// Overlay of the meetings group (Gong Meetings API, beta): agent-facing text, safety, paging, quirks and
// examples per action. Safety conventions are in ./safety.ts.
//
// Judgement call on delete: deleting a meeting twice leaves Gong in the same state, but the repeat is answered
// 404 instead of 200. gongkit's rule is that "idempotent" means a blind retry is safe AND answered the same
// way, the same rule that makes register-CRM-integration (409 on repeat) non-idempotent, so delete meeting is
// NOT idempotent; a 404 on a retried delete means "already deleted". Update meeting sends the complete meeting
// (PUT) and is idempotent; create is not.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const beta =
  "Beta (limited release): may answer 403 'This API endpoint is in Limited release - contact your CSM'.";
const consent = "409 when the company's recording consent page is not enabled.";
const meetingBody = {
  startTime: "2026-09-22T16:00:00Z",
  endTime: "2026-09-22T16:45:00Z",
  title: "Globex - Q3 proposal review",
  invitees: [
    { email: ids.customerEmail, displayName: "Priya Natarajan", firstName: "Priya", lastName: "Natarajan" },
  ],
  organizerEmail: ids.repEmail,
};

export const meetingsOverlay: GroupOverlay = {
  GONG_CREATE_A_NEW_GONG_MEETING_V2_MEETINGS: {
    summary: "Schedule a Gong meeting (beta) for a user and get its join URL",
    description:
      "Creates a meeting that Gong will record, organised by a Gong user, on their default or a chosen web-conferencing provider, and returns the meetingId, the join URL and any extra invitees (such as Gong's recorder) to add to the calendar invitation. Beta: Gong may answer 403 'Limited release' unless the feature is enabled for the company. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        beta,
        consent,
        "invitees are objects { email, displayName, firstName, lastName }, not plain strings; the organizer is not listed.",
        "404 when organizerEmail is not a Gong user.",
      ],
    },
    examples: [{ title: "The rep schedules a proposal review with the customer", input: meetingBody }],
  },

  GONG_UPDATE_A_GONG_MEETING_V2_MEETINGS_MEETING_ID: {
    summary: "Update a Gong meeting (beta): time, title, invitees; send the complete meeting",
    description:
      "Replaces a Gong meeting's details: start and end time, title, invitees and provider. startTime, endTime, invitees and organizerEmail are required every time, so send the complete meeting, not only the changed field. Beta: Gong may answer 403 'Limited release'. One request against the company budget (3 requests/s, 10,000/day); 404 means no such meeting.",
    safety: write({ destructive: false, idempotent: true }),
    quirks: { notes: [beta, consent, "meetingId is int64 (digit string)."] },
    examples: [
      {
        title: "Move the sample meeting by an hour",
        input: {
          meetingId: ids.meetingId,
          ...meetingBody,
          startTime: "2026-09-22T17:00:00Z",
          endTime: "2026-09-22T17:45:00Z",
        },
      },
    ],
  },

  GONG_DELETE_MEETING: {
    summary: "Delete (cancel) a Gong meeting (beta)",
    description:
      "Deletes a Gong meeting so it will not be recorded; this cannot be undone. Pass the organizer's email. Beta: Gong may answer 403 'Limited release'. A repeat (or an unknown id or organizer) is answered 404. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: false }),
    quirks: {
      notes: [
        beta,
        "The DELETE carries a JSON body { organizerEmail }; meetingId is int64 (digit string).",
        "404 after a retried delete means the meeting is already gone.",
      ],
    },
    examples: [
      {
        title: "Cancel the sample meeting",
        input: { meetingId: ids.meetingId, organizerEmail: ids.repEmail },
      },
    ],
  },

  GONG_VALIDATE_MEETING_INTEGRATION: {
    summary: "Check whether users' Gong meeting integration is connected (beta, read-only)",
    description:
      "Reads, for up to 100 user emails, whether each user exists in Gong and whether their meeting integration is connected, with an error text, a fix URL and a help URL when it is not. It validates nothing beyond reporting status and changes nothing, though it is a POST. Call it before creating meetings for a user. Beta: Gong may answer 403 'Limited release'. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: { notes: [beta, "Up to 100 emails per request."] },
    examples: [
      { title: "Status for the rep and the manager", input: { emails: [ids.repEmail, ids.managerEmail] } },
    ],
  },
};
