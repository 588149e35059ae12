// Sandbox handlers for the meetings group (Gong beta): create, update and delete Gong meetings, and check
// users' calendar integration. Meeting ids are int64 above 2^53, sent in paths and returned as strings.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import {
  issueMeetingId,
  type MeetingInviteeRecord,
  type MeetingRecord,
  meetingUrlFor,
} from "../dataset/meetings-data.js";
import { badRequest, type Handler, type HandlerMap, SandboxHttpError } from "../kit.js";
import type { SandboxState, UserRecord } from "../state.js";

interface MeetingRequest {
  startTime: string;
  endTime: string;
  title?: string;
  invitees: MeetingInviteeRecord[];
  externalId?: string;
  provider?: string;
  organizerEmail: string;
}

/** Gong adds its recorder to the invitation so it can join and record the meeting. */
const recorderInvitee = { email: "recorder@gong.io", displayName: "Gong Recorder" };

export function userByEmail(state: SandboxState, email: string): UserRecord | undefined {
  const wanted = email.trim().toLowerCase();
  return state.users.find(
    (user) =>
      user.emailAddress.toLowerCase() === wanted ||
      user.emailAliases.some((alias) => alias.toLowerCase() === wanted),
  );
}

function organizerOf(state: SandboxState, email: string): UserRecord {
  const organizer = userByEmail(state, email);
  if (!organizer) throw new SandboxHttpError(404, [`No Gong user found corresponding to ${email}`]);
  if (!organizer.meetingConsentPageUrl) {
    throw new SandboxHttpError(409, [`The consent page is not enabled for ${email}`]);
  }
  return organizer;
}

function checkTimes(request: MeetingRequest): void {
  const start = Date.parse(request.startTime);
  const end = Date.parse(request.endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    badRequest("startTime and endTime must be ISO-8601 date-times, e.g. 2018-02-18T08:00:00Z");
  }
  if (end <= start) badRequest("endTime must be after startTime");
  for (const invitee of request.invitees) {
    if (!invitee.email?.includes("@")) badRequest("Every invitee needs an email address");
  }
}

function details(request: MeetingRequest) {
  return {
    startTime: request.startTime,
    endTime: request.endTime,
    invitees: request.invitees,
    ...(request.title !== undefined ? { title: request.title } : {}),
    ...(request.externalId !== undefined ? { externalId: request.externalId } : {}),
    ...(request.provider !== undefined ? { provider: request.provider } : {}),
  };
}

function findMeeting(state: SandboxState, meetingId: string | undefined): MeetingRecord {
  const id = meetingId && /^\d+$/.test(meetingId) ? BigInt(meetingId).toString() : "";
  const meeting = state.meetings.find((item) => item.id === id);
  if (!meeting)
    throw new SandboxHttpError(404, [`No meeting found corresponding to meeting ID ${meetingId}`]);
  return meeting;
}

const addMeeting: Handler = ({ state, body, now }) => {
  const request = body as MeetingRequest;
  const organizer = organizerOf(state, request.organizerEmail);
  checkTimes(request);
  const id = issueMeetingId(state);
  const meetingUrl = meetingUrlFor(organizer, id);
  const stamp = isoUtc(now.getTime());
  state.meetings.push({
    id,
    organizerEmail: organizer.emailAddress,
    meetingUrl,
    created: stamp,
    updated: stamp,
    ...details(request),
  });
  return { body: { meetingId: id, meetingUrl, additionalInvitees: [recorderInvitee] } };
};

const updateMeeting: Handler = ({ state, path, body, now }) => {
  const meeting = findMeeting(state, path.meetingId);
  const request = body as MeetingRequest;
  if (organizerOf(state, request.organizerEmail).emailAddress !== meeting.organizerEmail) {
    badRequest(`Meeting ${meeting.id} is organized by another user; organizerEmail must be its organizer`);
  }
  checkTimes(request);
  // A PUT replaces the meeting's details: optional fields left out are cleared.
  for (const key of ["title", "externalId", "provider"] as const) delete meeting[key];
  Object.assign(meeting, details(request), { updated: isoUtc(now.getTime()) });
  return { body: { meetingId: meeting.id } };
};

const deleteMeeting: Handler = ({ state, path, body }) => {
  const { organizerEmail } = (body ?? {}) as { organizerEmail?: string };
  if (!organizerEmail) badRequest("The JSON body needs the organizerEmail of the meeting");
  const meeting = findMeeting(state, path.meetingId);
  if (userByEmail(state, organizerEmail)?.emailAddress !== meeting.organizerEmail) {
    throw new SandboxHttpError(404, [
      `No Gong meeting ${meeting.id} found corresponding to the organizer email ${organizerEmail}`,
    ]);
  }
  state.meetings = state.meetings.filter((item) => item !== meeting);
  return { body: { organizerEmail } };
};

const integrationStatus: Handler = ({ state, body }) => {
  const { emails = [] } = (body ?? {}) as { emails?: string[] };
  if (emails.length > 100) badRequest("At most 100 emails per request");
  const users = emails.map((email) => {
    const user = userByEmail(state, email);
    if (!user) {
      return { email, exists: false, valid: false, userFacingError: "No Gong user has this email address" };
    }
    if (user.active && user.settings.webConferencesRecorded !== false)
      return { email, exists: true, valid: true };
    return {
      email,
      exists: true,
      valid: false,
      userFacingError: user.active
        ? "Web conference recording is turned off for this user"
        : "This Gong user is deactivated",
      fixUrl: "https://app.gong.io/settings/users",
      helpUrl: "https://help.gong.io/docs/calendar-integration",
    };
  });
  return { body: { users } };
};

export const meetingsHandlers: HandlerMap = { addMeeting, updateMeeting, deleteMeeting, integrationStatus };
