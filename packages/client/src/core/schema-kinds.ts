// The few value kinds the generated schemas share: Gong's int64 values and ids, ISO date-times, file paths.
import { z } from "zod";

const int64Max = 9223372036854775807n;
const int64Min = -9223372036854775808n;

/** Why a digit string is no int64 (its value is out of range), or undefined when it is one. */
function int64RangeMessage(input: unknown): string | undefined {
  if (typeof input !== "string" && typeof input !== "bigint") return undefined;
  const quoted = typeof input === "string" ? JSON.stringify(input) : `${input}n`;
  if (typeof input === "string" && !/^-?\d+$/.test(input)) return undefined;
  const value = BigInt(input);
  if (value > int64Max) return `${quoted} is above the int64 maximum 9223372036854775807`;
  if (value < int64Min) return `${quoted} is below the int64 minimum -9223372036854775808`;
  return undefined;
}

const inInt64Range = (value: string | bigint) => int64RangeMessage(value) === undefined;
const rangeError = (issue: { input: unknown }) => int64RangeMessage(issue.input);

/** An int64 in a request (path or query): digits, a bigint, or a safe integer. Serialized as digits. */
export const int64Input = z.union([
  z
    .string()
    .regex(/^-?\d{1,20}$/, 'expected an integer written as digits, e.g. "7782342274025937895"')
    .refine(inInt64Range, { error: rangeError }),
  z.bigint().refine(inInt64Range, { error: rangeError }),
  z.int(),
]);

/**
 * Gong's numeric id declared as a string (calls, users, folders, workspaces): digits of an int64. Gong writes
 * "up to 20 digits", but no 20-digit value above 9223372036854775807 is an int64, so none can name a record.
 */
export const idString = z
  .string()
  .regex(/^\d{1,20}$/, 'expected Gong\'s numeric id as digits, e.g. "7782342274025937895"')
  .refine(inInt64Range, { error: rangeError });

/** An int64 id in a response. Gong sends a bare JSON number of up to 20 digits; gongkit keeps it as digits. */
export const idOutput = z
  .union([z.string(), z.number(), z.bigint()])
  .transform((value) => (typeof value === "string" ? value : value.toString()));

/** A non-id int64 in a response (offsets, durations). Values above 2^53 arrive as bigint. */
export const int64Output = z.union([z.number(), z.bigint()]);

/** What to write instead of a date-time that is a day, or a time without its zone; undefined for others. */
function dateTimeHint(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const quoted = JSON.stringify(input);
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return `${quoted} is a date without a time; write "${input}T00:00:00Z" (or with your offset, e.g. "${input}T00:00:00-05:00")`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(input)) {
    const time = input.length === 16 ? `${input}:00` : input;
    return `${quoted} has no time zone; write "${time}Z" for UTC (or with your offset, e.g. "${time}-05:00")`;
  }
  return undefined;
}

/**
 * ISO-8601 with a time zone offset or Z, as Gong requires: 2018-02-18T02:30:00-07:00 or 2018-02-18T08:00:00Z.
 * A day or a zoneless time is refused with the value to write instead.
 */
export const isoDateTime = z.iso.datetime({ offset: true, error: (issue) => dateTimeHint(issue.input) });

/** A multipart file part: the path of a local file, streamed from disk when the request is sent. */
export const localFilePath = z
  .string()
  .min(1)
  .describe("Path of a local file to upload; it is streamed, not read into memory.");

/** A calendar day, YYYY-MM-DD (Gong's stats take days in the company's time zone). */
export const isoDay = z.iso.date();
