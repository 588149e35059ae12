// The records of the crm slice (see crm-data.ts, which seeds them): the integration, its schema, the uploaded
// objects and the asynchronous requests.
export const crmObjectTypes = ["ACCOUNT", "CONTACT", "DEAL", "LEAD", "BUSINESS_USER", "STAGE"] as const;
export type CrmObjectType = (typeof crmObjectTypes)[number];

export const crmFieldTypes = [
  "DATE",
  "DATETIME",
  "NUMBER",
  "PERCENT",
  "CURRENCY",
  "ID",
  "URL",
  "STRING",
  "BOOLEAN",
  "PHONENUMBER",
  "EMAILADDRESS",
  "PICKLIST",
  "REFERENCE",
  "STRINGARRAY",
] as const;
export type CrmFieldType = (typeof crmFieldTypes)[number];

export interface CrmIntegrationRecord {
  integrationId: string;
  name: string;
  ownerEmail: string;
  created: string;
}

/** A custom field added with POST /v2/crm/entity-schema. */
export interface CrmSchemaField {
  uniqueName: string;
  label: string;
  type: CrmFieldType;
  lastModified?: string;
  referenceTo?: string;
  orderedValueList?: string[];
}

/** One uploaded CRM object: its flat fields (standard and custom) keyed by name. */
export interface CrmObjectRecord {
  objectId: string;
  modifiedDate?: string;
  url?: string;
  fields: Record<string, unknown>;
}

export interface CrmLineError {
  line: number;
  description: string;
}

/** An asynchronous CRM request; its visible status advances with each poll (see handlers/crm-status.ts). */
export interface CrmRequestRecord {
  clientRequestId: string;
  integrationId: string;
  kind: "upload" | "delete-integration";
  objectType?: CrmObjectType;
  submitted: string;
  /** How many times GET /v2/crm/request-status has been asked about this request. */
  polls: number;
  /** At most 20 line errors, as Gong reports them. */
  errors: CrmLineError[];
  totalErrorCount: number;
  totalSuccessCount: number;
}

export interface CrmState {
  crmIntegrations: CrmIntegrationRecord[];
  crmSchemas: Record<CrmObjectType, CrmSchemaField[]>;
  crmObjects: Record<CrmObjectType, Record<string, CrmObjectRecord>>;
  crmRequests: CrmRequestRecord[];
}
