// `gongkit actions list|describe|export`: the catalogue from the shell.
import { parseArgs } from "node:util";
import {
  allActionIds,
  getAction,
  groups,
  isActionId,
  listActions,
} from "@gongkit/client/internal/catalog/index.js";
import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import { exampleInputAt } from "@gongkit/client/internal/catalog/sample-clock.js";
import { suggestIds } from "@gongkit/client/internal/catalog/suggest.js";
import type { Action, Group } from "@gongkit/client/internal/catalog/types.js";
import { exportActions, exportUsage } from "./actions-export.js";
import { printJson, table, UsageError } from "./io.js";

function flags(action: Action): string {
  const s = action.safety;
  return [
    s.readOnly ? "read" : "write",
    s.destructive && "destructive",
    s.paidCredits && "paid",
    action.deprecatedFor && "deprecated",
  ]
    .filter(Boolean)
    .join(",");
}

/** What `actions describe` shows; the examples' dates moved to the weeks around `now`, as the sandbox's data. */
export function describeAction(action: Action, now = Date.now()) {
  return {
    id: action.id,
    group: action.group,
    summary: action.summary,
    description: action.description,
    method: action.route.method,
    path: action.route.path,
    scope: action.scope,
    safety: action.safety,
    paging: action.paging ?? null,
    quirks: action.quirks ?? {},
    deprecatedFor: action.deprecatedFor ?? null,
    examples: action.examples.map((example) => ({ ...example, input: exampleInputAt(example.input, now) })),
    ...jsonSchemas(action),
  };
}

function list(args: string[]): number {
  const { values } = parseArgs({ args, options: { group: { type: "string" }, json: { type: "boolean" } } });
  const group = values.group;
  if (group !== undefined && !(groups as readonly string[]).includes(group)) {
    throw new UsageError(`Unknown group ${group}. Groups: ${groups.join(", ")}`);
  }
  const actions = listActions(group as Group | undefined);
  if (values.json) {
    printJson(
      actions.map((a) => ({
        id: a.id,
        group: a.group,
        summary: a.summary,
        scope: a.scope,
        safety: a.safety,
      })),
    );
  } else {
    process.stdout.write(
      `${table([["ID", "GROUP", "KIND", "SUMMARY"], ...actions.map((a) => [a.id, a.group, flags(a), a.summary])])}\n`,
    );
    process.stdout.write(`\n${actions.length} actions. Details: gongkit actions describe ID\n`);
  }
  return 0;
}

function describe(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  const id = positionals[0];
  if (!id) throw new UsageError("Usage: gongkit actions describe ID [--json]");
  if (!isActionId(id))
    throw new UsageError(`Unknown action ${id}. Did you mean: ${suggestIds(id, allActionIds).join(", ")}?`);
  const described = describeAction(getAction(id));
  if (values.json) {
    printJson(described);
    return 0;
  }
  const lines = [
    `${described.id}  (${described.group}; ${flags(getAction(id))})`,
    described.summary,
    "",
    described.description,
    "",
    `${described.method} ${described.path}`,
    `OAuth scope: ${described.scope}`,
    `Safety: ${JSON.stringify(described.safety)}`,
  ];
  if (described.paging)
    lines.push(`Paging: cursor in ${described.paging.cursorIn}, items in "${described.paging.itemsKey}"`);
  for (const note of described.quirks.notes ?? []) lines.push(`Note: ${note}`);
  if (described.deprecatedFor) lines.push(`Deprecated: use ${described.deprecatedFor}`);
  lines.push("", "Examples:");
  for (const example of described.examples)
    lines.push(`  # ${example.title}`, `  gongkit run ${id} --input '${JSON.stringify(example.input)}'`);
  lines.push("", "Input JSON Schema:", JSON.stringify(described.input, null, 2));
  lines.push("", "Output JSON Schema: gongkit actions describe ID --json");
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

export function actionsCommand(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === "list") return list(rest);
  if (sub === "describe") return describe(rest);
  if (sub === "export") return exportActions(rest);
  throw new UsageError(
    `Usage: gongkit actions list [--group G] [--json] | gongkit actions describe ID [--json] | ${exportUsage}`,
  );
}
