// The generic CRM integration (one at a time), its asynchronous requests and their status.
//
// Status rule: an asynchronous request (upload or integration delete) takes effect when it is accepted, but
// its reported status advances one step per poll of GET /v2/crm/request-status: the first poll answers
// PENDING, the second IN_PROGRESS, the third and later DONE (or FAILED when any line failed). Counts and
// line errors are reported once the request is finished.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { CrmRequestRecord } from "../dataset/crm-data.js";
import { type Handler, int64, SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";

const clientRequestIdPattern = /^[A-Za-z0-9_-]+$/;

/** An int64 query value as canonical digits (the plumbing already checked it is digits). */
export function int64Text(value: string | null): string {
  return value && /^-?\d+$/.test(value) ? BigInt(value).toString() : "";
}

export function requireIntegration(state: SandboxState, query: URLSearchParams) {
  const integrationId = int64Text(query.get("integrationId"));
  const integration = state.crmIntegrations.find((item) => item.integrationId === integrationId);
  if (!integration) {
    throw new SandboxHttpError(400, [
      `No active CRM integration with integrationId ${integrationId}; register one with PUT /v2/crm/integrations`,
    ]);
  }
  return integration;
}

/** Checks a new clientRequestId: valid characters (400) and never used before (409). */
export function claimClientRequestId(state: SandboxState, clientRequestId: string): void {
  if (!clientRequestIdPattern.test(clientRequestId)) {
    throw new SandboxHttpError(400, ["clientRequestId may contain only letters, digits, '-' and '_'"]);
  }
  if (state.crmRequests.some((request) => request.clientRequestId === clientRequestId)) {
    throw new SandboxHttpError(409, [`Client request id ${clientRequestId} has already been used`]);
  }
}

function nextIntegrationId(state: SandboxState): string {
  let highest = 0n;
  for (const item of [...state.crmIntegrations, ...state.crmRequests]) {
    const id = BigInt(item.integrationId);
    if (id > highest) highest = id;
  }
  return String(highest + 1000n);
}

const listGenericCrmIntegration: Handler = ({ state }) => ({
  body: {
    integrations: state.crmIntegrations.map((integration) => ({
      integrationId: int64(integration.integrationId),
      ownerEmail: integration.ownerEmail,
      name: integration.name,
    })),
  },
});

const registerGenericCrmIntegration: Handler = ({ state, body, now }) => {
  const { name, ownerEmail } = body as { name: string; ownerEmail: string };
  const existing = state.crmIntegrations[0];
  if (existing) {
    throw new SandboxHttpError(409, [
      `An active integration already exists (integrationId ${existing.integrationId}); delete it first`,
    ]);
  }
  const integrationId = nextIntegrationId(state);
  state.crmIntegrations.push({ integrationId, name, ownerEmail, created: isoUtc(now.getTime()) });
  return { body: { integrationId: int64(integrationId) } };
};

/** Gong deletes asynchronously (up to 24 h); the sandbox removes at once and records a request to poll. */
const deleteGenericCrmIntegration: Handler = ({ state, query, now }) => {
  const integration = requireIntegration(state, query);
  const clientRequestId = query.get("clientRequestId") ?? "";
  claimClientRequestId(state, clientRequestId);
  let deleted = 0;
  for (const objects of Object.values(state.crmObjects)) {
    for (const objectId of Object.keys(objects)) {
      delete objects[objectId];
      deleted++;
    }
  }
  for (const fields of Object.values(state.crmSchemas)) fields.length = 0;
  state.crmIntegrations = state.crmIntegrations.filter((item) => item !== integration);
  state.crmRequests.push({
    clientRequestId,
    integrationId: integration.integrationId,
    kind: "delete-integration",
    submitted: isoUtc(now.getTime()),
    polls: 0,
    errors: [],
    totalErrorCount: 0,
    totalSuccessCount: deleted,
  });
  return { body: { clientRequestId } };
};

function reportedStatus(request: CrmRequestRecord) {
  if (request.polls === 0) return { status: "PENDING" };
  if (request.polls === 1) return { status: "IN_PROGRESS" };
  return {
    status: request.totalErrorCount > 0 ? "FAILED" : "DONE",
    errors: request.errors,
    totalErrorCount: request.totalErrorCount,
    totalSuccessCount: request.totalSuccessCount,
  };
}

const getRequestStatus: Handler = ({ state, query }) => {
  const integrationId = int64Text(query.get("integrationId"));
  const clientRequestId = query.get("clientRequestId") ?? "";
  const request = state.crmRequests.find(
    (item) => item.clientRequestId === clientRequestId && item.integrationId === integrationId,
  );
  if (!request) {
    throw new SandboxHttpError(400, [
      `No request with clientRequestId ${clientRequestId} for integrationId ${integrationId}`,
    ]);
  }
  const body = reportedStatus(request);
  request.polls++;
  return { body };
};

export const crmIntegrationHandlers = {
  listGenericCrmIntegration,
  registerGenericCrmIntegration,
  deleteGenericCrmIntegration,
  getRequestStatus,
};
