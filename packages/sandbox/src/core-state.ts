// The core of the sandbox's state: company, users, calls and what hangs off them. Records are kept close to
// the shapes Gong returns; int64 ids are kept as digit strings. The other slices build on these (see state.ts).

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
  trustedEmailAddress?: string;
  personalMeetingUrls?: string[];
  conferencingProviders?: { provider: string; isDefault: boolean }[];
}

export interface PartyRecord {
  id: string;
  /** Absent for a voice Gong could not put a name to. */
  name?: string;
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

/** The media formats Gong accepts. */
export type MediaFormat = "WAV" | "MP3" | "MP4" | "MKV" | "FLAC";

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
  recording?: {
    url: string;
    bytes: number;
    contentType: string;
    fileName: string;
    /** Known for recorded and uploaded media, not for a `downloadMediaUrl` Gong has yet to fetch. */
    format?: MediaFormat;
  };
  /** Questions asked per speaker, for interaction stats. */
  questions: { companyCount: number; nonCompanyCount: number };
  /** The call's agenda (Gong's "structure"): section names and durations in seconds. */
  structure?: { name: string; duration: number }[];
  highlights?: { title: string; items: { text: string; startTimes: number[] }[] }[];
  /** Id of the call's outcome in `CoreState.callOutcomes`. */
  callOutcomeId?: string;
  /** Video statistics in seconds (e.g. Presentation, WebcamPrimaryUser) for video calls. */
  video?: { name: string; duration: number }[];
  comments?: CommentRecord[];
  /** What users did with the call after it (listens, shares, feedback); the activity stats count these. */
  activity?: CallActivityRecord[];
}

export interface CommentRecord {
  id: string;
  commenterUserId: string;
  comment: string;
  posted: string;
  /** Seconds into the call. */
  audioStartTime: number;
  audioEndTime: number;
  inReplyTo?: string;
  duringCall: boolean;
}

export interface CallActivityRecord {
  userId: string;
  kind:
    | "listened"
    | "sharedInternally"
    | "sharedExternally"
    | "gaveFeedback"
    | "requestedFeedback"
    | "markedAsReviewed";
  at: string;
  /** Who the call was shared with (shares only). */
  recipientEmail?: string;
}

export interface TrackerRecord {
  id: string;
  name: string;
  workspaceId: string;
  type: "KEYWORD" | "SMART";
  keywords: string[];
  created: string;
  creatorUserId: string;
  affiliation?: "Anyone" | "Company" | "NonCompany";
  updated?: string;
  updaterUserId?: string;
}

export interface ScorecardRecord {
  id: string;
  name: string;
  workspaceId: string;
  enabled: boolean;
  created: string;
  updated: string;
  updaterUserId: string;
  reviewMethod?: "AUTOMATIC" | "MANUAL";
  questions: {
    questionId: string;
    questionRevisionId: string;
    questionText: string;
    isOverall: boolean;
    minRange: number;
    maxRange: number;
    questionType?: string;
    answerGuide?: string;
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
  reviewMethod?: "AUTOMATIC" | "MANUAL";
  editorUserId?: string;
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
  callOutcomes: {
    id: string;
    name: string;
    category: string;
    displayOrder?: number;
    connectStatus?: "CONNECTED" | "NOT_CONNECTED";
    sentiment?: "POSITIVE" | "NEGATIVE" | "NEUTRAL";
    todoAction?: "COMPLETE" | "COMPLETE_AND_REMOVE";
    automation?: "MARK_AS_OPT_OUT";
  }[];
  briefs: {
    briefId: string;
    briefName: string;
    workspaceId: string;
    sections: string[];
    description?: string;
    status?: "Published" | "Not published";
    creatorUserId?: string;
    created?: string;
    updated?: string;
  }[];
  /** The customer companies the calls are with, as the CRM knows them (accounts, contacts, open deal). */
  customerAccounts?: CustomerAccountRecord[];
  /** Calls a user associated by hand with CRM objects (legacy `GET /v2/calls/manual-crm-associations`). */
  manualCrmAssociations?: ManualCrmAssociationRecord[];
}

export interface CustomerAccountRecord {
  crmAccountId: string;
  name: string;
  domain: string;
  industry: string;
  /** The Gong workspace whose team sells to this account. */
  workspaceId: string;
  ownerUserId: string;
  contacts: {
    crmContactId: string;
    firstName: string;
    lastName: string;
    title: string;
    emailAddress: string;
    phoneNumber: string;
  }[];
  deal: {
    crmDealId: string;
    name: string;
    stage: string;
    amount: number;
    closeDate: string;
    status: "OPEN" | "WON" | "LOST";
  };
}

export interface ManualCrmAssociationRecord {
  callId: string;
  userId: string;
  created: string;
  associatedCrmObjects: { accountCrmId: string; dealCrmId?: string }[];
}
