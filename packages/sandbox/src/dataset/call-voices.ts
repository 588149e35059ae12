// Details of a call's people and meeting that only some calls have: a voice Gong could not match to a
// party, and the join link of the meeting system the call ran on.
import type { Random } from "../random.js";
import type { PartyRecord } from "../state.js";
import type { CallSpec } from "./call-plan.js";
import { derivedId } from "./ids.js";
import type { Speaker } from "./transcript.js";

/**
 * Now and then a voice Gong could not match to anyone: a customer's colleague who spoke from a shared room (a
 * party with no name, email or phone) or someone who dialled in by phone (named by the number). Both parties'
 * affiliation is Unknown.
 */
export function extraVoice(
  random: Random,
  spec: CallSpec,
  voices: number,
): { speaker: Speaker; party?: PartyRecord } | undefined {
  if (spec.phone || !spec.account || spec.kind === "voicemail" || voices >= 6) return undefined;
  const roll = random.next();
  const which = spec.extraVoice ?? (roll < 0.05 ? "unnamed" : roll < 0.1 ? "dialIn" : "none");
  if (which === "none") return undefined;
  const speaker: Speaker = {
    speakerId: random.id(),
    firstName: "",
    internal: false,
    weight: 0.6,
    expert: false,
  };
  // A voice with no name still is one of the call's parties; its id is derived, so no other call's draws move.
  if (which === "unnamed")
    return {
      speaker,
      party: {
        id: derivedId(`unmatched-voice:${speaker.speakerId}`),
        speakerId: speaker.speakerId,
        affiliation: "Unknown",
        methods: ["Attendee"],
      },
    };
  const area = random.pick(["212", "312", "415", "617", "646", "720"]);
  const line = `01${String(random.int(0, 99)).padStart(2, "0")}`;
  const party: PartyRecord = {
    id: random.id(),
    name: `+1 ${area}-555-${line}`,
    phoneNumber: `+1${area}555${line}`,
    speakerId: speaker.speakerId,
    affiliation: "Unknown",
    methods: ["Attendee"],
  };
  return { speaker, party };
}

/** The join link of the meeting system the call ran on. */
export function meetingUrl(system: string, callId: string): string {
  const letters = [...callId].map(
    (digit, index) => "abcdefghijklmnopqrstuvwxyz"[(Number(digit) * 7 + index) % 26],
  );
  switch (system) {
    case "Google Meet":
      return `https://meet.google.com/${letters.slice(0, 3).join("")}-${letters.slice(3, 7).join("")}-${letters.slice(7, 10).join("")}`;
    case "Microsoft Teams":
      return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${letters.join("")}%40thread.v2/0`;
    default:
      return `https://acme-sales.zoom.us/j/${callId.slice(0, 11)}`;
  }
}
