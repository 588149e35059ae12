// The catalogue actions as Vercel AI SDK tools (`import { gongTools } from "gongkit/ai-sdk"`; needs the `ai`
// package, an optional peer dependency, which is why this is a subpath and not part of the main entry).
//
// Each tool runs its action through the gongkit client. A success returns the action's data (nulls dropped,
// private calls left out unless includePrivate). A failure
// returns `{ error: { code, message, fields } }` instead of throwing: the model reads the code, the message
// (which says how to fix the call) and the offending input fields, and can correct its next call. Inputs are
// checked by the client, not by the AI SDK, so a bad input comes back as that error value and no request
// reaches Gong.
import { jsonSchema, type Tool, tool } from "ai";
import type { ActionId } from "../catalog/types.js";
import type { GongClient } from "../client/client.js";
import type { FieldIssue, GongErrorCode } from "../core/errors.js";
import { type ActionSelection, selectActions } from "./action-tools.js";
import { functionDefinition } from "./function-schemas.js";
import { filterPrivateCalls, privateRefusal } from "./private-calls.js";
import { compactValue } from "./shaping.js";
import { uploadRefusal } from "./upload-paths.js";

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
}

/** What a tool returns when the action fails. */
export interface GongToolError {
  error: { code: GongErrorCode; message: string; fields: FieldIssue[] };
}

export type GongTool = Tool<Record<string, unknown>, unknown>;

/** AI SDK tools for the selected actions, keyed by action id (paid-credit actions only when allowed). */
export function gongTools(options: GongToolsOptions): Partial<Record<ActionId, GongTool>> {
  const { client } = options;
  const tools: Partial<Record<ActionId, GongTool>> = {};
  for (const action of selectActions(options)) {
    const { description, parameters } = functionDefinition(action);
    tools[action.id] = tool<Record<string, unknown>, unknown>({
      title: action.summary,
      description,
      inputSchema: jsonSchema<Record<string, unknown>>(parameters),
      inputExamples: action.examples.map((example) => ({ input: example.input })),
      needsApproval: action.safety.destructive && options.allowDestructive !== true,
      execute: async (input): Promise<unknown> => {
        const refused = uploadRefusal(action, input, options.uploadDir);
        if (refused)
          return { error: { code: "forbidden", message: refused, fields: [] } } satisfies GongToolError;
        const result = await client.runById(action.id, input);
        if (result.successful) {
          if (options.includePrivate) return compactValue(result.data);
          const privacy = filterPrivateCalls(action.id, result.data);
          if (privacy.kind === "kept") return compactValue(privacy.data);
          const message = privateRefusal(privacy.callId);
          return { error: { code: "forbidden", message, fields: [] } } satisfies GongToolError;
        }
        const { code, message, fields } = result.error;
        return { error: { code, message, fields: fields ?? [] } } satisfies GongToolError;
      },
    });
  }
  return tools;
}
