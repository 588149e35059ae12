// Where an action's output holds int64 ids. Gong sends them as bare JSON numbers; gongkit returns them as
// digit strings. The paths are found once per action by walking its output schema, so decoding touches only
// those fields instead of running the whole schema over every response.
import { z } from "zod";
import { idOutput } from "../core/schema-kinds.js";

/** A key, `[]` for every array element, or `{}` for every record value. */
export type Segment = string | "[]" | "{}";
export type IdPath = readonly Segment[];

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable)
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

export function idPaths(schema: z.ZodType, prefix: Segment[] = []): IdPath[] {
  const inner = unwrap(schema);
  if (inner === idOutput) return [prefix];
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      idPaths(child, [...prefix, key]),
    );
  }
  if (inner instanceof z.ZodArray) return idPaths(inner.element as z.ZodType, [...prefix, "[]"]);
  if (inner instanceof z.ZodRecord) return idPaths(inner.valueType as z.ZodType, [...prefix, "{}"]);
  return [];
}

type Holder = Record<string, unknown>;

function keysAt(value: object, segment: Segment | undefined): string[] {
  if (segment === "[]") return Array.isArray(value) ? Object.keys(value) : [];
  if (segment === "{}") return Object.keys(value);
  return segment !== undefined && !Array.isArray(value) && segment in value ? [segment] : [];
}

function visit(value: unknown, path: IdPath, at: number): void {
  if (value === null || typeof value !== "object") return;
  const holder = value as Holder;
  const last = at === path.length - 1;
  for (const key of keysAt(value, path[at])) {
    const child = holder[key];
    if (!last) visit(child, path, at + 1);
    else if (typeof child === "number" || typeof child === "bigint") holder[key] = child.toString();
  }
}

/** Rewrites, in place, every int64 id at the given paths as a digit string. */
export function normalizeIds(data: unknown, paths: readonly IdPath[]): void {
  for (const path of paths) visit(data, path, 0);
}
