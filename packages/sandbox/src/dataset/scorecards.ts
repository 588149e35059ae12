// Scorecards (with questions) per workspace, and the answered scorecards managers filled in after calls.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { AnsweredScorecardRecord, CallRecord, ScorecardRecord, UserRecord } from "../state.js";

interface ScorecardSeed {
  name: string;
  workspace: 1 | 2;
  /** Which calls it is used for (matched against the call's title). */
  forTitles: RegExp;
  reviewMethod: "MANUAL" | "AUTOMATIC";
  enabled: boolean;
  questions: string[];
}

const seeds: ScorecardSeed[] = [
  {
    name: "Discovery Call Scorecard",
    workspace: 1,
    forTitles: /Discovery/,
    reviewMethod: "MANUAL",
    enabled: true,
    questions: [
      "How well did the rep uncover the customer's pain?",
      "Did the rep identify the decision makers and the buying process?",
      "How well did the rep handle competitive questions?",
      "Were clear next steps agreed, with dates?",
    ],
  },
  {
    name: "Demo Excellence",
    workspace: 1,
    forTitles: /demo for/,
    reviewMethod: "MANUAL",
    enabled: true,
    questions: [
      "Was the demo tailored to the pains found in discovery?",
      "Did the team check for understanding during the demo?",
      "How well were objections handled?",
    ],
  },
  {
    name: "SDR Qualification",
    workspace: 1,
    forTitles: /^Call with/,
    reviewMethod: "AUTOMATIC",
    enabled: true,
    questions: ["Did the SDR confirm budget, authority, need and timing?", "Was a meeting booked?"],
  },
  {
    name: "Legacy Discovery (v1)",
    workspace: 1,
    forTitles: /$^/,
    reviewMethod: "MANUAL",
    enabled: false,
    questions: ["Did the rep follow the discovery script?"],
  },
  {
    name: "EMEA Discovery Scorecard",
    workspace: 2,
    forTitles: /Discovery|demo for/,
    reviewMethod: "MANUAL",
    enabled: true,
    questions: ["Did the rep qualify the opportunity?", "Was GDPR and data residency addressed?"],
  },
];

const comments = [
  "Great job letting the customer talk.",
  "Ask about the budget earlier next time.",
  "Strong close with a dated next step.",
  "Missed the chance to dig into the competitor.",
  "Good discovery questions, keep it up.",
];

export function buildScorecards(
  random: Random,
  workspaceIds: [string, string],
  updaterUserId: string,
  datasetFrom: number,
): ScorecardRecord[] {
  return seeds.map((seed, index) => {
    const created = datasetFrom - random.int(100, 500) * 86_400_000;
    return {
      id: index === 0 ? sampleIds.scorecardId : random.id(),
      name: seed.name,
      workspaceId: seed.workspace === 1 ? workspaceIds[0] : workspaceIds[1],
      enabled: seed.enabled,
      created: isoUtc(created),
      updated: isoUtc(created + random.int(10, 90) * 86_400_000),
      updaterUserId,
      reviewMethod: seed.reviewMethod,
      questions: [...seed.questions, "Overall, how would you rate this call?"].map(
        (questionText, position, all) => ({
          questionId: random.id(),
          questionRevisionId: random.id(),
          questionText,
          isOverall: position === all.length - 1,
          minRange: 1,
          maxRange: 5,
          questionType: "RANGE",
          answerGuide:
            position === all.length - 1 ? "1 = poor, 5 = excellent" : "Score from the call's recording",
        }),
      ),
    };
  });
}

export function answerScorecards(
  random: Random,
  scorecards: ScorecardRecord[],
  calls: CallRecord[],
  users: UserRecord[],
  now: number,
): AnsweredScorecardRecord[] {
  const answered: AnsweredScorecardRecord[] = [];
  const managerOf = (userId: string) => users.find((user) => user.id === userId)?.managerId;
  for (const call of calls) {
    if (call.isPrivate || !call.recording) continue;
    const scorecard = scorecards.find(
      (card, index) =>
        card.enabled && card.workspaceId === call.workspaceId && seeds[index]?.forTitles.test(call.title),
    );
    if (!scorecard) continue;
    const isSample = call.id === (sampleIds.callId as string);
    const automatic = scorecard.reviewMethod === "AUTOMATIC";
    if (!isSample && !random.chance(automatic ? 0.6 : 0.45)) continue;
    const end = Date.parse(call.started) + call.duration * 1000;
    const reviewTime = isSample
      ? Date.parse("2026-08-19T14:10:00Z")
      : end + random.int(2 * 60, 4 * 24 * 60) * 60_000;
    if (reviewTime >= now) continue;
    const reviewer = automatic ? "" : (managerOf(call.primaryUserId) ?? sampleIds.managerUserId);
    const skill = random.int(2, 5);
    answered.push({
      answeredScorecardId: random.id(),
      scorecardId: scorecard.id,
      scorecardName: scorecard.name,
      callId: call.id,
      callStartTime: call.started,
      reviewedUserId: call.primaryUserId,
      reviewerUserId: reviewer,
      reviewTime: isoUtc(reviewTime),
      visibilityType: random.chance(0.8) ? "PUBLIC" : "MANAGERS_AND_REVIEWEE",
      reviewMethod: automatic ? "AUTOMATIC" : "MANUAL",
      answers: scorecard.questions.map((question) => {
        const notApplicable = !question.isOverall && random.chance(0.06);
        const answer = {
          questionId: question.questionId,
          questionRevisionId: question.questionRevisionId,
          isOverall: question.isOverall,
          score: notApplicable ? 0 : Math.max(1, Math.min(5, skill + random.int(-1, 1))),
          notApplicable,
        };
        return !automatic && question.isOverall ? { ...answer, answerText: random.pick(comments) } : answer;
      }),
    });
  }
  return answered;
}
