// The crm slice of the sandbox state: the generic CRM integration, its schema per object type, the uploaded
// objects and the asynchronous requests (uploads, integration deletes). The seed mirrors the accounts, deals
// and contacts the core calls already point at, plus the catalogue's sample records.
import { sampleIds } from "../../catalog/sample-ids.js";
import type { Random } from "../random.js";
import type { CoreState } from "../state.js";
import { seedCrmObjects } from "./crm-objects-seed.js";

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

/** Custom fields of the seeded schema, one set per object type. */
function seedSchemas(lastModified: string): Record<CrmObjectType, CrmSchemaField[]> {
  const field = (
    uniqueName: string,
    label: string,
    type: CrmFieldType,
    extra: Partial<CrmSchemaField> = {},
  ) => ({
    uniqueName,
    label,
    type,
    lastModified,
    ...extra,
  });
  return {
    ACCOUNT: [
      field("industry", "Industry", "STRING"),
      field("annualRevenue", "Annual Revenue", "CURRENCY"),
      field("parentAccount", "Parent Account", "REFERENCE", { referenceTo: "ACCOUNT" }),
    ],
    CONTACT: [
      field("linkedinUrl", "LinkedIn", "URL"),
      field("buyingRole", "Buying Role", "PICKLIST", {
        orderedValueList: ["Economic Buyer", "Champion", "Technical Evaluator", "User"],
      }),
    ],
    DEAL: [
      field("forecastCategory", "Forecast Category", "PICKLIST", {
        orderedValueList: ["Pipeline", "Best Case", "Commit", "Closed"],
      }),
      field("probability", "Probability", "PERCENT"),
      field("nextStepDate", "Next Step Date", "DATE"),
    ],
    LEAD: [
      field("leadSource", "Lead Source", "PICKLIST", {
        orderedValueList: ["Website", "Event", "Referral", "Outbound"],
      }),
    ],
    BUSINESS_USER: [field("region", "Region", "STRING")],
    STAGE: [field("probabilityDefault", "Default Probability", "PERCENT")],
  };
}

export function seedCrm(core: CoreState, _random: Random): CrmState {
  const seededAt = "2026-08-31T22:00:00Z";
  const objects = seedCrmObjects(core, seededAt);
  const owner = core.users.find((user) => user.emailAddress === sampleIds.managerEmail) ?? core.users[0];
  return {
    crmIntegrations: [
      {
        integrationId: sampleIds.crmIntegrationId,
        name: "Acme Generic CRM",
        ownerEmail: owner?.emailAddress ?? sampleIds.managerEmail,
        created: "2026-01-12T09:30:00Z",
      },
    ],
    crmSchemas: seedSchemas("2026-01-12T09:45:00Z"),
    crmObjects: objects,
    crmRequests: [
      {
        clientRequestId: sampleIds.crmSeedUploadRequestId,
        integrationId: sampleIds.crmIntegrationId,
        kind: "upload",
        objectType: "ACCOUNT",
        submitted: seededAt,
        polls: 2,
        errors: [],
        totalErrorCount: 0,
        totalSuccessCount: Object.keys(objects.ACCOUNT).length,
      },
    ],
  };
}
