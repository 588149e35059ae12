// Engage tasks (call to-dos) per user: list with the required filter, and update status, due date or
// priority. Task, user, flow, step and priority ids are int64 in these responses, written as bare numbers.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { TaskRecord, TaskStatus } from "../dataset/engage-data.js";
import { badRequest, type Handler, int64, SandboxHttpError } from "../kit.js";
import type { SandboxState } from "../state.js";

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function contactOut(state: SandboxState, crmId: string) {
  const contact = state.crmObjects.CONTACT[crmId];
  const record = contact ?? state.crmObjects.LEAD[crmId];
  if (!record) return undefined;
  const fields = record.fields;
  const account = text(fields.accountId) ? state.crmObjects.ACCOUNT[text(fields.accountId) ?? ""] : undefined;
  const phone = text(fields.phoneNumber);
  const email = text(fields.emailAddress);
  const companyName = text(account?.fields.name);
  const title = text(fields.title);
  return {
    crmId,
    type: contact ? "CONTACT" : "LEAD",
    data: {
      firstName: text(fields.firstName) ?? "",
      lastName: text(fields.lastName) ?? "",
      ...(record.url ? { crmUrl: record.url } : {}),
      ...(companyName ? { companyName } : {}),
      affiliation: "Them",
      emails: email ? [{ email }] : [],
      ...(title ? { title } : {}),
      phoneNumbers: phone
        ? [{ raw: phone, normalized: phone.replace(/[^\d+]/g, ""), isVerified: false }]
        : [],
      optOutChannels: [],
    },
  };
}

function accountOut(state: SandboxState, crmId: string) {
  const account = state.crmObjects.ACCOUNT[crmId];
  if (!account) return undefined;
  return { crmId, name: text(account.fields.name) ?? "", ...(account.url ? { crmUrl: account.url } : {}) };
}

function opportunityOut(state: SandboxState, crmId: string) {
  const deal = state.crmObjects.DEAL[crmId];
  if (!deal) return undefined;
  const { name, status, stage, amount, probability, closeDate } = deal.fields;
  return {
    crmId,
    name: text(name) ?? "",
    ...(deal.url ? { crmUrl: deal.url } : {}),
    ...(text(status) ? { status } : {}),
    ...(text(stage) ? { stage } : {}),
    ...(amount !== undefined && amount !== null ? { amount: String(amount) } : {}),
    ...(probability !== undefined && probability !== null ? { probability: String(probability) } : {}),
    ...(text(closeDate) ? { closeDate } : {}),
  };
}

function flowOut(state: SandboxState, task: TaskRecord) {
  const flow = task.flowId ? state.flows.find((item) => item.id === task.flowId) : undefined;
  if (!flow) return undefined;
  const step = flow.steps.find((item) => item.id === task.stepId);
  return {
    id: int64(flow.id),
    name: flow.name,
    ...(step ? { step: { id: int64(step.id), name: step.name, stepNumber: step.stepOrder } } : {}),
  };
}

export function taskOut(state: SandboxState, task: TaskRecord) {
  const priority = state.taskPriorities.find((item) => item.id === task.priorityId);
  const parts = {
    account: task.accountCrmId ? accountOut(state, task.accountCrmId) : undefined,
    opportunity: task.dealCrmId ? opportunityOut(state, task.dealCrmId) : undefined,
    flow: flowOut(state, task),
    contact: task.contactCrmId ? contactOut(state, task.contactCrmId) : undefined,
    priority: priority ? { id: int64(priority.id), name: priority.name, weight: priority.weight } : undefined,
  };
  return {
    id: int64(task.id),
    userId: int64(task.userId),
    created: task.created,
    updated: task.updated,
    status: task.status,
    type: task.type,
    actions: ["CALL"],
    dueDate: task.dueDate,
    title: task.title,
    additionalContacts: [],
    ...Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)),
  };
}

function requireUserId(state: SandboxState, userId: string): void {
  if (!state.users.some((user) => user.id === userId)) badRequest(`No Gong user with id ${userId}`);
}

interface ReminderFilter {
  userId: string;
  workspaceId?: string;
  types: TaskRecord["type"][];
  taskAction: "CALL"[];
  status: TaskStatus[];
}

const listTasks: Handler = ({ state, body }) => {
  const { filter } = body as { filter: ReminderFilter };
  requireUserId(state, filter.userId);
  const tasks = filter.taskAction.includes("CALL")
    ? state.tasks.filter(
        (task) =>
          task.userId === filter.userId &&
          (!filter.workspaceId || task.workspaceId === filter.workspaceId) &&
          filter.types.includes(task.type) &&
          filter.status.includes(task.status),
      )
    : [];
  return { body: { tasks: tasks.map((task) => taskOut(state, task)), crmType: "GENERIC" } };
};

const updateReminder: Handler = ({ state, path, body, now }) => {
  const taskId = /^\d+$/.test(path.taskId ?? "") ? BigInt(path.taskId ?? "").toString() : "";
  const request = body as { userId: string; status?: TaskStatus; dueDate?: string; priority?: string };
  requireUserId(state, request.userId);
  const task = state.tasks.find((item) => item.id === taskId && item.userId === request.userId);
  if (!task) throw new SandboxHttpError(404, [`TaskId ${path.taskId} not found for user ${request.userId}`]);
  if (request.priority !== undefined) {
    const wanted = request.priority.trim().toLowerCase();
    const priority = state.taskPriorities.find(
      (item) => item.name.toLowerCase() === wanted || item.id === wanted,
    );
    if (!priority) {
      badRequest(`priority must be one of ${state.taskPriorities.map((item) => item.name).join(", ")}`);
    }
    task.priorityId = priority.id;
  }
  if (request.status) task.status = request.status;
  if (request.dueDate) task.dueDate = isoUtc(Date.parse(request.dueDate));
  task.updated = isoUtc(now.getTime());
  return { body: { tasks: [taskOut(state, task)], crmType: "GENERIC" } };
};

export const taskHandlers = { listTasks, updateReminder };
