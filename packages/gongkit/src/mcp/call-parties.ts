// Reading Gong's extensive call data (GONG_RETRIEVE_FILTERED_CALL_DETAILS with context 'Extended'): the CRM
// accounts a call is linked to, the account each party belongs to, and the web domains that tie them together.
import type { ItemOf } from "@gongkit/client/internal/client/paginate.js";

export type CallDetails = ItemOf<"GONG_RETRIEVE_FILTERED_CALL_DETAILS">;
export type PartyDetails = NonNullable<CallDetails["parties"]>[number];
/** One speaker turn of a call's transcript, as GONG_GET_CALL_TRANSCRIPT returns it. */
export type Monologue = NonNullable<ItemOf<"GONG_GET_CALL_TRANSCRIPT">["transcript"]>[number];

export interface Account {
  name: string | undefined;
  /** The account's Website, as a bare domain (normalizeDomain). */
  domain: string | undefined;
}

type Fields = readonly { name?: string | null | undefined; value?: unknown }[] | null | undefined;

function textField(fields: Fields, name: string): string | undefined {
  const value = fields?.find((field) => field.name === name)?.value;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The CRM accounts of a call's context, by object id: name and web domain. */
export function accountsOf(call: CallDetails): Map<string, Account> {
  const accounts = new Map<string, Account>();
  for (const link of call.context ?? []) {
    for (const object of link.objects ?? []) {
      if (object.objectType !== "Account" || !object.objectId) continue;
      const website = textField(object.fields, "Website");
      const domain = website === undefined ? undefined : normalizeDomain(website) || undefined;
      accounts.set(object.objectId, { name: textField(object.fields, "Name"), domain });
    }
  }
  return accounts;
}

/**
 * The name of the CRM account a party belongs to: the one its context links to (an Account object, or another
 * object's AccountId), else the one whose website is the party's email domain. Undefined when none is.
 */
export function companyOf(party: PartyDetails, accounts: Map<string, Account>): string | undefined {
  for (const link of party.context ?? []) {
    for (const object of link.objects ?? []) {
      const accountId =
        object.objectType === "Account" ? object.objectId : textField(object.fields, "AccountId");
      const name = accountId ? accounts.get(accountId)?.name : undefined;
      if (name) return name;
    }
  }
  const domain = emailDomain(party.emailAddress);
  if (!domain) return undefined;
  for (const account of accounts.values()) {
    if (account.name && account.domain && inDomain(domain, account.domain)) return account.name;
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

/** Whether a host is the domain or one of its subdomains. */
export function inDomain(host: string | undefined, domain: string): boolean {
  return host !== undefined && (host === domain || host.endsWith(`.${domain}`));
}

/** The lower-cased domain of an email address; undefined without an `@`. */
export function emailDomain(email: string | null | undefined): string | undefined {
  const at = email?.lastIndexOf("@") ?? -1;
  return email && at >= 0 ? email.slice(at + 1).toLowerCase() : undefined;
}
