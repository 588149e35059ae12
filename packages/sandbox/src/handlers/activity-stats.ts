// Users' activity per calendar day (company time zone), computed from the calls: hosting and attending,
// listening, sharing, feedback, comments and scorecards. The activity stats endpoints aggregate this.

import { addDays, isoInZone, localDay, startOfDay } from "@gongkit/client/internal/core/calendar.js";
import type { SandboxState } from "../state.js";

export const activityMetrics = [
  "callsAsHost",
  "callsGaveFeedback",
  "callsRequestedFeedback",
  "callsReceivedFeedback",
  "ownCallsListenedTo",
  "othersCallsListenedTo",
  "callsSharedInternally",
  "callsSharedExternally",
  "callsScorecardsFilled",
  "callsScorecardsReceived",
  "callsAttended",
  "callsCommentsGiven",
  "callsCommentsReceived",
  "callsMarkedAsFeedbackGiven",
  "callsMarkedAsFeedbackReceived",
] as const;
export type ActivityMetric = (typeof activityMetrics)[number];

/** userId → day (YYYY-MM-DD) → metric → call ids. */
export type ActivityIndex = Map<string, Map<string, Map<ActivityMetric, Set<string>>>>;

/** Every user's activity on the days in [fromDate, toDate). */
export function activityIndex(state: SandboxState, fromDate: string, toDate: string): ActivityIndex {
  const timeZone = state.company.timeZone;
  const index: ActivityIndex = new Map();
  const record = (userId: string | undefined, at: string, metric: ActivityMetric, callId: string) => {
    if (!userId) return;
    const day = localDay(at, timeZone);
    if (day < fromDate || day >= toDate) return;
    let days = index.get(userId);
    if (!days) {
      days = new Map();
      index.set(userId, days);
    }
    let metrics = days.get(day);
    if (!metrics) {
      metrics = new Map();
      days.set(day, metrics);
    }
    let calls = metrics.get(metric);
    if (!calls) {
      calls = new Set();
      metrics.set(metric, calls);
    }
    calls.add(callId);
  };
  const received: Partial<Record<string, ActivityMetric>> = {
    gaveFeedback: "callsReceivedFeedback",
    markedAsReviewed: "callsMarkedAsFeedbackReceived",
  };
  const given: Record<string, ActivityMetric> = {
    gaveFeedback: "callsGaveFeedback",
    requestedFeedback: "callsRequestedFeedback",
    markedAsReviewed: "callsMarkedAsFeedbackGiven",
    sharedInternally: "callsSharedInternally",
    sharedExternally: "callsSharedExternally",
  };
  for (const call of state.calls) {
    const host = call.primaryUserId;
    record(host, call.started, "callsAsHost", call.id);
    for (const party of call.parties) {
      if (party.userId && party.userId !== host) record(party.userId, call.started, "callsAttended", call.id);
    }
    for (const event of call.activity ?? []) {
      if (event.kind === "listened") {
        record(
          event.userId,
          event.at,
          event.userId === host ? "ownCallsListenedTo" : "othersCallsListenedTo",
          call.id,
        );
        continue;
      }
      const metric = given[event.kind];
      if (metric) record(event.userId, event.at, metric, call.id);
      const other = received[event.kind];
      if (other) record(host, event.at, other, call.id);
    }
    for (const comment of call.comments ?? []) {
      record(comment.commenterUserId, comment.posted, "callsCommentsGiven", call.id);
      if (comment.commenterUserId !== host) record(host, comment.posted, "callsCommentsReceived", call.id);
    }
  }
  for (const answered of state.answeredScorecards) {
    record(answered.reviewerUserId, answered.reviewTime, "callsScorecardsFilled", answered.callId);
    record(answered.reviewedUserId, answered.reviewTime, "callsScorecardsReceived", answered.callId);
  }
  return index;
}

/** The call ids per metric over the given days of one user. */
export function callsPerMetric(
  days: Map<string, Map<ActivityMetric, Set<string>>> | undefined,
  from: string,
  to: string,
) {
  const result = Object.fromEntries(activityMetrics.map((metric) => [metric, new Set<string>()])) as Record<
    ActivityMetric,
    Set<string>
  >;
  for (const [day, metrics] of days ?? []) {
    if (day < from || day >= to) continue;
    for (const [metric, calls] of metrics) for (const callId of calls) result[metric].add(callId);
  }
  return result;
}

export type Period = "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";

/** Calendar periods (weeks start on Monday) covering [fromDate, toDate), clipped to it. */
export function periods(period: Period, fromDate: string, toDate: string): { from: string; to: string }[] {
  const spans: { from: string; to: string }[] = [];
  for (let start = fromDate; start < toDate; ) {
    const end = periodEnd(period, start);
    spans.push({ from: start, to: end < toDate ? end : toDate });
    start = end;
  }
  return spans;
}

function periodEnd(period: Period, day: string): string {
  const [year = 0, month = 1] = day.split("-").map(Number);
  const first = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);
  switch (period) {
    case "DAY":
      return addDays(day, 1);
    case "WEEK":
      return addDays(day, 7 - ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7));
    case "MONTH":
      return first(year, month + 1);
    case "QUARTER":
      return first(year, Math.floor((month - 1) / 3) * 3 + 4);
    case "YEAR":
      return first(year + 1, 1);
  }
}

/** The start of a day in the zone, as ISO-8601 with its offset. */
export function dayStartIso(day: string, timeZone: string): string {
  return isoInZone(startOfDay(day, timeZone), timeZone);
}
