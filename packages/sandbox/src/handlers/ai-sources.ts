// What the AI endpoints read about a CRM entity: the entity itself, and the calls (in the workspace) and email
// messages associated with it within the requested time period. At most 60 calls and 500 emails, newest
// first, as Gong documents.
import type { CrmObjectRecord } from "../dataset/crm-data.js";
import type { EmailMessageRecord } from "../dataset/engage-data.js";
import { badRequest, SandboxHttpError } from "../kit.js";
import type { CallRecord, SandboxState } from "../state.js";
import { normalizeEmail } from "./privacy-references.js";

type EntityType = "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
const dayMs = 86_400_000;

export interface EntitySources {
  workspaceId: string;
  entityName: string;
  calls: CallRecord[];
  emails: EmailMessageRecord[];
}

function entityName(type: EntityType, entity: CrmObjectRecord): string {
  const { name, firstName, lastName } = entity.fields;
  if (type === "ACCOUNT" || type === "DEAL") return typeof name === "string" ? name : entity.objectId;
  return [firstName, lastName].filter((part) => typeof part === "string").join(" ") || entity.objectId;
}

/** Email addresses of the entity's people: itself for a contact or lead, the account's contacts otherwise. */
function peopleEmails(state: SandboxState, type: EntityType, entity: CrmObjectRecord): Set<string> {
  if (type === "CONTACT" || type === "LEAD") {
    const email = entity.fields.emailAddress;
    return new Set(typeof email === "string" ? [normalizeEmail(email)] : []);
  }
  const accountId = type === "ACCOUNT" ? entity.objectId : entity.fields.accountId;
  return new Set(
    Object.values(state.crmObjects.CONTACT)
      .filter(
        (contact) =>
          contact.fields.accountId === accountId && typeof contact.fields.emailAddress === "string",
      )
      .map((contact) => normalizeEmail(String(contact.fields.emailAddress))),
  );
}

function callIsAbout(call: CallRecord, type: EntityType, entityId: string, emails: Set<string>): boolean {
  if (type === "ACCOUNT" && call.crm.accountId === entityId) return true;
  if (type === "DEAL" && call.crm.dealId === entityId) return true;
  return call.parties.some(
    (party) =>
      (type !== "ACCOUNT" &&
        type !== "DEAL" &&
        party.emailAddress &&
        emails.has(normalizeEmail(party.emailAddress))) ||
      party.context?.some((context) => context.objects.some((object) => object.objectId === entityId)),
  );
}

/** [from, to) of the time period; `latest` is the entity's most recent activity. */
function periodBounds(query: URLSearchParams, now: Date, latest: number): [number, number] {
  const end = now.getTime();
  const period = query.get("timePeriod");
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (period) {
    case "LAST_7DAYS":
      return [end - 7 * dayMs, end];
    case "LAST_30DAYS":
      return [end - 30 * dayMs, end];
    case "LAST_90DAYS":
      return [end - 90 * dayMs, end];
    case "LAST_YEAR":
      return [end - 365 * dayMs, end];
    case "LAST_90_DAYS_SINCE_LAST_ACTIVITY":
      return [latest - 90 * dayMs, latest + 1];
    case "LAST_YEAR_SINCE_LAST_ACTIVITY":
      return [latest - 365 * dayMs, latest + 1];
    case "THIS_WEEK": {
      const midnight = Date.UTC(year, month, now.getUTCDate());
      return [midnight - ((now.getUTCDay() + 6) % 7) * dayMs, end];
    }
    case "THIS_MONTH":
      return [Date.UTC(year, month, 1), end];
    case "THIS_QUARTER":
      return [Date.UTC(year, month - (month % 3), 1), end];
    case "THIS_YEAR":
      return [Date.UTC(year, 0, 1), end];
    case "CUSTOM_RANGE": {
      const from = query.get("fromDateTime");
      if (!from) badRequest("fromDateTime is required when timePeriod is CUSTOM_RANGE");
      const to = query.get("toDateTime");
      return [Date.parse(from), to ? Date.parse(to) : end];
    }
    default:
      return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  }
}

export function entitySources(state: SandboxState, query: URLSearchParams, now: Date): EntitySources {
  const workspaceId = BigInt(query.get("workspaceId") ?? "0").toString();
  if (!state.workspaces.some((workspace) => workspace.id === workspaceId)) {
    badRequest(`No workspace with id ${workspaceId}`);
  }
  const type = query.get("crmEntityType") as EntityType;
  const entityId = query.get("crmEntityId") ?? "";
  const entity = state.crmObjects[type][entityId];
  if (!entity) throw new SandboxHttpError(404, [`No ${type} with CRM id ${entityId}`]);
  const emails = peopleEmails(state, type, entity);
  const allCalls = state.calls.filter(
    (call) => call.workspaceId === workspaceId && callIsAbout(call, type, entityId, emails),
  );
  const allEmails = state.emailMessages.filter((message) =>
    [message.from, ...message.to].some((address) => emails.has(normalizeEmail(address))),
  );
  const latest = Math.max(
    0,
    ...allCalls.map((call) => Date.parse(call.started)),
    ...allEmails.map((message) => Date.parse(message.sentTime)),
  );
  const [from, to] = periodBounds(query, now, latest);
  const within = (time: string) => Date.parse(time) >= from && Date.parse(time) < to;
  return {
    workspaceId,
    entityName: entityName(type, entity),
    calls: allCalls
      .filter((call) => within(call.started))
      .sort((a, b) => b.started.localeCompare(a.started))
      .slice(0, 60),
    emails: allEmails
      .filter((message) => within(message.sentTime))
      .sort((a, b) => b.sentTime.localeCompare(a.sentTime))
      .slice(0, 500),
  };
}

export function callInfo(call: CallRecord) {
  return { call: { id: call.id, title: call.title, started: call.started, url: call.url } };
}

export function emailInfo(message: EmailMessageRecord) {
  return { id: message.id, title: message.subject, sentDateTime: message.sentTime };
}
