import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { createSandbox } from "../app.js";
import type { CallRecord } from "../state.js";
import { buildCoreState } from "./core.js";
import { defaultSeed, permissionProfileIds } from "./ids.js";

const now = new Date(sampleIds.sandboxNow);
const state = createSandbox({ rateLimit: false, now: pinnedNow }).state;
const sentences = (call: CallRecord) => call.transcript.flatMap((monologue) => monologue.sentences);
const sampleCall = () => state.calls.find((call) => call.id === sampleIds.callId) as CallRecord;

describe("the seeded dataset", () => {
  it("has Acme Sales with two workspaces and at least 12 users in a manager hierarchy", () => {
    expect(state.company).toMatchObject({ name: "Acme Sales", timeZone: "America/New_York" });
    expect(state.workspaces.map((workspace) => workspace.id)).toEqual([
      sampleIds.companyWorkspaceId,
      sampleIds.secondWorkspaceId,
    ]);
    expect(state.users.length).toBeGreaterThanOrEqual(12);
    const rep = state.users.find((user) => user.id === sampleIds.repUserId);
    expect(rep).toMatchObject({ emailAddress: sampleIds.repEmail, managerId: sampleIds.managerUserId });
    expect(state.users.find((user) => user.id === sampleIds.managerUserId)?.emailAddress).toBe(
      sampleIds.managerEmail,
    );
    const ids = new Set(state.users.map((user) => user.id));
    for (const user of state.users) if (user.managerId) expect(ids.has(user.managerId)).toBe(true);
    const titles = state.users.map((user) => user.title).join(" ");
    for (const role of ["Account Executive", "Sales Development", "Manager", "Solutions Engineer"]) {
      expect(titles).toContain(role);
    }
    const profiles = new Set(state.users.map((user) => user.permissionProfileId));
    expect([...profiles].every((id) => Object.values(permissionProfileIds).includes(id as never))).toBe(true);
    expect(rep?.permissionProfileId).toBe(sampleIds.permissionProfileId);
  });

  it("has 300 calls in the 90 days before now, across both workspaces, some private", () => {
    const from = Date.parse(sampleIds.datasetFrom);
    expect(state.calls).toHaveLength(300);
    for (const call of state.calls) {
      expect(Date.parse(call.started)).toBeGreaterThanOrEqual(from);
      expect(Date.parse(call.started) + call.duration * 1000).toBeLessThan(now.getTime());
      expect(call.id).toMatch(/^\d{19}$/);
    }
    expect(new Set(state.calls.map((call) => call.id)).size).toBe(300);
    expect(new Set(state.calls.map((call) => call.workspaceId)).size).toBe(2);
    expect(state.calls.filter((call) => call.isPrivate).length).toBeGreaterThan(5);
    expect(state.calls.filter((call) => call.scope === "Internal").length).toBeGreaterThan(10);
  });

  it("has consistent transcripts: timed sentences inside the call", () => {
    const problems: string[] = [];
    for (const call of state.calls) {
      let previousEnd = -1;
      for (const monologue of call.transcript) {
        for (const sentence of monologue.sentences) {
          const ordered = sentence.start > previousEnd && sentence.end > sentence.start;
          if (!ordered || sentence.end > call.duration * 1000)
            problems.push(`${call.id}: bad timing at ${sentence.start}`);
          previousEnd = sentence.end;
        }
      }
      const voices = new Set(call.transcript.map((monologue) => monologue.speakerId)).size;
      const dialogue = call.transcript.length > 0 && !call.title.startsWith("Call with");
      if ((dialogue && voices < 2) || voices > 6) problems.push(`${call.id}: ${voices} speakers`);
    }
    expect(problems).toEqual([]);
    // Long workshops: sentences average about 14 words, and three hours include breaks and hands-on silences.
    const long = state.calls.filter((call) => call.duration >= 3600 && sentences(call).length >= 1200);
    expect(long.length).toBeGreaterThanOrEqual(3);
  });

  it("has trackers that hit exactly where their keywords are said", () => {
    for (const call of state.calls.slice(0, 60)) {
      const said = new Map(
        sentences(call).map((sentence) => [sentence.start / 1000, sentence.text.toLowerCase()]),
      );
      for (const hit of call.trackers) {
        for (const occurrence of hit.occurrences)
          expect(said.get(occurrence.startTime)).toContain(occurrence.phrase.toLowerCase());
      }
    }
    const withBrief = state.calls.filter(
      (call) => call.brief && call.keyPoints.length && call.outline.length,
    );
    expect(withBrief.length / state.calls.length).toBeGreaterThan(0.6);
  });

  it("has the catalogue's sample call with its people, CRM context, tracker, scorecard and folder", () => {
    const call = sampleCall();
    expect(call).toMatchObject({
      started: sampleIds.callStarted,
      duration: 45 * 60,
      scope: "External",
      workspaceId: sampleIds.companyWorkspaceId,
      primaryUserId: sampleIds.repUserId,
      crm: { accountId: sampleIds.crmAccountId, dealId: sampleIds.crmDealId },
    });
    const priya = call.parties.find((party) => party.emailAddress === sampleIds.customerEmail);
    expect(priya?.name).toBe("Priya Natarajan");
    expect(JSON.stringify(priya?.context)).toContain(sampleIds.crmContactId);
    expect(call.parties.some((party) => party.title?.includes("Solutions Engineer"))).toBe(true);
    expect(call.trackers.some((hit) => hit.trackerId === sampleIds.trackerId)).toBe(true);
    const answer = state.answeredScorecards.find((candidate) => candidate.callId === call.id);
    expect(answer).toMatchObject({
      scorecardId: sampleIds.scorecardId,
      reviewerUserId: sampleIds.managerUserId,
    });
    const folder = state.libraryFolders.find((candidate) => candidate.id === sampleIds.libraryFolderId);
    expect(folder?.calls.map((entry) => entry.callId)).toContain(call.id);
  });

  it("has the call awaiting its media, and the customer's email and phone in several calls", () => {
    const awaiting = state.calls.find((call) => call.id === sampleIds.callAwaitingMediaId);
    expect(awaiting?.recording).toBeUndefined();
    expect(awaiting?.clientUniqueId).toBeTruthy();
    const withEmail = state.calls.filter((call) =>
      call.parties.some((party) => party.emailAddress === sampleIds.customerEmail),
    );
    const withPhone = state.calls.filter((call) =>
      call.parties.some((party) => party.phoneNumber === sampleIds.customerPhone),
    );
    expect(withEmail.length).toBeGreaterThanOrEqual(5);
    expect(withPhone.length).toBeGreaterThanOrEqual(2);
    expect(state.customerAccounts?.length).toBeGreaterThanOrEqual(25);
  });

  it("has recent hires, and nothing involving a user before they existed", () => {
    const created = new Map(state.users.map((user) => [user.id, Date.parse(user.created)]));
    const window = Date.parse(sampleIds.datasetFrom);
    expect([...created.values()].filter((at) => at >= window).length).toBeGreaterThanOrEqual(2);
    const early: string[] = [];
    const check = (userId: string | undefined, at: string, what: string) => {
      if (userId && Date.parse(at) < (created.get(userId) ?? 0)) early.push(`${what} ${userId} at ${at}`);
    };
    for (const call of state.calls) {
      for (const party of call.parties) check(party.userId, call.started, `call ${call.id}`);
      for (const event of call.activity ?? []) check(event.userId, event.at, event.kind);
      for (const comment of call.comments ?? []) check(comment.commenterUserId, comment.posted, "comment");
    }
    for (const log of state.logs) check(log.userId, log.eventTime, log.logType);
    for (const record of state.settingsHistory) {
      for (const entry of record.entries) check(record.userId, entry.timestamp, entry.settingName);
    }
    expect(early).toEqual([]);
  });

  it("has scorecards, answers, nested library folders, logs of every type, outcomes, briefs and history", () => {
    expect(
      state.scorecards.find((card) => card.id === sampleIds.scorecardId)?.questions.length,
    ).toBeGreaterThan(2);
    expect(state.answeredScorecards.length).toBeGreaterThan(40);
    expect(state.libraryFolders.some((folder) => folder.parentFolderId)).toBe(true);
    expect(state.libraryFolders.some((folder) => folder.calls.some((entry) => entry.snippet))).toBe(true);
    const types = new Set(state.logs.map((log) => log.logType));
    expect([...types].sort()).toEqual([
      "AccessLog",
      "ExternallySharedCallAccess",
      "ExternallySharedCallPlay",
      "UserActivityLog",
      "UserCallPlay",
    ]);
    expect(state.logs.filter((log) => log.logType === "AccessLog").length).toBeGreaterThan(100);
    expect(state.callOutcomes.length).toBeGreaterThan(4);
    expect(state.briefs.length).toBeGreaterThan(2);
    expect(state.settingsHistory).toHaveLength(state.users.length);
    expect(state.manualCrmAssociations?.length).toBeGreaterThan(5);
  });

  it("is deterministic per seed and private to each sandbox", () => {
    expect(buildCoreState(defaultSeed, now)).toEqual(buildCoreState(defaultSeed, now));
    const other = buildCoreState(7, now);
    expect(other.calls.map((call) => call.id)).not.toEqual(state.calls.map((call) => call.id));
    expect(other.calls.find((call) => call.id === sampleIds.callId)).toBeDefined();
    const first = createSandbox({ rateLimit: false, now: pinnedNow });
    const second = createSandbox({ rateLimit: false, now: pinnedNow });
    expect(second.state).toEqual(first.state);
    // Uncached (a process with one sandbox): the same data, built for it alone.
    expect(createSandbox({ rateLimit: false, now: pinnedNow, cacheDataset: false }).state).toEqual(
      first.state,
    );
    const call = first.state.calls[0] as CallRecord;
    call.title = "changed";
    (call.transcript[0]?.sentences[0] ?? { text: "" }).text = "changed";
    (call.trackers[0]?.occurrences[0] ?? { startTime: 0 }).startTime = -1;
    first.state.users.pop();
    const untouched = second.state.calls[0] as CallRecord;
    expect(untouched.title).not.toBe("changed");
    expect(untouched.transcript[0]?.sentences[0]?.text).not.toBe("changed");
    expect(untouched.trackers[0]?.occurrences[0]?.startTime).not.toBe(-1);
    expect(second.state.users.length).toBe(first.state.users.length + 1);
    expect(createSandbox({ rateLimit: false, now: pinnedNow }).state.calls[0]?.title).not.toBe("changed");
  });
});
