// Runs one action for a tool call: the destructive gate (preview + token first), the Gong request, private
// calls left out, and the answer shaped to the result budget. Every failure is a result with isError.

import type { Action } from "@gongkit/client/internal/catalog/types.js";
import type { GongError } from "@gongkit/client/internal/core/errors.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type Confirmations, confirmationTtlMs, refusal } from "./confirmations.js";
import type { PageCache } from "./page-cache.js";
import { filterPrivateCalls, privateRefusal } from "./private-calls.js";
import { renderedActions } from "./rendered-actions.js";
import { decodeCursor, type PagePosition, shapeResult } from "./shaping.js";
import { errorText, structuredResult, type ToolContext, trackRequests } from "./tool-kit.js";
import { uploadRefusal } from "./upload-paths.js";

export interface ActionRunContext extends ToolContext {
  confirmations: Confirmations;
  /** Who is calling (an API key, a stdio session): confirmation tokens work only for the caller they went to. */
  caller: string;
  pages: PageCache;
  /** Destructive actions need the two steps (the server was not started with allowDestructive). */
  gated: boolean;
  /** The directory uploads may come from; none: no local file is uploaded. */
  uploadDir: string | undefined;
}

export function errorResult(error: GongError): CallToolResult {
  const fields = error.fields?.length
    ? `\nFix these fields:\n${error.fields.map((f) => `- ${f.path}: ${f.message}`).join("\n")}`
    : "";
  // The code and fields ride along in _meta for callers that are not a model reading text (the AI SDK tools).
  return {
    ...errorText(`${error.code}: ${error.message}${fields}`),
    _meta: { code: error.code, fields: error.fields ?? [] },
  };
}

async function preview(
  action: Action,
  input: Record<string, unknown>,
  context: ActionRunContext,
): Promise<CallToolResult> {
  const checked = await context.client.preview(action.id, input);
  if (!checked.successful) return errorResult(checked.error);
  const { token, expiresAt } = context.confirmations.issue(context.caller, action.id, input);
  return structuredResult({
    confirmationRequired: true,
    nothingChanged: true,
    action: action.id,
    effect: action.summary,
    request: checked.data,
    confirmationToken: token,
    expiresAt,
    next: `To run exactly this, call ${action.id} again with the same arguments plus confirmationToken. The token works once, within ${confirmationTtlMs / 60_000} minutes.`,
  });
}

/** Reads a gongkit cursor back into Gong's cursor and the items of that page already shown. */
function resolveCursor(input: Record<string, unknown>): PagePosition {
  const position = decodeCursor(input.cursor);
  if (!position)
    return typeof input.cursor === "string" ? { gongCursor: input.cursor, skip: 0 } : { skip: 0 };
  if (position.gongCursor === undefined) delete input.cursor;
  else input.cursor = position.gongCursor;
  return position;
}

export async function runActionTool(
  action: Action,
  rawInput: unknown,
  context: ActionRunContext,
): Promise<CallToolResult> {
  const input = { ...((rawInput ?? {}) as Record<string, unknown>) };
  const token = input.confirmationToken;
  delete input.confirmationToken;
  const refused = uploadRefusal(action, input, context.uploadDir);
  if (refused) return errorText(refused);
  if (context.gated && action.safety.destructive) {
    if (token === undefined) return preview(action, input, context);
    if (typeof token !== "string")
      return errorText(
        `invalid_input: confirmationToken must be the string the preview returned (got ${token === null ? "null" : typeof token}). Call ${action.id} without it to get a preview and a token.`,
      );
    const verdict = context.confirmations.consume(context.caller, action.id, input, token);
    if (verdict !== "ok") return errorText(refusal(verdict, action.id));
  }
  const rendered = renderedActions[action.id];
  if (rendered) {
    const tracker = trackRequests(context.client);
    const result = await tracker.run(action.id, input);
    return result.successful ? rendered.render(result.data, context, tracker) : errorResult(result.error);
  }
  const position = action.paging ? resolveCursor(input) : { skip: 0 };
  let answer = position.skip > 0 ? context.pages.get(action.id, input) : undefined;
  if (answer === undefined) {
    const result = await context.client.runById(action.id, input);
    if (!result.successful) return errorResult(result.error);
    answer = result.data;
  }
  let data = answer;
  let notes: Record<string, unknown> | undefined;
  if (!context.includePrivate) {
    const privacy = filterPrivateCalls(action.id, answer);
    if (privacy.kind === "refused") return errorText(privateRefusal(privacy.callId));
    data = privacy.data;
    if (privacy.leftOut > 0) notes = { privateCallsLeftOut: privacy.leftOut };
  }
  const shaped = shapeResult(action, data, {
    budgetTokens: context.budgetTokens,
    position,
    ...(notes ? { notes } : {}),
  });
  if (shaped.cut && action.safety.readOnly) context.pages.set(action.id, input, answer);
  return shaped.result;
}
