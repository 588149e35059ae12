// Creating calls through the API: `POST /v2/calls` registers the call (409 on a repeated clientUniqueId) and
// `PUT /v2/calls/{id}/media` streams its recording in (never buffered), once, checked as Gong checks it.
import { createHash } from "node:crypto";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import { mediaHost } from "../dataset/calls.js";
import { callUrl, derivedId } from "../dataset/ids.js";
import { companyDomain } from "../dataset/roster.js";
import type { Handler } from "../kit.js";
import { badRequest, SandboxHttpError } from "../kit.js";
import { streamMultipartFile } from "../multipart.js";
import { type CallRecord, type PartyRecord, type SandboxState, unprocessedCallContent } from "../state.js";
import { findCall, instant, type Json, objectField, stringField } from "./common.js";
import { createMediaCheck } from "./media-checks.js";

// ISO-639-1 prefixes of `languageCode` to the ISO-639-2/B codes Gong reports.
const languages: Record<string, string> = {
  en: "eng",
  es: "spa",
  fr: "fre",
  de: "ger",
  it: "ita",
  pt: "por",
  nl: "dut",
  ja: "jpn",
  zh: "chi",
  he: "heb",
};

export const addCall: Handler = ({ state, body: raw }) => {
  const body = objectField(raw);
  const clientUniqueId = String(body.clientUniqueId);
  const existing = state.calls.find((call) => call.clientUniqueId === clientUniqueId);
  if (existing) {
    throw new SandboxHttpError(409, [
      `A call with clientUniqueId '${clientUniqueId}' was already uploaded (callId ${existing.id})`,
    ]);
  }
  const primaryUser = state.users.find((user) => user.id === body.primaryUser);
  if (!primaryUser) badRequest(`primaryUser '${String(body.primaryUser)}' is not a Gong user`);
  if (!primaryUser.active) throw new SandboxHttpError(409, ["Recording is not enabled for the primary user"]);
  const workspaceId = stringField(body.workspaceId) ?? primaryUser.workspaceIds[0] ?? "";
  if (!state.workspaces.some((workspace) => workspace.id === workspaceId)) {
    badRequest(`workspaceId '${workspaceId}' does not exist`);
  }
  const started = instant(String(body.actualStart), "actualStart");
  const scheduled =
    typeof body.scheduledStart === "string" ? instant(body.scheduledStart, "scheduledStart") : started;
  const downloadMediaUrl = stringField(body.downloadMediaUrl);
  if (downloadMediaUrl && state.calls.some((call) => call.recording?.url === downloadMediaUrl)) {
    badRequest("downloadMediaUrl must be unique: another call already uses it");
  }
  const id = newCallId(state, clientUniqueId);
  const parties = (body.parties as Json[]).map((party, index) => partyOf(state, party, `${id}|${index}`));
  if (!parties.some((party) => party.userId === primaryUser.id)) {
    badRequest("parties must include a party for the primaryUser (with its userId or email address)");
  }
  const duration = typeof body.duration === "number" ? Math.round(body.duration) : durationOf(body, started);
  const call: CallRecord = {
    id,
    workspaceId,
    title:
      stringField(body.title) ??
      `Call with ${parties.find((p) => p.affiliation !== "Internal")?.name ?? primaryUser.firstName}`,
    url: callUrl(id),
    scheduled: isoUtc(scheduled),
    started: isoUtc(started),
    duration,
    primaryUserId: primaryUser.id,
    direction: body.direction as CallRecord["direction"],
    system: stringField(body.callProviderCode) ?? "API",
    scope: parties.some((party) => party.affiliation === "External") ? "External" : "Internal",
    media:
      downloadMediaUrl && /\.(mp4|mkv)$/i.test(new URL(downloadMediaUrl, "http://x").pathname)
        ? "Video"
        : "Audio",
    language:
      languages[
        String(body.languageCode ?? "en")
          .slice(0, 2)
          .toLowerCase()
      ] ?? "und",
    isPrivate: false,
    clientUniqueId,
    parties,
    ...unprocessedCallContent(),
    crm: crmOf(body.context),
  };
  for (const key of ["customData", "purpose", "meetingUrl"] as const) {
    const value = stringField(body[key]);
    if (value) call[key] = value;
  }
  const disposition = stringField(body.disposition);
  if (disposition) call.sdrDisposition = disposition;
  if (downloadMediaUrl) {
    const fileName = new URL(downloadMediaUrl, "http://x").pathname.split("/").pop() || "media";
    call.recording = { url: downloadMediaUrl, bytes: 0, contentType: "application/octet-stream", fileName };
  }
  const position = state.calls.findIndex((other) => other.started > call.started);
  state.calls.splice(position < 0 ? state.calls.length : position, 0, call);
  return { body: { callId: id } };
};

