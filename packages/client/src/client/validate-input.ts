// Checks an action's input before anything is sent: prototype keys, the action's schema (zod issues turned into
// field-level messages a person or a model can act on), and ranges that run backwards.
import type { z } from "zod";
import type { Action } from "../catalog/types.js";
import { type FieldIssue, GongError } from "../core/errors.js";

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : String(part)))
    .join(".")
    .replace(/\.\[/g, "[");
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: pathOf([...issue.path, key]), message: "is not a field of this action's input" });
      }
      continue;
    }
    if (issue.code === "invalid_union") {
      issues.push({ path: pathOf(issue.path) || "(input)", message: unionMessage(issue) });
      continue;
    }
    issues.push({ path: pathOf(issue.path) || "(input)", message: issue.message });
  }
  return issues;
}

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const messages = issue.errors.flat().map((inner) => inner.message);
  return [...new Set(messages)].join(" or ") || issue.message;
}

export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}

const datePrefix = /^\d{4}-\d{2}-\d{2}/;

/**
 * A range whose start is after its end, caught before sending (Gong would answer 400): any pair of fields in one
 * object named alike but for from/to, e.g. fromDateTime/toDateTime, fromDate/toDate or createdFromDateTime/
 * createdToDateTime, at any depth (filter.fromDateTime). Input already checked by the action's schema.
 */
export function rangeIssues(input: unknown, path: readonly PropertyKey[] = []): FieldIssue[] {
  if (typeof input !== "object" || input === null) return [];
  const record = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(record)) {
    issues.push(...rangeIssues(value, [...path, key]));
    const toKey = key.replace(/^from/, "to").replace(/From/, "To");
    const end = record[toKey];
    if (toKey === key || typeof value !== "string" || typeof end !== "string") continue;
    if (!datePrefix.test(value) || !datePrefix.test(end) || !(Date.parse(value) > Date.parse(end))) continue;
    issues.push({
      path: pathOf([...path, key]),
      message: `${JSON.stringify(value)} is after ${pathOf([...path, toKey])} ${JSON.stringify(end)}: a range must start before it ends`,
    });
  }
  return issues;
}

const prototypeKeys = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Keys that can rewrite an object's prototype where the request is read (`__proto__`, `constructor`,
 * `prototype`), refused at any depth before any schema runs: JSON.parse makes `__proto__` an own property, and
 * free-form fields (CRM values, custom fields) would otherwise carry it to Gong. Own keys are read with
 * Object.getOwnPropertyNames, so non-enumerable ones are found too.
 */
export function prototypeKeyIssues(
  input: unknown,
  path: readonly PropertyKey[] = [],
  seen = new Set<object>(),
): FieldIssue[] {
  if (typeof input !== "object" || input === null || seen.has(input)) return [];
  seen.add(input);
  const issues: FieldIssue[] = [];
  for (const key of Object.getOwnPropertyNames(input)) {
    if (Array.isArray(input) && key === "length") continue;
    const at = Array.isArray(input) && /^\d+$/.test(key) ? Number(key) : key;
    if (prototypeKeys.has(key)) {
      issues.push({
        path: pathOf([...path, at]),
        message: `${JSON.stringify(key)} is a prototype key, refused as a field name anywhere in an input`,
      });
      continue;
    }
    const value = Object.getOwnPropertyDescriptor(input, key)?.value;
    issues.push(...prototypeKeyIssues(value, [...path, at], seen));
  }
  return issues;
}

/** The action's input once checked (prototype keys, then its schema, then its ranges), or invalid_input. */
export function checkInput(action: Action, input: unknown): Record<string, unknown> {
  const refuse = (fields: FieldIssue[]) =>
    new GongError("invalid_input", `Invalid input for ${action.id}: ${describeIssues(fields)}`, { fields });
  const prototypeKeys = prototypeKeyIssues(input);
  if (prototypeKeys.length > 0) throw refuse(prototypeKeys);
  const parsed = action.input.safeParse(input ?? {});
  if (!parsed.success) throw refuse(fieldIssues(parsed.error));
  const ranges = rangeIssues(parsed.data);
  if (ranges.length > 0) throw refuse(ranges);
  return parsed.data as Record<string, unknown>;
}
