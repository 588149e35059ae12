// Inputs generated from an action's JSON input schema (the one tools describe it by): a valid value for any
// schema, and around a base input, variants at and just past each limit, of the wrong type, and with prototype
// keys. Deterministic: the filler text comes from a seeded generator.

export type JsonSchema = {
  type?: string;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** `refuse`: the client must not send it. `either`: it may be refused for another reason, or sent. */
export interface Variant {
  name: string;
  input: unknown;
  expect: "refuse" | "either";
}

/** mulberry32: a small seeded generator, so every run builds the same inputs. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int64Max = "9223372036854775807";
/** The longest list or string built to test a limit. */
const maxBuilt = 100_000;
const digitIds = /^\^-?\\d\{1,20\}\$$|^\^\\d\{1,20\}\$$/;
const patternSamples = ["fuzz-1", "1234567890123456789", "+14255552671", "a"];

function isInt64(schema: JsonSchema): boolean {
  return (
    schema.anyOf?.some((option) => option.pattern !== undefined && digitIds.test(option.pattern)) ?? false
  );
}

function isDigitId(schema: JsonSchema): boolean {
  return schema.pattern !== undefined && digitIds.test(schema.pattern);
}

/** A string of exactly `length` characters of seeded filler (letters and digits). */
function filler(random: () => number, length: number): string {
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join("");
}

/** The `index`th of a family of distinct valid strings (arrays at maxItems need distinct items). */
function validString(schema: JsonSchema, random: () => number, index = 0): string | undefined {
  if (schema.enum) return String(schema.enum[index % schema.enum.length]);
  if (isDigitId(schema)) return String(1000000000000000000n + BigInt(index));
  if (schema.format === "email") return `fuzz${index}@example.com`;
  if (schema.format === "date-time") return `2026-09-01T00:00:${String(index % 60).padStart(2, "0")}Z`;
  if (schema.format === "date") return "2026-09-01";
  if (schema.pattern) {
    const regex = new RegExp(schema.pattern);
    return patternSamples.find((sample) => regex.test(sample));
  }
  const length = Math.max(schema.minLength ?? 0, 4);
  return `${filler(random, length - String(index).length)}${index}`.slice(0, schema.maxLength ?? length);
}

/** A value the schema accepts (its required fields only), or undefined when none can be made up. */
export function validValue(schema: JsonSchema, random: () => number, index = 0): unknown {
  if (isInt64(schema)) return String(1000000000000000000n + BigInt(index));
  if (schema.anyOf) return validValue(schema.anyOf[0] ?? {}, random, index);
  switch (schema.type) {
    case "string":
      return validString(schema, random, index);
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 0, 0), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return true;
    case "array":
      return arrayOf(schema, Math.max(schema.minItems ?? 0, 1), random);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? [])
        out[name] = validValue(schema.properties?.[name] ?? {}, random);
      return out;
    }
    default:
      return "any";
  }
}

function arrayOf(schema: JsonSchema, count: number, random: () => number): unknown[] {
  return Array.from({ length: count }, (_, i) => validValue(schema.items ?? {}, random, i));
}

/** Values that break one limit or rule of the schema, and values exactly at its limits. */
type Limit = { name: string; value: unknown; expect: Variant["expect"] };

function limitValues(schema: JsonSchema, random: () => number): Limit[] {
  const out: Limit[] = [];
  const add = (name: string, value: unknown, expect: Variant["expect"]) => out.push({ name, value, expect });
  if (isInt64(schema) || isDigitId(schema)) {
    add("int64 max", int64Max, "either");
    add("int64 max + 1", "9223372036854775808", "refuse");
    add("20 digits", "99999999999999999999", "refuse");
    if (isInt64(schema)) add("int64 min - 1", "-9223372036854775809", "refuse");
  }
  if (schema.type === "string") {
    if (schema.maxLength !== undefined && schema.maxLength <= maxBuilt) {
      add("at maxLength", filler(random, schema.maxLength), "either");
      add("past maxLength", filler(random, schema.maxLength + 1), "refuse");
    }
    if (schema.minLength !== undefined && schema.minLength > 0) {
      add("at minLength", filler(random, schema.minLength), "either");
      add("below minLength", filler(random, schema.minLength - 1), "refuse");
    }
    if (schema.enum) add("not in the enum", "NOT_A_GONG_VALUE", "refuse");
    if (schema.pattern) add("pattern violated", "\u0000 fuzz !", "refuse");
    if (schema.format === "email") add("malformed email", "fuzz@", "refuse");
    if (schema.format === "date-time") add("impossible date-time", "2026-02-30T25:00:00Z", "refuse");
  }
  if (schema.type === "integer" || schema.type === "number") {
    if (schema.minimum !== undefined) {
      add("at minimum", schema.minimum, "either");
      add("below minimum", schema.minimum - 1, "refuse");
    }
    if (schema.maximum !== undefined) {
      add("at maximum", schema.maximum, "either");
      add("above maximum", schema.maximum + 1, "refuse");
    }
    if (schema.type === "integer") add("not an integer", 1.5, "refuse");
  }
  if (schema.type === "array") {
    // A list capped at Java's Integer.MAX_VALUE (call parties) is capped by nothing one could send.
    if (schema.maxItems !== undefined && schema.maxItems <= maxBuilt) {
      add("at maxItems", arrayOf(schema, schema.maxItems, random), "either");
      add("past maxItems", arrayOf(schema, schema.maxItems + 1, random), "refuse");
    }
    if (schema.minItems !== undefined && schema.minItems > 0) {
      add("at minItems", arrayOf(schema, schema.minItems, random), "either");
      add("below minItems", arrayOf(schema, schema.minItems - 1, random), "refuse");
    }
  }
  const wrong = wrongType(schema);
  if (wrong !== undefined) add("wrong type", wrong.value, "refuse");
  if (schema.type !== undefined || schema.anyOf) add("null", null, "refuse");
  return out;
}

