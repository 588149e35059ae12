// Builds a call's transcript from the phrase banks: phases of Gong topics, turns between the speakers,
// sentences with millisecond offsets that fit inside the call's duration.
import type { Random } from "../random.js";
import type { MonologueRecord, SentenceRecord } from "../state.js";
import { backchannels, openers, phraseBanks, productName, questionOpeners, type Topic } from "./phrases.js";

export type CallKind =
  | "cold"
  | "voicemail"
  | "discovery"
  | "demo"
  | "pricing"
  | "onboarding"
  | "renewal"
  | "internal";

interface Phase {
  topic: Topic;
  /** Share of the call's length. */
  share: number;
  /** Chance that a turn goes to the company side. */
  companyShare: number;
  /** Longest the phase runs, in seconds (small talk does not grow with the call). */
  maxSeconds?: number;
}

const smallTalk: Phase = { topic: "Small Talk", share: 0.05, companyShare: 0.5, maxSeconds: 70 };
const setup: Phase = { topic: "Call Setup", share: 0.05, companyShare: 0.7, maxSeconds: 120 };
const wrapUp: Phase = { topic: "Next Steps", share: 0.08, companyShare: 0.55, maxSeconds: 240 };

const plans: Record<CallKind, Phase[]> = {
  cold: [
    { topic: "Introduction", share: 0.2, companyShare: 0.65, maxSeconds: 90 },
    { topic: "Discovery", share: 0.55, companyShare: 0.45 },
    { topic: "Next Steps", share: 0.25, companyShare: 0.55 },
  ],
  voicemail: [{ topic: "Voicemail", share: 1, companyShare: 1 }],
  discovery: [
    smallTalk,
    setup,
    { topic: "Discovery", share: 0.6, companyShare: 0.4 },
    { topic: "Competition", share: 0.07, companyShare: 0.5, maxSeconds: 240 },
    { topic: "Product Demo", share: 0.15, companyShare: 0.7 },
    wrapUp,
  ],
  demo: [
    smallTalk,
    setup,
    { topic: "Product Demo", share: 0.6, companyShare: 0.72 },
    { topic: "Security", share: 0.12, companyShare: 0.55, maxSeconds: 420 },
    { topic: "Competition", share: 0.05, companyShare: 0.5, maxSeconds: 180 },
    { topic: "Pricing", share: 0.05, companyShare: 0.6, maxSeconds: 180 },
    wrapUp,
  ],
  pricing: [
    smallTalk,
    { topic: "Discovery", share: 0.2, companyShare: 0.45 },
    { topic: "Pricing", share: 0.35, companyShare: 0.55 },
    { topic: "Competition", share: 0.1, companyShare: 0.45, maxSeconds: 300 },
    { topic: "Security", share: 0.1, companyShare: 0.5, maxSeconds: 300 },
    { topic: "Implementation", share: 0.12, companyShare: 0.65 },
    wrapUp,
  ],
  onboarding: [
    setup,
    { topic: "Implementation", share: 0.65, companyShare: 0.7 },
    { topic: "Product Demo", share: 0.2, companyShare: 0.75 },
    { topic: "Security", share: 0.1, companyShare: 0.55, maxSeconds: 600 },
    wrapUp,
  ],
  renewal: [
    smallTalk,
    { topic: "Renewal", share: 0.55, companyShare: 0.5 },
    { topic: "Pricing", share: 0.2, companyShare: 0.5 },
    { topic: "Product Demo", share: 0.12, companyShare: 0.7 },
    wrapUp,
  ],
  internal: [
    { topic: "Pipeline Review", share: 0.85, companyShare: 1 },
    { topic: "Next Steps", share: 0.15, companyShare: 1, maxSeconds: 300 },
  ],
};

