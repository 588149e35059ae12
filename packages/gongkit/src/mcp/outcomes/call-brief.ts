// gong_call_brief: one call in one Gong request — who was there, who talked how much, which trackers fired,
// and Gong's own brief, key points, next steps and outcome when Gong has them (null when it does not).

import { callDetailsInput } from "@gongkit/client/internal/client/call-details.js";
import { z } from "zod";
import { accountsOf, type CallDetails, companyOf } from "../call-parties.js";
import { isPrivateDetails, privateRefusal } from "../private-calls.js";
import {
  errorText,
  type McpTool,
  parseToolArgs,
  readOnlyAnnotations,
  requestSummary,
  resultFits,
  structuredResult,
  type ToolContext,
  trackRequests,
} from "../tool-kit.js";
import { callDetailsAction, gongFailed, minutesOf } from "./call-data.js";

const argsSchema = z.strictObject({
  callId: z
    .string('must be a string of digits (Gong ids exceed JSON\'s safe integers), e.g. "7782342274025937895"')
    .regex(/^\d{1,20}$/, 'must be a Gong call id: up to 20 digits, e.g. "7782342274025937895"'),
});

const percent = (part: number, total: number) => Math.round((1000 * part) / total) / 10;

/** Seconds into the call as m:ss or h:mm:ss. */
function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Talk seconds per party id, and the company / customer split in percent; null without speaker data. */
function talk(call: CallDetails) {
  const seconds = new Map<string, number>();
  let company = 0;
  let total = 0;
  for (const speaker of call.interaction?.speakers ?? []) {
    const time = speaker.talkTime ?? 0;
    if (!speaker.id || time <= 0) continue;
    const party = call.parties?.find((candidate) => candidate.id === speaker.id);
    seconds.set(speaker.id, time);
    total += time;
    if (party ? party.affiliation === "Internal" : Boolean(speaker.userId)) company += time;
  }
  const ratio = total
    ? { companyPercent: percent(company, total), customerPercent: percent(total - company, total) }
    : null;
  return { seconds, total, ratio };
}

function partiesOf(call: CallDetails, spoken: ReturnType<typeof talk>) {
  const accounts = accountsOf(call);
  return (call.parties ?? []).map((party) => {
    const time = party.id ? spoken.seconds.get(party.id) : undefined;
    const company = companyOf(party, accounts);
    return {
      name: party.name || party.emailAddress || party.phoneNumber || "Unknown",
      ...(party.title ? { title: party.title } : {}),
      ...(company ? { company } : {}),
      ...(party.emailAddress ? { email: party.emailAddress } : {}),
      affiliation: party.affiliation ?? "Unknown",
      ...(party.userId && party.userId === call.metaData?.primaryUserId ? { host: true } : {}),
      talkPercent: time && spoken.total ? percent(time, spoken.total) : null,
    };
  });
}

function trackersOf(call: CallDetails) {
  return (call.content?.trackers ?? [])
    .filter((tracker) => (tracker.count ?? 0) > 0)
    .map((tracker) => {
      const times = (tracker.occurrences ?? []).flatMap((hit) =>
        hit.startTime == null ? [] : [hit.startTime],
      );
      return {
        name: tracker.name ?? tracker.id ?? "",
        count: tracker.count ?? 0,
        firstSaidAt: times.length ? clock(Math.min(...times)) : null,
      };
    })
    .sort((a, b) => b.count - a.count);
}

/** What Gong's AI wrote about the call; null for each part Gong did not give. */
function summaryOf(call: CallDetails) {
  const content = call.content;
  const texts = (items: { text?: string | null | undefined }[] | null | undefined) => {
    const list = (items ?? []).flatMap((item) => (item.text ? [item.text] : []));
    return list.length ? list : null;
  };
  const nextSteps = content?.highlights?.find((section) =>
    /next step|action item/i.test(section.title ?? ""),
  );
  const outcome = content?.callOutcome;
  return {
    brief: content?.brief || null,
    keyPoints: texts(content?.keyPoints),
    nextSteps: texts(nextSteps?.items),
    outcome: outcome?.name ? { name: outcome.name, category: outcome.category ?? null } : null,
    outline: content?.outline?.length
      ? content.outline.map((section) => ({
          section: section.section ?? "",
          items: (section.items ?? []).flatMap((item) => (item.text ? [item.text] : [])),
        }))
      : null,
  };
}

