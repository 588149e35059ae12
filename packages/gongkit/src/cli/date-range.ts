// Ranges as people type them on the command line: whole days (2026-11-01, the --to day included, UTC unless
// --tz names a zone), instants (2026-11-01T09:00:00Z, or with an offset), or --since 7d / 24h / 30m / 2w. The
// result is a half-open [from, to) pair of ISO instants, checked to be non-empty before any request is sent.
import { isIsoDay, isoUtc, isTimeZone, nextDay, startOfDay } from "@gongkit/client/internal/core/calendar.js";
import { isoDateTime } from "@gongkit/client/internal/core/schema-kinds.js";
import { UsageError } from "./io.js";

export interface RangeFlags {
  from?: string | undefined;
  to?: string | undefined;
  since?: string | undefined;
  tz?: string | undefined;
}

export interface DateRange {
  /** Inclusive start, an ISO instant. */
  from: string;
  /** Exclusive end, an ISO instant. */
  to: string;
}

/** The forms the range flags accept, for usage texts and refusals. */
export const acceptedForms =
  "Use 2026-11-01 (a whole day, UTC unless --tz), 2026-11-01T09:00:00Z (an instant), or with --since: 7d, 24h, 30m, 2w.";

const unitMs: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `--from` is the start of its day; `--to` the end of its day (the next day's start), so the day is included. */
function instantOf(flag: "--from" | "--to", text: string, timeZone: string): { iso: string; ms: number } {
  if (isIsoDay(text)) {
    const ms = startOfDay(flag === "--to" ? nextDay(text) : text, timeZone);
    return { iso: isoUtc(ms), ms };
  }
  if (isoDateTime.safeParse(text).success) return { iso: text, ms: Date.parse(text) };
  throw new UsageError(`${flag} ${JSON.stringify(text)} is not a date. ${acceptedForms}`);
}

function durationMs(text: string): number {
  const match = /^(\d+)([mhdw])$/.exec(text);
  const count = Number(match?.[1]);
  if (!match?.[2] || !(count > 0)) {
    throw new UsageError(
      `--since ${JSON.stringify(text)} is not a duration. Use 7d, 24h, 30m or 2w (minutes, hours, days, weeks ` +
        "back from now), or --from 2026-11-01 (a whole day) or --from 2026-11-01T09:00:00Z (an instant).",
    );
  }
  return count * (unitMs[match[2]] ?? 0);
}

/**
 * The range the flags name: --from (or --since) up to --to, or up to `now` without --to. Undefined when neither
 * --from nor --since is given, for the command to say what it needs.
 */
export function parseDateRange(flags: RangeFlags, now: number): DateRange | undefined {
  const timeZone = flags.tz ?? "UTC";
  if (!isTimeZone(timeZone)) {
    throw new UsageError(
      `--tz ${JSON.stringify(flags.tz)} is not a time zone. Use an IANA name, e.g. America/New_York or Europe/Berlin (days are UTC without --tz).`,
    );
  }
  if (flags.since !== undefined && flags.from !== undefined) {
    throw new UsageError("--since and --from both name the start; give one of them.");
  }
  const to = flags.to === undefined ? { iso: isoUtc(now), ms: now } : instantOf("--to", flags.to, timeZone);
  let from: { iso: string; ms: number };
  let start: string;
  if (flags.since !== undefined) {
    const ms = now - durationMs(flags.since);
    from = { iso: isoUtc(ms), ms };
    start = `--since ${flags.since} (${from.iso})`;
  } else if (flags.from !== undefined) {
    from = instantOf("--from", flags.from, timeZone);
    start = `--from ${flags.from}${from.iso === flags.from ? "" : ` (${from.iso})`}`;
  } else {
    return undefined;
  }
  if (from.ms >= to.ms) {
    const end = flags.to === undefined ? `now (${to.iso})` : `--to ${flags.to}`;
    const shown = flags.to !== undefined && to.iso !== flags.to ? ` (${to.iso}, the end of that day)` : "";
    throw new UsageError(`${start} is not before ${end}${shown}: the range is empty.`);
  }
  return { from: from.iso, to: to.iso };
}
