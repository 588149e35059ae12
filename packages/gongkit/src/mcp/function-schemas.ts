// The catalogue actions as function-calling definitions for agent frameworks other than MCP: OpenAI Chat
// Completions tools, Anthropic tools, or plain JSON Schemas. `gongkit actions export` prints them and the
// AI SDK tools (ai-sdk.ts) are built from the same name, description and parameters.
import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import type { Action } from "@gongkit/client/internal/catalog/types.js";
import { type ActionSelection, selectActions } from "./action-tools.js";
import { compactSchema } from "./compact-schema.js";
import { outcomeToolsFor } from "./outcomes/index.js";
import type { McpTool } from "./tool-kit.js";

export const exportFormats = ["openai", "anthropic", "jsonschema"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportSelection extends ActionSelection {
  /** Include actions that delete or overwrite data (left out by default: a static list cannot ask first). */
  allowDestructive?: boolean;
}

/** What OpenAI and Anthropic both accept as a tool name. */
export const toolNamePattern = /^[a-zA-Z0-9_-]{1,64}$/;
/** OpenAI's limit on a function description. */
export const maxDescriptionLength = 1024;

export interface FunctionDefinition {
  name: string;
  description: string;
  /** The compacted input JSON Schema; its root is always `type: "object"` with `properties`. */
  parameters: Record<string, unknown>;
}

/** Whole sentences of `text` that fit in `max` characters; a word boundary and an ellipsis if none does. */
export function fitDescription(text: string, max = maxDescriptionLength): string {
  if (text.length <= max) return text;
  // A sentence ends at . ! or ? before whitespace (not the dots of "e.g." and "i.e.").
  const ends = [...text.slice(0, max + 1).matchAll(/(?<!\b(?:e\.g|i\.e))[.!?](?=\s)/g)];
  const lastEnd = ends.at(-1)?.index;
  if (lastEnd !== undefined) return text.slice(0, lastEnd + 1);
  const head = text.slice(0, max);
  const lastSpace = head.lastIndexOf(" ", max - 2);
  return `${head.slice(0, lastSpace > 0 ? lastSpace : max - 1)}…`;
}

/** The action's description and its quirk notes, within the length limit. */
function functionDescription(action: Action): string {
  const notes = action.quirks?.notes?.length ? `\n\nNotes:\n- ${action.quirks.notes.join("\n- ")}` : "";
  return fitDescription(`${action.description}${notes}`);
}

export function functionDefinition(action: Action): FunctionDefinition {
  const parameters = compactSchema(jsonSchemas(action).input) as Record<string, unknown>;
  return {
    name: action.id,
    description: functionDescription(action),
    parameters: { type: "object", properties: {}, ...parameters },
  };
}

/** The actions an export offers: `selectActions`, and destructive ones only when allowed. */
function exportedActions(selection: ExportSelection): Action[] {
  return selectActions(selection).filter(
    (action) => selection.allowDestructive === true || !action.safety.destructive,
  );
}

/** One tool in one framework's format; only the plain JSON Schema export carries the output schema. */
function formatted(
  format: ExportFormat,
  { name, description, parameters }: FunctionDefinition,
  outputSchema: unknown,
): Record<string, unknown> {
  switch (format) {
    case "openai":
      return { type: "function", function: { name, description, parameters } };
    case "anthropic":
      return { name, description, input_schema: parameters };
    case "jsonschema":
      return { name, description, inputSchema: parameters, ...(outputSchema ? { outputSchema } : {}) };
  }
}

/** A tool beyond the raw API (gong_find_calls, gong_export_calls, ...) as a function definition. */
function extraDefinition(tool: McpTool): FunctionDefinition {
  const { name, description = "", inputSchema } = tool.definition;
  return { name, description: fitDescription(description), parameters: inputSchema };
}

/**
 * The selected actions as tool definitions in one framework's format, and (with the calls toolset) the tools
 * beyond the raw API; `createToolRunner` (gongkit/mcp) runs any of them by name.
 */
export function exportTools(
  format: ExportFormat,
  selection: ExportSelection = {},
): Record<string, unknown>[] {
  return [
    ...exportedActions(selection).map((action) =>
      formatted(format, functionDefinition(action), compactSchema(jsonSchemas(action).output)),
    ),
    ...outcomeToolsFor(selection).map((tool) =>
      formatted(format, extraDefinition(tool), tool.definition.outputSchema),
    ),
  ];
}
