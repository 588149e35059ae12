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
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import type { FieldIssue } from "@gongkit/client/internal/core/errors.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { jsonSchema, type Tool, tool } from "ai";
import { type ActionSelection, selectActions } from "./action-tools.js";
import { createConfirmations } from "./confirmations.js";
import { createExportStore } from "./export-store.js";
import { functionDefinition } from "./function-schemas.js";
import { createPageCache } from "./page-cache.js";
import { type ActionRunContext, runActionTool } from "./run-action.js";
import { defaultBudgetTokens } from "./tool-kit.js";
import { createTranscriptCache } from "./transcript-cache.js";

export interface GongToolsOptions extends ActionSelection {
  client: GongClient;
  /**
   * Run destructive actions (deletes, erasures, overwrites) without asking. By default they are offered with
   * `needsApproval: true`: the AI SDK stops at a tool-approval request and runs the action only once the
   * application answers it with an approval.
   */
  allowDestructive?: boolean;
  /** Keep private calls in call results (default: left out, as in the MCP server). */
  includePrivate?: boolean;
  /** Local files may be uploaded only from inside this directory (default: none, as in the MCP server). */
  uploadDir?: string;
  /** Most tokens (o200k) one tool result may take (default 20,000); longer lists continue with a cursor. */
  budgetTokens?: number;
}

/** What a tool returns when the action fails or is refused (e.g. private_call, uploads_disabled). */
export interface GongToolError {
  error: { code: string; message: string; fields: FieldIssue[] };
}

/** The tool's value for the model: the shaped answer, or the error with its code and the fields to fix. */
function outputOf(result: CallToolResult): unknown {
  if (!result.isError) return result.structuredContent;
  const text = (result.content[0] as { text?: string } | undefined)?.text ?? "";
  const meta = (result._meta ?? {}) as { code?: string; fields?: FieldIssue[] };
  const code = meta.code ?? text.slice(0, Math.max(0, text.indexOf(":")));
  return { error: { code, message: text, fields: meta.fields ?? [] } } satisfies GongToolError;
}

export type GongTool = Tool<Record<string, unknown>, unknown>;

/** AI SDK tools for the selected actions, keyed by action id (paid-credit actions only when allowed). */
export function gongTools(options: GongToolsOptions): Partial<Record<ActionId, GongTool>> {
  // The MCP server's run path without its confirmation step (the AI SDK asks for approval itself).
  const context: ActionRunContext = {
    client: options.client,
    budgetTokens: options.budgetTokens ?? defaultBudgetTokens,
    includePrivate: options.includePrivate ?? false,
    transcripts: createTranscriptCache(),
    exports: createExportStore(),
    confirmations: createConfirmations(),
    caller: "ai-sdk",
    pages: createPageCache(),
    gated: false,
    uploadDir: options.uploadDir,
  };
  const tools: Partial<Record<ActionId, GongTool>> = {};
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
  return tools;
}
