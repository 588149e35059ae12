// The sandbox's whole state: the core records (core-state.ts) and the slices seeded on top of them (CRM, Engage,
// meetings, permissions). The slices import the core types from core-state.ts, never this file.
import type { CallRecord, CoreState } from "./core-state.js";
import type { CrmState } from "./dataset/crm-data.js";
import type { EngageState } from "./dataset/engage-data.js";
import type { MeetingsState } from "./dataset/meetings-data.js";
import type { PermissionsState } from "./dataset/permissions-data.js";

export * from "./core-state.js";

export type SandboxState = CoreState & CrmState & EngageState & MeetingsState & PermissionsState;

/** What a call has before Gong has processed any media: no transcript, topics, trackers or summaries yet. */
export function unprocessedCallContent() {
  return {
    transcript: [],
    topics: [],
    trackers: [],
    keyPoints: [],
    outline: [],
    nextSteps: [],
    questions: { companyCount: 0, nonCompanyCount: 0 },
  } satisfies Partial<CallRecord>;
}
