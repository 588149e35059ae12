// Overlay of the crm group (Gong's generic CRM integration API): agent-facing text, safety, paging, quirks and
// examples per action. Safety conventions are in ./safety.ts. Judgement calls here: register is not
// idempotent (a second registration is rejected with 409); delete integration and object upload are keyed by
// clientRequestId, whose reuse is rejected with 409, so they are not idempotent; the schema upload sends the
// complete field list, so resending it changes nothing (idempotent) but it is destructive, since a changed
// type or isDeleted drops field data.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const uploadClientRequestId = "crm-accounts-2026-09-01-001";
const uploadAccounts = {
  integrationId: ids.crmIntegrationId,
  objectType: "ACCOUNT",
  clientRequestId: uploadClientRequestId,
  dataFile: "test/fixtures/crm-accounts.ldjson",
};

export const crmOverlay: GroupOverlay = {
  GONG_DELETE_A_GENERIC_CRM_INTEGRATION_V2_CRM_INTEGRATIONS: {
    summary: "Delete the generic CRM integration and ALL the CRM objects uploaded through it",
    description:
      "Deletes the company's generic (API-registered) CRM integration together with every account, contact, deal, lead and business user uploaded through it. This is irreversible and asynchronous: Gong answers 201 at once and may take up to 24 hours; poll GONG_GET_REQUEST_STATUS_V2_CRM_REQUEST_STATUS with the same integrationId and clientRequestId until DONE. Only do this when asked to tear the integration down or to replace it (Gong allows one integration at a time). One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: false }),
    quirks: {
      dedupKey: "clientRequestId",
      notes: [
        "Asynchronous: 201 { clientRequestId }; poll the request status (PENDING, IN_PROGRESS, DONE, FAILED).",
        "clientRequestId: your own unique id (letters, digits, '-', '_'); reusing one is rejected with 409.",
        "Only generic integrations registered through the API can be deleted here, not native Salesforce/HubSpot ones.",
      ],
    },
    examples: [
      {
        title: "Tear down the sample integration",
        input: { integrationId: ids.crmIntegrationId, clientRequestId: "delete-integration-2026-09-01" },
      },
    ],
  },

  GONG_GET_CRM_INTEGRATION_DETAILS: {
    summary: "Get the generic CRM integration registered through the API (its integrationId)",
    description:
      "Returns the generic CRM integration the company registered with GONG_REGISTER_CRM_INTEGRATION: its integrationId, name and owner email. Call it first to find the integrationId every other CRM action needs; an empty list means none is registered. Native Salesforce/HubSpot integrations are not listed. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: {
      notes: ["At most one generic integration exists at a time; integrationId is int64 (digit string)."],
    },
    examples: [{ title: "Find the registered integration", input: {} }],
  },

  GONG_GET_CRM_OBJECTS_V2_CRM_ENTITIES: {
    summary: "Read back uploaded CRM objects by CRM id to verify an upload (development use only)",
    description:
      "Returns the stored fields of up to 100 CRM objects of one type, keyed by their CRM id (null when not found), as Gong holds them after GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES. Gong documents it for the development phase only, to check that uploads were processed; do not use it as a CRM lookup in production flows. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: {
      notes: [
        "At most 100 ids; Gong returns only the first 100 of a longer list.",
        "Gong's prose says the ids go in the body of this GET; gongkit sends them as the query array the spec declares.",
        "objectType is ACCOUNT, CONTACT, DEAL or LEAD.",
      ],
    },
    examples: [
      {
        title: "Check the sample account as Gong stored it",
        input: {
          integrationId: ids.crmIntegrationId,
          objectType: "ACCOUNT",
          objectsCrmIds: [ids.crmAccountId],
        },
      },
      {
        title: "Check the sample deal",
        input: { integrationId: ids.crmIntegrationId, objectType: "DEAL", objectsCrmIds: [ids.crmDealId] },
      },
    ],
  },

  GONG_GET_REQUEST_STATUS_V2_CRM_REQUEST_STATUS: {
    summary: "Check the processing status of a CRM upload or integration deletion",
    description:
      "Returns the status (PENDING, IN_PROGRESS, DONE or FAILED) of an asynchronous CRM request identified by the clientRequestId you sent with GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES or GONG_DELETE_A_GENERIC_CRM_INTEGRATION_V2_CRM_INTEGRATIONS, with success and error counts. Poll it sparingly (e.g. every 30-60 s): each poll is one request against the company budget (3 requests/s, 10,000/day). On FAILED, fix the reported lines and upload the whole file again under a new clientRequestId.",
    safety: read,
    quirks: {
      notes: [
        "At most 20 errors are returned, each with the LDJSON line number; line 0 means a general file error.",
        "Deletion of an integration may stay IN_PROGRESS for up to 24 hours.",
      ],
    },
    examples: [
      {
        title: "Status of the sandbox's seeded account upload",
        input: { integrationId: ids.crmIntegrationId, clientRequestId: ids.crmSeedUploadRequestId },
      },
      {
        title: "Status of an account upload just sent",
        input: { integrationId: ids.crmIntegrationId, clientRequestId: uploadClientRequestId },
        setup: [{ action: "GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES", input: uploadAccounts }],
      },
    ],
  },

  GONG_LIST_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA: {
    summary: "List the custom CRM fields defined for the generic integration, per object type",
    description:
      "Returns the schema fields (name, label, type, picklist values, deleted flag) defined with GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA, for one object type or, when objectType is omitted, for all of them. Read it before a schema upload, because an upload must repeat every field you want to keep. One request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    quirks: {
      notes: [
        "objectType is optional (Gong's prose: omit it for all types); the spec declares it required with 4 values, gongkit accepts all 6.",
      ],
    },
    examples: [
      { title: "Account fields", input: { integrationId: ids.crmIntegrationId, objectType: "ACCOUNT" } },
      { title: "Fields of every object type", input: { integrationId: ids.crmIntegrationId } },
    ],
  },

  GONG_REGISTER_CRM_INTEGRATION: {
    summary: "Register the company's generic CRM integration and get its integrationId",
    description:
      "Creates the generic CRM integration through which you upload accounts, contacts, deals and leads, and returns its integrationId. Gong allows only one CRM integration at a time, native Salesforce/HubSpot ones included: if one exists this fails with 409, so check GONG_GET_CRM_INTEGRATION_DETAILS first and delete the old one only if the user wants it replaced. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      notes: [
        "409 'An active integration already exists' when any CRM integration (generic or native) is active.",
        "integrationId is int64; gongkit returns it as a digit string.",
      ],
    },
    examples: [
      {
        title: "Register a generic integration (the old one must have been deleted first)",
        input: { name: "Acme Sales CRM sync", ownerEmail: ids.managerEmail },
        setup: [
          {
            action: "GONG_DELETE_A_GENERIC_CRM_INTEGRATION_V2_CRM_INTEGRATIONS",
            input: { integrationId: ids.crmIntegrationId, clientRequestId: "replace-integration-2026-09-01" },
          },
        ],
      },
    ],
  },

  GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES: {
    summary: "Upload an LDJSON file of CRM objects (accounts, contacts, deals...) to insert, update, delete",
    description:
      "Uploads one LDJSON file of CRM records of a single object type to the generic integration; Gong inserts new ids, overwrites existing records with the same id, and deletes records sent with isDeleted=true. Processing is asynchronous: the call returns 201 at once; poll GONG_GET_REQUEST_STATUS_V2_CRM_REQUEST_STATUS with the same clientRequestId. Define custom fields first with GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA. One request per file against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: false }),
    quirks: {
      uploads: { dataFile: { maxBytes: 200 * 1024 ** 2, formats: ["ldjson"] } },
      dedupKey: "clientRequestId",
      notes: [
        "dataFile is the path of a local file; gongkit streams it as multipart field 'dataFile'.",
        "LDJSON, one object type per file, max 200 MB; several updates to one record go in separate files.",
        "Each line is a flat object: objectId (max 64 chars), modifiedDate (ISO-8601 without milliseconds), optional isDeleted and url, then the entity's fields and custom fields.",
        "clientRequestId must be new for every upload (letters, digits, '-', '_'); reuse is rejected with 409.",
      ],
    },
    examples: [
      {
        title: "Upload accounts to the sample integration",
        input: uploadAccounts,
      },
    ],
  },

  GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA: {
    summary: "Define the full set of custom CRM fields for one object type (add, change, remove)",
    description:
      "Sets the custom field schema of one object type of the generic integration so that uploaded custom fields show in Gong. Every request must list ALL fields you want to keep (read them first with GONG_LIST_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA): omitting a field is an error, changing a field's type recreates it and drops its data, and isDeleted=true removes the field and its values from every object. Changing only a label keeps the data. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: true, idempotent: true }),
    quirks: {
      notes: [
        "body is the JSON array of field definitions; integrationId and objectType go in the query.",
        "PICKLIST fields need orderedValueList; REFERENCE fields need referenceTo (ACCOUNT, CONTACT, DEAL, LEAD or USER).",
        "lastModified is ISO-8601 without milliseconds.",
      ],
    },
    examples: [
      {
        title: "Keep the account fields and add a tier picklist (every wanted field is listed)",
        input: {
          integrationId: ids.crmIntegrationId,
          objectType: "ACCOUNT",
          body: [
            { uniqueName: "industry", label: "Industry", type: "STRING" },
            { uniqueName: "annualRevenue", label: "Annual Revenue", type: "CURRENCY" },
            {
              uniqueName: "parentAccount",
              label: "Parent Account",
              type: "REFERENCE",
              referenceTo: "ACCOUNT",
            },
            {
              uniqueName: "accountTier",
              label: "Account tier",
              type: "PICKLIST",
              orderedValueList: ["Enterprise", "Mid-market", "SMB"],
            },
          ],
        },
      },
    ],
  },
};
