// The phrase banks transcripts are built from, one per Gong topic (see phrase-types.ts for their shape), and
// the small words around them: acknowledgements and the openers a spoken sentence may start with.
// Placeholders: {customer} {competitor} {product} {name} (who is addressed) {me} (who speaks) {seats} {price}
// {crm} {day}, plus the vocabularies and numbers in phrase-slots.ts.
import { compiledLines, compiledPool, type Lines } from "./phrase-compile.js";
import type { Style, Topic, TopicBank } from "./phrase-types.js";
import { competition, pricing } from "./phrases-deal.js";
import { productDemo } from "./phrases-demo.js";
import { discovery } from "./phrases-discovery.js";
import { implementation } from "./phrases-implementation.js";
import { internalNextSteps, nextSteps, onboardingNextSteps } from "./phrases-next-steps.js";
import { pipelineReview } from "./phrases-pipeline.js";
import { introduction, voicemail } from "./phrases-prospecting.js";
import { renewal } from "./phrases-renewal.js";
import { security } from "./phrases-security.js";
import { callSetup, sessionSetup, smallTalk } from "./phrases-talk.js";
import type { CallKind } from "./transcript-plan.js";

export type { Topic } from "./phrase-types.js";

import {
  backFromBreak as backLines,
  breakTime as breakLines,
  greeting as greetingLines,
} from "./phrases-talk.js";

/** Short acknowledgements (at most four words), said between or at the start of longer turns. */
export const backchannels = [
  "Yeah.",
  "Right.",
  "Mm-hmm.",
  "Got it.",
  "Okay.",
  "That makes sense.",
  "Sure.",
  "Exactly.",
  "Interesting.",
  "Yes, absolutely.",
  "Okay, got it.",
  "Right, right.",
  "Yep.",
  "Fair enough.",
  "Oh, interesting.",
  "Makes sense.",
  "Sure, sure.",
  "Understood.",
  "Good point.",
  "Yeah, totally.",
  "I see.",
  "Okay, great.",
  "Uh-huh.",
  "True.",
];

/** What people say as they take the floor, now and then; each at most once a call. */
const starterLines = [
  "Sorry, I was on mute there.",
  "Sorry, go ahead.",
  "No, please, you go first.",
  "Let me think about that for a second.",
  "Sorry, you cut out for a second, but I think I got most of it.",
  "Yeah, I was going to say the same thing.",
  "Sorry, my dog is barking in the background.",
  "I'll be quick on this one.",
  "Good, that's actually what I wanted to talk about.",
  "Right, so, a couple of thoughts on that.",
  "Hmm, that's a fair point.",
  "Let me pull up my notes.",
  "Sorry, someone just walked into my office.",
  "So, a bit of context first.",
  "I'm going to be honest with you here.",
  "Sorry, I lost you for a moment there.",
];

export const turnStarters = compiledPool(starterLines);

/** Words a statement may start with. */
export const openers = [
  "So",
  "And",
  "Honestly,",
  "I think",
  "Well,",
  "Yeah, so",
  "Look,",
  "Okay, so",
  "Right, and",
  "I mean,",
  "To be fair,",
  "Basically,",
];
/** Words a question may start with. */
export const questionOpeners = ["So", "And", "Okay, so", "Right, and", "Out of curiosity,"];

export const competitors = ["Contoso", "Fabrikam", "Northwind"];

export const productName = "Acme Revenue Cloud";

/** A topic's bank with its phrase pools compiled, ready to talk from. */
export interface Bank {
  style: Style;
  subjects: readonly Lines[];
  opening: Lines | undefined;
  closing: Lines | undefined;
  general: Lines | undefined;
  routine: Lines | undefined;
}

const full = compiledLines;

function fullBank(bank: TopicBank): Bank {
  const { style, subjects, opening, closing, general, routine } = bank;
  return {
    style,
    subjects: subjects.map(full),
    opening: opening && full(opening),
    closing: closing && full(closing),
    general: general && full(general),
    routine: routine && full(routine),
  };
}

const banks: Record<Topic, TopicBank> = {
  "Small Talk": smallTalk,
  "Call Setup": callSetup,
  Discovery: discovery,
  "Product Demo": productDemo,
  Competition: competition,
  Pricing: pricing,
  Security: security,
  Implementation: implementation,
  Renewal: renewal,
  "Pipeline Review": pipelineReview,
  "Next Steps": nextSteps,
  Voicemail: voicemail,
  Introduction: introduction,
};

export const phraseBanks = Object.fromEntries(
  Object.entries(banks).map(([topic, bank]) => [topic, fullBank(bank)]),
) as Record<Topic, Bank>;
const internalWrapUp = fullBank(internalNextSteps);
const onboardingWrapUp = fullBank(onboardingNextSteps);
const onboardingSetup = fullBank(sessionSetup);
export const greeting = full(greetingLines);
/** A subject with nothing to say, before the first exchange. */
export const noSubject = full({ label: "" });
export const breakTime = full(breakLines);
export const backFromBreak = full(backLines);

/** The bank a phase talks from; internal calls and onboarding sessions wrap up differently from sales calls. */
export function bankFor(topic: Topic, kind: CallKind): Bank {
  if (topic === "Next Steps" && kind === "internal") return internalWrapUp;
  if (topic === "Next Steps" && kind === "onboarding") return onboardingWrapUp;
  if (topic === "Call Setup" && kind === "onboarding") return onboardingSetup;
  return phraseBanks[topic];
}
