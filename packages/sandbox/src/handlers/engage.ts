// Sandbox handlers for the engage group: flows and folders, prospects in flows, bulk assignments, tasks,
// engagement events and integration settings.
import type { HandlerMap } from "../kit.js";
import { bulkHandlers } from "./engage-bulk.js";
import { eventHandlers, settingsHandlers } from "./engage-events.js";
import { flowHandlers } from "./engage-flows.js";
import { prospectHandlers } from "./engage-prospects.js";
import { taskHandlers } from "./engage-tasks.js";

export const engageHandlers: HandlerMap = {
  ...flowHandlers,
  ...prospectHandlers,
  ...bulkHandlers,
  ...taskHandlers,
  ...eventHandlers,
  ...settingsHandlers,
};