function briefOf(call: CallDetails) {
  const meta = call.metaData;
  const spoken = talk(call);
  const stats = call.interaction?.interactionStats ?? [];
  const questions = call.interaction?.questions;
  return {
    call: {
      id: meta?.id ?? "",
      title: meta?.title ?? "",
      started: meta?.started ?? null,
      durationMinutes: minutesOf(meta?.duration),
      direction: meta?.direction ?? null,
      system: meta?.system ?? null,
      scope: meta?.scope ?? null,
      url: meta?.url ?? null,
      ...(meta?.purpose ? { purpose: meta.purpose } : {}),
    },
    parties: partiesOf(call, spoken),
    talkRatio: spoken.ratio,
    hostStats: stats.length
      ? Object.fromEntries(stats.map((stat) => [stat.name ?? "", stat.value ?? null]))
      : null,
    questions: questions
      ? { company: questions.companyCount ?? null, customer: questions.nonCompanyCount ?? null }
      : null,
    trackers: trackersOf(call),
    topics: (call.content?.topics ?? []).map((topic) => ({
      name: topic.name ?? "",
      minutes: minutesOf(topic.duration),
    })),
    ...summaryOf(call),
  };
}

type Brief = ReturnType<typeof briefOf>;

/** Ways to shrink a brief that does not fit the budget, least useful part first. */
const shrinkSteps: [string, (brief: Brief) => Brief][] = [
  ["outline", (brief) => ({ ...brief, outline: null })],
  ["topics", (brief) => ({ ...brief, topics: [] })],
  [
    "silent parties",
    (brief) => ({ ...brief, parties: brief.parties.filter((p) => p.talkPercent !== null || "host" in p) }),
  ],
  ["trackers after the first 10", (brief) => ({ ...brief, trackers: brief.trackers.slice(0, 10) })],
];

async function callBrief(input: Record<string, unknown>, context: ToolContext) {
  const parsed = parseToolArgs("gong_call_brief", argsSchema, input, { callId: "7782342274025937895" });
  if (!parsed.ok) return parsed.result;
  const { callId } = parsed.value;
  const { run, used } = trackRequests(context.client);
  const result = await run(
    callDetailsAction,
    callDetailsInput({ callIds: [callId] }, ["parties", "content", "interaction", "context"]),
  );
  if (!result.successful) return gongFailed(result.error, used);
  const call = (result.data as { calls?: CallDetails[] | null }).calls?.find(
    (c) => c.metaData?.id === callId,
  );
  if (!call) {
    return errorText(
      `No call with id ${callId} is visible in Gong: check the id, or find calls with gong_find_calls.`,
    );
  }
  if (isPrivateDetails(call) && !context.includePrivate) return errorText(privateRefusal(callId));
  let brief = briefOf(call);
  const omitted: string[] = [];
  const fits = () =>
    resultFits({ ...brief, omittedForBudget: omitted, requests: requestSummary(used) }, context.budgetTokens);
  for (const [part, shrink] of shrinkSteps) {
    if (fits()) break;
    brief = shrink(brief);
    omitted.push(part);
  }
  if (!fits()) {
    return errorText(
      `The brief of call ${callId} does not fit the result budget of ${context.budgetTokens} tokens.`,
    );
  }
  return structuredResult({
    ...brief,
    ...(omitted.length ? { omittedForBudget: omitted } : {}),
    requests: requestSummary(used),
  });
}

export const callBriefTool: McpTool = {
  definition: {
    name: "gong_call_brief",
    title: "Brief of one Gong call",
    description:
      "One call in one step: metadata, parties with company and role, talk ratios, trackers hit, and Gong's own brief, key points, next steps and outcome when it has them (else null). Use after gong_find_calls. One Gong request.",
    inputSchema: {
      type: "object",
      properties: {
        callId: { type: "string", description: "Gong call id (digits)" },
      },
      required: ["callId"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        call: { type: "object" },
        parties: { type: "array", items: { type: "object" } },
        talkRatio: { type: ["object", "null"] },
        trackers: { type: "array", items: { type: "object" } },
        brief: { type: ["string", "null"] },
        keyPoints: { type: ["array", "null"], items: { type: "string" } },
        nextSteps: { type: ["array", "null"], items: { type: "string" } },
        requests: { type: "object" },
      },
    },
    annotations: readOnlyAnnotations,
  },
  call: callBrief,
};
