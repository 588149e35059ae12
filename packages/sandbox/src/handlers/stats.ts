// Sandbox handlers for the stats group, computed from the calls data: interaction stats, answered
// scorecards, activity day by day / aggregated / by period, and a manager's coaching metrics.

import { addDays, isIsoDay, localDay } from "@gongkit/client/internal/core/calendar.js";
import type { HandlerContext, HandlerMap } from "../kit.js";
import { badRequest, emptyList, int64, paginate, SandboxHttpError } from "../kit.js";
import type { UserRecord } from "../state.js";
import {
  type ActivityMetric,
  activityIndex,
  activityMetrics,
  callsPerMetric,
  dayStartIso,
  type Period,
  periods,
} from "./activity-stats.js";
import { bodyOf, defined, inRange, instant, objectField, stringList, usersMatching } from "./common.js";
import { hostStats, round, type StatName } from "./interaction.js";

interface StatsWindow {
  fromDate: string;
  toDate: string;
  users: UserRecord[];
  cursor: string | undefined;
}

/** Reads `filter.fromDate/toDate` (company days, toDate exclusive and not after today) and the user filter. */
function statsWindow(context: HandlerContext): StatsWindow {
  const body = bodyOf(context);
  const filter = objectField(body.filter);
  const fromDate = String(filter.fromDate);
  const toDate = String(filter.toDate);
  const today = localDay(context.now.getTime(), context.state.company.timeZone);
  if (toDate <= fromDate) badRequest("toDate must be after fromDate");
  // toDate is exclusive: the range may include the current day but not go past it.
  if (toDate > addDays(today, 1)) {
    badRequest(
      `toDate must not be after ${addDays(today, 1)}: the range cannot go past the current day (${today})`,
    );
  }
  const users = usersMatching(context.state, filter);
  return { fromDate, toDate, users, cursor: typeof body.cursor === "string" ? body.cursor : undefined };
}

function counts(calls: Record<ActivityMetric, Set<string>>) {
  return Object.fromEntries(activityMetrics.map((metric) => [metric, calls[metric].size]));
}

function activeUsers(context: HandlerContext, window: StatsWindow) {
  const index = activityIndex(context.state, window.fromDate, window.toDate);
  return { index, users: window.users.filter((user) => index.get(user.id)?.size) };
}

const interactionStatNames: StatName[] = [
  "Longest Monologue",
  "Longest Customer Story",
  "Interactivity",
  "Patience",
  "Question Rate",
];

