// Actions whose raw answer a model reads badly get a rendering of their own in the per-action tools: the
// transcript's anonymous speaker ids and millisecond offsets become named, timestamped lines.

import type { ActionOutput } from "@gongkit/client/internal/catalog/types.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { ToolContext } from "./tool-kit.js";
import { transcriptActionOutputSchema, transcriptActionResult } from "./transcript-action.js";
import type { Tracker } from "./transcript-data.js";

export interface RenderedAction {
  outputSchema: NonNullable<Tool["outputSchema"]>;
  /** The result for the action's answer; `tracker` ran the action and runs any request the rendering needs. */
  render(data: unknown, context: ToolContext, tracker: Tracker): Promise<CallToolResult>;
}

export const renderedActions: Readonly<Record<string, RenderedAction>> = {
  GONG_GET_CALL_TRANSCRIPT: {
    outputSchema: transcriptActionOutputSchema,
    render: (data, context, tracker) =>
      transcriptActionResult(data as ActionOutput<"GONG_GET_CALL_TRANSCRIPT">, context, tracker),
  },
};
