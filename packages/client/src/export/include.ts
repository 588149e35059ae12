// What a call export includes, and the one contentSelector that asks /v2/calls/extensive for all of it at once.
import { callDetailParts, callDetailsSelector } from "../client/call-details.js";
import { GongError } from "../core/errors.js";

/** The parts of a call-details request, and the transcript (a second request). */
export const exportParts = [...callDetailParts, "transcript"] as const;
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

/**
 * The extensive request's contentSelector. A transcript needs the parties (to name its speakers), so they are
 * asked for whenever the transcript is, even when the record will not carry them.
 */
export function contentSelectorFor(include: readonly ExportPart[]) {
  return callDetailsSelector(include.map((part) => (part === "transcript" ? "parties" : part)));
}
