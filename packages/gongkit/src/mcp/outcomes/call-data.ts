// What the outcome tools share beyond the reading of call data in ../call-parties.ts: their date-time and domain
// arguments, a failed Gong request as a result a model can act on, and how a party and a duration are shown.

import type { Envelope } from "@gongkit/client/internal/core/envelope.js";
import type { GongError } from "@gongkit/client/internal/core/errors.js";
import { isoDateTime } from "@gongkit/client/internal/core/schema-kinds.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { PartyDetails } from "../call-parties.js";
import { errorText, failureText, type RequestUsed } from "../tool-kit.js";

export const callDetailsAction = "GONG_RETRIEVE_FILTERED_CALL_DETAILS";
/** The recording `run` of `trackRequests`. */
export type Run = (id: string, input?: unknown) => Promise<Envelope<unknown>>;

/** An ISO-8601 date-time with a zone, as Gong requires. */
export const dateTimeArg = z.string().refine((text) => isoDateTime.safeParse(text).success, {
  message: "must be an ISO-8601 date-time with a time zone, e.g. 2026-08-18T00:00:00Z",
});

export function gongFailed(error: GongError, used: readonly RequestUsed[]): CallToolResult {
  return errorText(`${failureText(error)} (Gong requests used: ${used.length})`);
}

export const domainPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** "Name <email> (Company)", with the parts Gong gave. */
export function participantLabel(party: PartyDetails, company: string | undefined): string {
  const name = party.name || party.emailAddress || party.phoneNumber || "Unknown participant";
  const email = party.emailAddress && party.emailAddress !== name ? ` <${party.emailAddress}>` : "";
  return `${name}${email}${company ? ` (${company})` : ""}`;
}

export function minutesOf(seconds: number | bigint | null | undefined): number | null {
  return seconds == null ? null : Math.round((Number(seconds) / 60) * 10) / 10;
}
