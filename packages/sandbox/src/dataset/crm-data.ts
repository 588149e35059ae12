// The crm slice of the sandbox state: the generic CRM integration, its schema per object type, the uploaded
// objects and the asynchronous requests (uploads, integration deletes). The seed mirrors the accounts, deals
// and contacts the core calls already point at, plus the catalogue's sample records.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CoreState } from "../core-state.js";
import type { Random } from "../random.js";
import { seedCrmObjects } from "./crm-objects-seed.js";
import type { CrmFieldType, CrmObjectType, CrmSchemaField, CrmState } from "./crm-records.js";

export * from "./crm-records.js";

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
