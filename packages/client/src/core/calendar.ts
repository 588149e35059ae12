// Calendar helpers: days in a time zone (Gong's stats take YYYY-MM-DD days in the company's zone), ISO instants,
// and moving an instant by whole weeks while keeping its wall-clock time.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** Minutes the zone is ahead of UTC at an instant (e.g. -240 for New York in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(instant: number | string, timeZone: string): string {
  const wall = wallClock(typeof instant === "string" ? Date.parse(instant) : instant, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

const dayStarts = new Map<string, number>();

/** The instant (ms) a calendar day starts in a time zone. */
export function startOfDay(day: string, timeZone: string): number {
  const key = `${timeZone}|${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
    const guess = Date.UTC(year, month - 1, date);
    const first = guess - offsetMinutes(guess, timeZone) * 60_000;
    start = guess - offsetMinutes(first, timeZone) * 60_000;
    dayStarts.set(key, start);
  }
  return start;
}

/** ISO-8601 with the zone's offset, e.g. 2026-08-01T00:00:00-04:00. */
export function isoInZone(instant: number, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const wall = wallClock(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${hours}:${pad(Math.abs(offset) % 60)}`;
}

/** ISO-8601 in UTC without milliseconds, as Gong writes most instants. */
export function isoUtc(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 19)}Z`;
}

/** The YYYY-MM-DD day `count` days after `day`. */
export function addDays(day: string, count: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  return addDays(day, 1);
}

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A real YYYY-MM-DD day: 2028-02-29 is one, 2026-02-30 is not (Date.parse would roll it over to March). */
export function isIsoDay(text: string): boolean {
  return isoDayPattern.test(text) && addDays(text, 0) === text;
}

/** Whether Intl knows an IANA time zone name, e.g. America/New_York. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The Monday (YYYY-MM-DD) of the week a day is in; Gong's weeks start on Monday. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Whole weeks from the week of instant `from` to the week of instant `to`, in a time zone. */
export function weeksBetween(from: number, to: number, timeZone: string): number {
  const start = Date.parse(`${mondayOf(localDay(from, timeZone))}T00:00:00Z`);
  const end = Date.parse(`${mondayOf(localDay(to, timeZone))}T00:00:00Z`);
  return Math.round((end - start) / (7 * 86_400_000));
}

/**
 * The instant `weeks` weeks after `instant` at the same wall-clock time in the zone, so a 10:00 meeting stays
 * at 10:00 across a daylight-saving change.
 */
export function shiftByWeeks(instant: number, weeks: number, timeZone: string): number {
  if (weeks === 0) return instant;
  const day = localDay(instant, timeZone);
  const sinceMidnight = instant - startOfDay(day, timeZone);
  const target = addDays(day, weeks * 7);
  const shifted = startOfDay(target, timeZone) + sinceMidnight;
  // Elapsed time since midnight differs from wall-clock time by the offset change during either day.
  const drift =
    offsetMinutes(instant, timeZone) -
    offsetMinutes(startOfDay(day, timeZone), timeZone) -
    (offsetMinutes(shifted, timeZone) - offsetMinutes(startOfDay(target, timeZone), timeZone));
  return shifted + drift * 60_000;
}
