// The /v2/stats endpoints agree with the records they count, over every user and call of the dataset: what
// each user hosted, attended, commented on and scored in a range is counted straight from the calls and the
// answered scorecards and compared with the aggregate, day-by-day, by-period and interaction views.

import { addDays, localDay } from "@gongkit/client/internal/core/calendar.js";
import { describe, expect, it } from "vitest";
import { datasetClocks, sandboxAt } from "../../../../test/support/dataset-clocks.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import type { Sandbox } from "../app.js";
import type { CallRecord } from "../state.js";

type Range = { fromDate: string; toDate: string };
type Counted = Record<string, Record<string, number>>;

async function post(sandbox: Sandbox, path: string, json: unknown) {
  const reply = await sandboxRequest(sandbox, "POST", path, { json });
  expect(reply.status, `${path}: ${JSON.stringify(reply.body?.errors)}`).toBe(200);
  return reply;
}

describe.each(datasetClocks)("the stats at %s", (_name, clock) => {
  const sandbox = sandboxAt(clock);
  const { state } = sandbox;
  const zone = state.company.timeZone;
  const dayOf = (iso: string) => localDay(iso, zone);
  const today = localDay(clock.getTime(), zone);
  const first = state.calls.map((call) => dayOf(call.started)).sort()[0] ?? today;
  const ranges: [string, Range][] = [
    ["the whole dataset", { fromDate: first, toDate: addDays(today, 1) }],
    ["the last 7 days", { fromDate: addDays(today, -6), toDate: addDays(today, 1) }],
    ["a middle fortnight", { fromDate: addDays(today, -45), toDate: addDays(today, -31) }],
  ];

  /** userId → metric → distinct calls, counted from the records for the days of `range`. */
  function countDirectly(range: Range): Counted {
    const sets = new Map<string, Map<string, Set<string>>>();
    const add = (userId: string, metric: string, at: string, callId: string) => {
      const day = dayOf(at);
      if (!userId || day < range.fromDate || day >= range.toDate) return;
      const metrics = sets.get(userId) ?? new Map<string, Set<string>>();
      sets.set(userId, metrics);
      metrics.set(metric, (metrics.get(metric) ?? new Set()).add(callId));
    };
    for (const call of state.calls) {
      add(call.primaryUserId, "callsAsHost", call.started, call.id);
      for (const party of call.parties)
        if (party.userId && party.userId !== call.primaryUserId)
          add(party.userId, "callsAttended", call.started, call.id);
      for (const comment of call.comments ?? [])
        add(comment.commenterUserId, "callsCommentsGiven", comment.posted, call.id);
      for (const event of call.activity ?? [])
        if (event.kind === "sharedExternally") add(event.userId, "callsSharedExternally", event.at, call.id);
    }
    for (const answered of state.answeredScorecards) {
      add(answered.reviewerUserId, "callsScorecardsFilled", answered.reviewTime, answered.callId);
      add(answered.reviewedUserId, "callsScorecardsReceived", answered.reviewTime, answered.callId);
    }
    return Object.fromEntries(
      [...sets].map(([userId, metrics]) => [
        userId,
        Object.fromEntries([...metrics].map(([m, calls]) => [m, calls.size])),
      ]),
    );
  }

  /** The metrics `countDirectly` counts, as a stats row has them (a user without any has zeros). */
  const metrics = [
    "callsAsHost",
    "callsAttended",
    "callsCommentsGiven",
    "callsSharedExternally",
    "callsScorecardsFilled",
    "callsScorecardsReceived",
  ];
  /** Calls count on the day they started: summed over periods, these add up to the whole range's count. */
  const onCallDays = ["callsAsHost", "callsAttended"];
  const compare = (view: string, expected: Counted, actual: Counted, compared = metrics) =>
    [...new Set([...Object.keys(expected), ...Object.keys(actual)])].flatMap((userId) =>
      compared
        .filter((metric) => (expected[userId]?.[metric] ?? 0) !== (actual[userId]?.[metric] ?? 0))
        .map(
          (metric) =>
            `${view}: user ${userId} ${metric} is ${actual[userId]?.[metric] ?? 0}, the records count ${expected[userId]?.[metric] ?? 0}`,
        ),
    );

  it.each(ranges)(
    "counts each user's calls in %s as the records do, in every activity view",
    async (_range, range) => {
      const expected = countDirectly(range);
      const filter = { filter: range };
      const aggregate = await post(sandbox, "/v2/stats/activity/aggregate", filter);
      const aggregated: Counted = Object.fromEntries(
        aggregate.body.usersAggregateActivityStats.map(
          (row: { userId: string; userAggregateActivityStats: Record<string, number> }) => [
            row.userId,
            row.userAggregateActivityStats,
          ],
        ),
      );
      const byPeriod = await post(sandbox, "/v2/stats/activity/aggregate-by-period", {
        ...filter,
        aggregationPeriod: "WEEK",
      });
      const summed: Counted = {};
      for (const row of byPeriod.body.usersAggregateActivity as {
        userId: string;
        userAggregateActivity: Record<string, number>[];
      }[]) {
        const sums: Record<string, number> = {};
        for (const week of row.userAggregateActivity)
          for (const metric of onCallDays) sums[metric] = (sums[metric] ?? 0) + (week[metric] ?? 0);
        summed[row.userId] = sums;
      }
      const daily = await post(sandbox, "/v2/stats/activity/day-by-day", filter);
      const calls = new Map(state.calls.map((call) => [call.id, call]));
      const hostedDays: string[] = [];
      const counted: Counted = {};
      for (const row of daily.body.usersDetailedActivities as {
        userId: string;
        userDailyActivityStats: Record<string, unknown>[];
      }[]) {
        // A call commented on (or scored, shared) on two days is on both days' lists: the union is what counts.
        const ids = new Map(metrics.map((metric) => [metric, new Set<string>()]));
        for (const day of row.userDailyActivityStats) {
          for (const metric of metrics) for (const id of day[metric] as string[]) ids.get(metric)?.add(id);
          for (const id of day.callsAsHost as string[]) {
            const call = calls.get(id) as CallRecord | undefined;
            if (
              call?.primaryUserId !== row.userId ||
              dayOf(call.started) !== String(day.fromDate).slice(0, 10)
            )
              hostedDays.push(
                `day-by-day: user ${row.userId} hosted call ${id} on ${String(day.fromDate).slice(0, 10)}`,
              );
          }
        }
        counted[row.userId] = Object.fromEntries([...ids].map(([metric, set]) => [metric, set.size]));
      }
      const violations = [
        ...compare("aggregate", expected, aggregated),
        ...compare("weekly periods summed", expected, summed, onCallDays),
        ...compare("day by day, calls of all days", expected, counted),
        ...hostedDays,
      ];
      expect(violations, "activity stats against the records").toEqual([]);
    },
  );

  it.each(ranges)(
    "lists interaction stats for exactly the hosts of external calls in %s",
    async (_range, range) => {
      const hosts = new Set(
        state.calls
          .filter((call) => call.scope === "External" && call.transcript.length > 0)
          .filter((call) => call.parties.find((party) => party.userId === call.primaryUserId)?.speakerId)
          .filter((call) => dayOf(call.started) >= range.fromDate && dayOf(call.started) < range.toDate)
          .map((call) => call.primaryUserId),
      );
      const reply = await sandboxRequest(sandbox, "POST", "/v2/stats/interaction", {
        json: { filter: range },
      });
      const listed = new Set<string>(
        reply.status === 200
          ? reply.body.peopleInteractionStats.map((row: { userId: string }) => row.userId)
          : [],
      );
      const violations = [
        ...[...hosts].filter((id) => !listed.has(id)).map((id) => `interaction stats leave out host ${id}`),
        ...[...listed]
          .filter((id) => !hosts.has(id))
          .map((id) => `interaction stats list ${id}, who hosted no external call`),
      ];
      expect(violations, "interaction stats against the calls").toEqual([]);
    },
  );

  it("lists every answered scorecard in its review range, each once", async () => {
    const range = ranges[0]?.[1] as Range;
    const expected = state.answeredScorecards
      .filter(
        (answered) =>
          dayOf(answered.reviewTime) >= range.fromDate && dayOf(answered.reviewTime) < range.toDate,
      )
      .map((answered) => answered.answeredScorecardId)
      .sort();
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const reply = await post(sandbox, "/v2/stats/activity/scorecards", {
        filter: { reviewFromDate: range.fromDate, reviewToDate: range.toDate, reviewMethod: "BOTH" },
        ...(cursor ? { cursor } : {}),
      });
      // Ids are bare int64 numbers, read from the text so none loses digits.
      listed.push(...[...reply.text.matchAll(/"answeredScorecardId":(\d+)/g)].map((match) => match[1] ?? ""));
      cursor = reply.body.records.cursor;
    } while (cursor);
    expect(listed.sort(), "answered scorecards listed").toEqual(expected);
  });
});
