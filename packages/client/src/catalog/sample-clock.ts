// The clock the sample data and the catalogue's examples are written at, and how they move to the present.
// The sandbox's dataset is generated once at `sampleIds.sandboxNow` (the end of a Friday in the company's
// zone) and then moved by whole weeks, wall-clock times kept, so that its last week is the current one: ids and
// content never change, weekdays and business hours stay as they were. Examples move by the same weeks.
import { addDays, isoUtc, shiftByWeeks, weeksBetween } from "../core/calendar.js";
import { sampleIds } from "./sample-ids.js";

/** The sample company's time zone (Acme Sales, New York). */
export const sampleTimeZone = "America/New_York";

/** The instant the dataset and the examples are written at. */
export const sampleReferenceNow = Date.parse(sampleIds.sandboxNow);

/** Weeks from the dataset's last week to the week of `now` (0 at the reference, 13 thirteen weeks later). */
export function weeksToPresent(now: number): number {
  // The reference is the end of the dataset's last day; its week is the week of the instant just before.
  return weeksBetween(sampleReferenceNow - 1, now, sampleTimeZone);
}

const instantPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{1,3})?Z$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date or time string moved by `weeks`, in the same form (`2026-08-18`, `2026-08-18T16:00:00Z` with or
 * without milliseconds); any other string comes back unchanged.
 */
export function shiftTimeText(text: string, weeks: number): string {
  if (weeks === 0 || text.length > 24) return text;
  if (datePattern.test(text)) return addDays(text, weeks * 7);
  const match = instantPattern.exec(text);
  if (!match) return text;
  const moved = shiftByWeeks(Date.parse(text), weeks, sampleTimeZone);
  return match[3] ? new Date(moved).toISOString() : isoUtc(moved);
}

/**
 * Moves every date and time string inside a JSON-like value by `weeks`, in place; `skip(key)` names
 * properties to leave alone (large arrays that hold no dates). Returns the value.
 */
export function shiftTimesInPlace<T>(
  value: T,
  weeks: number,
  skip: (key: string) => boolean = () => false,
): T {
  if (weeks === 0) return value;
  const visit = (node: unknown): unknown => {
    if (typeof node === "string") return shiftTimeText(node, weeks);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) node[index] = visit(node[index]);
    } else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!skip(key)) record[key] = visit(record[key]);
    }
    return node;
  };
  return visit(value) as T;
}

/** An example input with its dates moved to the present (`now`), as the sandbox moves its data. */
export function exampleInputAt<T>(input: T, now: number): T {
  return shiftTimesInPlace(structuredClone(input), weeksToPresent(now));
}
