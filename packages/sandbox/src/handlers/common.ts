// Small helpers the handlers share: reading the body, parsing date ranges the way Gong checks them, finding
// records (404 when missing) and shaping the records Gong returns in many places.
import type { HandlerContext } from "../kit.js";
import { badRequest, SandboxHttpError } from "../kit.js";
import type { CallRecord, SandboxState, UserRecord } from "../state.js";

export type Json = Record<string, unknown>;

/** The JSON body as an object ({} when there is none; the plumbing already rejected non-objects). */
export function bodyOf(context: HandlerContext): Json {
  const body = context.body;
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Json) : {};
}

export function objectField(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

export function stringField(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** Milliseconds of an ISO-8601 date-time, or a 400 naming the field. */
export function instant(text: string, field: string): number {
  const value = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(value)) {
    badRequest(`${field} must be an ISO-8601 date-time, e.g. '2018-02-18T08:00:00Z'; got '${text}'`);
  }
  return value;
}

export interface Range {
  from: number;
  to: number;
}

/** An optional [from, to) range of date-times; a 400 when `to` is not after `from`. */
export function dateTimeRange(fromText: unknown, toText: unknown, names: [string, string]): Range {
  const from = typeof fromText === "string" ? instant(fromText, names[0]) : Number.NEGATIVE_INFINITY;
  const to = typeof toText === "string" ? instant(toText, names[1]) : Number.POSITIVE_INFINITY;
  if (to <= from) badRequest(`${names[1]} must be after ${names[0]}`);
  return { from, to };
}

export function inRange(iso: string, range: Range): boolean {
  const at = Date.parse(iso);
  return at >= range.from && at < range.to;
}

export function findCall(state: SandboxState, id: string): CallRecord {
  const call = state.calls.find((candidate) => candidate.id === id);
  if (!call) throw new SandboxHttpError(404, [`No call found with id ${id}`]);
  return call;
}

export function findUser(state: SandboxState, id: string): UserRecord {
  const user = state.users.find((candidate) => candidate.id === id);
  if (!user) throw new SandboxHttpError(404, [`No user found with id ${id}`]);
  return user;
}

/** Copies the keys whose values are defined (the spec's optional fields are absent, not null). */
/** The users a `MultipleUsers...` filter selects: by creation time range and/or ids. */
export function usersMatching(state: SandboxState, filter: Json): UserRecord[] {
  const created = dateTimeRange(filter.createdFromDateTime, filter.createdToDateTime, [
    "createdFromDateTime",
    "createdToDateTime",
  ]);
  const ids = stringList(filter.userIds);
  return state.users.filter((user) => inRange(user.created, created) && (!ids || ids.includes(user.id)));
}

export function defined<T extends Json>(record: T): T {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** Gong's CallBasicData: what `/v2/calls` lists and `metaData` in `/v2/calls/extensive`. */
export function callBasicData(call: CallRecord): Json {
  return defined({
    id: call.id,
    url: call.url,
    title: call.title,
    scheduled: call.scheduled,
    started: call.started,
    duration: call.duration,
    primaryUserId: call.primaryUserId,
    direction: call.direction,
    system: call.system,
    scope: call.scope,
    media: call.media,
    language: call.language,
    workspaceId: call.workspaceId,
    sdrDisposition: call.sdrDisposition,
    clientUniqueId: call.clientUniqueId,
    customData: call.customData,
    purpose: call.purpose,
    meetingUrl: call.meetingUrl,
    isPrivate: call.isPrivate,
    calendarEventId: call.calendarEventId,
  });
}

/** Gong's UserMetadata. */
export function userMetadata(user: UserRecord): Json {
  return defined({
    id: user.id,
    emailAddress: user.emailAddress,
    created: user.created,
    active: user.active,
    emailAliases: user.emailAliases,
    trustedEmailAddress: user.trustedEmailAddress,
    firstName: user.firstName,
    lastName: user.lastName,
    title: user.title,
    phoneNumber: user.phoneNumber,
    extension: user.extension,
    personalMeetingUrls: user.personalMeetingUrls,
    settings: user.settings,
    managerId: user.managerId,
    meetingConsentPageUrl: user.meetingConsentPageUrl,
    conferencingProviders: user.conferencingProviders,
    spokenLanguages: user.spokenLanguages,
  });
}
