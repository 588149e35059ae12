// The catalogue actions as Vercel AI SDK tools (`import { gongTools } from "gongkit/ai-sdk"`; needs the `ai`
// package, an optional peer dependency, which is why this is a subpath and not part of the main entry).
//
// Each tool runs its action the way the MCP server does (private calls left out unless includePrivate, uploads
// only from uploadDir, the answer cut to the token budget with a cursor to continue, transcripts as named
// lines), except that the AI SDK's own approval replaces the two-step confirmation. A failure returns
// `{ error: { code, message, fields } }` instead of throwing: the model reads the code, the message (which says
// how to fix the call) and the offending input fields, and can correct its next call. Inputs are checked by
// the client, not by the AI SDK, so a bad input comes back as that error value and no request reaches Gong.

import { exampleInputAt } from "@gongkit/client/internal/catalog/sample-clock.js";
import type { ActionId } from "@gongkit/client/internal/catalog/types.js";
import { jsonSchema, type Tool, tool } from "ai";
import { selectActions } from "./action-tools.js";
import { functionDefinition } from "./function-schemas.js";
import { outcomeToolsFor } from "./outcomes/index.js";
import { runActionTool } from "./run-action.js";
import { outputOf, runContext, type ToolRunnerOptions } from "./tool-runner.js";

export type { GongToolError } from "./tool-runner.js";

/** The options of gongTools(): those of a tool runner (destructive actions are offered with needsApproval). */
export type GongToolsOptions = ToolRunnerOptions;

export type GongTool = Tool<Record<string, unknown>, unknown>;

/** The MCP server's tools beyond the raw API, which gongTools() offers beside the actions. */
export type OutcomeToolName =
  | "gong_find_calls"
  | "gong_call_brief"
  | "gong_read_transcript"
  | "gong_search_transcripts"
  | "gong_export_calls"
  | "gong_find_user";

/** Keys of gongTools(): action ids and the outcome tools. */
export type GongToolName = ActionId | OutcomeToolName;

/**
 * AI SDK tools for the selected actions, keyed by action id (paid-credit actions only when allowed), and the
 * MCP server's tools beyond the raw API for the selected toolsets (finding users and calls, briefs, reading and
 * searching transcripts, exporting calls), with the same budget, privacy and caches.
 */
export function gongTools(options: GongToolsOptions): Partial<Record<GongToolName, GongTool>> {
  // The MCP server's run path without its confirmation step (the AI SDK asks for approval itself).
  const context = runContext(options, "ai-sdk");
  const tools: Partial<Record<GongToolName, GongTool>> = {};
  for (const action of selectActions(options)) {
    const { description, parameters } = functionDefinition(action);
    tools[action.id] = tool<Record<string, unknown>, unknown>({
      title: action.summary,
      description,
      inputSchema: jsonSchema<Record<string, unknown>>(parameters),
      inputExamples: action.examples.map((example) => ({ input: exampleInputAt(example.input, Date.now()) })),
      needsApproval: action.safety.destructive && options.allowDestructive !== true,
      execute: async (input): Promise<unknown> => outputOf(await runActionTool(action, input, context)),
    });
  }
  for (const extra of outcomeToolsFor(options)) {
    const { name, title, description = "", inputSchema } = extra.definition;
    tools[name as OutcomeToolName] = tool<Record<string, unknown>, unknown>({
      ...(title ? { title } : {}),
      description,
      inputSchema: jsonSchema<Record<string, unknown>>(inputSchema as Parameters<typeof jsonSchema>[0]),
      execute: async (input): Promise<unknown> => outputOf(await extra.call(input, context)),
    });
  }
  return tools;
}