export const statsHandlers: HandlerMap = {
  listInteractionStats: (context) => {
    const window = statsWindow(context);
    const timeZone = context.state.company.timeZone;
    const rows = window.users.flatMap((user) => {
      const stats = context.state.calls
        .filter((call) => call.primaryUserId === user.id && call.scope === "External")
        .filter((call) => {
          const day = localDay(call.started, timeZone);
          return day >= window.fromDate && day < window.toDate;
        })
        .flatMap((call) => hostStats(call) ?? []);
      if (stats.length === 0) return [];
      const average = (name: StatName) =>
        round(stats.reduce((sum, stat) => sum + stat[name], 0) / stats.length, 2);
      return [
        {
          userId: user.id,
          userEmailAddress: user.emailAddress,
          personInteractionStats: interactionStatNames.map((name) => ({ name, value: average(name) })),
        },
      ];
    });
    if (rows.length === 0) emptyList("No interaction stats found for the specified period");
    const page = paginate(rows, context, window.cursor);
    return {
      body: {
        records: page.records,
        peopleInteractionStats: page.items,
        fromDateTime: dayStartIso(window.fromDate, timeZone),
        toDateTime: dayStartIso(window.toDate, timeZone),
        timeZone,
      },
    };
  },

  listMultipleUsersDayByDayActivity: (context) => {
    const window = statsWindow(context);
    const timeZone = context.state.company.timeZone;
    const { index, users } = activeUsers(context, window);
    const page = paginate(users, context, window.cursor);
    const days: string[] = [];
    for (let day = window.fromDate; day < window.toDate; day = addDays(day, 1)) days.push(day);
    return {
      body: {
        records: page.records,
        usersDetailedActivities: page.items.map((user) => ({
          userId: user.id,
          userEmailAddress: user.emailAddress,
          userDailyActivityStats: days.map((day) => {
            const calls = callsPerMetric(index.get(user.id), day, addDays(day, 1));
            return {
              ...Object.fromEntries(activityMetrics.map((metric) => [metric, [...calls[metric]]])),
              fromDate: dayStartIso(day, timeZone),
              toDate: dayStartIso(addDays(day, 1), timeZone),
            };
          }),
        })),
      },
    };
  },

  listMultipleUsersAggregateActivity: (context) => {
    const window = statsWindow(context);
    const timeZone = context.state.company.timeZone;
    const { index, users } = activeUsers(context, window);
    const page = paginate(users, context, window.cursor);
    return {
      body: {
        records: page.records,
        usersAggregateActivityStats: page.items.map((user) => ({
          userId: user.id,
          userEmailAddress: user.emailAddress,
          userAggregateActivityStats: counts(
            callsPerMetric(index.get(user.id), window.fromDate, window.toDate),
          ),
        })),
        fromDateTime: dayStartIso(window.fromDate, timeZone),
        toDateTime: dayStartIso(window.toDate, timeZone),
        timeZone,
      },
    };
  },

  listMultipleUsersAggregateByPeriod: (context) => {
    const window = statsWindow(context);
    const timeZone = context.state.company.timeZone;
    const spans = periods(bodyOf(context).aggregationPeriod as Period, window.fromDate, window.toDate);
    const { index, users } = activeUsers(context, window);
    const page = paginate(users, context, window.cursor);
    return {
      body: {
        records: page.records,
        usersAggregateActivity: page.items.map((user) => ({
          userId: user.id,
          userEmailAddress: user.emailAddress,
          userAggregateActivity: spans.map((span) => ({
            ...counts(callsPerMetric(index.get(user.id), span.from, span.to)),
            fromDate: dayStartIso(span.from, timeZone),
            toDate: dayStartIso(span.to, timeZone),
          })),
        })),
      },
    };
  },

  listAnsweredScorecards: (context) => {
    const body = bodyOf(context);
    const filter = objectField(body.filter);
    const timeZone = context.state.company.timeZone;
    const day = (name: string) => {
      const value = filter[name];
      if (value === undefined) return undefined;
      if (typeof value !== "string" || !isIsoDay(value))
        badRequest(`${name} must be a date in the format YYYY-MM-DD`);
      return value;
    };
    const within = (iso: string, from: string | undefined, to: string | undefined) => {
      const local = localDay(iso, timeZone);
      return (!from || local >= from) && (!to || local < to);
    };
    const [callFrom, callTo, reviewFrom, reviewTo] = [
      "callFromDate",
      "callToDate",
      "reviewFromDate",
      "reviewToDate",
    ].map(day);
    const method = (filter.reviewMethod as string | undefined) ?? "MANUAL";
    const reviewed = stringList(filter.reviewedUserIds);
    const scorecardIds = stringList(filter.scorecardIds);
    const answered = context.state.answeredScorecards
      .filter(
        (answer) =>
          within(answer.callStartTime, callFrom, callTo) &&
          within(answer.reviewTime, reviewFrom, reviewTo) &&
          (method === "BOTH" || (answer.reviewMethod ?? "MANUAL") === method) &&
          (!reviewed || reviewed.includes(answer.reviewedUserId)) &&
          (!scorecardIds || scorecardIds.includes(answer.scorecardId)),
      )
      .sort((a, b) => a.reviewTime.localeCompare(b.reviewTime));
    const page = paginate(answered, context, typeof body.cursor === "string" ? body.cursor : undefined);
    return {
      body: {
        records: page.records,
        answeredScorecards: page.items.map((answer) =>
          defined({
            answeredScorecardId: int64(answer.answeredScorecardId),
            scorecardId: int64(answer.scorecardId),
            scorecardName: answer.scorecardName,
            callId: int64(answer.callId),
            callStartTime: answer.callStartTime,
            reviewedUserId: int64(answer.reviewedUserId),
            reviewerUserId: answer.reviewerUserId ? int64(answer.reviewerUserId) : undefined,
            reviewMethod: answer.reviewMethod ?? "MANUAL",
            editorUserId: answer.editorUserId ? int64(answer.editorUserId) : undefined,
            reviewTime: answer.reviewTime,
            visibilityType: answer.visibilityType,
            answers: answer.answers.map((item) =>
              defined({
                questionId: int64(item.questionId),
                questionRevisionId: int64(item.questionRevisionId),
                isOverall: item.isOverall,
                score: item.notApplicable ? undefined : item.score,
                answerText: item.answerText,
                notApplicable: item.notApplicable,
              }),
            ),
          }),
        ),
      },
    };
  },

  listUsers_1: ({ state, query }) => {
    const workspaceId = query.get("workspace-id") ?? "";
    const managerId = query.get("manager-id") ?? "";
    const range = {
      from: instant(query.get("from") ?? "", "from"),
      to: instant(query.get("to") ?? "", "to"),
    };
    if (range.to <= range.from) badRequest("to must be after from");
    if (!state.workspaces.some((workspace) => workspace.id === workspaceId)) {
      throw new SandboxHttpError(404, [`No workspace found with id ${workspaceId}`]);
    }
    const manager = state.users.find((user) => user.id === managerId);
    if (!manager) throw new SandboxHttpError(404, [`No user found with id ${managerId}`]);
    const person = (user: UserRecord) => ({
      id: user.id,
      emailAddress: user.emailAddress,
      firstName: user.firstName,
      lastName: user.lastName,
      title: user.title,
    });
    const reports = state.users.filter(
      (user) => user.managerId === manager.id && user.workspaceIds.includes(workspaceId),
    );
    return {
      body: {
        coachingData: [
          {
            manager: person(manager),
            directReportsMetrics: reports.map((report) => ({
              report: person(report),
              metrics: coachingMetrics(report, manager),
            })),
          },
        ],
      },
    };

    function coachingMetrics(report: UserRecord, coach: UserRecord): Record<string, string[]> {
      const calls = state.calls.filter(
        (call) => call.primaryUserId === report.id && call.workspaceId === workspaceId,
      );
      const by = (test: (call: (typeof calls)[number]) => boolean) =>
        calls.filter(test).map((call) => call.id);
      const did = (kind: string) => (call: (typeof calls)[number]) =>
        (call.activity ?? []).some(
          (event) => event.userId === coach.id && event.kind === kind && inRange(event.at, range),
        );
      return {
        callsListenedTo: by(did("listened")),
        callsWithFeedback: by(did("gaveFeedback")),
        callsMarkedAsReviewed: by(did("markedAsReviewed")),
        callsCommented: by((call) =>
          (call.comments ?? []).some(
            (comment) => comment.commenterUserId === coach.id && inRange(comment.posted, range),
          ),
        ),
        callsAttended: by(
          (call) => inRange(call.started, range) && call.parties.some((party) => party.userId === coach.id),
        ),
        callsScored: state.answeredScorecards
          .filter((answer) => answer.reviewedUserId === report.id && answer.reviewerUserId === coach.id)
          .filter((answer) => inRange(answer.reviewTime, range))
          .map((answer) => answer.callId),
      };
    }
  },
};