/** Phase lengths in ms: capped phases keep their cap, the rest of the time is shared by the others. */
function phaseLengths(kind: CallKind, totalMs: number): number[] {
  const phases = plans[kind];
  const capped = phases.map((phase) =>
    Math.min(phase.share * totalMs, (phase.maxSeconds ?? Infinity) * 1000),
  );
  const freed = phases.reduce((sum, phase, index) => sum + phase.share * totalMs - (capped[index] ?? 0), 0);
  const openShare = phases.reduce(
    (sum, phase) => sum + (phase.maxSeconds === undefined ? phase.share : 0),
    0,
  );
  return phases.map((phase, index) =>
    phase.maxSeconds === undefined && openShare > 0
      ? (capped[index] ?? 0) + (freed * phase.share) / openShare
      : (capped[index] ?? 0),
  );
}

export interface Speaker {
  speakerId: string;
  firstName: string;
  internal: boolean;
  /** Relative share of its side's turns. */
  weight: number;
}

export interface TranscriptVariables {
  customer: string;
  /** Other customers named in internal calls. */
  customers: readonly string[];
  competitor: string;
  seats: number;
  price: string;
}

export interface PhaseSpan {
  topic: Topic;
  /** Seconds. */
  start: number;
  duration: number;
}

/** A tracker keyword said in the call: when (seconds) and by whom. */
export interface Mention {
  keyword: string;
  startTime: number;
  speakerId: string;
}

export interface Transcript {
  monologues: MonologueRecord[];
  phases: PhaseSpan[];
  questions: { companyCount: number; nonCompanyCount: number };
  mentions: Mention[];
}

/** The tracker keywords in a phrase template once `{competitor}` is filled in (other fills never match). */
export type KeywordsOf = (template: string, competitor: string) => readonly string[];

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const months = ["September", "October", "November", "January", "February", "March"];
const wordCounts = new Map<string, number>();

function wordsIn(template: string): number {
  let count = wordCounts.get(template);
  if (count === undefined) {
    count = template.split(" ").length;
    wordCounts.set(template, count);
  }
  return count;
}

