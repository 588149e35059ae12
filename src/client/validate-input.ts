// Turns zod issues into field-level messages a person or a model can act on.
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
