// Builds a call's transcript from the phrase banks: phases of Gong topics, each a run of exchanges about the
// topic's subjects (an interview, a presentation, a discussion), sentences with millisecond offsets that fit
// inside the call's duration. Turns are as long as the talk needs: a customer explaining their process, a
// rep walking through a screen for a minute or two, a quick "Right." in between.
import type { Random } from "../random.js";
import type { MonologueRecord } from "../state.js";
import type { Lines } from "./phrase-compile.js";
import type { Style, Topic } from "./phrase-types.js";
import {
  type Bank,
  backFromBreak,
  bankFor,
  breakTime,
  greeting,
  noSubject,
  turnStarters,
} from "./phrases.js";
import {
  aside,
  closing,
  exchanges,
  type LineKind,
  opening,
  perform,
  type Script,
  type Talk,
} from "./transcript-exchanges.js";
import { createLinePicker, type Line, type Scene } from "./transcript-lines.js";
import { type CallKind, phaseLengths, plans } from "./transcript-plan.js";
import { cycle, facts, type KeywordsOf, named, weighted } from "./transcript-util.js";

export type { CallKind } from "./transcript-plan.js";

export interface Speaker {
  speakerId: string;
  /** Empty for a voice nobody knows the name of (an unnamed speaker, a dial-in). */
  firstName: string;
  internal: boolean;
  /** Relative share of its side's turns. */
  weight: number;
  /** Leads demos, security and implementation talk more often (the solutions engineer). */
  expert?: boolean;
}

export interface TranscriptVariables {
  customer: string;
  /** Other customers named in internal calls, one deal per exchange. */
  customers: readonly string[];
  competitor: string;
  seats: number;
  price: string;
  /** The customer's CRM. */
  crm: string;
  /** The weekday the follow-up is planned for. */
  day: string;
}

export interface PhaseSpan {
  topic: Topic;
  /** Seconds. */
  start: number;
  duration: number;
}

/** A subject the call covered, first brought up at `start` seconds; the call's facts are filled in. */
export interface SubjectSpan {
  topic: Topic;
  label: string;
  /** A key point or next step, with `{host}` and `{contact}` still to fill. */
  point?: string;
  start: number;
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
  subjects: SubjectSpan[];
  questions: { companyCount: number; nonCompanyCount: number };
  mentions: Mention[];
}

export type { KeywordsOf } from "./transcript-util.js";

const expertTopics = new Set<Topic>(["Product Demo", "Security", "Implementation"]);
/** Topics the host leads alone: greeting, agenda, wrap-up. */
const hostTopics = new Set<Topic>(["Small Talk", "Call Setup", "Next Steps", "Introduction", "Voicemail"]);

