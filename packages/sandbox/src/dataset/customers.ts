// The ~25 customer companies Acme Sales talks to: domains, contacts with emails and phones, CRM ids and the
// open deal. Globex and its contact Priya Natarajan carry the catalogue's sample ids.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { Random } from "../random.js";
import type { CustomerAccountRecord } from "../state.js";

interface CompanySeed {
  name: string;
  industry: string;
  emea?: boolean;
}

const companies: CompanySeed[] = [
  { name: "Globex", industry: "Manufacturing" },
  { name: "Initrode Software", industry: "Software" },
  { name: "Umbrella Health", industry: "Healthcare" },
  { name: "Stark Logistics", industry: "Transportation" },
  { name: "Wayne Biotech", industry: "Biotechnology" },
  { name: "Hooli", industry: "Internet" },
  { name: "Vandelay Industries", industry: "Import & Export" },
  { name: "Soylent Foods", industry: "Food & Beverage" },
  { name: "Wonka Confectionery", industry: "Consumer Goods" },
  { name: "Cyberdyne Robotics", industry: "Robotics" },
  { name: "Tyrell Systems", industry: "Hardware" },
  { name: "Massive Dynamic", industry: "Research" },
  { name: "Aperture Labs", industry: "Research" },
  { name: "Oscorp Materials", industry: "Chemicals" },
  { name: "Pied Piper", industry: "Software" },
  { name: "Dunder Mifflin Paper", industry: "Paper & Office Supplies" },
  { name: "Gringotts Financial", industry: "Financial Services" },
  { name: "Monarch Media", industry: "Media" },
  { name: "Oceanic Travel", industry: "Travel" },
  { name: "Bluth Homes", industry: "Real Estate" },
  { name: "Nordwind Energie", industry: "Energy", emea: true },
  { name: "Sterling Brücke Bank", industry: "Banking", emea: true },
  { name: "Lumière Retail", industry: "Retail", emea: true },
  { name: "Vesuvio Foods", industry: "Food & Beverage", emea: true },
  { name: "Thames Analytics", industry: "Software", emea: true },
];

const firstNames = [
  "Aisha",
  "Ben",
  "Carla",
  "Derek",
  "Fatima",
  "Gavin",
  "Hannah",
  "Ivan",
  "Julia",
  "Kofi",
  "Laura",
  "Mateo",
  "Nina",
  "Owen",
  "Paula",
  "Quentin",
  "Rosa",
  "Stefan",
  "Tara",
  "Umar",
  "Vera",
  "Wes",
  "Yuki",
  "Zoe",
];
const lastNames = [
  "Abbott",
  "Brennan",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Garcia",
  "Hoffman",
  "Ibrahim",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Novak",
  "O'Brien",
  "Park",
  "Quinn",
  "Ramirez",
  "Schmidt",
  "Tanaka",
];
const titles = [
  "VP of Sales",
  "Director of Revenue Operations",
  "Head of Sales Enablement",
  "Chief Revenue Officer",
  "Sales Operations Manager",
  "IT Director",
  "Procurement Manager",
  "CFO",
  "Head of Customer Success",
  "Security Engineer",
  "VP of Operations",
];
const stages = ["Qualification", "Discovery", "Demo", "Proposal", "Negotiation", "Closed Won", "Closed Lost"];
const areaCodes = ["212", "312", "415", "512", "617", "646", "720", "206", "305", "404"];
const emeaCountryCodes = ["+4930", "+4420", "+3314", "+3902", "+3491"];

function alphanumerics(random: Random, length: number): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
  let text = "";
  for (let index = 0; index < length; index++) text += alphabet[random.int(0, alphabet.length - 1)];
  return text;
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .replace(/ +/g, "");
}

/** `owners(emea)` picks the account owner among the workspace's account executives. */
export function buildCustomers(
  random: Random,
  workspaceIds: [string, string],
  owner: (emea: boolean, index: number) => string,
  now: number,
): CustomerAccountRecord[] {
  const usedNames = new Set<string>(["Priya Natarajan"]);
  return companies.map((company, index) => {
    const domain = `${slug(company.name)}.example`;
    const contactCount = index === 0 ? 3 : random.int(2, 4);
    const contacts: CustomerAccountRecord["contacts"] = [];
    for (let position = 0; position < contactCount; position++) {
      let firstName: string;
      let lastName: string;
      do {
        firstName = random.pick(firstNames);
        lastName = random.pick(lastNames);
      } while (usedNames.has(`${firstName} ${lastName}`));
      usedNames.add(`${firstName} ${lastName}`);
      const phone = company.emea
        ? `${random.pick(emeaCountryCodes)}${random.int(1000000, 9999999)}`
        : `+1${random.pick(areaCodes)}55501${String(random.int(0, 99)).padStart(2, "0")}`;
      contacts.push({
        crmContactId: `0035g00000${alphanumerics(random, 6)}`,
        firstName,
        lastName,
        title: position === 0 ? random.pick(titles.slice(0, 4)) : random.pick(titles),
        emailAddress: `${firstName}.${lastName}@${domain}`.toLowerCase().replace(/'/g, ""),
        phoneNumber: phone,
      });
    }
    if (index === 0) {
      contacts[0] = {
        crmContactId: sampleIds.crmContactId,
        firstName: "Priya",
        lastName: "Natarajan",
        title: "Director of Revenue Operations",
        emailAddress: sampleIds.customerEmail,
        phoneNumber: sampleIds.customerPhone,
      };
    }
    const stage = index === 0 ? "Proposal" : random.pick(stages);
    const closeOffsetDays = stage.startsWith("Closed") ? -random.int(1, 40) : random.int(10, 120);
    return {
      crmAccountId: index === 0 ? sampleIds.crmAccountId : `0015g00000${alphanumerics(random, 7)}`,
      name: company.name,
      domain,
      industry: company.industry,
      workspaceId: company.emea ? workspaceIds[1] : workspaceIds[0],
      ownerUserId: owner(company.emea ?? false, index),
      contacts,
      deal: {
        crmDealId: index === 0 ? sampleIds.crmDealId : `0065g00000${alphanumerics(random, 8)}`,
        name: `${company.name} - ${index === 0 ? "Q3 Platform Expansion" : random.pick(["New Business", "Expansion", "Renewal", "Pilot"])}`,
        stage,
        amount: index === 0 ? 184_000 : random.int(12, 260) * 1000,
        closeDate: new Date(now + closeOffsetDays * 86_400_000).toISOString().slice(0, 10),
        status: stage === "Closed Won" ? "WON" : stage === "Closed Lost" ? "LOST" : "OPEN",
      },
    };
  });
}
