// The one builder of filtered call-details requests (GONG_RETRIEVE_FILTERED_CALL_DETAILS, /v2/calls/extensive):
// which parts of each call Gong should expose, as its contentSelector wants them. The export, the call brief,
// the call finder and the transcript readers all ask through it.
import type { ActionInput } from "../catalog/types.js";

export const callDetailParts = [
  "parties",
  "content",
  "interaction",
  "collaboration",
  "media",
  "context",
] as const;
/** `context` is the Extended CRM context (the account's name, i.e. external parties' company). */
export type CallDetailPart = (typeof callDetailParts)[number];

export type CallDetailsInput = ActionInput<"GONG_RETRIEVE_FILTERED_CALL_DETAILS">;
type ContentSelector = NonNullable<CallDetailsInput["contentSelector"]>;
type ExposedFields = NonNullable<ContentSelector["exposedFields"]>;

/** The contentSelector exposing exactly these parts. */
export function callDetailsSelector(parts: readonly CallDetailPart[]): ContentSelector {
  const wants = (part: CallDetailPart) => parts.includes(part);
  const exposedFields: ExposedFields = {};
  if (wants("parties")) exposedFields.parties = true;
  if (wants("content")) {
    exposedFields.content = {
      structure: true,
      topics: true,
      trackers: true,
      trackerOccurrences: true,
      brief: true,
      outline: true,
      highlights: true,
      callOutcome: true,
      keyPoints: true,
    };
  }
  if (wants("interaction")) {
    exposedFields.interaction = {
      speakers: true,
      video: true,
      personInteractionStats: true,
      questions: true,
    };
  }
  if (wants("collaboration")) exposedFields.collaboration = { publicComments: true };
  if (wants("media")) exposedFields.media = true;
  const selector: ContentSelector = { exposedFields };
  if (wants("context")) selector.context = "Extended";
  return selector;
}

/** The request for the calls matching `filter`, exposing `parts`, from `cursor` when given. */
export function callDetailsInput(
  filter: CallDetailsInput["filter"],
  parts: readonly CallDetailPart[],
  cursor?: string,
): CallDetailsInput {
  return { filter, contentSelector: callDetailsSelector(parts), ...(cursor ? { cursor } : {}) };
}
