// The records of the engage slice (see engage-data.ts, which seeds them): flows, their folders, steps and
// instances, bulk assignments, tasks, emails, engagement events and integration settings.
export type FlowVisibility = "Company" | "Personal" | "Shared";
export type FlowStepAction =
  | "SEND_EMAIL"
  | "AUTO_SEND_EMAIL"
  | "CALL"
  | "LINKEDIN_CONNECT"
  | "LINKEDIN_MESSAGE"
  | "CUSTOM";
export type FlowInstanceStatus =
  | "Pending"
  | "Running"
  | "Paused"
  | "FinishedNoReply"
  | "FinishedResponse"
  | "Finished";
export type TaskStatus = "OPEN" | "DONE" | "DISMISSED";

export interface FlowFolderRecord {
  id: string;
  name: string;
  parentId?: string;
  visibility: FlowVisibility;
  ownerEmail: string;
  /** Gong users a Shared folder is shared with. */
  sharedWithEmails: string[];
  workspaceId: string;
  creationDate: string;
}

export interface FlowStepRecord {
  id: string;
  stepOrder: number;
  name: string;
  action: FlowStepAction;
  subject?: string;
  body?: string;
  isReply: boolean;
}

export interface FlowRecord {
  id: string;
  name: string;
  folderId: string;
  visibility: FlowVisibility;
  ownerEmail: string;
  sharedWithEmails: string[];
  workspaceId: string;
  creationDate: string;
  exclusive: boolean;
  description: string;
  steps: FlowStepRecord[];
}

export interface FlowInstanceRecord {
  id: string;
  flowId: string;
  crmProspectId: string;
  ownerEmail: string;
  created: string;
  status: FlowInstanceStatus;
  /** When a finished instance ended; prospects cool off for `coolOffDays` after it. */
  finished?: string;
  workspaceId: string;
  description?: string;
}

export interface BulkProspect {
  firstName?: string;
  lastName?: string;
  email?: string;
  jobTitle?: string;
  linkedInUrl?: string;
  crmId?: string;
  accountCrmId?: string;
  companyName?: string;
}

export interface BulkAssignmentResult {
  prospect: BulkProspect;
  status: "CRM_OPERATION_FAILED" | "FLOW_ASSIGNMENT_FAILED" | "ASSIGNED";
  crmId?: string;
  flowInstanceId?: string;
  errorCode?: string;
  errorMessage?: string;
}

/** A bulk assignment is processed when submitted; its visible status advances with each poll. */
export interface BulkAssignmentRecord {
  id: string;
  flowId: string;
  ownerEmail: string;
  submitted: string;
  polls: number;
  results: BulkAssignmentResult[];
}

export interface TaskPriorityRecord {
  id: string;
  name: string;
  weight: number;
}

export interface TaskRecord {
  id: string;
  userId: string;
  workspaceId: string;
  created: string;
  updated: string;
  status: TaskStatus;
  type: "FLOW" | "MANUAL";
  title: string;
  dueDate: string;
  contactCrmId?: string;
  accountCrmId?: string;
  dealCrmId?: string;
  flowId?: string;
  stepId?: string;
  priorityId?: string;
}

export interface EmailMessageRecord {
  id: string;
  from: string;
  to: string[];
  subject: string;
  sentTime: string;
  /** The Gong user's mailbox the message was captured from. */
  mailbox: string;
  messageHash: string;
}

export type EngagementEventType = "contentShared" | "contentViewed" | "customEvent" | "digitalInteraction";

export interface EngagementEventRecord {
  eventType: EngagementEventType;
  sourceEventId?: string;
  timestamp: string;
  contentId?: string;
  contentUrl?: string;
  reportingSystem?: string;
  eventName?: string;
  /** Email addresses of the people the event is about (viewer, recipients, actor, person). */
  personEmails: string[];
  personPhoneNumbers: string[];
}

export interface IntegrationSettingsRecord {
  integrationId: string;
  settings: { integrationType: "EMAIL_COMPOSER" | "ACCOUNT_PAGES" | "DIALER"; allowedOrigin: string }[];
}

export interface EngageState {
  flowFolders: FlowFolderRecord[];
  flows: FlowRecord[];
  flowInstances: FlowInstanceRecord[];
  /** How many flow instance ids were issued (ids are never reused after an unassign). */
  flowInstanceSerial: number;
  flowBulkAssignments: BulkAssignmentRecord[];
  tasks: TaskRecord[];
  taskPriorities: TaskPriorityRecord[];
  emailMessages: EmailMessageRecord[];
  engagementEvents: EngagementEventRecord[];
  integrationSettings?: IntegrationSettingsRecord;
}
