import type { CoreState, CustomerAccountRecord } from "../core-state.js";
import type { CrmObjectRecord, CrmObjectType } from "./crm-records.js";

type Objects = Record<CrmObjectType, Record<string, CrmObjectRecord>>;

/** The business user objectId the seed gives a Gong user. */
export function businessUserId(userId: string): string {
  return `005${userId}`;
}

/** The STAGE objectId of a stage name ("Closed Won" → "closed-won"). */
export function stageId(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "-");
}

const stageNames = [
  "Qualification",
  "Discovery",
  "Demo",
  "Proposal",
  "Negotiation",
  "Closed Won",
  "Closed Lost",
];

/** Leads: people not (yet) tied to an account. */
export const seedLeads = [
  {
    objectId: "00Q5g00000CaseyMr",
    firstName: "Casey",
    lastName: "Moore",
    title: "Head of IT",
    emailAddress: "casey.moore@umbrella-partners.example",
    phoneNumber: "+13125550177",
  },
  {
    objectId: "00Q5g00000SofiaMq",
    firstName: "Sofia",
    lastName: "Marquez",
    title: "COO",
    emailAddress: "sofia.marquez@vandelay-imports.example",
    phoneNumber: "+12125550133",
  },
  {
    objectId: "00Q5g00000TomasBg",
    firstName: "Tomas",
    lastName: "Berg",
    title: "Operations Manager",
    emailAddress: "tomas.berg@fjord-shipping.example",
    phoneNumber: "+4740555012",
  },
];

/** The customer companies the CRM knows: the core dataset's (Globex, with the sample ids, first). */
export function customerAccountsOf(core: CoreState): CustomerAccountRecord[] {
  return core.customerAccounts ?? [];
}

function crmUrl(type: CrmObjectType, objectId: string): string {
  return `https://crm.acme-sales.example/${type.toLowerCase()}/${objectId}`;
}

export function seedCrmObjects(core: CoreState, modifiedDate: string): Objects {
  const objects: Objects = { ACCOUNT: {}, CONTACT: {}, DEAL: {}, LEAD: {}, BUSINESS_USER: {}, STAGE: {} };
  const put = (type: CrmObjectType, objectId: string, fields: Record<string, unknown>) => {
    objects[type][objectId] = { objectId, modifiedDate, url: crmUrl(type, objectId), fields };
  };

  for (const user of core.users) {
    put("BUSINESS_USER", businessUserId(user.id), {
      emailAddress: user.emailAddress,
      region: "North America",
    });
  }
  stageNames.forEach((name, index) => {
    put("STAGE", stageId(name), { name, isActive: true, sortOrder: index + 1 });
  });
  for (const { objectId, ...lead } of seedLeads) put("LEAD", objectId, { ...lead, leadSource: "Website" });

  for (const account of customerAccountsOf(core)) {
    put("ACCOUNT", account.crmAccountId, {
      name: account.name,
      domains: [account.domain],
      industry: account.industry,
    });
    account.contacts.forEach((contact, index) => {
      const { crmContactId, ...person } = contact;
      put("CONTACT", crmContactId, {
        accountId: account.crmAccountId,
        ...person,
        buyingRole: index === 0 ? "Champion" : "Technical Evaluator",
      });
    });
    const { crmDealId, stage, ...deal } = account.deal;
    put("DEAL", crmDealId, {
      accountId: account.crmAccountId,
      ownerId: businessUserId(account.ownerUserId),
      ...deal,
      stage: stageId(stage),
      forecastCategory: deal.status === "OPEN" ? "Pipeline" : "Closed",
    });
  }
  return objects;
}