export function buildTranscript(
  random: Random,
  kind: CallKind,
  durationSeconds: number,
  speakers: readonly Speaker[],
  variables: TranscriptVariables,
  keywordsOf: KeywordsOf,
): Transcript {
  const callEnd = durationSeconds * 1000 - random.int(400, 2500);
  const company = speakers.filter((speaker) => speaker.internal);
  const customers = speakers.filter((speaker) => !speaker.internal);
  const audience = new Map(
    speakers.map((speaker) => [speaker, speakers.filter((other) => other.internal !== speaker.internal)]),
  );
  const usage = new Map<readonly string[], number[]>();
  const transcript: Transcript = {
    monologues: [],
    phases: [],
    questions: { companyCount: 0, nonCompanyCount: 0 },
    mentions: [],
  };
  const lengths = phaseLengths(kind, callEnd);
  let clock = random.int(600, 2500);
  let phaseEnd = 0;
  let previous: Speaker | undefined;

  plans[kind].forEach((phase, phaseIndex) => {
    const phaseStart = clock;
    phaseEnd = Math.min(callEnd, phaseEnd + (lengths[phaseIndex] ?? 0));
    const bank = phraseBanks[phase.topic];
    while (clock < phaseEnd - 1500) {
      const speaker = nextSpeaker(random, phase, company, customers, previous);
      const others = audience.get(speaker) ?? [];
      const addressee = others.length ? random.pick(others) : undefined;
      const short = previous !== undefined && random.chance(0.18);
      previous = speaker;
      const lines = speaker.internal || bank.external.length === 0 ? bank.internal : bank.external;
      const count = short
        ? 1
        : random.int(1, phase.topic === "Product Demo" || phase.topic === "Implementation" ? 5 : 3);
      const sentences: SentenceRecord[] = [];
      for (let index = 0; index < count && clock < phaseEnd; index++) {
        const template = short ? random.pick(backchannels) : leastUsed(random, lines, usage);
        let text = short ? template : fill(random, template, speaker, addressee, variables);
        if (!short && random.chance(0.2) && !/^(I\b|\{)/.test(template)) {
          const opener = random.pick(text.endsWith("?") ? questionOpeners : openers);
          text = `${opener} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
        }
        const end = Math.min(
          callEnd,
          clock + wordsIn(template) * random.int(280, 380) + random.int(150, 400),
        );
        sentences.push({ start: clock, end, text });
        for (const keyword of short ? [] : keywordsOf(template, variables.competitor)) {
          transcript.mentions.push({ keyword, startTime: clock / 1000, speakerId: speaker.speakerId });
        }
        if (text.endsWith("?")) {
          if (speaker.internal) transcript.questions.companyCount++;
          else transcript.questions.nonCompanyCount++;
        }
        clock = end + random.int(120, 600);
      }
      if (sentences.length)
        transcript.monologues.push({ speakerId: speaker.speakerId, topic: phase.topic, sentences });
      clock += random.int(200, 1200);
    }
    if (clock > phaseStart) {
      const duration = Math.round((Math.min(clock, callEnd) - phaseStart) / 1000);
      transcript.phases.push({ topic: phase.topic, start: Math.round(phaseStart / 1000), duration });
    }
  });
  return transcript;
}

/** Of three random lines, the one this call has used least, so long calls repeat themselves less. */
function leastUsed(
  random: Random,
  lines: readonly string[],
  usage: Map<readonly string[], number[]>,
): string {
  let counts = usage.get(lines);
  if (!counts) {
    counts = new Array<number>(lines.length).fill(0);
    usage.set(lines, counts);
  }
  let best = random.int(0, lines.length - 1);
  for (let draw = 0; draw < 2; draw++) {
    const candidate = random.int(0, lines.length - 1);
    if ((counts[candidate] ?? 0) < (counts[best] ?? 0)) best = candidate;
  }
  counts[best] = (counts[best] ?? 0) + 1;
  return lines[best] ?? "";
}

function nextSpeaker(
  random: Random,
  phase: Phase,
  company: readonly Speaker[],
  customers: readonly Speaker[],
  previous: Speaker | undefined,
): Speaker {
  let side = customers.length === 0 || random.chance(phase.companyShare) ? company : customers;
  if (side.length === 1 && side[0] === previous)
    side = side === company && customers.length ? customers : company;
  return weighted(random, side, previous);
}

/** A speaker of `speakers` by weight, other than `previous` when there is a choice. */
function weighted(random: Random, speakers: readonly Speaker[], previous: Speaker | undefined): Speaker {
  const exclude = speakers.length > 1 ? previous : undefined;
  let total = 0;
  for (const speaker of speakers) if (speaker !== exclude) total += speaker.weight;
  let roll = random.next() * total;
  let last = speakers[0] as Speaker;
  for (const speaker of speakers) {
    if (speaker === exclude) continue;
    last = speaker;
    roll -= speaker.weight;
    if (roll <= 0) return speaker;
  }
  return last;
}

type Part = string | { key: string };
const compiled = new Map<string, Part[]>();

/** A template split once into literal text and `{placeholder}` parts. */
function parts(template: string): Part[] {
  let result = compiled.get(template);
  if (!result) {
    result = template
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? { key: part.slice(1, -1) } : part));
    compiled.set(template, result);
  }
  return result;
}

function fill(
  random: Random,
  template: string,
  speaker: Speaker,
  addressee: Speaker | undefined,
  variables: TranscriptVariables,
) {
  if (!template.includes("{")) return template;
  let text = "";
  for (const part of parts(template)) {
    text += typeof part === "string" ? part : value(random, part.key, speaker, addressee, variables);
  }
  return text;
}

function value(
  random: Random,
  key: string,
  speaker: Speaker,
  addressee: Speaker | undefined,
  variables: TranscriptVariables,
): string {
  switch (key) {
    case "me":
      return speaker.firstName;
    case "customer":
      return variables.customers.length ? random.pick(variables.customers) : variables.customer;
    case "competitor":
      return variables.competitor;
    case "product":
      return productName;
    case "name":
      return addressee?.firstName ?? "there";
    case "seats":
      return String(variables.seats);
    case "price":
      return variables.price;
    case "day":
      return random.pick(days);
    case "month":
      return random.pick(months);
    default:
      return String(random.int(2, 12));
  }
}
