// Acme Sales's Gong users: who they are, who manages whom, where they sell and what they may do.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { UserRecord } from "../state.js";
import { permissionProfileIds } from "./ids.js";

export type Role = "vp" | "manager" | "ae" | "se" | "sdr" | "csm";

interface RosterEntry {
  key: string;
  firstName: string;
  lastName: string;
  title: string;
  role: Role;
  managerKey?: string;
  /** 1 = main (North America) workspace, 2 = EMEA; the first listed is the user's primary workspace. */
  workspaces: (1 | 2)[];
  languages: string[];
  id?: string;
  email?: string;
  active?: boolean;
  /** A recent hire: created this many days into the dataset's weeks. */
  hiredDaysIntoWindow?: number;
}

const roster: RosterEntry[] = [
  {
    key: "vp",
    firstName: "Alex",
    lastName: "Whitfield",
    title: "VP of Sales",
    role: "vp",
    workspaces: [1, 2],
    languages: ["en-US"],
  },
  {
    key: "manager",
    firstName: "Morgan",
    lastName: "Blake",
    title: "Sales Manager, Mid-Market",
    role: "manager",
    managerKey: "vp",
    workspaces: [1],
    languages: ["en-US"],
    id: sampleIds.managerUserId,
    email: sampleIds.managerEmail,
  },
  {
    key: "rep",
    firstName: "Dana",
    lastName: "Reyes",
    title: "Account Executive",
    role: "ae",
    managerKey: "manager",
    workspaces: [1],
    languages: ["en-US", "es-ES"],
    id: sampleIds.repUserId,
    email: sampleIds.repEmail,
  },
  {
    key: "jordan",
    firstName: "Jordan",
    lastName: "Kim",
    title: "Account Executive",
    role: "ae",
    managerKey: "manager",
    workspaces: [1],
    languages: ["en-US", "ko-KR"],
  },
  {
    key: "sam",
    firstName: "Sam",
    lastName: "Okafor",
    title: "Senior Account Executive",
    role: "ae",
    managerKey: "manager",
    workspaces: [1],
    languages: ["en-US"],
  },
  {
    key: "se",
    firstName: "Chris",
    lastName: "Delgado",
    title: "Senior Solutions Engineer",
    role: "se",
    managerKey: "vp",
    workspaces: [1, 2],
    languages: ["en-US", "es-ES"],
  },
  {
    key: "sdrManager",
    firstName: "Taylor",
    lastName: "Nguyen",
    title: "SDR Manager",
    role: "manager",
    managerKey: "vp",
    workspaces: [1],
    languages: ["en-US"],
  },
  {
    key: "riley",
    firstName: "Riley",
    lastName: "Chen",
    title: "Sales Development Representative",
    role: "sdr",
    managerKey: "sdrManager",
    workspaces: [1],
    languages: ["en-US", "zh-CN"],
  },
  {
    key: "jamie",
    firstName: "Jamie",
    lastName: "Brooks",
    title: "Sales Development Representative",
    role: "sdr",
    managerKey: "sdrManager",
    workspaces: [1],
    languages: ["en-US"],
  },
  {
    key: "avery",
    firstName: "Avery",
    lastName: "Patel",
    title: "Sales Development Representative",
    role: "sdr",
    managerKey: "sdrManager",
    workspaces: [1],
    languages: ["en-US", "hi-IN"],
    hiredDaysIntoWindow: 12,
  },
  {
    key: "csm",
    firstName: "Oliver",
    lastName: "Hughes",
    title: "Customer Success Manager",
    role: "csm",
    managerKey: "vp",
    workspaces: [1, 2],
    languages: ["en-GB"],
  },
  {
    key: "emeaManager",
    firstName: "Sophie",
    lastName: "Laurent",
    title: "Sales Manager, EMEA",
    role: "manager",
    managerKey: "vp",
    workspaces: [2],
    languages: ["fr-FR", "en-GB"],
  },
  {
    key: "lukas",
    firstName: "Lukas",
    lastName: "Becker",
    title: "Account Executive, EMEA",
    role: "ae",
    managerKey: "emeaManager",
    workspaces: [2],
    languages: ["de-DE", "en-GB"],
  },
  {
    key: "emma",
    firstName: "Emma",
    lastName: "Rossi",
    title: "Account Executive, EMEA",
    role: "ae",
    managerKey: "emeaManager",
    workspaces: [2],
    languages: ["it-IT", "en-GB"],
    hiredDaysIntoWindow: 19,
  },
  {
    key: "pat",
    firstName: "Pat",
    lastName: "Sullivan",
    title: "Account Executive",
    role: "ae",
    managerKey: "manager",
    workspaces: [1],
    languages: ["en-US"],
    active: false,
  },
];

