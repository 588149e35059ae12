// Engagement events other systems report to Gong (digital interactions, and the legacy customer-engagement
// content viewed / shared / custom action events), and the origins allowed for Gong's embedded integrations.
// A repeated event id is a 409, as Gong answers "Event was already reported in the past".

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { EngagementEventRecord, EngagementEventType } from "../dataset/engage-data.js";
import { derivedId } from "../dataset/ids.js";
import { badRequest, type Handler, int64, SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";

interface Actor {
  email?: string;
}

interface LegacyEvent {
  reportingSystem: string;
  eventTimestamp: string;
  eventId?: string;
  contentId?: string;
  contentUrl?: string;
  actionName?: string;
  viewer?: Actor;
  actor?: Actor;
  recipients?: Actor[];
  nonCompanyParticipants?: Actor[];
}

function isoTimestamp(value: string, field: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) badRequest(`${field} must be an ISO-8601 date-time, e.g. 2021-08-01T08:00:00Z`);
  return isoUtc(time);
}

function record(state: SandboxState, event: EngagementEventRecord): void {
  const repeated = state.engagementEvents.some(
    (known) =>
      event.sourceEventId !== undefined &&
      known.eventType === event.eventType &&
      known.sourceEventId === event.sourceEventId &&
      known.reportingSystem === event.reportingSystem,
  );
  if (repeated) {
    throw new SandboxHttpError(409, [`Event ${event.sourceEventId} was already reported in the past`]);
  }
  state.engagementEvents.push(event);
}

function emailsOf(actors: (Actor | undefined)[]): string[] {
  return actors.flatMap((actor) => (actor?.email ? [actor.email] : []));
}

function legacyHandler(
  eventType: EngagementEventType,
  people: (event: LegacyEvent) => (Actor | undefined)[],
): Handler {
  return ({ state, body }) => {
    const event = body as LegacyEvent;
    record(state, {
      eventType,
      timestamp: isoTimestamp(event.eventTimestamp, "eventTimestamp"),
      reportingSystem: event.reportingSystem,
      ...(event.eventId ? { sourceEventId: event.eventId } : {}),
      ...(event.contentId ? { contentId: event.contentId } : {}),
      ...(event.contentUrl ? { contentUrl: event.contentUrl } : {}),
      ...(event.actionName ? { eventName: event.actionName } : {}),
      personEmails: emailsOf([...people(event), ...(event.nonCompanyParticipants ?? [])]),
      personPhoneNumbers: [],
    });
    return { body: {} };
  };
}

interface DigitalInteraction {
  eventId: string;
  timestamp: string;
  eventType: string;
  sourceSystemName?: string;
  content: { contentId?: string; contentUrl?: string };
  person?: { email?: string; phoneNumber?: string };
}

const addDigitalInteraction: Handler = ({ state, body }) => {
  const event = body as DigitalInteraction;
  record(state, {
    eventType: "digitalInteraction",
    sourceEventId: event.eventId,
    timestamp: isoTimestamp(event.timestamp, "timestamp"),
    ...(event.sourceSystemName ? { reportingSystem: event.sourceSystemName } : {}),
    ...(event.content.contentId ? { contentId: event.content.contentId } : {}),
    ...(event.content.contentUrl ? { contentUrl: event.content.contentUrl } : {}),
    eventName: event.eventType,
    personEmails: emailsOf([event.person]),
    personPhoneNumbers: event.person?.phoneNumber ? [event.person.phoneNumber] : [],
  });
  return { body: {} };
};

type IntegrationType = "EMAIL_COMPOSER" | "ACCOUNT_PAGES" | "DIALER";

/** Sets the allowed origin per integration type (later settings of a type replace earlier ones). */
const integrationSettings: Handler = ({ state, body }) => {
  const { integrationTypeSettings } = body as {
    integrationTypeSettings: { integrationType: IntegrationType; allowedOrigin: string }[];
  };
  for (const setting of integrationTypeSettings) {
    if (!/^https?:\/\/[^/\s?#]+$/.test(setting.allowedOrigin)) {
      badRequest(`allowedOrigin '${setting.allowedOrigin}' must be an origin like https://app.example.com`);
    }
  }
  const current = state.integrationSettings ?? {
    integrationId: derivedId("integration-settings"),
    settings: [],
  };
  for (const setting of integrationTypeSettings) {
    current.settings = current.settings.filter((item) => item.integrationType !== setting.integrationType);
    current.settings.push({ integrationType: setting.integrationType, allowedOrigin: setting.allowedOrigin });
  }
  state.integrationSettings = current;
  return { body: { integrationId: int64(current.integrationId) } };
};

export const eventHandlers = {
  addDigitalInteraction,
  contentViewed: legacyHandler("contentViewed", (event) => [event.viewer]),
  contentShared: legacyHandler("contentShared", (event) => event.recipients ?? []),
  customAction: legacyHandler("customEvent", (event) => [event.actor]),
};
export const settingsHandlers = { integrationSettings };