function wrongType(schema: JsonSchema): { value: unknown } | undefined {
  if (isInt64(schema)) return { value: true };
  const byType: Record<string, unknown> = {
    string: 42,
    integer: "7",
    number: "7",
    boolean: "true",
    array: "not a list",
    object: ["not", "an", "object"],
  };
  return schema.type && schema.type in byType ? { value: byType[schema.type] } : undefined;
}

const prototypeKeys = ["__proto__", "constructor", "prototype"];

/** An own enumerable property named `key`, as JSON.parse makes one for "__proto__". */
function withOwnKey(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value: { polluted: true }, enumerable: true, configurable: true });
  return copy;
}

/**
 * Every variant of `base` the schema suggests, down to `depth` levels of fields and list items (CRM field values sit 9 deep);
 * `wrap` puts a replacement for the value at this position back into the whole input.
 */
export function variants(
  schema: JsonSchema,
  base: unknown,
  random: () => number,
  wrap: (value: unknown) => unknown = (value) => value,
  path = "",
  depth = 10,
): Variant[] {
  // A null input as a whole is no input (run() may leave it out when nothing is required): judged as such.
  const limits = limitValues(schema, random).filter((v) => path !== "" || v.value !== null);
  const out: Variant[] = limits.map((v) => ({
    name: `${path || "(input)"}: ${v.name}`,
    input: wrap(v.value),
    expect: v.expect,
  }));
  if (depth === 0) return out;
  // Free-form values (CRM field values, records): the schema lets any key through, so only the client's own
  // check stands between a prototype key and Gong.
  const freeForm = (schema.type === "object" && !schema.properties) || (!schema.type && !schema.anyOf);
  if (freeForm) {
    const object = base !== null && typeof base === "object" && !Array.isArray(base) ? base : {};
    for (const key of prototypeKeys) {
      const input = wrap(withOwnKey(object as Record<string, unknown>, key));
      out.push({ name: `${path || "(input)"}: free-form own ${key}`, input, expect: "refuse" });
    }
  }
  if (schema.type === "object" && schema.properties) {
    const object = (base ?? validValue(schema, random)) as Record<string, unknown>;
    for (const key of prototypeKeys) {
      out.push({
        name: `${path || "(input)"}: own ${key}`,
        input: wrap(withOwnKey(object, key)),
        expect: "refuse",
      });
    }
    out.push({
      name: `${path || "(input)"}: unknown field`,
      input: wrap({ ...object, notAGongField: 1 }),
      expect: "refuse",
    });
    for (const [key, property] of Object.entries(schema.properties)) {
      const at = path ? `${path}.${key}` : key;
      const current = object[key] ?? validValue(property, random);
      if (object[key] === undefined && current !== undefined) {
        out.push({
          name: `${at}: a valid value`,
          input: wrap({ ...object, [key]: current }),
          expect: "either",
        });
      }
      out.push(
        ...variants(property, current, random, (value) => wrap({ ...object, [key]: value }), at, depth - 1),
      );
    }
  }
  if (schema.type === "array" && schema.items?.type === "object") {
    const list = (Array.isArray(base) && base.length > 0 ? base : arrayOf(schema, 1, random)) as unknown[];
    const replaceFirst = (value: unknown) => wrap([value, ...list.slice(1)]);
    out.push(...variants(schema.items, list[0], random, replaceFirst, `${path}[0]`, depth - 1));
  }
  return out;
}