export const companyDomain = "acme-sales.example";

export interface RosterUser {
  key: string;
  role: Role;
  record: UserRecord;
}

/** Builds the users; `workspaceIds` maps 1 and 2 to the two workspace ids. */
export function buildRoster(
  random: Random,
  workspaceIds: [string, string],
  datasetFrom: number,
): RosterUser[] {
  const ids = new Map(roster.map((entry) => [entry.key, entry.id ?? random.id()]));
  return roster.map((entry, index) => {
    const id = ids.get(entry.key) ?? "";
    const email = entry.email ?? `${entry.firstName}.${entry.lastName}@${companyDomain}`.toLowerCase();
    const tenure = (400 + index * 37 + random.int(0, 30)) * 86_400_000;
    const hired = entry.hiredDaysIntoWindow;
    const created =
      hired === undefined ? datasetFrom - tenure : datasetFrom + hired * 86_400_000 + 14 * 3_600_000;
    const sellsByPhone = entry.role === "sdr" || entry.role === "ae";
    const record: UserRecord = {
      id,
      emailAddress: email,
      firstName: entry.firstName,
      lastName: entry.lastName,
      title: entry.title,
      phoneNumber: `+1617555${String(1100 + index * 7).padStart(4, "0")}`,
      workspaceIds: entry.workspaces.map((workspace) =>
        workspace === 1 ? workspaceIds[0] : workspaceIds[1],
      ),
      active: entry.active ?? true,
      created: isoUtc(created - (created % 60_000)),
      emailAliases: entry.role === "vp" ? [`alex@${companyDomain}`] : [],
      meetingConsentPageUrl: `https://join.gong.io/acme-sales/${entry.firstName.toLowerCase()}.${entry.lastName.toLowerCase()}`,
      spokenLanguages: entry.languages.map((language, position) => ({ language, primary: position === 0 })),
      settings: {
        webConferencesRecorded: entry.active ?? true,
        preventWebConferenceRecording: false,
        telephonyCallsImported: sellsByPhone,
        emailsImported: entry.role !== "se",
        preventEmailImport: false,
        nonRecordedMeetingsImported: true,
        gongConnectEnabled: entry.role === "sdr",
      },
      permissionProfileId: profileFor(entry.role),
      trustedEmailAddress: email,
      personalMeetingUrls: [
        `https://acme-sales.zoom.example/my/${entry.firstName.toLowerCase()}${entry.lastName.toLowerCase()}`,
      ],
      conferencingProviders: [
        { provider: "Zoom", isDefault: true },
        { provider: "Google Meet", isDefault: false },
      ],
    };
    if (index % 4 === 1) record.extension = String(200 + index);
    const managerId = entry.managerKey && ids.get(entry.managerKey);
    if (managerId) record.managerId = managerId;
    return { key: entry.key, role: entry.role, record };
  });
}

function profileFor(role: Role): string {
  if (role === "vp" || role === "manager") return permissionProfileIds.salesManager;
  if (role === "se" || role === "csm") return permissionProfileIds.technicalStaff;
  return permissionProfileIds.salesRep;
}
