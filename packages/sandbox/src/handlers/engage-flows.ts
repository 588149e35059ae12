// Engage flows and flow folders as a given Gong user sees them: company flows, their own personal flows, and
// shared flows they own or that are shared with them. Flow and folder ids are strings here (the spec declares
// them int64 only inside tasks).
import type { FlowFolderRecord, FlowRecord } from "../dataset/engage-data.js";
import { badRequest, type Handler, paginate, SandboxHttpError } from "../kit.js";
import type { SandboxState, UserRecord } from "../state.js";
import { userByEmail } from "./meetings.js";

export function requireUser(
  state: SandboxState,
  email: string | null | undefined,
  field: string,
): UserRecord {
  const user = email ? userByEmail(state, email) : undefined;
  if (!user) badRequest(`${field}: no Gong user has the email address '${email ?? ""}'`);
  return user;
}

export function visibleTo(item: FlowRecord | FlowFolderRecord, user: UserRecord): boolean {
  if (item.visibility === "Company") return true;
  if (item.ownerEmail === user.emailAddress) return true;
  return item.visibility === "Shared" && item.sharedWithEmails.includes(user.emailAddress);
}

export function findFlow(state: SandboxState, flowId: string): FlowRecord {
  const flow = state.flows.find((item) => item.id === flowId);
  if (!flow) throw new SandboxHttpError(404, [`Flow ${flowId} not found`]);
  return flow;
}

function flowOut(state: SandboxState, flow: FlowRecord) {
  const folder = state.flowFolders.find((item) => item.id === flow.folderId);
  return {
    id: flow.id,
    name: flow.name,
    folderId: flow.folderId,
    ...(folder ? { folderName: folder.name } : {}),
    visibility: flow.visibility,
    creationDate: flow.creationDate,
    exclusive: flow.exclusive,
  };
}

/** The flows the user assigned prospects to most recently, newest first, at most 20. */
function recentlyAssigned(state: SandboxState, user: UserRecord): FlowRecord[] {
  const flowIds: string[] = [];
  const instances = state.flowInstances
    .filter((instance) => instance.ownerEmail === user.emailAddress)
    .sort((a, b) => b.created.localeCompare(a.created));
  for (const instance of instances) if (!flowIds.includes(instance.flowId)) flowIds.push(instance.flowId);
  return flowIds.slice(0, 20).flatMap((id) => state.flows.filter((flow) => flow.id === id));
}

const listFlows: Handler = (context) => {
  const { state, query } = context;
  const user = requireUser(state, query.get("flowOwnerEmail"), "flowOwnerEmail");
  const workspaceId = query.get("workspaceId");
  const folderId = query.get("folderId");
  const candidates =
    query.get("mostRecentlyAssigned") === "true"
      ? recentlyAssigned(state, user)
      : state.flows.filter((flow) => visibleTo(flow, user));
  const flows = candidates.filter(
    (flow) => (!workspaceId || flow.workspaceId === workspaceId) && (!folderId || flow.folderId === folderId),
  );
  const page = paginate(flows, context, query.get("cursor") ?? undefined);
  return { body: { records: page.records, flows: page.items.map((flow) => flowOut(state, flow)) } };
};

/** Folders come back in the same `flows` list shape; a folder's `folderId` is its parent folder. */
const listFlowsFolders: Handler = (context) => {
  const { state, query } = context;
  const user = requireUser(state, query.get("flowFolderOwnerEmail"), "flowFolderOwnerEmail");
  const workspaceId = query.get("workspaceId");
  const parentText = query.get("parentId");
  const parentId = parentText ? BigInt(parentText).toString() : undefined;
  const folders = state.flowFolders.filter(
    (folder) =>
      visibleTo(folder, user) &&
      (!workspaceId || folder.workspaceId === workspaceId) &&
      (!parentId || folder.id === parentId || folder.parentId === parentId),
  );
  const page = paginate(folders, context, query.get("cursor") ?? undefined);
  const folderOut = (folder: FlowFolderRecord) => {
    const parent = state.flowFolders.find((item) => item.id === folder.parentId);
    return {
      id: folder.id,
      name: folder.name,
      ...(parent ? { folderId: parent.id, folderName: parent.name } : {}),
      visibility: folder.visibility,
      creationDate: folder.creationDate,
    };
  };
  return { body: { records: page.records, flows: page.items.map(folderOut) } };
};

const getFlowSteps: Handler = ({ state, body }) => {
  const { flowIds = [] } = (body ?? {}) as { flowIds?: string[] };
  if (flowIds.length === 0) badRequest("flowIds: send at least one flow id");
  if (flowIds.length > 20) badRequest("flowIds: at most 20 flow ids per request");
  const missing = flowIds.filter((id) => !state.flows.some((flow) => flow.id === id));
  if (missing.length) throw new SandboxHttpError(404, [`Flows not found: ${missing.join(", ")}`]);
  const flows = flowIds.map((id) => {
    const flow = findFlow(state, id);
    const { folderName: _folderName, ...summary } = flowOut(state, flow);
    return {
      ...summary,
      description: flow.description,
      steps: flow.steps.map(({ name: _name, ...step }) => step),
    };
  });
  return { body: { flows } };
};

export const flowHandlers = { listFlows, listFlowsFolders, getFlowSteps };
