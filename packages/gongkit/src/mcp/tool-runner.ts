// gongkit's tools outside MCP: the actions and the tools beyond the raw API, run by name with the MCP server's
// safety rules, budget, privacy and caches. The AI SDK tools (ai-sdk.ts) run through it, and so can any
// function-calling framework given the definitions of `gongkit actions export` (createToolRunner).
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import type { FieldIssue } from "@gongkit/client/internal/core/errors.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type ActionSelection, selectActions } from "./action-tools.js";
import { createConfirmations } from "./confirmations.js";
import { createExportStore } from "./export-store.js";
import { outcomeToolsFor } from "./outcomes/index.js";
import { createPageCache } from "./page-cache.js";
import { type ActionRunContext, runActionTool } from "./run-action.js";
import { defaultBudgetTokens } from "./tool-kit.js";
import { createTranscriptCache } from "./transcript-cache.js";

export interface ToolRunnerOptions extends ActionSelection {
  client: GongClient;
  /**
   * Run destructive actions (deletes, erasures, overwrites). The AI SDK tools offer them with `needsApproval`
   * unless this is set; a runner refuses them unless it is.
   */
  allowDestructive?: boolean;
  /** Keep private calls in call results (default: left out, as in the MCP server). */
  includePrivate?: boolean;
  /** Local files may be uploaded only from inside this directory (default: none, as in the MCP server). */
  uploadDir?: string;
  /** Most tokens (o200k) one tool result may take (default 20,000); longer lists continue with a cursor. */
  budgetTokens?: number;
  /** Where gong_export_calls may write NDJSON files (default: none; its records stay in memory). */
  outputDir?: string;
}

/** What a tool returns when the action fails or is refused (e.g. private_call, uploads_disabled). */
export interface GongToolError {
  error: { code: string; message: string; fields: FieldIssue[] };
}

/** The tool's value for the model: the shaped answer, or the error with its code and the fields to fix. */
export function outputOf(result: CallToolResult): unknown {
  if (!result.isError) return result.structuredContent;
  const text = (result.content[0] as { text?: string } | undefined)?.text ?? "";
  const meta = (result._meta ?? {}) as { code?: string; fields?: FieldIssue[] };
  const code = meta.code ?? text.slice(0, Math.max(0, text.indexOf(":")));
  return { error: { code, message: text, fields: meta.fields ?? [] } } satisfies GongToolError;
}

/** The MCP server's run path without its confirmation step (the caller decides about destructive actions). */
export function runContext(options: ToolRunnerOptions, caller: string): ActionRunContext {
  return {
    client: options.client,
    budgetTokens: options.budgetTokens ?? defaultBudgetTokens,
    includePrivate: options.includePrivate ?? false,
    transcripts: createTranscriptCache(),
    exports: createExportStore(),
    confirmations: createConfirmations(),
    caller,
    pages: createPageCache(),
    gated: false,
    uploadDir: options.uploadDir,
    ...(options.outputDir ? { outputDir: options.outputDir } : {}),
  };
}

const refusal = (code: string, message: string): GongToolError => ({ error: { code, message, fields: [] } });

/**
 * Runs a selected tool by name (an action id, or gong_find_calls, gong_export_calls, ...) with a model's
 * arguments, answering as the AI SDK tools do: the shaped result, or `{ error }`. One runner keeps its caches
 * (transcripts read, exports made) across calls.
 */
export function createToolRunner(
  options: ToolRunnerOptions,
): (name: string, args: unknown) => Promise<unknown> {
  const context = runContext(options, "function-calling");
  const actions = new Map(selectActions(options).map((action) => [action.id as string, action]));
  const extras = new Map(outcomeToolsFor(options).map((tool) => [tool.definition.name, tool]));
  return async (name, args) => {
    const input = (args ?? {}) as Record<string, unknown>;
    const extra = extras.get(name);
    if (extra) return outputOf(await extra.call(input, context));
    const action = actions.get(name);
    if (!action) return refusal("unknown_tool", `Unknown tool ${name}: use one of the exported definitions.`);
    if (action.safety.destructive && options.allowDestructive !== true) {
      return refusal(
        "destructive_refused",
        `${name} deletes or overwrites data; this runner was made without allowDestructive, so nothing was sent.`,
      );
    }
    return outputOf(await runActionTool(action, input, context));
  };
}
