import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random.js";
import { buildCoreState } from "./core.js";
import { crmObjectTypes, seedCrm } from "./crm-data.js";
import { defaultSeed } from "./ids.js";

const core = buildCoreState(defaultSeed, new Date(ids.sandboxNow));

describe("crm seed", () => {
  const crm = seedCrm(core, createRandom(1));

  it("holds the integration and the catalogue's sample account, contact and deal", () => {
    expect(crm.crmIntegrations.map((integration) => integration.integrationId)).toEqual([
      ids.crmIntegrationId,
    ]);
    expect(crm.crmObjects.ACCOUNT[ids.crmAccountId]?.fields.name).toBe("Globex");
    expect(crm.crmObjects.CONTACT[ids.crmContactId]?.fields).toMatchObject({
      firstName: "Priya",
      lastName: "Natarajan",
      emailAddress: ids.customerEmail,
      phoneNumber: ids.customerPhone,
      accountId: ids.crmAccountId,
    });
    expect(crm.crmObjects.DEAL[ids.crmDealId]?.fields.accountId).toBe(ids.crmAccountId);
    expect(crm.crmRequests.map((request) => request.clientRequestId)).toEqual([ids.crmSeedUploadRequestId]);
  });

  it("mirrors the core customers and keeps references consistent", () => {
    expect(Object.keys(crm.crmObjects.ACCOUNT)).toHaveLength(core.customerAccounts?.length ?? 0);
    for (const contact of Object.values(crm.crmObjects.CONTACT)) {
      expect(crm.crmObjects.ACCOUNT[String(contact.fields.accountId)]).toBeDefined();
    }
    for (const deal of Object.values(crm.crmObjects.DEAL)) {
      expect(crm.crmObjects.BUSINESS_USER[String(deal.fields.ownerId)]).toBeDefined();
      expect(crm.crmObjects.STAGE[String(deal.fields.stage)]).toBeDefined();
    }
    expect(Object.keys(crm.crmObjects.BUSINESS_USER)).toHaveLength(core.users.length);
    for (const type of crmObjectTypes) expect(crm.crmSchemas[type].length).toBeGreaterThan(0);
  });
});
