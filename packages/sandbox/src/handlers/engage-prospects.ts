// Prospects (CRM contacts and leads) in flows: list their flow instances, assign them (one at a time, with
// Gong's refusals: unknown prospect, already in the flow, in an exclusive flow, cooling off after a flow),
// and unassign them by instance id or by CRM id.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import { issueFlowInstanceId } from "../dataset/engage-activity-seed.js";
import { coolOffDays, type FlowInstanceRecord, type FlowRecord } from "../dataset/engage-data.js";
import { badRequest, type Handler, SandboxHttpError } from "../kit.js";
import type { SandboxState, UserRecord } from "../state.js";
import { findFlow, requireUser, visibleTo } from "./engage-flows.js";

const openStatuses = new Set(["Pending", "Running", "Paused"]);
const dayMs = 86_400_000;

export function isOpen(instance: FlowInstanceRecord): boolean {
  return openStatuses.has(instance.status);
}

export function isProspect(state: SandboxState, crmId: string): boolean {
  return Boolean(state.crmObjects.CONTACT[crmId] ?? state.crmObjects.LEAD[crmId]);
}

export function instanceOut(state: SandboxState, instance: FlowInstanceRecord) {
  const flow = state.flows.find((item) => item.id === instance.flowId);
  const owner = state.users.find((user) => user.emailAddress === instance.ownerEmail);
  return {
    flowId: instance.flowId,
    flowName: flow?.name ?? "",
    crmProspectId: instance.crmProspectId,
    flowInstanceId: instance.id,
    flowInstanceOwnerEmail: instance.ownerEmail,
    flowInstanceOwnerFullName: owner ? `${owner.firstName} ${owner.lastName}` : "",
    flowInstanceCreateDate: instance.created,
    flowInstanceStatus: instance.status,
    workspaceId: instance.workspaceId,
    exclusive: flow?.exclusive ?? false,
  };
}

export type AssignOutcome =
  | { instance: FlowInstanceRecord }
  | { errorCode: "InvalidArgument" | "InvalidState"; errorMessage: string };

/** Assigns one prospect to a flow, or says why Gong would not. */
export function assignProspect(
  state: SandboxState,
  flow: FlowRecord,
  owner: UserRecord,
  crmProspectId: string,
  options: { now: Date; coolOffOverride: boolean; description?: string },
): AssignOutcome {
  if (!isProspect(state, crmProspectId)) {
    return { errorCode: "InvalidArgument", errorMessage: `No CRM contact or lead with id ${crmProspectId}` };
  }
  const theirs = state.flowInstances.filter((instance) => instance.crmProspectId === crmProspectId);
  const open = theirs.filter(isOpen);
  if (open.some((instance) => instance.flowId === flow.id)) {
    return { errorCode: "InvalidState", errorMessage: "The prospect is already assigned to this flow" };
  }
  const exclusive = open.find(
    (instance) => state.flows.find((item) => item.id === instance.flowId)?.exclusive,
  );
  if (exclusive || (flow.exclusive && open.length > 0)) {
    return { errorCode: "InvalidState", errorMessage: "The prospect is in an exclusive flow" };
  }
  const coolOffEnd = theirs
    .map((instance) => (instance.finished ? Date.parse(instance.finished) + coolOffDays * dayMs : 0))
    .reduce((latest, end) => Math.max(latest, end), 0);
  if (!options.coolOffOverride && coolOffEnd > options.now.getTime()) {
    return {
      errorCode: "InvalidState",
      errorMessage: `The prospect is cooling off until ${isoUtc(coolOffEnd)}; set coolOffOverride to assign anyway`,
    };
  }
  const instance: FlowInstanceRecord = {
    id: issueFlowInstanceId(state),
    flowId: flow.id,
    crmProspectId,
    ownerEmail: owner.emailAddress,
    created: isoUtc(options.now.getTime()),
    status: "Pending",
    workspaceId: flow.workspaceId,
    ...(options.description ? { description: options.description } : {}),
  };
  state.flowInstances.push(instance);
  return { instance };
}

interface AssignRequest {
  crmProspectsIds: string[];
  flowId: string;
  flowInstanceOwnerEmail: string;
  overrides?: { steps?: { number: number }[]; coolOffOverride?: boolean };
  flowInstanceDescription?: string;
}

