// The shape of the phrase banks transcripts are built from. A topic is talked about in exchanges; each
// exchange covers one subject, whose lines are grouped by who says them and whether they ask or tell.

export type Topic =
  | "Small Talk"
  | "Call Setup"
  | "Discovery"
  | "Product Demo"
  | "Competition"
  | "Pricing"
  | "Security"
  | "Implementation"
  | "Renewal"
  | "Pipeline Review"
  | "Next Steps"
  | "Voicemail"
  | "Introduction";

/**
 * How a topic's exchanges go: `interview` (the lead asks, the other side explains at length), `presentation`
 * (the lead talks through something for a minute or two, the other side reacts), `discussion` (short turns
 * back and forth) or `monologue` (one voice, e.g. a voicemail).
 */
export type Style = "interview" | "presentation" | "discussion" | "monologue";

/**
 * A line template with `{slot}` placeholders, or alternatives (a list) of which a call says only one: ways of
 * saying the same thing, or answers that would contradict each other if both were said.
 */
export type Phrase = string | readonly string[];

/**
 * One thing an exchange is about. The lead is Acme's side (in internal calls, the host); the other side is the
 * customer (in internal calls, the host's colleagues). A call says each phrase at most once.
 */
export interface Subject {
  /** What Gong's outline lists when the subject comes up. */
  label: string;
  /** What a summary says about it: a key point, or for the wrap-up a next step. */
  point?: string | undefined;
  /** The lead's questions. */
  ask?: readonly Phrase[] | undefined;
  /** The lead explaining, presenting or reacting. */
  tell?: readonly Phrase[] | undefined;
  /** The other side explaining or reacting. */
  answer?: readonly Phrase[] | undefined;
  /** The other side's questions. */
  query?: readonly Phrase[] | undefined;
  /** Lines are said in the order written (an agenda), not shuffled. */
  ordered?: boolean | undefined;
}

export interface TopicBank {
  style: Style;
  subjects: readonly Subject[];
  /** Said when the topic begins (greetings, sharing a screen). */
  opening?: Subject | undefined;
  /** Said last when the topic closes the call (goodbyes). */
  closing?: Subject | undefined;
  /** Lines that fit any of the topic's subjects, for when a subject's own lines are spent. */
  general?: Subject | undefined;
  /**
   * Templates that may come back in the same call with other values, a few minutes apart at the earliest:
   * narrating a demo's example deals, going through settings one by one, a deal-by-deal review.
   */
  routine?: Subject | undefined;
}
