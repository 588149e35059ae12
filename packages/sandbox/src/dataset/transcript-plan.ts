// What each kind of call is about and in which order: phases of Gong topics with their share of the call.
import type { Topic } from "./phrase-types.js";

export type CallKind =
  | "cold"
  | "voicemail"
  | "discovery"
  | "demo"
  | "pricing"
  | "onboarding"
  | "renewal"
  | "internal";

export interface Phase {
  topic: Topic;
  /** Share of the call's length. */
  share: number;
  /** Longest the phase runs, in seconds (small talk does not grow with the call). */
  maxSeconds?: number;
}

const smallTalk: Phase = { topic: "Small Talk", share: 0.05, maxSeconds: 70 };
const setup: Phase = { topic: "Call Setup", share: 0.05, maxSeconds: 120 };
const wrapUp: Phase = { topic: "Next Steps", share: 0.08, maxSeconds: 240 };

export const plans: Record<CallKind, Phase[]> = {
  cold: [
    { topic: "Introduction", share: 0.2, maxSeconds: 90 },
    { topic: "Discovery", share: 0.55 },
    { topic: "Next Steps", share: 0.25 },
  ],
  voicemail: [{ topic: "Voicemail", share: 1 }],
  discovery: [
    smallTalk,
    setup,
    { topic: "Discovery", share: 0.6 },
    { topic: "Competition", share: 0.07, maxSeconds: 240 },
    { topic: "Product Demo", share: 0.15 },
    wrapUp,
  ],
  demo: [
    smallTalk,
    setup,
    { topic: "Product Demo", share: 0.6 },
    { topic: "Security", share: 0.12, maxSeconds: 420 },
    { topic: "Competition", share: 0.05, maxSeconds: 180 },
    { topic: "Pricing", share: 0.05, maxSeconds: 180 },
    wrapUp,
  ],
  pricing: [
    smallTalk,
    { topic: "Discovery", share: 0.2 },
    { topic: "Pricing", share: 0.35 },
    { topic: "Competition", share: 0.1, maxSeconds: 300 },
    { topic: "Security", share: 0.1, maxSeconds: 300 },
    { topic: "Implementation", share: 0.12 },
    wrapUp,
  ],
  onboarding: [
    setup,
    { topic: "Implementation", share: 0.6 },
    { topic: "Product Demo", share: 0.17 },
    { topic: "Security", share: 0.1, maxSeconds: 600 },
    wrapUp,
  ],
  renewal: [
    smallTalk,
    { topic: "Renewal", share: 0.55 },
    { topic: "Pricing", share: 0.2 },
    { topic: "Product Demo", share: 0.12 },
    wrapUp,
  ],
  internal: [
    { topic: "Pipeline Review", share: 0.85 },
    { topic: "Next Steps", share: 0.15, maxSeconds: 300 },
  ],
};

/** Phase lengths in ms: capped phases keep their cap, the rest of the time is shared by the others. */
export function phaseLengths(kind: CallKind, totalMs: number): number[] {
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
