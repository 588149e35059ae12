// Interaction measures computed from a call's transcript: talk time per speaker and the host's stats
// (Gong's "person interaction stats"), used by /v2/calls/extensive and /v2/stats/interaction.
import type { CallRecord } from "../state.js";

export type StatName =
  | "Talk Ratio"
  | "Longest Monologue"
  | "Longest Customer Story"
  | "Interactivity"
  | "Patience"
  | "Question Rate";

/** Seconds each speakerId talked. */
export function talkTimes(call: CallRecord): Map<string, number> {
  const times = new Map<string, number>();
  for (const monologue of call.transcript) {
    let spoken = 0;
    for (const sentence of monologue.sentences) spoken += sentence.end - sentence.start;
    times.set(monologue.speakerId, (times.get(monologue.speakerId) ?? 0) + spoken / 1000);
  }
  return times;
}

/** The host's interaction stats on one call; undefined when the call has no transcript or host voice. */
export function hostStats(call: CallRecord): Record<StatName, number> | undefined {
  const host = call.parties.find((party) => party.userId === call.primaryUserId)?.speakerId;
  if (!host || call.transcript.length === 0) return undefined;
  const internal = new Set(
    call.parties.filter((party) => party.affiliation === "Internal").map((p) => p.speakerId),
  );
  const times = talkTimes(call);
  const total = [...times.values()].reduce((sum, value) => sum + value, 0);
  let longestMonologue = 0;
  let longestStory = 0;
  let switches = 0;
  let questions = 0;
  const pauses: number[] = [];
  let previous: (typeof call.transcript)[number] | undefined;
  for (const monologue of call.transcript) {
    const first = monologue.sentences[0];
    const last = monologue.sentences.at(-1);
    if (!first || !last) continue;
    const length = (last.end - first.start) / 1000;
    if (monologue.speakerId === host) {
      longestMonologue = Math.max(longestMonologue, length);
      questions += monologue.sentences.filter((sentence) => sentence.text.endsWith("?")).length;
      const before = previous?.sentences.at(-1);
      if (before && previous && !internal.has(previous.speakerId))
        pauses.push((first.start - before.end) / 1000);
    } else if (!internal.has(monologue.speakerId)) {
      longestStory = Math.max(longestStory, length);
    }
    if (previous && previous.speakerId !== monologue.speakerId) switches++;
    previous = monologue;
  }
  const minutes = Math.max(1, call.duration / 60);
  return {
    "Talk Ratio": round(total ? (times.get(host) ?? 0) / total : 0, 2),
    "Longest Monologue": Math.round(longestMonologue),
    "Longest Customer Story": Math.round(longestStory),
    Interactivity: round(Math.min(10, (switches / minutes) * 2), 1),
    Patience: round(pauses.length ? pauses.reduce((sum, pause) => sum + pause, 0) / pauses.length : 0, 2),
    "Question Rate": round((questions / minutes) * 60, 1),
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