export function buildTranscript(
  random: Random,
  kind: CallKind,
  durationSeconds: number,
  speakers: readonly Speaker[],
  variables: TranscriptVariables,
  keywordsOf: KeywordsOf,
): Transcript {
  const callEnd = durationSeconds * 1000 - random.int(400, 2500);
  const internalCall = kind === "internal";
  const host = speakers[0] as Speaker;
  const leads = internalCall ? speakers.slice(0, 1) : speakers.filter((speaker) => speaker.internal);
  const others = internalCall ? speakers.slice(1) : speakers.filter((speaker) => !speaker.internal);
  const { customer, competitor, seats, price, crm, day } = variables;
  const scene: Scene = { customer, competitor, seats, price, crm, day };
  const lines = createLinePicker(random, keywordsOf, scene);
  const deals = cycle(random, variables.customers);
  const subjectOrder = new Map<Bank, () => Lines>();
  const covered = new Set<Lines>();
  const transcript: Transcript = {
    monologues: [],
    phases: [],
    subjects: [],
    questions: { companyCount: 0, nonCompanyCount: 0 },
    mentions: [],
  };
  const lengths = phaseLengths(kind, callEnd);
  let clock = random.int(600, 2500);
  let phaseEnd = 0;
  let topic: Topic = "Small Talk";
  let subject: Lines = noSubject;
  let general: Lines | undefined;
  let routine: Lines | undefined;
  let style: Style = "discussion";
  let current: MonologueRecord | undefined;
  let between: [Speaker, Speaker | undefined] | undefined;
  /** Lines said other than acknowledgements: an exchange that adds none means the topic has run dry. */
  let substantive = 0;
  let lastBreak = 0;
  /** When the current exchange's first sentence started (-1 before it has one). */
  let opened = -1;

  /** Where the current stretch of talk must stop (the phase's end, or where its goodbyes begin). */
  let limit = 0;
  const open = () => clock < limit && clock < callEnd;
  const emit = (speaker: Speaker, line: Line) => {
    const turn = current?.speakerId !== speaker.speakerId || current.topic !== topic;
    const start = turn && current ? clock + random.int(200, 1200) : clock;
    // A pause before a new speaker can reach the end of the call: nothing more is said then.
    if (start >= callEnd) return;
    clock = start;
    if (turn || !current) {
      current = { speakerId: speaker.speakerId, topic, sentences: [] };
      transcript.monologues.push(current);
    }
    const end = Math.min(callEnd, clock + line.words * random.int(280, 380) + random.int(150, 400));
    current.sentences.push({ start: clock, end, text: line.text });
    if (opened < 0) opened = clock;
    const { keywords } = line;
    for (let index = 0; index < keywords.length; index++) {
      const keyword = keywords[index] as string;
      transcript.mentions.push({ keyword, startTime: clock / 1000, speakerId: speaker.speakerId });
    }
    if (line.question) {
      if (speaker.internal) transcript.questions.companyCount++;
      else transcript.questions.nonCompanyCount++;
    }
    clock = end + random.int(120, 600);
  };
  const talk: Talk<Speaker> = {
    random,
    lead: () =>
      hostTopics.has(topic) && leads.includes(host)
        ? host
        : (weighted(random, leads, undefined, expertTopics.has(topic) ? 2.5 : 1) ?? host),
    other: (besides) => weighted(random, others, besides, 1),
    pair: (lead, other) => {
      between = [lead, other];
    },
    say: (speaker, kind: LineKind, count) => {
      const addressee =
        between?.[0] === speaker ? (between[1]?.firstName ? between[1] : named(others)) : between?.[0];
      let said = 0;
      // Now and then someone takes the floor with a few words first ("Sorry, I was on mute there.").
      let starting =
        current?.speakerId !== speaker.speakerId &&
        (kind === "tell" || kind === "answer") &&
        random.chance(0.07);
      // Once the subject has nothing new, a turn borrows two or three of the topic's other lines and ends:
      // better to move on to the next subject than to pad this one.
      // A routine line may run on for up to four (narrating an example deal, a deal-by-deal update).
      let borrowed = 0;
      let routines = 0;
      while (said < count && open()) {
        // Now and then a routine line (clicking into an example deal) comes between the subject's own.
        let line =
          routine && kind === "tell" && style === "presentation" && random.chance(0.12)
            ? lines.line(routine[kind], speaker, addressee, clock, true)
            : undefined;
        if (line) routines++;
        line ??= lines.line(subject[kind], speaker, addressee, clock, false, subject.ordered);
        // Questions come from the subject (or, in a team meeting, the deal-by-deal routine) only.
        const asking = kind === "ask" && !internalCall && style !== "presentation";
        if (!line && borrowed < (kind === "answer" ? 3 : 2) && !asking) {
          line = lines.line(general?.[kind], speaker, addressee, clock);
          borrowed++;
        }
        if (!line && routines < 4 && !asking) {
          line = lines.line(routine?.[kind], speaker, addressee, clock, true);
          routines++;
        }
        if (!line) break;
        const starter = starting ? lines.line(turnStarters, speaker, addressee, clock) : undefined;
        if (starter) emit(speaker, starter);
        starting = false;
        emit(speaker, line);
        said++;
        substantive++;
      }
      return said;
    },
    handsOn: () => (topic !== "Implementation" ? 0 : durationSeconds > 7200 ? 0.3 : 0.1),
    pause: (seconds) => {
      if (open()) clock = Math.min(limit, clock + seconds * 1000);
    },
    has: (kind) => lines.fresh(subject[kind]) || !!routine?.[kind],
    react: (speaker) => {
      if (open()) emit(speaker, lines.backchannel(speaker, clock));
    },
  };
  const run = (about: Lines, exchange: Script) => {
    subject = about;
    if (internalCall && deals) scene.customer = deals();
    opened = -1;
    const before = substantive;
    perform(talk, exchange);
    const productive = substantive > before;
    if (productive && about.label && !covered.has(about)) {
      covered.add(about);
      const span: SubjectSpan = { topic, label: facts(about.label, scene), start: Math.round(opened / 1000) };
      if (about.point) span.point = facts(about.point, scene);
      transcript.subjects.push(span);
    }
    return productive;
  };

  plans[kind].forEach((phase, index) => {
    const phaseStart = clock;
    phaseEnd = Math.min(callEnd, Math.round(phaseEnd + (lengths[index] ?? 0)));
    topic = phase.topic;
    const bank = bankFor(phase.topic, kind);
    general = bank.general;
    routine = bank.routine;
    style = bank.style;
    const last = index === plans[kind].length - 1;
    limit = phaseEnd;
    const start = bank.opening ?? (index === 0 ? greeting : undefined);
    if (start) run(start, opening);
    // The goodbyes take the last stretch of the call (a voicemail's closing words are its last few seconds).
    const farewell = last && bank.closing ? Math.round(Math.min(45_000, (lengths[index] ?? 0) * 0.3)) : 0;
    limit = phaseEnd - farewell;
    let idle = 0;
    while (clock < limit - 1500 && idle < 3) {
      // A long workshop breaks every hour or so, for about ten minutes of silence.
      if (durationSeconds > 7200 && clock - lastBreak > 3_300_000 && limit - clock > 1_200_000) {
        run(breakTime, aside);
        clock += random.int(8, 12) * 60_000;
        run(backFromBreak, aside);
        lastBreak = clock;
      }
      let next = subjectOrder.get(bank);
      if (!next) {
        next = cycle(random, bank.subjects) ?? (() => noSubject);
        subjectOrder.set(bank, next);
      }
      idle = run(next(), exchanges[bank.style]) ? 0 : idle + 1;
    }
    limit = phaseEnd;
    if (last && bank.closing) run(bank.closing, closing);
    if (clock > phaseStart) {
      const duration = Math.round((Math.min(clock, callEnd) - phaseStart) / 1000);
      transcript.phases.push({ topic: phase.topic, start: Math.round(phaseStart / 1000), duration });
    }
  });
  return transcript;
}