export const addCallRecording: Handler = async ({ state, path, request, limits }) => {
  const call = findCall(state, path.id ?? "");
  const refuse = () =>
    badRequest(
      `Call ${call.id} already has media; media can be added once, and not to calls with a downloadMediaUrl`,
    );
  if (call.recording) refuse();
  const digest = createHash("sha256");
  const check = createMediaCheck(limits.mediaMaxBytes);
  const file = await streamMultipartFile(request, "mediaFile", (chunk, info) => {
    check.chunk(chunk, info);
    digest.update(chunk);
  });
  const format = check.finish(file);
  if (call.recording) refuse();
  call.recording = {
    url: `${mediaHost}/calls/${call.id}/${digest.digest("hex").slice(0, 16)}-${encodeURIComponent(file.fileName)}`,
    bytes: file.bytes,
    contentType: file.contentType,
    fileName: file.fileName,
    format,
  };
  call.media = format === "MP4" || format === "MKV" ? "Video" : "Audio";
  return { status: 201, body: { callId: call.id, url: call.url } };
};

function newCallId(state: SandboxState, clientUniqueId: string): string {
  for (let attempt = 0; ; attempt++) {
    const id = derivedId(`call|${clientUniqueId}|${state.calls.length}|${attempt}`);
    if (!state.calls.some((call) => call.id === id)) return id;
  }
}

function durationOf(body: Json, started: number): number {
  if (typeof body.scheduledEnd !== "string" || typeof body.scheduledStart !== "string") return 0;
  return Math.max(0, Math.round((instant(body.scheduledEnd, "scheduledEnd") - started) / 1000));
}

function partyOf(state: SandboxState, party: Json, seed: string): PartyRecord {
  const email = stringField(party.emailAddress);
  const user =
    state.users.find((candidate) => candidate.id === party.userId) ??
    (email ? state.users.find((candidate) => candidate.emailAddress === email.toLowerCase()) : undefined);
  if (party.userId && !user) badRequest(`Party userId '${String(party.userId)}' is not a Gong user`);
  const record: PartyRecord = {
    id: derivedId(`party|${seed}`),
    name: stringField(party.name) ?? (user ? `${user.firstName} ${user.lastName}` : (email ?? "Unknown")),
    affiliation:
      user || email?.endsWith(`@${companyDomain}`)
        ? "Internal"
        : email || party.phoneNumber
          ? "External"
          : "Unknown",
    methods: ["Attendee"],
  };
  const emailAddress = email ?? user?.emailAddress;
  if (emailAddress) record.emailAddress = emailAddress;
  const phone = stringField(party.phoneNumber);
  if (phone) record.phoneNumber = phone;
  if (user) {
    record.userId = user.id;
    record.title = user.title;
  }
  return record;
}

function crmOf(context: unknown): CallRecord["crm"] {
  const crm: CallRecord["crm"] = {};
  for (const link of Array.isArray(context) ? (context as Json[]) : []) {
    for (const object of Array.isArray(link.objects) ? (link.objects as Json[]) : []) {
      if (object.objectType === "Account") crm.accountId = String(object.objectId);
      if (object.objectType === "Opportunity") crm.dealId = String(object.objectId);
    }
  }
  return crm;
}
