// What a call export includes, and the one contentSelector that asks /v2/calls/extensive for all of it at once.
import type { ActionInput } from "../catalog/types.js";
import { GongError } from "../core/errors.js";

export const exportParts = [
  "parties",
  "content",
  "interaction",
  "collaboration",
  "media",
  "context",
  "transcript",
] as const;
export type ExportPart = (typeof exportParts)[number];

/** Everything but media links, which need scope api:calls:read:media-url and expire after 8 hours. */
export const defaultInclude: readonly ExportPart[] = exportParts.filter((part) => part !== "media");

function isExportPart(value: string): value is ExportPart {
  return (exportParts as readonly string[]).includes(value);
}

/** The parts in a fixed order, without repeats; an unknown part is refused with the list of known ones. */
export function normalizeInclude(parts: readonly string[]): ExportPart[] {
  const unknown = parts.filter((part) => !isExportPart(part));
  if (unknown.length > 0) {
    throw new GongError(
      "invalid_input",
      `Unknown export part ${unknown.join(", ")}; choose from ${exportParts.join(", ")}.`,
    );
  }
  return exportParts.filter((part) => parts.includes(part));
}

/** `transcript,parties` (the CLI's --include) as parts. */
export function parseInclude(text: string): ExportPart[] {
  return normalizeInclude(
    text
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

type ContentSelector = NonNullable<ActionInput<"GONG_RETRIEVE_FILTERED_CALL_DETAILS">["contentSelector"]>;
type ExposedFields = NonNullable<ContentSelector["exposedFields"]>;

/**
 * The extensive request's contentSelector. A transcript needs the parties (to name its speakers), so they are
 * asked for whenever the transcript is, even when the record will not carry them.
 */
export function contentSelectorFor(include: readonly ExportPart[]): ContentSelector {
  const wants = (part: ExportPart) => include.includes(part);
  const exposedFields: ExposedFields = {};
  if (wants("parties") || wants("transcript")) exposedFields.parties = true;
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
