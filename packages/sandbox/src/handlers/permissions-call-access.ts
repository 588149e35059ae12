// Individual call access given through /v2/calls/users-access. Only grants made through this API are listed
// or removed; access through sharing or permission profiles is not modelled here, as Gong documents.
import { badRequest, type Handler } from "../kit.js";
import type { SandboxState } from "../state.js";

interface CallAccessList {
  callAccessList?: { callId: string; userIds: string[] }[];
}

function checkCall(state: SandboxState, callId: string): void {
  if (!state.calls.some((call) => call.id === callId)) badRequest(`Call ${callId} was not found`);
}

function checkEntries(state: SandboxState, body: unknown) {
  const entries = ((body ?? {}) as CallAccessList).callAccessList ?? [];
  for (const entry of entries) {
    checkCall(state, entry.callId);
    for (const userId of entry.userIds) {
      if (!state.users.some((user) => user.id === userId)) badRequest(`User ${userId} was not found`);
    }
  }
  return entries;
}

function hasGrant(state: SandboxState, callId: string, userId: string): boolean {
  return state.callAccessGrants.some((grant) => grant.callId === callId && grant.userId === userId);
}

/** Users who already have access are unaffected. */
const addUsersAccessToCalls: Handler = ({ state, body }) => {
  for (const { callId, userIds } of checkEntries(state, body)) {
    for (const userId of userIds) {
      if (!hasGrant(state, callId, userId)) state.callAccessGrants.push({ callId, userId });
    }
  }
  return { body: {} };
};

/** A read with a filter body. */
const getUsersAccessToCalls: Handler = ({ state, body }) => {
  const { filter } = body as { filter: { callIds: string[] } };
  const callAccessList = filter.callIds.map((callId) => {
    checkCall(state, callId);
    const users = state.callAccessGrants
      .filter((grant) => grant.callId === callId)
      .map((grant) => ({ userId: grant.userId }));
    return { callId, users };
  });
  return { body: { callAccessList } };
};

/** Removes only API grants; users without one are unaffected. */
const deleteUsersAccessToCalls: Handler = ({ state, body }) => {
  const entries = checkEntries(state, body);
  state.callAccessGrants = state.callAccessGrants.filter(
    (grant) =>
      !entries.some((entry) => entry.callId === grant.callId && entry.userIds.includes(grant.userId)),
  );
  return { body: {} };
};

export const callAccessHandlers = { addUsersAccessToCalls, getUsersAccessToCalls, deleteUsersAccessToCalls };
