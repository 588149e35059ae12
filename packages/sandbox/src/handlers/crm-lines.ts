// Checks one line of a CRM upload (LDJSON) as Gong documents it: a flat JSON object with `objectId`,
// `modifiedDate` (ISO-8601 without milliseconds), optional `isDeleted` and `url`, the object type's standard
// fields and the custom fields of its schema. Unknown fields are dropped (Gong does not display fields that
// are not in the schema).
import type { CrmFieldType, CrmObjectType, CrmSchemaField } from "../dataset/crm-data.js";

export type LineOutcome =
  | { kind: "upsert"; objectId: string; modifiedDate?: string; url?: string; fields: Record<string, unknown> }
  | { kind: "delete"; objectId: string }
  | { kind: "error"; description: string };

type Check = (value: unknown) => string | undefined;

export const dateTimeWithoutMilliseconds = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const day = /^\d{4}-\d{2}-\d{2}$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const objectIdPattern = /^[A-Za-z0-9-]{1,64}$/;

const isString: Check = (value) => (typeof value === "string" ? undefined : "must be a string");
const isNumber: Check = (value) => (typeof value === "number" ? undefined : "must be a number");
const isBoolean: Check = (value) => (typeof value === "boolean" ? undefined : "must be true or false");
const isDay: Check = (value) =>
  typeof value === "string" && day.test(value) ? undefined : 'must be a date like "2020-05-31"';
const isDateTime: Check = (value) =>
  typeof value === "string" && dateTimeWithoutMilliseconds.test(value)
    ? undefined
    : 'must be an ISO-8601 date-time without milliseconds, like "2020-12-17T05:37:21Z"';
const isStringList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === "string")
    ? undefined
    : "must be an array of strings";
const isUrl: Check = (value) =>
  typeof value === "string" && /^https?:\/\/\S+$/.test(value) ? undefined : "must be a full http(s) URL";
const isEmail: Check = (value) =>
  typeof value === "string" && email.test(value) ? undefined : "must be an email address";
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === "string" && values.includes(value) ? undefined : `must be one of ${values.join(", ")}`;

const personFields = {
  emailAddress: isString,
  firstName: isString,
  lastName: isString,
  title: isString,
  phoneNumber: isString,
};

/** The documented fields of each object type, besides objectId, modifiedDate, isDeleted and url. */
const standardFields: Record<CrmObjectType, Record<string, Check>> = {
  ACCOUNT: { name: isString, domains: isStringList },
  CONTACT: { accountId: isString, ...personFields },
  DEAL: {
    accountId: isString,
    ownerId: isString,
    name: isString,
    createdDate: isDateTime,
    closeDate: isDay,
    status: oneOf(["WON", "LOST", "OPEN"]),
    stage: isString,
    amount: isNumber,
  },
  LEAD: {
    ...personFields,
    convertedToDealId: isString,
    convertedToContactId: isString,
    convertedToAccountId: isString,
  },
  BUSINESS_USER: { emailAddress: isEmail },
  STAGE: {
    name: isString,
    isActive: isBoolean,
    sortOrder: (value) => (Number.isInteger(value) ? undefined : "must be an integer"),
  },
};

const customChecks: Record<CrmFieldType, Check> = {
  BOOLEAN: isBoolean,
  DATE: isDay,
  DATETIME: isDateTime,
  PICKLIST: isString,
  NUMBER: isNumber,
  PERCENT: (value) =>
    typeof value === "number" && value >= 0 && value <= 100 ? undefined : "must be a number from 0 to 100",
  CURRENCY: isNumber,
  PHONENUMBER: isString,
  EMAILADDRESS: isEmail,
  REFERENCE: isString,
  ID: isString,
  STRING: isString,
  URL: isUrl,
  STRINGARRAY: isStringList,
};

function customCheck(field: CrmSchemaField): Check {
  const values = field.orderedValueList;
  if (field.type === "PICKLIST" && values) return oneOf(values);
  return customChecks[field.type];
}

/** Gong's documented defaults for fields a line leaves out. */
function withDefaults(
  type: CrmObjectType,
  objectId: string,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  if (type === "ACCOUNT") return { name: `Account_#${objectId}`, ...fields };
  if (type === "DEAL") return { name: `Deal_#${objectId}`, status: "OPEN", amount: 0, ...fields };
  if (type === "STAGE") return { isActive: true, sortOrder: 1, ...fields };
  return fields;
}

function parseObject(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "The line is not valid JSON";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return "Each line must be one JSON object";
  return value as Record<string, unknown>;
}

/** objectId, isDeleted and modifiedDate (optional for a STAGE, as Gong's own stage example shows). */
function checkIdentity(type: CrmObjectType, line: Record<string, unknown>): string | undefined {
  const { objectId, modifiedDate, isDeleted } = line;
  const validId =
    typeof objectId === "string" &&
    (objectIdPattern.test(objectId) || (objectId.length <= 64 && email.test(objectId)));
  if (!validId) return "objectId is required: up to 64 letters, digits and '-', or an email address";
  if (isDeleted !== undefined && typeof isDeleted !== "boolean") return "isDeleted must be true or false";
  if (type === "STAGE" && modifiedDate === undefined) return undefined;
  const problem = isDateTime(modifiedDate);
  return problem && `modifiedDate (required) ${problem}`;
}

/** The line's known fields, checked; unknown fields are dropped. */
function checkFields(
  type: CrmObjectType,
  schema: readonly CrmSchemaField[],
  values: Record<string, unknown>,
): Record<string, unknown> | string {
  const checks: Record<string, Check> = { ...standardFields[type] };
  for (const field of schema) checks[field.uniqueName] = customCheck(field);
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      return `The line must be a flat object: field '${name}' is a nested object`;
    }
    const check = checks[name];
    if (!check) continue;
    const problem = value === null ? undefined : check(value);
    if (problem) return `Field '${name}' ${problem}`;
    fields[name] = value;
  }
  if (type === "BUSINESS_USER" && fields.emailAddress === undefined) {
    return "emailAddress is required for a BUSINESS_USER (unless isDeleted is true)";
  }
  if (type === "STAGE" && fields.name === undefined) return "name is required for a STAGE";
  return fields;
}

export function checkLine(type: CrmObjectType, schema: readonly CrmSchemaField[], text: string): LineOutcome {
  const line = parseObject(text);
  if (typeof line === "string") return { kind: "error", description: line };
  const identityProblem = checkIdentity(type, line);
  if (identityProblem) return { kind: "error", description: identityProblem };
  const { objectId, modifiedDate, isDeleted, url, ...values } = line as Record<string, unknown> & {
    objectId: string;
  };
  if (isDeleted) return { kind: "delete", objectId };
  if (url !== undefined && isUrl(url)) return { kind: "error", description: `url ${isUrl(url)}` };
  const fields = checkFields(type, schema, values);
  if (typeof fields === "string") return { kind: "error", description: fields };
  return {
    kind: "upsert",
    objectId,
    ...(typeof modifiedDate === "string" ? { modifiedDate } : {}),
    ...(typeof url === "string" ? { url } : {}),
    fields: withDefaults(type, objectId, fields),
  };
}
