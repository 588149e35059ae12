// Sandbox handlers for the crm group: the generic CRM integration, its schema, uploads and their status, and
// reading uploaded objects back.
import type { CrmObjectType } from "../dataset/crm-data.js";
import type { Handler, HandlerMap } from "../kit.js";
import { crmIntegrationHandlers, requireIntegration } from "./crm-integrations.js";
import { crmSchemaHandlers } from "./crm-schema.js";
import { crmUploadHandlers } from "./crm-upload.js";

/**
 * GET /v2/crm/entities (for development only): each requested id maps to the object's fields, or null when
 * Gong has no such object. At most the first 100 ids are read.
 */
const getCrmObjects: Handler = ({ state, query }) => {
  requireIntegration(state, query);
  const objects = state.crmObjects[query.get("objectType") as CrmObjectType];
  const ids = query
    .getAll("objectsCrmIds")
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, 100);
  const crmObjectsMap: Record<string, Record<string, unknown> | null> = {};
  for (const id of ids) {
    const object = objects[id];
    crmObjectsMap[id] = object
      ? {
          objectId: object.objectId,
          ...(object.modifiedDate ? { modifiedDate: object.modifiedDate } : {}),
          ...(object.url ? { url: object.url } : {}),
          ...object.fields,
        }
      : null;
  }
  return { body: { crmObjectsMap } };
};

export const crmHandlers: HandlerMap = {
  ...crmIntegrationHandlers,
  ...crmSchemaHandlers,
  ...crmUploadHandlers,
  getCrmObjects,
};
