// Lossless JSON. Gong ids have up to 20 digits and 25 response fields are bare int64 numbers, which
// JSON.parse would round. Integers beyond 2^53 become bigint; everything else parses as usual.
import { parse, stringify } from "lossless-json";

// A bare (unquoted) integer of 16+ digits is the only thing JSON.parse can get wrong here.
const longBareNumber = /[:[,]\s*-?\d{16,}/;

const integer = /^-?\d+$/;

/** Safe integers and decimals stay numbers; only integers beyond 2^53 become bigint. */
function parseNumber(text: string): number | bigint {
  const value = Number(text);
  return integer.test(text) && !Number.isSafeInteger(value) ? BigInt(text) : value;
}

/** Parses JSON, keeping integers above 2^53 exact (as bigint). Fast path when none can be present. */
export function parseJson(text: string): unknown {
  if (!longBareNumber.test(text)) return JSON.parse(text);
  return parse(text, null, parseNumber);
}

/** Serializes JSON, writing bigint values as bare integers without loss. */
export function stringifyJson(value: unknown, indent?: number): string {
  if (!containsBigInt(value)) return JSON.stringify(value, null, indent);
  return stringify(value, null, indent) ?? "null";
}

function containsBigInt(value: unknown): boolean {
  if (typeof value === "bigint") return true;
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(containsBigInt);
  for (const key in value) if (containsBigInt((value as Record<string, unknown>)[key])) return true;
  return false;
}
