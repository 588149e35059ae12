import { sampleTimeZone } from "@gongkit/client/internal/catalog/sample-clock.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { addDays, isoUtc, localDay, mondayOf } from "@gongkit/client/internal/core/calendar.js";
import { describe, expect, it } from "vitest";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox, type Sandbox } from "../app.js";
import type { CallRecord } from "../state.js";

const dayMs = 86_400_000;
const reference = createSandbox({ rateLimit: false, now: pinnedNow });
const referenceCall = reference.state.calls.find((call) => call.id === sampleIds.callId);

/** Clocks a user may start the sandbox at: today, and the calendar's awkward days in the company's zone. */
const clocks: [string, Date][] = [
  ["the real date", new Date()],
  ["a month end (Monday evening)", new Date("2026-11-30T23:30:00Z")],
  ["a leap day", new Date("2028-02-29T17:00:00Z")],
  ["the day New York leaves daylight saving", new Date("2026-11-01T15:00:00Z")],
  ["the day New York starts daylight saving", new Date("2027-03-14T15:00:00Z")],
  ["a Monday before New York's working day", new Date("2026-12-07T12:00:00Z")],
  ["a year end (Thursday)", new Date("2026-12-31T21:00:00Z")],
];

/** Record fields that say when something happened: none may lie ahead of the clock. */
const pastFields = new Set([
  "started",
  "scheduled",
  "created",
  "at",
  "posted",
  "reviewTime",
  "eventTime",
  "timestamp",
]);

function futureTimes(value: unknown, now: number, path: string, found: string[]): string[] {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) futureTimes(item, now, `${path}[${index}]`, found);
  } else if (value && typeof value === "object") {
    for (const [key, field] of Object.entries(value)) {
      if (key === "transcript" || key === "trackers") continue;
      if (pastFields.has(key) && typeof field === "string" && Date.parse(field) > now)
        found.push(`${path}.${key}`);
      else futureTimes(field, now, `${path}.${key}`, found);
    }
  }
  return found;
}

function weekdayIn(instant: string, timeZone: string): number {
  return new Date(`${localDay(instant, timeZone)}T12:00:00Z`).getUTCDay();
}

async function activityRows(sandbox: Sandbox, fromDate: string, toDate: string) {
  const reply = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
    json: { filter: { fromDate, toDate } },
  });
  expect(reply.status, JSON.stringify(reply.body.errors)).toBe(200);
  return reply.body.usersAggregateActivityStats as { userAggregateActivityStats: Record<string, number> }[];
}

const active = (rows: { userAggregateActivityStats: Record<string, number> }[]) =>
  rows.filter((row) => Object.values(row.userAggregateActivityStats).some((count) => count > 0)).length;

describe.each(clocks)("the sandbox started at %s", (_name, clock) => {
  const now = clock.getTime();
  const sandbox = createSandbox({ rateLimit: false, now: clock });
  const { calls } = sandbox.state;
  const today = localDay(now, sampleTimeZone);

  it("answers 'calls in the last 7 days' with calls, none of them still ahead", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { fromDateTime: isoUtc(now - 7 * dayMs), toDateTime: isoUtc(now) },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.records.totalRecords).toBeGreaterThanOrEqual(5);
    const ended = (call: CallRecord) => Date.parse(call.started) + call.duration * 1000 <= now;
    expect(calls.filter((call) => !ended(call)).map((call) => call.id)).toEqual([]);
    const newest = Math.max(...calls.map((call) => Date.parse(call.started)));
    expect(now - newest).toBeLessThan(4 * dayMs);
  });

  it("reaches back more than six months, calls on working days only", () => {
    const oldest = Math.min(...calls.map((call) => Date.parse(call.started)));
    expect(oldest).toBeLessThan(Date.parse(`${addDays(today, -184)}T00:00:00Z`));
    const weekend = calls.filter((call) => {
      const zone = call.workspaceId === sampleIds.companyWorkspaceId ? sampleTimeZone : "Europe/London";
      const weekday = weekdayIn(call.started, zone);
      return weekday === 0 || weekday === 6;
    });
    expect(weekend.map((call) => `${call.id} ${call.started}`)).toEqual([]);
  });

  it("has stats with numbers for the last 7 days and for this week, and today is the current day", async () => {
    expect(active(await activityRows(sandbox, addDays(today, -6), addDays(today, 1)))).toBeGreaterThan(3);
    const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
    // On a Monday the week has barely begun; from Tuesday on it has numbers.
    if (weekday !== 1)
      expect(active(await activityRows(sandbox, mondayOf(today), addDays(today, 1)))).toBeGreaterThan(0);
    const past = await sandboxRequest(sandbox, "POST", "/v2/stats/activity/aggregate", {
      json: { filter: { fromDate: addDays(today, -6), toDate: addDays(today, 2) } },
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toContain(`current day (${today})`);
  });

  it("has access logs for the last 30 days", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/logs", {
      query: { logType: "AccessLog", fromDateTime: isoUtc(now - 30 * dayMs), toDateTime: isoUtc(now) },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.records.totalRecords).toBeGreaterThan(100);
  });

  it("holds nothing that happened after now", () => {
    expect(futureTimes(sandbox.state, now, "state", [])).toEqual([]);
  });

  it("keeps the sample call's id, content and local time; only its date moves, by whole weeks", () => {
    const call = calls.find((candidate) => candidate.id === sampleIds.callId);
    if (!call || !referenceCall) throw new Error("the sample call is missing");
    const content = ({
      id,
      title,
      duration,
      parties,
      transcript,
      trackers,
      brief,
      outline,
      crm,
    }: CallRecord) => ({ id, title, duration, parties, transcript, trackers, brief, outline, crm });
    expect(content(call)).toEqual(content(referenceCall));
    const moved =
      (Date.parse(localDay(call.started, sampleTimeZone)) -
        Date.parse(localDay(referenceCall.started, sampleTimeZone))) /
      dayMs;
    expect(moved % 7).toBe(0);
    const wallClock = (instant: string) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: sampleTimeZone, timeStyle: "short" }).format(
        Date.parse(instant),
      );
    expect(wallClock(call.started)).toBe(wallClock(referenceCall.started));
  });
});

describe("the reference clock", () => {
  it("stands the dataset exactly as generated: 300 calls, the last of them on the reference Friday", () => {
    expect(reference.state.calls).toHaveLength(300);
    expect(reference.state.calls.at(-1)?.started.slice(0, 10)).toBe("2026-09-11");
  });

  it("issues a fresh request id to every response, even in a new sandbox with the same seed", async () => {
    const ids = new Set<string>();
    for (const sandbox of [reference, createSandbox({ rateLimit: false, now: pinnedNow })]) {
      for (let index = 0; index < 3; index++)
        ids.add((await sandboxRequest(sandbox, "GET", "/v2/workspaces")).body.requestId);
    }
    expect(ids.size).toBe(6);
  });
});
