// Builds the core slice of the sandbox state: Acme Sales, its people, customers, 300 calls (or another count)
// over the 28 weeks before "now" and everything that hangs off them. Deterministic for a (seed, now, calls).
import { sampleTimeZone } from "@gongkit/client/internal/catalog/sample-clock.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createRandom } from "../random.js";
import type { CallRecord, CoreState } from "../state.js";
import { addCallActivity } from "./activity.js";
import { planCalls } from "./call-plan.js";
import { materializeCall } from "./calls.js";
import {
  buildBriefs,
  buildCallOutcomes,
  buildManualAssociations,
  buildSettingsHistory,
  buildWorkspaces,
} from "./company-settings.js";
import { buildCustomers } from "./customers.js";
import { buildLibrary } from "./library.js";
import { buildLogs } from "./logs.js";
import { buildRoster, companyDomain } from "./roster.js";
import { awaitingMediaCall, sampleCallSpec } from "./sample-calls.js";
import { answerScorecards, buildScorecards } from "./scorecards.js";
import { buildTrackers, createKeywordFinder } from "./trackers.js";

export const companyTimeZone = sampleTimeZone;
const dayMs = 86_400_000;
/** How far back the calls reach: 28 weeks, so the last six months always hold calls once moved to the present. */
export const historyDays = 28 * 7;
/** The number of calls in the default dataset, the two sample calls included. */
export const defaultCallCount = 300;
/** The sample call and the call awaiting media are always among the calls. */
const sampleCallCount = 2;
/** Beyond this the transcripts (about 300 sentences a call) make the dataset slow to build and copy. */
const maxCallCount = 5000;

export function buildCoreState(seed: number, now: Date, callCount = defaultCallCount): CoreState {
  if (!Number.isInteger(callCount) || callCount < sampleCallCount || callCount > maxCallCount) {
    throw new Error(`calls must be an integer from ${sampleCallCount} to ${maxCallCount}, got ${callCount}`);
  }
  const random = createRandom(seed);
  const nowMs = now.getTime();
  const from = nowMs - historyDays * dayMs;
  const workspaceIds: [string, string] = [sampleIds.companyWorkspaceId, sampleIds.secondWorkspaceId];
  const roster = buildRoster(random, workspaceIds, from);
  const users = roster.map((user) => user.record);
  const byKey = (key: string) => roster.find((user) => user.key === key);
  const vp = byKey("vp")?.record.id ?? "";
  const rep = byKey("rep");
  const ownersMain = ["rep", "jordan", "sam"].map((key) => byKey(key)?.record.id ?? "");
  const ownersEmea = ["lukas", "emma"].map((key) => byKey(key)?.record.id ?? "");
  const accounts = buildCustomers(
    random,
    workspaceIds,
    (emea, index) =>
      (emea ? ownersEmea[index % 2] : index === 0 ? ownersMain[0] : ownersMain[index % 3]) ?? "",
    nowMs,
  );
  const globex = accounts[0];
  if (!rep || !globex) throw new Error("the dataset needs the sample rep and Globex");

  const trackers = buildTrackers(random, workspaceIds, vp, from);
  const callOutcomes = buildCallOutcomes(random);
  const sample = sampleCallSpec(roster, globex);
  const specs = planCalls({
    random,
    users: roster,
    accounts,
    mainWorkspaceId: workspaceIds[0],
    from,
    now: nowMs,
    fixed: [sample],
    count: callCount - sampleCallCount,
  });
  const context = {
    random,
    outcomes: callOutcomes,
    trackers,
    keywordsOf: createKeywordFinder(trackers),
    teamCustomers: (host: (typeof roster)[number]) => {
      const team = new Set(users.filter((user) => user.managerId === host.record.id).map((user) => user.id));
      team.add(host.record.id);
      if (host.record.managerId) team.add(host.record.managerId);
      const names = accounts
        .filter((account) => team.has(account.ownerUserId))
        .map((account) => account.name);
      return names.length
        ? names
        : accounts.filter((a) => a.workspaceId === host.record.workspaceIds[0]).map((a) => a.name);
    },
  };
  const calls: CallRecord[] = [sample, ...specs].map((spec) => materializeCall(spec, context));
  calls.push(awaitingMediaCall(random, rep, globex));
  calls.sort((a, b) => a.started.localeCompare(b.started));
  addCallActivity(random, calls, users, nowMs);

  const scorecards = buildScorecards(random, workspaceIds, byKey("manager")?.record.id ?? vp, from);
  const settingsHistory = buildSettingsHistory(random, users, from, nowMs);
  return {
    company: {
      id: "1010101010101010101",
      name: "Acme Sales",
      timeZone: companyTimeZone,
      domain: companyDomain,
    },
    workspaces: buildWorkspaces(workspaceIds),
    users,
    calls,
    trackers,
    scorecards,
    answeredScorecards: answerScorecards(random, scorecards, calls, users, nowMs),
    libraryFolders: buildLibrary(
      random,
      workspaceIds,
      calls,
      [sampleIds.managerUserId, byKey("emeaManager")?.record.id ?? vp],
      nowMs,
    ),
    logs: buildLogs(random, calls, users, settingsHistory, from, nowMs, companyTimeZone),
    settingsHistory,
    callOutcomes,
    briefs: buildBriefs(random, workspaceIds, vp, from),
    customerAccounts: accounts,
    manualCrmAssociations: buildManualAssociations(random, calls, nowMs),
  };
}
