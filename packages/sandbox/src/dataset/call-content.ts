// What Gong's AI writes about a call: topics, agenda, outline, key points, brief, next steps, highlights.
// Built from what the transcript covered (its phases and the subjects talked about in each), so the outline
// lists what was said when it was said, and key points and next steps are the ones the call reached.
import type { Random } from "../random.js";
import type { CallRecord } from "../state.js";
import type { Topic } from "./phrase-types.js";
import type { CallKind, PhaseSpan, SubjectSpan } from "./transcript.js";

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
  subjects: readonly SubjectSpan[];
  hostName: string;
  contactName: string;
  customer: string;
}

type Content = Pick<
  CallRecord,
  "topics" | "keyPoints" | "outline" | "nextSteps" | "structure" | "highlights"
> & {
  brief?: string;
};

export function buildCallContent(random: Random, inputs: ContentInputs): Content {
  const fill = (template: string) =>
    template.replaceAll("{host}", inputs.hostName).replaceAll("{contact}", inputs.contactName);
  const topics = inputs.phases.map((phase) => ({ name: phase.topic, duration: phase.duration }));
  const summarized =
    inputs.kind !== "voicemail" && inputs.phases.reduce((sum, p) => sum + p.duration, 0) > 240;
  if (!summarized) return { topics, keyPoints: [], outline: [], nextSteps: [] };

  const pointed = inputs.subjects.filter((subject) => subject.point);
  const moments = pickSome(
    random,
    pointed.filter((subject) => subject.topic !== "Next Steps"),
    3,
    4,
  );
  const steps = pointed.filter((subject) => subject.topic === "Next Steps").slice(0, 3);
  const keyPoints = moments.map((subject) => fill(subject.point ?? ""));
  const nextSteps = steps.map((subject) => fill(subject.point ?? ""));
  const outline = inputs.phases
    .filter((phase) => phase.topic !== "Small Talk")
    .map((phase) => ({
      phase,
      covered: inputs.subjects.filter(
        (subject) =>
          subject.topic === phase.topic &&
          subject.start >= phase.start &&
          subject.start <= phase.start + phase.duration + 1,
      ),
    }))
    .filter(({ covered }) => covered.length > 0)
    .map(({ phase, covered }) => ({
      section: agendaNames[phase.topic],
      startTime: phase.start,
      duration: phase.duration,
      items: pickSome(random, covered, 1, 3).map((subject) => ({
        text: subject.label,
        startTime: subject.start,
      })),
    }));
  const audience = inputs.kind === "internal" ? "the team" : `${inputs.contactName} from ${inputs.customer}`;
  return {
    topics,
    keyPoints,
    nextSteps,
    outline,
    structure: inputs.phases.map((phase) => ({ name: agendaNames[phase.topic], duration: phase.duration })),
    highlights: [
      {
        title: "Next steps",
        items: steps.map((subject, index) => ({ text: nextSteps[index] ?? "", startTimes: [subject.start] })),
      },
      {
        title: "Key moments",
        items: moments
          .slice(0, 2)
          .map((subject, index) => ({ text: keyPoints[index] ?? "", startTimes: [subject.start] })),
      },
    ],
    brief: `${inputs.hostName} held a ${kindLabels[inputs.kind]} with ${audience}. ${[
      ...keyPoints.slice(0, 2),
      `Next: ${nextSteps[0] ?? "no next step agreed."}`,
    ].join(" ")}`,
  };
}

/** Between `min` and `max` of the items (fewer if there are fewer), in their original order. */
function pickSome<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, random.int(min, max));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, items.length - 1));
  return items.filter((_, index) => chosen.has(index));
}
