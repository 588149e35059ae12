import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { localDay } from "@gongkit/client/internal/core/calendar.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox } from "../app.js";

const august = { fromDate: "2026-08-01", toDate: "2026-08-31" };

describe("stats handlers", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
  const { state } = sandbox;

  it("computes interaction stats from the hosts' calls; 404 when no one has calls", async () => {
    const reply = await sandboxRequest(sandbox, "POST", "/v2/stats/interaction", {
      json: { filter: august },
    });
    expect(validateResponse("POST", "/v2/stats/interaction", 200, reply.body)).toEqual([]);
    expect(reply.body).toMatchObject({
      timeZone: "America/New_York",
      fromDateTime: "2026-08-01T00:00:00-04:00",
    });
    const rep = reply.body.peopleInteractionStats.find(
      (row: { userId: string }) => row.userId === sampleIds.repUserId,
    );
    expect(rep.personInteractionStats.map((stat: { name: string }) => stat.name)).toEqual([
      "Longest Monologue",
      "Longest Customer Story",
      "Interactivity",
      "Patience",
      "Question Rate",
    ]);
    expect(rep.personInteractionStats[0].value).toBeGreaterThan(0);
    const none = await sandboxRequest(sandbox, "POST", "/v2/stats/interaction", {
      json: { filter: { ...august, userIds: [sampleIds.managerUserId] } },
    });
    expect(none.status).toBe(404);
  });

  it("checks stats dates: YYYY-MM-DD, toDate after fromDate and not after today", async () => {
    const after = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: { fromDate: "2026-08-01", toDate: "2026-09-14" } },
    });
    expect(after.status).toBe(400);
    expect(after.body.errors[0]).toMatch(/current day \(2026-09-12\)/);
    const throughToday = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: { fromDate: "2026-08-01", toDate: "2026-09-13" } },
    });
    expect(throughToday.status).toBe(200);
    const reversed = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: { fromDate: "2026-08-10", toDate: "2026-08-01" } },
    });
    expect(reversed.status).toBe(400);
    const format = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: { fromDate: "08/01/2026", toDate: "2026-08-10" } },
    });
    expect(format.status).toBe(400);
  });

  it("aggregates activity counted from the calls", async () => {
    const reply = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: august },
    });
    expect(validateResponse("POST", "/v2/stats/activity/aggregate", 200, reply.body)).toEqual([]);
    const rep = reply.body.usersAggregateActivityStats.find(
      (row: { userId: string }) => row.userId === sampleIds.repUserId,
    );
    const hosted = state.calls.filter((call) => {
      const day = localDay(call.started, "America/New_York");
      return call.primaryUserId === sampleIds.repUserId && day >= august.fromDate && day < august.toDate;
    });
    expect(rep.userAggregateActivityStats.callsAsHost).toBe(hosted.length);
    const manager = reply.body.usersAggregateActivityStats.find(
      (row: { userId: string }) => row.userId === sampleIds.managerUserId,
    );
    expect(manager.userAggregateActivityStats.othersCallsListenedTo).toBeGreaterThan(0);
  });

  it("lists activity day by day and by period", async () => {
    const week = { fromDate: "2026-08-17", toDate: "2026-08-24" };
    const daily = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/day-by-day", {
      json: { filter: { ...week, userIds: [sampleIds.repUserId] } },
    });
    expect(validateResponse("POST", "/v2/stats/activity/day-by-day", 200, daily.body)).toEqual([]);
    const days = daily.body.usersDetailedActivities[0].userDailyActivityStats;
    expect(days).toHaveLength(7);
    expect(days[1]).toMatchObject({
      fromDate: "2026-08-18T00:00:00-04:00",
      toDate: "2026-08-19T00:00:00-04:00",
    });
    expect(days[1].callsAsHost).toContain(sampleIds.callId);
    const weekly = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate-by-period", {
      json: { filter: { fromDate: "2026-08-05", toDate: "2026-08-31" }, aggregationPeriod: "WEEK" },
    });
    expect(validateResponse("POST", "/v2/stats/activity/aggregate-by-period", 200, weekly.body)).toEqual([]);
    const periods = weekly.body.usersAggregateActivity[0].userAggregateActivity;
    expect(periods.map((period: { fromDate: string }) => period.fromDate.slice(0, 10))).toEqual([
      "2026-08-05",
      "2026-08-10",
      "2026-08-17",
      "2026-08-24",
    ]);
    const monthly = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate-by-period", {
      json: { filter: { fromDate: "2026-06-15", toDate: "2026-08-31" }, aggregationPeriod: "MONTH" },
    });
    expect(monthly.body.usersAggregateActivity[0].userAggregateActivity).toHaveLength(3);
  });

  it("lists answered scorecards with int64 fields as bare JSON numbers", async () => {
    const reply = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/scorecards", {
      json: { filter: { scorecardIds: [sampleIds.scorecardId] } },
    });
    expect(validateResponse("POST", "/v2/stats/activity/scorecards", 200, reply.body)).toEqual([]);
    expect(reply.text).toContain(`"callId":${sampleIds.callId}`);
    expect(reply.text).toContain(`"scorecardId":${sampleIds.scorecardId}`);
    expect(reply.text).toContain(`"reviewerUserId":${sampleIds.managerUserId}`);
    expect(reply.text).not.toMatch(/"(callId|scorecardId|reviewedUserId|answeredScorecardId|questionId)":"/);
    const automatic = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/scorecards", {
      json: { filter: { reviewMethod: "AUTOMATIC" } },
    });
    expect(automatic.body.answeredScorecards.length).toBeGreaterThan(0);
    expect(automatic.text).not.toContain("reviewerUserId");
    const both = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/scorecards", {
      json: { filter: { reviewMethod: "BOTH" } },
    });
    expect(both.body.records.totalRecords).toBe(state.answeredScorecards.length);
    const byCallDate = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/scorecards", {
      json: { filter: { reviewMethod: "BOTH", callFromDate: "2026-08-18", callToDate: "2026-08-19" } },
    });
    expect(
      byCallDate.body.answeredScorecards.every((answer: { callStartTime: string }) =>
        answer.callStartTime.startsWith("2026-08-18"),
      ),
    ).toBe(true);
    const bad = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/scorecards", {
      json: { filter: { callFromDate: "yesterday" } },
    });
    expect(bad.status).toBe(400);
  });

  it("lists a manager's coaching metrics for their direct reports", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/coaching", {
      query: {
        "workspace-id": sampleIds.companyWorkspaceId,
        "manager-id": sampleIds.managerUserId,
        from: sampleIds.datasetFrom,
        to: sampleIds.sandboxNow,
      },
    });
    expect(validateResponse("GET", "/v2/coaching", 200, reply.body)).toEqual([]);
    const data = reply.body.coachingData[0];
    expect(data.manager.id).toBe(sampleIds.managerUserId);
    const rep = data.directReportsMetrics.find(
      (row: { report: { id: string } }) => row.report.id === sampleIds.repUserId,
    );
    expect(rep.metrics.callsScored).toContain(sampleIds.callId);
    const unknown = await sandboxRequest(sandbox, "GET", "/v2/coaching", {
      query: {
        "workspace-id": sampleIds.companyWorkspaceId,
        "manager-id": "42",
        from: sampleIds.datasetFrom,
        to: sampleIds.sandboxNow,
      },
    });
    expect(unknown.status).toBe(404);
    const badId = await sandboxRequest(sandbox, "GET", "/v2/coaching", {
      query: {
        "workspace-id": "abc",
        "manager-id": "42",
        from: sampleIds.datasetFrom,
        to: sampleIds.sandboxNow,
      },
    });
    expect(badId.status).toBe(400);
  });
});
