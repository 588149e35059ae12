// The sandbox's whole state: a core slice (company, users, calls and what hangs off them) and one slice per
// group of writes. Records are kept close to the shapes Gong returns; int64 ids are kept as digit strings.
import type { CrmState } from "./dataset/crm-data.js";
import type { EngageState } from "./dataset/engage-data.js";
import type { MeetingsState } from "./dataset/meetings-data.js";
import type { PermissionsState } from "./dataset/permissions-data.js";

export interface WorkspaceRecord {
  id: string;
  name: string;
  description: string;
}

export interface UserRecord {
  id: string;
  emailAddress: string;
  firstName: string;
  lastName: string;
  title: string;
  phoneNumber: string;
  extension?: string;
  managerId?: string;
  /** The workspaces the user belongs to; the first is the primary one. */
  workspaceIds: string[];
  active: boolean;
  created: string;
  emailAliases: string[];
  meetingConsentPageUrl?: string;
  spokenLanguages: { language: string; primary: boolean }[];
  settings: Record<string, boolean>;
  permissionProfileId: string;
}

export interface PartyRecord {
  id: string;
  name: string;
  title?: string;
  emailAddress?: string;
  phoneNumber?: string;
  userId?: string;
  speakerId?: string;
  affiliation: "Internal" | "External" | "Unknown";
  methods: string[];
  /** CRM context of the party (e.g. the Salesforce contact), as Gong nests it. */
  context?: {
    system: string;
    objects: { objectType: string; objectId: string; fields: { name: string; value: unknown }[] }[];
  }[];
}

export interface SentenceRecord {
  start: number;
  end: number;
  text: string;
}

export interface MonologueRecord {
  speakerId: string;
  topic?: string;
  sentences: SentenceRecord[];
}

export interface TrackerHit {
  trackerId: string;
  name: string;
  occurrences: { startTime: number; speakerId: string; phrase: string }[];
}

export interface CallRecord {
  id: string;
  workspaceId: string;
  title: string;
  url: string;
  scheduled: string;
  started: string;
  /** Seconds. */
  duration: number;
  primaryUserId: string;
  direction: "Inbound" | "Outbound" | "Conference" | "Unknown";
  system: string;
  scope: "Internal" | "External" | "Unknown";
  media: "Video" | "Audio";
  language: string;
  purpose?: string;
  meetingUrl?: string;
  isPrivate: boolean;
  clientUniqueId?: string;
  customData?: string;
  sdrDisposition?: string;
  calendarEventId?: string;
  parties: PartyRecord[];
  transcript: MonologueRecord[];
  topics: { name: string; duration: number }[];
  trackers: TrackerHit[];
  brief?: string;
  keyPoints: string[];
  outline: {
    section: string;
    startTime: number;
    duration: number;
    items: { text: string; startTime: number }[];
  }[];
  nextSteps: string[];
  /** CRM objects the call is associated with (account and deal ids in the generic CRM). */
  crm: { accountId?: string; dealId?: string };
  /** Uploaded or linked media; undefined until media arrives for API-created calls. */
  recording?: { url: string; bytes: number; contentType: string; fileName: string };
  /** Questions asked per speaker, for interaction stats. */
  questions: { companyCount: number; nonCompanyCount: number };
}

export interface TrackerRecord {
  id: string;
  name: string;
  workspaceId: string;
  type: "KEYWORD" | "SMART";
  keywords: string[];
  created: string;
  creatorUserId: string;
}

export interface ScorecardRecord {
  id: string;
  name: string;
  workspaceId: string;
  enabled: boolean;
  created: string;
  updated: string;
  updaterUserId: string;
  questions: {
    questionId: string;
    questionRevisionId: string;
    questionText: string;
    isOverall: boolean;
    minRange: number;
    maxRange: number;
  }[];
}

export interface AnsweredScorecardRecord {
  answeredScorecardId: string;
  scorecardId: string;
  scorecardName: string;
  callId: string;
  callStartTime: string;
  reviewedUserId: string;
  reviewerUserId: string;
  reviewTime: string;
  visibilityType: string;
  answers: {
    questionId: string;
    questionRevisionId: string;
    isOverall: boolean;
    score: number;
    answerText?: string;
    notApplicable: boolean;
  }[];
}

export interface LibraryFolderRecord {
  id: string;
  name: string;
  parentFolderId?: string;
  workspaceId: string;
  createdBy: string;
  updated: string;
  calls: {
    callId: string;
    title: string;
    note?: string;
    addedBy: string;
    created: string;
    url: string;
    snippet?: { fromSec: number; toSec: number };
  }[];
}

export interface LogRecord {
  logType: string;
  eventTime: string;
  userId: string;
  userEmailAddress: string;
  userFullName: string;
  impersonatorUserId?: string;
  logRecord: Record<string, unknown>;
}

export interface SettingsHistoryRecord {
  userId: string;
  entries: { settingName: string; settingValue: boolean; timestamp: string }[];
}

export interface CoreState {
  company: { id: string; name: string; timeZone: string; domain: string };
  workspaces: WorkspaceRecord[];
  users: UserRecord[];
  calls: CallRecord[];
  trackers: TrackerRecord[];
  scorecards: ScorecardRecord[];
  answeredScorecards: AnsweredScorecardRecord[];
  libraryFolders: LibraryFolderRecord[];
  logs: LogRecord[];
  settingsHistory: SettingsHistoryRecord[];
  callOutcomes: { id: string; name: string; category: string }[];
  briefs: { briefId: string; briefName: string; workspaceId: string; sections: string[] }[];
}

export type SandboxState = CoreState & CrmState & EngageState & MeetingsState & PermissionsState;
