// The custom fields of each CRM object type. An upload replaces the type's schema: it must list every field
// already there (kept, changed or marked `isDeleted`); a changed type recreates the field and drops its data;
// `isDeleted: true` removes the field and its data.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import {
  type CrmFieldType,
  type CrmObjectType,
  type CrmSchemaField,
  crmObjectTypes,
} from "../dataset/crm-data.js";
import { badRequest, type Handler } from "../kit.js";
import type { SandboxState } from "../state.js";
import { requireIntegration } from "./crm-integrations.js";
import { dateTimeWithoutMilliseconds } from "./crm-lines.js";

interface FieldRequest {
  uniqueName: string;
  label: string;
  type: CrmFieldType;
  lastModified?: string;
  isDeleted?: boolean;
  referenceTo?: string;
  orderedValueList?: string[];
}

const referenceTargets = ["ACCOUNT", "CONTACT", "DEAL", "LEAD", "USER"];

function fieldOut(field: CrmSchemaField) {
  return { ...field, isDeleted: false };
}

const listCrmSchemaFields: Handler = ({ state, query }) => {
  requireIntegration(state, query);
  const requested = query.get("objectType") as CrmObjectType | null;
  const types = requested ? [requested] : crmObjectTypes;
  return {
    body: {
      objectTypeToSelectedFields: Object.fromEntries(
        types.map((type) => [type, state.crmSchemas[type].map(fieldOut)]),
      ),
    },
  };
};

function checkField(field: FieldRequest): void {
  if (!field.uniqueName.trim()) badRequest("Every field needs a uniqueName");
  if (field.type === "PICKLIST" && !field.isDeleted && !field.orderedValueList?.length) {
    badRequest(`Field '${field.uniqueName}' is a PICKLIST and needs an orderedValueList`);
  }
  if (field.type === "REFERENCE" && !field.isDeleted && !referenceTargets.includes(field.referenceTo ?? "")) {
    badRequest(
      `Field '${field.uniqueName}' is a REFERENCE; referenceTo must be one of ${referenceTargets.join(", ")}`,
    );
  }
  if (field.lastModified !== undefined && !dateTimeWithoutMilliseconds.test(field.lastModified)) {
    badRequest(
      `Field '${field.uniqueName}': lastModified must be ISO-8601 without milliseconds, e.g. 2020-12-17T13:45:01Z`,
    );
  }
}

function dropFieldData(state: SandboxState, type: CrmObjectType, uniqueName: string): void {
  for (const object of Object.values(state.crmObjects[type])) delete object.fields[uniqueName];
}

const uploadCrmSchemaField: Handler = ({ state, query, body, now }) => {
  requireIntegration(state, query);
  const type = query.get("objectType") as CrmObjectType;
  const fields = body as FieldRequest[];
  const names = new Set<string>();
  for (const field of fields) {
    checkField(field);
    if (names.has(field.uniqueName)) badRequest(`Field '${field.uniqueName}' appears more than once`);
    names.add(field.uniqueName);
  }
  const current = state.crmSchemas[type];
  const missing = current.filter((field) => !names.has(field.uniqueName)).map((field) => field.uniqueName);
  if (missing.length) {
    badRequest(
      `You must include all fields in the schema (send isDeleted: true to remove one); missing: ${missing.join(", ")}`,
    );
  }
  const stamp = isoUtc(now.getTime());
  const next: CrmSchemaField[] = [];
  for (const { isDeleted, ...field } of fields) {
    const previous = current.find((item) => item.uniqueName === field.uniqueName);
    if (isDeleted || (previous && previous.type !== field.type)) dropFieldData(state, type, field.uniqueName);
    if (isDeleted) continue;
    next.push({ ...field, lastModified: field.lastModified ?? stamp });
  }
  state.crmSchemas[type] = next;
  return { body: {} };
};

export const crmSchemaHandlers = { listCrmSchemaFields, uploadCrmSchemaField };
