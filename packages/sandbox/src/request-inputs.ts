// What the plumbing checks before a handler runs, as Gong would: required query parameters and body fields
// present and well-typed (using the catalogue's schemas of each operation), and a stable fingerprint of the
// inputs that paging cursors are bound to.
import { createHash } from "node:crypto";
import type { Route } from "@gongkit/client/internal/catalog/types.js";
import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import { z } from "zod";

type Shape = Record<string, z.ZodType>;

export interface RequestInputs {
  path: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when there is none. */
  body: unknown;
}

/** Validates the path, query and (already parsed) body of a request; returns Gong-style error messages. */
export function inputErrors(input: z.ZodType, route: Route, { path, query, body }: RequestInputs): string[] {
  const shape = (input as unknown as z.ZodObject<Shape>).shape;
  const errors: string[] = [];
  for (const name of route.pathParams) {
    const schema = shape[name];
    const problem = schema && textValueError(schema, [path[name] ?? ""]);
    if (problem) errors.push(`Invalid path parameter '${name}': ${problem}`);
  }
  for (const name of route.queryParams) {
    const schema = shape[name];
    if (!schema) continue;
    const values = query.getAll(name);
    if (values.length === 0) {
      if (!schema.safeParse(undefined).success) errors.push(`Missing required query parameter '${name}'`);
      continue;
    }
    const problem = textValueError(schema, values);
    if (problem) errors.push(`Invalid query parameter '${name}': ${problem}`);
  }
  if (route.body.kind === "json") {
    if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
      return [...errors, "The request body must be a JSON object"];
    }
    const fields = Object.fromEntries(
      route.body.keys.flatMap((key) => (shape[key] ? [[key, shape[key]]] : [])),
    );
    errors.push(...issues(z.object(fields).safeParse(body ?? {}), "body"));
  } else if (route.body.kind === "json-value") {
    const schema = shape[route.body.key];
    if (schema) {
      if (body === undefined) errors.push("Missing required JSON request body");
      else errors.push(...issues(schema.safeParse(body), "body"));
    }
  }
  return errors;
}

// A path or query value arrives as text: accept it in the schema's string, boolean, number or list form.
function textValueError(schema: z.ZodType, values: string[]): string | undefined {
  const text = values[values.length - 1] ?? "";
  const candidates: unknown[] = [text, values];
  if (text === "true" || text === "false") candidates.push(text === "true");
  if (/^-?\d+(\.\d+)?$/.test(text)) candidates.push(Number(text));
  if (candidates.some((candidate) => schema.safeParse(candidate).success)) return undefined;
  const result = schema.safeParse(text);
  return result.success ? undefined : (result.error.issues[0]?.message ?? "invalid value");
}

function issues(result: z.ZodSafeParseResult<unknown>, where: string): string[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const missing = issue.code === "invalid_type" && issue.message.includes("received undefined");
    if (missing) return `Missing required ${where} field '${path}'`;
    return `Invalid ${where} field '${path || "(root)"}': ${issue.message}`;
  });
}

/** A stable digest of a request's inputs without its cursor (query `cursor` or top-level body `cursor`). */
export function inputFingerprint(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): string {
  const params = [...query.entries()].filter(([key]) => key !== "cursor").sort(compareEntries);
  let inputs = body;
  if (body && typeof body === "object" && !Array.isArray(body) && "cursor" in body) {
    const { cursor: _cursor, ...rest } = body as Record<string, unknown>;
    inputs = rest;
  }
  const text = stringifyJson([method, path, params, sortKeys(inputs)]);
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

function compareEntries(a: [string, string], b: [string, string]): number {
  return a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value ?? null;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
