// The per-action tools: which catalogue actions a server offers, and each one's MCP definition (its id as the
// name, the agent-facing description with quirk notes, a compacted input schema, annotations from safety).

import { listActions } from "@gongkit/client/internal/catalog/index.js";
import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import type { Action, Group } from "@gongkit/client/internal/catalog/types.js";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { compactSchema } from "./compact-schema.js";
import { renderedActions } from "./rendered-actions.js";
import { summarizeDeepShapes } from "./shape-summary.js";
import { readOnlyAnnotations } from "./tool-kit.js";

export interface ActionSelection {
  /** Only these groups' actions (default: all). */
  toolsets?: readonly Group[];
  /** Only these actions, by id (default: all in the toolsets); `defaultSelection()` is the CLI's default. */
  actions?: readonly string[];
  /** Only actions that read. */
  readOnly?: boolean;
  /** Offer actions that spend paid Gong AI credits (off by default). */
  allowPaidCredits?: boolean;
}

export function selectActions(options: ActionSelection): Action[] {
  return listActions().filter(
    (action) =>
      !action.deprecatedFor &&
      (!options.toolsets || options.toolsets.includes(action.group)) &&
      (!options.actions || options.actions.includes(action.id)) &&
      (!options.readOnly || action.safety.readOnly) &&
      (options.allowPaidCredits === true || !action.safety.paidCredits),
  );
}

/** The JSON type a model can rely on for one top-level output field, when it is one of the plain ones. */
function plainType(node: unknown): string | undefined {
  const schema = node as { type?: unknown; anyOf?: unknown[] };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const named = types.filter((type) => typeof type === "string" && type !== "null");
  if (named.length === 1 && ["string", "boolean", "object", "array"].includes(named[0] as string))
    return named[0] as string;
  const options = (schema.anyOf ?? []).filter((option) => (option as { type?: unknown }).type !== "null");
  return options.length === 1 ? plainType(options[0]) : undefined;
}

/**
 * The output schema a tool declares: the top-level fields of Gong's answer and their kinds, nothing deeper.
 * Results drop nulls, may cut a long list to fit the budget (then `gongkit` says so), and a gated destructive
 * tool first answers with a preview; a shallow open schema stays true to all of these and costs few tokens.
 */
export function outputSchemaOf(action: Action): Tool["outputSchema"] {
  const properties = (jsonSchemas(action).output.properties ?? {}) as Record<string, unknown>;
  return {
    type: "object",
    properties: Object.fromEntries(
      // Every answer has a requestId (Gong's trace id); the open schema need not spend tokens on it.
      Object.entries(properties)
        .filter(([name]) => name !== "requestId")
        .map(([name, node]) => {
          const type = plainType(node);
          return [name, type ? { type } : {}];
        }),
    ),
  };
}

const confirmationField = {
  type: "string",
  description: "Omit to preview; resend the same arguments with the returned token to run.",
};

/**
 * The rate limit every description restates is said once, in the server's instructions, as are ids being
 * digit strings, and a page's size is the cursor's business; "a read even though a POST" is the readOnlyHint;
 * the rest (404s, limits) stays.
 */
function forTool(description: string): string {
  return description
    .replace(/ against the company budget \(3 requests\/s, 10,000\/day\)/g, "")
    .replace(/ and costs one request(?= ?[.;])/g, "")
    .replace(/(^|\. )(?:One request(?: per (?:file|event))?|Each page costs one request)[.;] ?/g, "$1")
    .trim()
    .replace(/ ?It is a read even though it is a POST[^.]*\./g, "")
    .replace(/ ?[^.]* int64; gongkit returns them as digit strings\./g, "")
    .replace(/ ?Each page holds up to \d+ [a-z ]+\./g, "");
}

/**
 * The catalogue's safety as MCP hints, only where they differ from the protocol's defaults (a tool is assumed
 * to write, destructively, not idempotently, reaching an outside system): every Gong action reaches Gong, so
 * openWorldHint is never sent. A write always says whether it is destructive, for clients that gate on it.
 */
function annotationsOf(action: Action): Tool["annotations"] {
  const { readOnly, destructive, idempotent } = action.safety;
  if (readOnly) return readOnlyAnnotations;
  return idempotent
    ? { destructiveHint: destructive, idempotentHint: true }
    : { destructiveHint: destructive };
}

/**
 * A display title: the catalogue's summary without its parenthesised details ("Get detailed call data (parties,
 * trackers, ...) by filter" is shown as "Get detailed call data by filter"); the description keeps them.
 */
export function titleOf(summary: string): string {
  return summary.replace(/ \([^)]*\)/g, "");
}

/** The tool for one action; `gated` adds the confirmation token to destructive tools' input. */
export function toolOf(action: Action, gated = false): Tool {
  const key = `${action.id}:${gated}`;
  let tool = tools.get(key);
  if (!tool) {
    tool = buildTool(action, gated);
    tools.set(key, tool);
  }
  return tool;
}

/** Built once per action and gating: an HTTP service makes a server per request and lists them each time. */
const tools = new Map<string, Tool>();

function buildTool(action: Action, gated: boolean): Tool {
  const notes = action.quirks?.notes?.length
    ? ` Notes: ${action.quirks.notes.map((note) => (/[.!?]$/.test(note) ? note : `${note}.`)).join(" ")}`
    : "";
  const inputSchema = summarizeDeepShapes(
    compactSchema(jsonSchemas(action).input, { idPatterns: false }) as Record<string, unknown>,
  ) as Tool["inputSchema"];
  const twoStep = gated && action.safety.destructive;
  if (twoStep) inputSchema.properties = { ...inputSchema.properties, confirmationToken: confirmationField };
  return {
    name: action.id,
    title: titleOf(action.summary),
    description: `${forTool(action.description)}${notes}`,
    inputSchema,
    outputSchema: renderedActions[action.id]?.outputSchema ?? outputSchemaOf(action),
    annotations: annotationsOf(action),
  };
}
