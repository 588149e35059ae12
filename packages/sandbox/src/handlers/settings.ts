// Sandbox handlers for the settings group: workspaces, trackers, scorecards, AI briefs, call outcomes and
// audit logs. Scorecard ids are int64 in the spec and go out as bare JSON numbers.
import type { HandlerMap } from "../kit.js";
import { emptyList, int64, paginate } from "../kit.js";
import { dateTimeRange, defined, inRange } from "./common.js";

export const settingsHandlers: HandlerMap = {
  listWorkspaces: ({ state }) => ({ body: { workspaces: state.workspaces } }),

  listTrackers: ({ state, query }) => {
    const workspaceId = query.get("workspaceId");
    const trackers = state.trackers.filter((tracker) => !workspaceId || tracker.workspaceId === workspaceId);
    return {
      body: {
        keywordTrackers: trackers.map((tracker) =>
          defined({
            trackerId: tracker.id,
            trackerName: tracker.name,
            workspaceId: tracker.workspaceId,
            languageKeywords: [{ language: "eng", keywords: tracker.keywords, includeRelatedForms: true }],
            affiliation: tracker.affiliation ?? "Anyone",
            partOfQuestion: false,
            saidAt: "Anytime",
            saidInTopics: [],
            created: tracker.created,
            creatorUserId: tracker.creatorUserId,
            updated: tracker.updated,
            updaterUserId: tracker.updaterUserId,
          }),
        ),
      },
    };
  },

  listScorecards: ({ state }) => ({
    body: {
      scorecards: state.scorecards.map((scorecard) =>
        defined({
          scorecardId: int64(scorecard.id),
          scorecardName: scorecard.name,
          workspaceId: int64(scorecard.workspaceId),
          enabled: scorecard.enabled,
          updaterUserId: int64(scorecard.updaterUserId),
          created: scorecard.created,
          updated: scorecard.updated,
          reviewMethod: scorecard.reviewMethod,
          questions: scorecard.questions.map((question) =>
            defined({
              questionId: int64(question.questionId),
              questionRevisionId: int64(question.questionRevisionId),
              questionText: question.questionText,
              isOverall: question.isOverall,
              questionType: question.questionType,
              answerGuide: question.answerGuide,
              minRange: question.minRange,
              maxRange: question.maxRange,
            }),
          ),
        }),
      ),
    },
  }),

  listBriefs: ({ state, query }) => {
    const workspaceId = query.get("workspaceId");
    const briefs = state.briefs.filter((brief) => !workspaceId || brief.workspaceId === workspaceId);
    const name = (userId: string | undefined) => {
      const user = state.users.find((candidate) => candidate.id === userId);
      return user && `${user.firstName} ${user.lastName}`;
    };
    return {
      body: {
        briefs: briefs.map((brief) =>
          defined({
            briefId: brief.briefId,
            briefName: brief.briefName,
            workspaceId: brief.workspaceId,
            description: brief.description,
            status: brief.status,
            creator: name(brief.creatorUserId),
            creatorUserId: brief.creatorUserId,
            created: brief.created,
            updated: brief.updated,
          }),
        ),
      },
    };
  },

  listCallOutcomes: ({ state }) => ({
    body: {
      outcomes: state.callOutcomes.map((outcome) =>
        defined({
          callOutcome: outcome.name,
          displayOrder: outcome.displayOrder,
          connectStatus: outcome.connectStatus,
          sentiment: outcome.sentiment,
          todoAction: outcome.todoAction,
          automation: outcome.automation,
          category: outcome.category,
        }),
      ),
    },
  }),

  listLogs: (context) => {
    const { state, query } = context;
    const range = dateTimeRange(query.get("fromDateTime"), query.get("toDateTime") ?? undefined, [
      "fromDateTime",
      "toDateTime",
    ]);
    const logType = query.get("logType");
    const logs = state.logs.filter((log) => log.logType === logType && inRange(log.eventTime, range));
    if (logs.length === 0) emptyList(`No ${logType} log entries found for the specified period`);
    const page = paginate(logs, context, query.get("cursor") ?? undefined);
    const users = new Map(state.users.map((user) => [user.id, user]));
    return {
      body: {
        records: page.records,
        logEntries: page.items.map((log) => {
          const impersonator = log.impersonatorUserId ? users.get(log.impersonatorUserId) : undefined;
          return defined({
            userId: log.userId,
            userEmailAddress: log.userEmailAddress,
            userFullName: log.userFullName,
            impersonatorUserId: log.impersonatorUserId,
            impersonatorEmailAddress: impersonator?.emailAddress,
            impersonatorFullName: impersonator && `${impersonator.firstName} ${impersonator.lastName}`,
            impersonatorCompanyId: impersonator && state.company.id,
            eventTime: log.eventTime,
            logRecord: log.logRecord,
          });
        }),
      },
    };
  },
};
