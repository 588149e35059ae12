// What Gong's AI writes about a call: topics, agenda, outline, key points, brief, next steps, highlights.
// Built from the transcript's phases so times line up with what was said.
import type { Random } from "../random.js";
import type { CallRecord } from "../state.js";
import { keyPointBanks, nextStepBanks, type SummaryKind, type Topic } from "./phrases.js";
import type { CallKind, PhaseSpan } from "./transcript.js";

const agendaNames: Record<Topic, string> = {
  "Small Talk": "Introductions",
  "Call Setup": "Agenda",
  Discovery: "Discovery",
  "Product Demo": "Demo",
  Competition: "Competitive landscape",
  Pricing: "Commercials",
  Security: "Security & compliance",
  Implementation: "Implementation plan",
  Renewal: "Renewal review",
  "Pipeline Review": "Pipeline review",
  "Next Steps": "Wrap-up",
  Voicemail: "Voicemail",
  Introduction: "Introduction",
};

const outlineItems: Partial<Record<Topic, readonly string[]>> = {
  "Call Setup": ["Agreed on the agenda and time available", "Introductions of the attendees and their roles"],
  Introduction: ["Reason for the call", "Permission to continue"],
  Discovery: [
    "Current forecasting process at {customer}",
    "Team size and hiring plans",
    "Deals slipping without warning",
    "Decision makers and approval process",
    "Time reps spend on CRM admin",
  ],
  "Product Demo": [
    "Deal board and risk alerts",
    "Coaching view and call library",
    "CRM sync and activity capture",
  ],
  Competition: ["{customer} is also evaluating {competitor}", "Differences from {competitor} on forecasting"],
  Pricing: [
    "Per-seat pricing for {seats} seats",
    "Discount for signing this quarter",
    "Budget gap and pilot option",
  ],
  Security: ["SOC 2 report and penetration test", "SSO with Okta", "GDPR and data residency"],
  Implementation: [
    "Rollout plan team by team",
    "CRM and calendar integration",
    "Training for admins and managers",
  ],
  Renewal: [
    "Adoption across the sales team",
    "Cost pressure from finance",
    "Expansion to the forecasting module",
  ],
  "Pipeline Review": [
    "Commit deals without recent activity",
    "Competitive threats in late-stage deals",
    "Pipeline coverage",
  ],
  "Next Steps": ["Follow-up meeting scheduled", "Proposal and documents to send"],
};

const kindLabels: Record<CallKind, string> = {
  cold: "prospecting call",
  voicemail: "voicemail",
  discovery: "discovery call",
  demo: "product demo",
  pricing: "pricing and negotiation call",
  onboarding: "onboarding session",
  renewal: "renewal review",
  internal: "pipeline review",
};

export interface ContentInputs {
  kind: CallKind;
  phases: readonly PhaseSpan[];
  hostName: string;
  contactName: string;
  customer: string;
  competitor: string;
  seats: number;
}

type Content = Pick<
  CallRecord,
  "topics" | "keyPoints" | "outline" | "nextSteps" | "structure" | "highlights"
> & {
  brief?: string;
};

export function buildCallContent(random: Random, inputs: ContentInputs): Content {
  const fill = (template: string) =>
    template
      .replaceAll("{customer}", inputs.customer)
      .replaceAll("{competitor}", inputs.competitor)
      .replaceAll("{seats}", String(inputs.seats))
      .replaceAll("{host}", inputs.hostName)
      .replaceAll("{contact}", inputs.contactName)
      .replaceAll("{day}", random.pick(["Monday", "Wednesday", "Friday"]));
  const topics = inputs.phases.map((phase) => ({ name: phase.topic, duration: phase.duration }));
  const summarized =
    inputs.kind !== "voicemail" && inputs.phases.reduce((sum, p) => sum + p.duration, 0) > 240;
  if (!summarized) return { topics, keyPoints: [], outline: [], nextSteps: [] };

  const summary: SummaryKind =
    inputs.kind === "internal" || inputs.kind === "onboarding" || inputs.kind === "renewal"
      ? inputs.kind
      : inputs.kind === "cold"
        ? "prospecting"
        : "sales";
  const keyPoints = pickSome(random, keyPointBanks[summary], 3, 4).map(fill);
  const nextSteps = pickSome(random, nextStepBanks[summary], 2, 3).map(fill);
  const outline = inputs.phases
    .filter((phase) => phase.topic !== "Small Talk" && outlineItems[phase.topic])
    .map((phase) => ({
      section: agendaNames[phase.topic],
      startTime: phase.start,
      duration: phase.duration,
      items: pickSome(random, outlineItems[phase.topic] ?? [], 1, 3).map((text, index, all) => ({
        text: fill(text),
        startTime: phase.start + Math.floor((phase.duration * index) / all.length),
      })),
    }));
  const wrapUp = inputs.phases.find((phase) => phase.topic === "Next Steps") ?? inputs.phases.at(-1);
  const at = (index: number) =>
    wrapUp ? wrapUp.start + index * Math.max(1, Math.floor(wrapUp.duration / 4)) : 0;
  const audience = inputs.kind === "internal" ? "the team" : `${inputs.contactName} from ${inputs.customer}`;
  return {
    topics,
    keyPoints,
    nextSteps,
    outline,
    structure: inputs.phases.map((phase) => ({ name: agendaNames[phase.topic], duration: phase.duration })),
    highlights: [
      { title: "Next steps", items: nextSteps.map((text, index) => ({ text, startTimes: [at(index)] })) },
      {
        title: "Key moments",
        items: keyPoints.slice(0, 2).map((text, index) => ({
          text,
          startTimes: [inputs.phases[Math.min(index + 1, inputs.phases.length - 1)]?.start ?? 0],
        })),
      },
    ],
    brief: `${inputs.hostName} held a ${kindLabels[inputs.kind]} with ${audience}. ${keyPoints.slice(0, 2).join(" ")} Next: ${nextSteps[0] ?? "no next step agreed."}`,
  };
}

function pickSome<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  const count = Math.min(pool.length, random.int(min, max));
  const picked: T[] = [];
  for (let index = 0; index < count; index++) picked.push(...pool.splice(random.int(0, pool.length - 1), 1));
  return picked;
}
