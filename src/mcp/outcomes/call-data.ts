// What the outcome tools share: reading Gong's extensive call data (parties, the CRM account a party belongs
// to, email domains) and turning bad arguments or a failed Gong request into a result a model can act on.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ActionOutput } from "../../catalog/types.js";
import type { Envelope } from "../../core/envelope.js";
import type { GongError } from "../../core/errors.js";
import { isoDateTime } from "../../core/schema-kinds.js";
import { errorText, type RequestUsed } from "../tool-kit.js";

export const callDetailsAction = "GONG_RETRIEVE_FILTERED_CALL_DETAILS";
export type CallDetails = NonNullable<ActionOutput<typeof callDetailsAction>["calls"]>[number];
export type PartyDetails = NonNullable<CallDetails["parties"]>[number];
/** The recording `run` of `trackRequests`. */
export type Run = (id: string, input?: unknown) => Promise<Envelope<unknown>>;

/** An ISO-8601 date-time with a zone, as Gong requires. */
export const dateTimeArg = z.string().refine((text) => isoDateTime.safeParse(text).success, {
  message: "must be an ISO-8601 date-time with a time zone, e.g. 2026-08-18T00:00:00Z",
});

/** The arguments, or an isError result naming each bad field and how to fix the call. */
export function parseArgs<T>(
  schema: z.ZodType<T>,
  args: Record<string, unknown>,
  fix: string,
): { value: T } | { failure: CallToolResult } {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { value: parsed.data };
  const lines = parsed.error.issues.map((issue) => {
    const path = issue.path.join(".");
    return `- ${path ? `${path}: ` : ""}${issue.message}`;
  });
  return { failure: errorText(`Invalid arguments, nothing was sent to Gong:\n${lines.join("\n")}\n${fix}`) };
}

export function gongFailed(error: GongError, used: readonly RequestUsed[]): CallToolResult {
  return errorText(`${error.code}: ${error.message} (Gong requests used: ${used.length})`);
}

export interface Account {
  name: string | undefined;
  website: string | undefined;
}

/** The CRM accounts of a call's context (with context 'Extended'), by object id: name and website. */
export function accountsOf(call: CallDetails): Map<string, Account> {
  const accounts = new Map<string, Account>();
  for (const link of call.context ?? []) {
    for (const object of link.objects ?? []) {
      if (object.objectType !== "Account" || !object.objectId) continue;
      const text = (name: string) => {
        const value = object.fields?.find((field) => field.name === name)?.value;
        return typeof value === "string" && value !== "" ? value : undefined;
      };
      accounts.set(object.objectId, { name: text("Name"), website: text("Website") });
    }
  }
  return accounts;
}

/** The name of the CRM account a party's context links to (its AccountId, or an Account object), if any. */
export function companyOf(party: PartyDetails, accounts: Map<string, Account>): string | undefined {
  for (const link of party.context ?? []) {
    for (const object of link.objects ?? []) {
      const accountId =
        object.objectType === "Account"
          ? object.objectId
          : object.fields?.find((field) => field.name === "AccountId")?.value;
      const name = typeof accountId === "string" ? accounts.get(accountId)?.name : undefined;
      if (name) return name;
    }
  }
  return undefined;
}

/** A domain as typed by a person (`https://www.Globex.com/about`, `@globex.com`) reduced to `globex.com`. */
export function normalizeDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^(www\.|@|\*\.)/, "")
    .replace(/[/?#:].*$/, "");
}

export const domainPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Whether a host is the domain or one of its subdomains. */
export function inDomain(host: string | undefined, domain: string): boolean {
  return host !== undefined && (host === domain || host.endsWith(`.${domain}`));
}

export function emailDomain(email: string | null | undefined): string | undefined {
  const at = email?.lastIndexOf("@") ?? -1;
  return email && at >= 0 ? email.slice(at + 1).toLowerCase() : undefined;
}

/** "Name <email> (Company)", with the parts Gong gave. */
export function participantLabel(party: PartyDetails, company: string | undefined): string {
  const name = party.name || party.emailAddress || party.phoneNumber || "Unknown participant";
  const email = party.emailAddress && party.emailAddress !== name ? ` <${party.emailAddress}>` : "";
  return `${name}${email}${company ? ` (${company})` : ""}`;
}

export function minutesOf(seconds: number | bigint | null | undefined): number | null {
  return seconds == null ? null : Math.round((Number(seconds) / 60) * 10) / 10;
}
