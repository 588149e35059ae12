// Bulk assignment of prospects to a flow (asynchronous in Gong, up to 50 prospects). The sandbox assigns when
// the request is accepted; the reported status advances one step per look: PENDING in the 202 answer,
// IN_PROGRESS (about half processed) on the first GET, COMPLETED (FAILED when nothing was assigned) after.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { BulkAssignmentRecord, BulkAssignmentResult, BulkProspect } from "../dataset/engage-data.js";
import { derivedId } from "../dataset/ids.js";
import { badRequest, type Handler, SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";
import { assignProspect, checkAssignment } from "./engage-prospects.js";
import { normalizeEmail } from "./privacy-references.js";

/** The CRM id of the prospect: given, found by email among contacts and leads, or a new lead. */
function resolveProspect(
  state: SandboxState,
  prospect: BulkProspect,
  now: Date,
): BulkAssignmentResult | string {
  if (prospect.crmId) {
    if (state.crmObjects.CONTACT[prospect.crmId] || state.crmObjects.LEAD[prospect.crmId])
      return prospect.crmId;
    return failure(
      prospect,
      "CRM_OPERATION_FAILED",
      "CRM_RECORD_NOT_FOUND",
      `No CRM contact or lead ${prospect.crmId}`,
    );
  }
  if (!prospect.email) {
    return failure(
      prospect,
      "CRM_OPERATION_FAILED",
      "MISSING_EMAIL",
      "A prospect without a CRM id needs an email address to be created in the CRM",
    );
  }
  const email = normalizeEmail(prospect.email);
  for (const type of ["CONTACT", "LEAD"] as const) {
    const found = Object.values(state.crmObjects[type]).find(
      (record) =>
        typeof record.fields.emailAddress === "string" &&
        normalizeEmail(record.fields.emailAddress) === email,
    );
    if (found) return found.objectId;
  }
  if (!prospect.firstName || !prospect.lastName) {
    return failure(
      prospect,
      "CRM_OPERATION_FAILED",
      "MISSING_NAME",
      "A new prospect needs firstName and lastName",
    );
  }
  const objectId = `00Q${derivedId(`lead:${email}`).slice(0, 13)}`;
  state.crmObjects.LEAD[objectId] = {
    objectId,
    modifiedDate: isoUtc(now.getTime()),
    fields: {
      emailAddress: prospect.email,
      firstName: prospect.firstName,
      lastName: prospect.lastName,
      ...(prospect.jobTitle ? { title: prospect.jobTitle } : {}),
    },
  };
  return objectId;
}

function failure(
  prospect: BulkProspect,
  status: BulkAssignmentResult["status"],
  errorCode: string,
  errorMessage: string,
): BulkAssignmentResult {
  return { prospect, status, errorCode, errorMessage };
}

function nextBulkId(state: SandboxState): string {
  const taken = new Set(state.flowBulkAssignments.map((bulk) => bulk.id));
  for (let sequence = state.flowBulkAssignments.length + 1; ; sequence++) {
    const id = `ba-2026-${String(sequence).padStart(4, "0")}`;
    if (!taken.has(id)) return id;
  }
}

function bulkOut(bulk: BulkAssignmentRecord, stage: "PENDING" | "IN_PROGRESS" | "DONE") {
  const total = bulk.results.length;
  const processed = stage === "PENDING" ? 0 : stage === "IN_PROGRESS" ? Math.ceil(total / 2) : total;
  const results = bulk.results.slice(0, processed);
  const successCount = results.filter((result) => result.status === "ASSIGNED").length;
  const done = successCount > 0 ? "COMPLETED" : "FAILED";
  return {
    id: bulk.id,
    status: stage === "DONE" ? done : stage,
    totalCount: total,
    processedCount: processed,
    successCount,
    failedCount: processed - successCount,
    results,
  };
}

const submitFlowProspectsBulkAssignment: Handler = ({ state, body, now }) => {
  const request = body as { flowInstanceOwnerEmail: string; flowId: string; prospects: BulkProspect[] };
  if (request.prospects.length === 0) badRequest("prospects: send at least one prospect");
  if (request.prospects.length > 50) badRequest("prospects: at most 50 prospects per bulk assignment");
  const { flow, owner } = checkAssignment(state, request.flowId, request.flowInstanceOwnerEmail);
  const results = request.prospects.map((prospect): BulkAssignmentResult => {
    const resolved = resolveProspect(state, prospect, now);
    if (typeof resolved !== "string") return resolved;
    const outcome = assignProspect(state, flow, owner, resolved, { now, coolOffOverride: false });
    if ("instance" in outcome) {
      return { prospect, status: "ASSIGNED", crmId: resolved, flowInstanceId: outcome.instance.id };
    }
    return {
      ...failure(prospect, "FLOW_ASSIGNMENT_FAILED", outcome.errorCode, outcome.errorMessage),
      crmId: resolved,
    };
  });
  const bulk: BulkAssignmentRecord = {
    id: nextBulkId(state),
    flowId: flow.id,
    ownerEmail: owner.emailAddress,
    submitted: isoUtc(now.getTime()),
    polls: 0,
    results,
  };
  state.flowBulkAssignments.push(bulk);
  return { body: bulkOut(bulk, "PENDING") };
};

const getFlowProspectsBulkAssignment: Handler = ({ state, path }) => {
  const bulk = state.flowBulkAssignments.find((item) => item.id === path.id);
  if (!bulk) throw new SandboxHttpError(404, [`No bulk assignment ${path.id}`]);
  const body = bulkOut(bulk, bulk.polls === 0 ? "IN_PROGRESS" : "DONE");
  bulk.polls++;
  return { body };
};

export const bulkHandlers = { submitFlowProspectsBulkAssignment, getFlowProspectsBulkAssignment };
