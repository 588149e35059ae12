// One CSV row per call (RFC 4180 quoting): the basic metadata, the parties in one cell and the transcript as
// "Speaker: text" lines in another.
import type { CallRecord } from "./record.js";

export const csvColumns = [
  "id",
  "title",
  "started",
  "duration",
  "direction",
  "scope",
  "primaryUserId",
  "workspaceId",
  "url",
  "parties",
  "transcript",
] as const;

// Call titles and transcripts are written by outsiders; a cell starting like a formula would run as one when
// the file is opened in a spreadsheet, so it gets a leading apostrophe (OWASP's CSV-injection advice).
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A field, quoted when it holds a comma, a quote, a line break or edge spaces; quotes are doubled; text that
 * a spreadsheet would read as a formula is defused with a leading apostrophe (numbers are left alone).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const raw = String(value);
  const text = typeof value === "string" && formulaStart.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly unknown[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function partiesCell(record: CallRecord): string {
  return (record.parties ?? [])
    .map((party) => {
      const name = party.name ?? party.phoneNumber ?? "";
      const email = party.emailAddress ? ` <${party.emailAddress}>` : "";
      const affiliation = party.affiliation ? ` (${party.affiliation})` : "";
      return `${name}${email}${affiliation}`.trim();
    })
    .join("; ");
}

function transcriptCell(record: CallRecord): string {
  return (record.transcript ?? [])
    .map((monologue) => {
      const speaker = monologue.speakerName ?? monologue.speakerId ?? "Unknown speaker";
      return `${speaker}: ${monologue.sentences.map((sentence) => sentence.text ?? "").join(" ")}`;
    })
    .join("\n");
}

export function callCsvRow(record: CallRecord): unknown[] {
  const meta = record.metaData;
  return [
    record.id,
    meta.title,
    meta.started,
    meta.duration,
    meta.direction,
    meta.scope,
    meta.primaryUserId,
    meta.workspaceId,
    meta.url,
    partiesCell(record),
    transcriptCell(record),
  ];
}
