// Every group's handlers, merged into one map keyed by operationId.
import type { HandlerMap } from "../kit.js";
import { aiHandlers } from "./ai.js";
import { callsHandlers } from "./calls.js";
import { crmHandlers } from "./crm.js";
import { engageHandlers } from "./engage.js";
import { libraryHandlers } from "./library.js";
import { meetingsHandlers } from "./meetings.js";
import { permissionsHandlers } from "./permissions.js";
import { privacyHandlers } from "./privacy.js";
import { settingsHandlers } from "./settings.js";
import { statsHandlers } from "./stats.js";
import { usersHandlers } from "./users.js";

export const handlers: HandlerMap = {
  ...callsHandlers,
  ...usersHandlers,
  ...statsHandlers,
  ...libraryHandlers,
  ...settingsHandlers,
  ...crmHandlers,
  ...meetingsHandlers,
  ...permissionsHandlers,
  ...privacyHandlers,
  ...engageHandlers,
  ...aiHandlers,
};