/** The owner must see the flow; step overrides must name existing steps. */
export function checkAssignment(state: SandboxState, flowId: string, ownerEmail: string) {
  const flow = findFlow(state, flowId);
  const owner = requireUser(state, ownerEmail, "flowInstanceOwnerEmail");
  if (!visibleTo(flow, owner)) {
    throw new SandboxHttpError(403, [`Flow ${flow.id} is not visible to ${owner.emailAddress}`]);
  }
  return { flow, owner };
}

function assignHandler(forceCoolOff: boolean): Handler {
  return ({ state, body, now }) => {
    const request = body as AssignRequest;
    if (request.crmProspectsIds.length > 100)
      badRequest("crmProspectsIds: at most 100 prospects per request");
    const { flow, owner } = checkAssignment(state, request.flowId, request.flowInstanceOwnerEmail);
    for (const step of request.overrides?.steps ?? []) {
      if (step.number < 1 || step.number > flow.steps.length) {
        badRequest(`overrides.steps: flow ${flow.id} has no step ${step.number}`);
      }
    }
    const coolOffOverride = forceCoolOff || request.overrides?.coolOffOverride === true;
    const prospectsAssigned = [];
    const prospectsNotAssigned = [];
    for (const crmProspectId of new Set(request.crmProspectsIds)) {
      const outcome = assignProspect(state, flow, owner, crmProspectId, {
        now,
        coolOffOverride,
        ...(request.flowInstanceDescription ? { description: request.flowInstanceDescription } : {}),
      });
      if ("instance" in outcome) prospectsAssigned.push(instanceOut(state, outcome.instance));
      else prospectsNotAssigned.push({ flowId: flow.id, crmProspectId, ...outcome });
    }
    return { body: { prospectsAssigned, prospectsNotAssigned } };
  };
}

const getProspectsAssignedFlows: Handler = ({ state, body }) => {
  const { crmProspectsIds, flowInstanceIds } = (body ?? {}) as {
    crmProspectsIds?: string[];
    flowInstanceIds?: string[];
  };
  if (!crmProspectsIds?.length && !flowInstanceIds?.length) {
    badRequest("Send crmProspectsIds or flowInstanceIds");
  }
  const byProspect = new Set(crmProspectsIds ?? []);
  const byInstance = new Set(flowInstanceIds ?? []);
  const prospectsAssigned = state.flowInstances
    .filter(
      (instance) =>
        byInstance.has(instance.id) || (byProspect.has(instance.crmProspectId) && isOpen(instance)),
    )
    .map((instance) => instanceOut(state, instance));
  return { body: { prospectsAssigned } };
};

/** Removes open instances (and their open flow tasks); returns the removed instance ids. */
function unassign(state: SandboxState, matches: (instance: FlowInstanceRecord) => boolean): string[] {
  const removed = state.flowInstances.filter((instance) => isOpen(instance) && matches(instance));
  state.flowInstances = state.flowInstances.filter((instance) => !removed.includes(instance));
  state.tasks = state.tasks.filter(
    (task) =>
      task.status !== "OPEN" ||
      !removed.some(
        (instance) => task.flowId === instance.flowId && task.contactCrmId === instance.crmProspectId,
      ),
  );
  return removed.map((instance) => instance.id);
}

const unassignFlows: Handler = ({ state, body }) => {
  const { flowInstanceIds, unassignedByUserEmail } = body as {
    flowInstanceIds: string[];
    unassignedByUserEmail?: string;
  };
  if (unassignedByUserEmail !== undefined) requireUser(state, unassignedByUserEmail, "unassignedByUserEmail");
  const wanted = new Set(flowInstanceIds);
  return { body: { unassignedFlowInstanceIds: unassign(state, (instance) => wanted.has(instance.id)) } };
};

const unassignProspectFlows: Handler = ({ state, body }) => {
  const { crmProspectId, flowId, unassignedByUserEmail } = body as {
    crmProspectId: string;
    flowId?: string;
    unassignedByUserEmail?: string;
  };
  if (unassignedByUserEmail !== undefined) requireUser(state, unassignedByUserEmail, "unassignedByUserEmail");
  const unassignedFlowInstanceIds = unassign(
    state,
    (instance) => instance.crmProspectId === crmProspectId && (!flowId || instance.flowId === flowId),
  );
  return { body: { unassignedFlowInstanceIds } };
};

export const prospectHandlers = {
  getProspectsAssignedFlows,
  assignProspects: assignHandler(false),
  assignProspectsCoolOffOverrides: assignHandler(true),
  unassignFlows,
  unassignProspectFlows,
};
