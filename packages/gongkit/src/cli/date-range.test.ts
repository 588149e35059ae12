import { describe, expect, it } from "vitest";
import { parseDateRange } from "./date-range.js";
import { UsageError } from "./io.js";

const now = Date.parse("2026-11-15T12:34:56Z");
const hours = (range: { from: string; to: string } | undefined) =>
  range ? (Date.parse(range.to) - Date.parse(range.from)) / 3_600_000 : undefined;

function refusal(flags: Parameters<typeof parseDateRange>[0]): string {
  try {
    parseDateRange(flags, now);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("parseDateRange", () => {
  it("reads whole days in UTC, the --to day included", () => {
    expect(parseDateRange({ from: "2026-11-01", to: "2026-11-30" }, now)).toEqual({
      from: "2026-11-01T00:00:00Z",
      to: "2026-12-01T00:00:00Z",
    });
    expect(parseDateRange({ from: "2026-12-31", to: "2026-12-31" }, now)).toEqual({
      from: "2026-12-31T00:00:00Z",
      to: "2027-01-01T00:00:00Z",
    });
  });

  it("ends a month and a leap year's February on the right day", () => {
    expect(parseDateRange({ from: "2026-04-01", to: "2026-04-30" }, now)?.to).toBe("2026-05-01T00:00:00Z");
    expect(parseDateRange({ from: "2028-02-29", to: "2028-02-29" }, now)).toEqual({
      from: "2028-02-29T00:00:00Z",
      to: "2028-03-01T00:00:00Z",
    });
  });

  it("puts days at the midnights of --tz, across daylight-saving changes", () => {
    const tz = "America/New_York";
    expect(parseDateRange({ from: "2026-11-01", to: "2026-11-01", tz }, now)).toEqual({
      from: "2026-11-01T04:00:00Z",
      to: "2026-11-02T05:00:00Z",
    });
    expect(hours(parseDateRange({ from: "2026-11-01", to: "2026-11-01", tz }, now))).toBe(25);
    expect(hours(parseDateRange({ from: "2027-03-14", to: "2027-03-14", tz }, now))).toBe(23);
    expect(hours(parseDateRange({ from: "2026-11-02", to: "2026-11-02", tz }, now))).toBe(24);
  });

  it("takes instants as written, with Z or an offset", () => {
    expect(parseDateRange({ from: "2026-11-01T09:00:00Z", to: "2026-11-01T17:00:00-05:00" }, now)).toEqual({
      from: "2026-11-01T09:00:00Z",
      to: "2026-11-01T17:00:00-05:00",
    });
  });

  it("reads --since back from now, up to now or --to", () => {
    expect(parseDateRange({ since: "7d" }, now)).toEqual({
      from: "2026-11-08T12:34:56Z",
      to: "2026-11-15T12:34:56Z",
    });
    expect(parseDateRange({ since: "24h" }, now)?.from).toBe("2026-11-14T12:34:56Z");
    expect(parseDateRange({ since: "30m" }, now)?.from).toBe("2026-11-15T12:04:56Z");
    expect(parseDateRange({ since: "2w" }, now)?.from).toBe("2026-11-01T12:34:56Z");
    expect(parseDateRange({ since: "2w", to: "2026-11-10" }, now)?.to).toBe("2026-11-11T00:00:00Z");
  });

  it("runs up to now without --to, and names no range without a start", () => {
    expect(parseDateRange({ from: "2026-11-01" }, now)?.to).toBe("2026-11-15T12:34:56Z");
    expect(parseDateRange({ to: "2026-11-01" }, now)).toBeUndefined();
  });

  it("refuses what is not a date, naming the flag and showing the accepted forms", () => {
    expect(refusal({ from: "11/01/2026", to: "2026-11-30" })).toBe(
      '--from "11/01/2026" is not a date. Use 2026-11-01 (a whole day, UTC unless --tz), ' +
        "2026-11-01T09:00:00Z (an instant), or with --since: 7d, 24h, 30m, 2w.",
    );
    expect(refusal({ from: "2026-11-01", to: "2026-02-30" })).toMatch(
      /^--to "2026-02-30" is not a date\. Use/,
    );
    expect(refusal({ from: "2026-13-01" })).toMatch(/^--from "2026-13-01" is not a date/);
    expect(refusal({ from: "2027-02-29" })).toMatch(/^--from "2027-02-29" is not a date/);
    expect(refusal({ from: "yesterday" })).toMatch(/^--from "yesterday" is not a date/);
    expect(refusal({ from: "2026-11-01T09:00:00" })).toMatch(/is not a date/);
    expect(refusal({ since: "yesterday" })).toMatch(/^--since "yesterday" is not a duration\. Use 7d, 24h/);
    expect(refusal({ since: "0d" })).toMatch(/is not a duration/);
  });

  it("refuses an unknown zone", () => {
    expect(refusal({ from: "2026-11-01", tz: "Mars/Olympus" })).toMatch(
      /^--tz "Mars\/Olympus" is not a time zone\. Use an IANA name, e\.g\. America\/New_York/,
    );
  });

  it("refuses --since with --from, and an empty or backwards range, by the flags' names", () => {
    expect(refusal({ since: "7d", from: "2026-11-01" })).toMatch(/--since and --from/);
    expect(refusal({ from: "2026-11-30", to: "2026-11-01" })).toBe(
      "--from 2026-11-30 (2026-11-30T00:00:00Z) is not before --to 2026-11-01 " +
        "(2026-11-02T00:00:00Z, the end of that day): the range is empty.",
    );
    expect(refusal({ from: "2026-11-01T09:00:00Z", to: "2026-11-01T09:00:00Z" })).toMatch(
      /^--from 2026-11-01T09:00:00Z is not before --to 2026-11-01T09:00:00Z: the range is empty\.$/,
    );
    expect(refusal({ from: "2026-12-01" })).toMatch(/is not before now \(2026-11-15T12:34:56Z\)/);
    expect(refusal({ since: "2w", to: "2026-10-01" })).toMatch(
      /^--since 2w \(2026-11-01T12:34:56Z\) is not before --to/,
    );
  });
});
