// Turns zod issues into field-level messages a person or a model can act on, and refuses a backwards range.
import type { z } from "zod";
import type { FieldIssue } from "../core/errors.js";

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
