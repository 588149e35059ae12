// How one exchange goes in each style of talk: who speaks in which order and for how long, written as a
// script of steps that one small interpreter plays. The lines come from the exchange's subject through
// `Talk.say`, which stops when the phase runs out of time or the subject out of lines.
import type { Random } from "../random.js";
import type { Style } from "./phrase-types.js";

export type LineKind = "ask" | "tell" | "answer" | "query";

export interface TalkVoice {
  speakerId: string;
}

export interface Talk<S extends TalkVoice> {
  random: Random;
  /** Someone on the lead side (Acme's people; in internal calls the host). */
  lead(): S;
  /** Someone on the other side other than `besides`, if there is anyone. */
  other(besides?: S): S | undefined;
  /** Who the exchange is between, so lines can address the other by name. */
  pair(lead: S, other: S | undefined): void;
  /** Up to `count` lines of `kind` from `speaker`; how many were said. */
  say(speaker: S, kind: LineKind, count: number): number;
  /** A short acknowledgement ("Right.") from `speaker`. */
  react(speaker: S): void;
  /** How often the talk stops for people to try things on their own screens (0 when it never does). */
  handsOn(): number;
  /** Silence for a number of seconds. */
  pause(seconds: number): void;
  /** Whether the subject still has lines of `kind` the call has not said. */
  has(kind: LineKind): boolean;
}

interface Step {
  /** The lead, the other side, or a second person on the other side. */
  who: "lead" | "other" | "second";
  /** Lines of a kind, an acknowledgement, or a hands-on silence. */
  what: LineKind | "react" | "pause";
  /** How many lines, at least and at most. */
  lines?: [number, number];
  /** The chance the step happens (1 when left out). */
  chance?: number;
  /** Happens anyway when the step before said nothing. */
  ifSilent?: boolean;
  /** Happens only when the step before happened. */
  chained?: boolean;
  /** Happens only when the step before said something. */
  needs?: boolean;
  /** What to say instead when the step has no line left. */
  otherwise?: LineKind | "react";
  /** Ends the round (and the exchange) when it says nothing after the first round. */
  stops?: boolean;
}

export interface Script {
  steps: readonly Step[];
  /** Rounds of the steps, at least and at most (one when left out). */
  rounds?: [number, number];
  /** Skip the exchange when the subject has none of these left (a subject already talked through). */
  fresh?: readonly LineKind[];
}

const lead = "lead";
const other = "other";

/** The lead asks and the other side explains at length; the lead reflects on it and the other side goes on. */
const interview: Script = {
  fresh: ["ask", "answer"],
  steps: [
    { who: lead, what: "ask", lines: [1, 1], otherwise: "tell" },
    { who: other, what: "answer", lines: [5, 11], otherwise: "react" },
    { who: "second", what: "answer", lines: [1, 3], chance: 0.2 },
    { who: lead, what: "react", chance: 0.4 },
    { who: lead, what: "tell", lines: [1, 3] },
    { who: other, what: "answer", lines: [2, 5], otherwise: "react" },
    { who: lead, what: "tell", lines: [1, 2], chance: 0.5 },
    { who: other, what: "answer", lines: [1, 3], chained: true },
    { who: other, what: "query", lines: [1, 1], chance: 0.15 },
    { who: lead, what: "tell", lines: [1, 3], needs: true },
  ],
};

/** The lead talks something through for up to two minutes; the other side reacts or asks. */
const presentation: Script = {
  steps: [
    { who: lead, what: "tell", lines: [4, 16] },
    { who: lead, what: "ask", lines: [1, 1], chance: 0.25 },
    { who: lead, what: "pause" },
    { who: other, what: "query", lines: [1, 1], chance: 0.4, otherwise: "answer" },
    { who: lead, what: "tell", lines: [1, 4], needs: true },
    { who: other, what: "answer", lines: [0, 2], otherwise: "react" },
    { who: lead, what: "tell", lines: [1, 3], chance: 0.4 },
    { who: other, what: "react", needs: true },
  ],
};

/** Short turns back and forth. */
const discussion: Script = {
  rounds: [2, 4],
  steps: [
    { who: lead, what: "tell", lines: [1, 3], stops: true },
    { who: lead, what: "ask", lines: [1, 1], chance: 0.12, ifSilent: true },
    { who: other, what: "answer", lines: [1, 3], otherwise: "react" },
    { who: other, what: "query", lines: [1, 1], chance: 0.15 },
    { who: lead, what: "tell", lines: [1, 2], needs: true },
  ],
};

/** One voice until the subject or the time runs out. */
const monologue: Script = { steps: [{ who: lead, what: "tell", lines: [40, 40] }] };

export const exchanges: Record<Style, Script> = { interview, presentation, discussion, monologue };

/** Greetings: sometimes the other side speaks first ("hi, can you hear me?"). */
export const opening: Script = {
  steps: [
    { who: other, what: "query", lines: [1, 1], chance: 0.45 },
    { who: lead, what: "tell", lines: [1, 1] },
    { who: lead, what: "ask", lines: [1, 1] },
    { who: other, what: "answer", lines: [1, 2] },
  ],
};

/** Goodbyes. */
export const closing: Script = {
  steps: [
    { who: lead, what: "tell", lines: [1, 2] },
    { who: other, what: "answer", lines: [1, 1] },
  ],
};

/** One line each, e.g. calling a break. */
export const aside: Script = {
  steps: [
    { who: lead, what: "tell", lines: [1, 1] },
    { who: other, what: "answer", lines: [1, 1] },
  ],
};

/** Plays one exchange of `script`. */
export function perform<S extends TalkVoice>(talk: Talk<S>, script: Script): void {
  const { random } = talk;
  if (script.fresh && !script.fresh.some((kind) => talk.has(kind))) return;
  const first = talk.lead();
  const second = talk.other();
  talk.pair(first, second);
  let third: S | undefined;
  const rounds = script.rounds ? random.int(script.rounds[0], script.rounds[1]) : 1;
  for (let round = 0; round < rounds; round++) {
    let happened = true;
    let said = 1;
    for (const step of script.steps) {
      if (step.who === "second" && !third) third = second && talk.other(second);
      const speaker = step.who === "lead" ? first : step.who === "other" ? second : third;
      const go: boolean =
        !!speaker &&
        (!step.chained || happened) &&
        (!step.needs || said > 0) &&
        (random.chance(step.chance ?? 1) || (!!step.ifSilent && said === 0));
      happened = go;
      if (!go || !speaker) {
        said = 0;
        continue;
      }
      said = act(talk, speaker, step);
      if (said === 0 && step.stops && round > 0) return;
    }
  }
}

/** One step: how many lines were said. */
function act<S extends TalkVoice>(talk: Talk<S>, speaker: S, step: Step): number {
  const { random } = talk;
  if (step.what === "pause") {
    if (random.chance(talk.handsOn())) talk.pause(random.int(8, 35));
    return 0;
  }
  if (step.what === "react") {
    talk.react(speaker);
    return 1;
  }
  const [least, most] = step.lines ?? [1, 1];
  let said = talk.say(speaker, step.what, random.int(least, most));
  if (said === 0 && step.otherwise === "react") {
    talk.react(speaker);
    said = 1;
  } else if (said === 0 && step.otherwise && step.otherwise !== "react")
    said = talk.say(speaker, step.otherwise, 1);
  return said;
}
