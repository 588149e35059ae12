// Assembles the catalogue: generated routes and schemas + one overlay per group, checked on load.
import { generatedActions } from "./generated/actions.js";
import { operations } from "./generated/operations.js";
import { aiOverlay } from "./groups/ai.js";
import { callsOverlay } from "./groups/calls.js";
import { crmOverlay } from "./groups/crm.js";
import { engageOverlay } from "./groups/engage.js";
import { libraryOverlay } from "./groups/library.js";
import { meetingsOverlay } from "./groups/meetings.js";
import { permissionsOverlay } from "./groups/permissions.js";
import { privacyOverlay } from "./groups/privacy.js";
import { settingsOverlay } from "./groups/settings.js";
import { statsOverlay } from "./groups/stats.js";
import { usersOverlay } from "./groups/users.js";
import type { Action, ActionId, Group, GroupOverlay, Route } from "./types.js";

export { sampleIds } from "./sample-ids.js";
export type * from "./types.js";
export { groups } from "./types.js";

const overlays: Record<Group, GroupOverlay> = {
  calls: callsOverlay,
  users: usersOverlay,
  stats: statsOverlay,
  crm: crmOverlay,
  engage: engageOverlay,
  library: libraryOverlay,
  permissions: permissionsOverlay,
  settings: settingsOverlay,
  meetings: meetingsOverlay,
  privacy: privacyOverlay,
  ai: aiOverlay,
};

function assemble(): Map<ActionId, Action> {
  const actions = new Map<ActionId, Action>();
  for (const [group, overlay] of Object.entries(overlays) as [Group, GroupOverlay][]) {
    for (const [id, entry] of Object.entries(overlay) as [ActionId, NonNullable<GroupOverlay[ActionId]>][]) {
      const generated = generatedActions[id];
      if (!generated) throw new Error(`overlay ${group} names unknown action ${id}`);
      if (actions.has(id)) throw new Error(`action ${id} has overlays in two groups`);
      const operation = operations[generated.operationId];
      const action: Action = {
        ...entry,
        id,
        group,
        operationId: generated.operationId,
        route: operation.route as Route,
        scope: generated.scope,
        // built on first use: importing the catalogue builds no zod schema
        get input() {
          return operation.input;
        },
        get output() {
          return operation.output;
        },
      };
      if ("deprecatedFor" in generated) action.deprecatedFor = generated.deprecatedFor;
      actions.set(id, action);
    }
  }
  return actions;
}

export const catalog: ReadonlyMap<ActionId, Action> = assemble();

export function isActionId(id: string): id is ActionId {
  return Object.hasOwn(generatedActions, id);
}

export function getAction(id: ActionId): Action {
  const action = catalog.get(id);
  if (!action) throw new Error(`action ${id} has no overlay`);
  return action;
}

export function listActions(group?: Group): Action[] {
  return [...catalog.values()].filter((action) => !group || action.group === group);
}

/** All generated action ids, including any an overlay does not describe yet. */
export const allActionIds = Object.keys(generatedActions) as ActionId[];
