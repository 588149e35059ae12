// The engage slice of the sandbox state: Engage flows (folders, steps, prospects assigned to them, bulk
// assignments), tasks, the emails the flows sent, engagement events reported by other systems, and the
// integration settings. Flow, step, task and priority ids are int64 digit strings, several above 2^53.

import type { CoreState } from "../core-state.js";
import type { Random } from "../random.js";
import { seedEngageActivity } from "./engage-activity-seed.js";
import { seedFlowCatalog } from "./engage-flows-seed.js";
import type { EngageState } from "./engage-records.js";

export * from "./engage-records.js";

/** Days after a prospect finishes a flow during which Gong refuses to assign them to another one. */
export const coolOffDays = 14;

export function seedEngage(core: CoreState, random: Random): EngageState {
  const catalog = seedFlowCatalog(core, random);
  return { ...catalog, ...seedEngageActivity(core, catalog.flows, random) };
}
