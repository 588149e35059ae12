// Outcome tools: answers an agent would otherwise assemble from several raw Gong requests.
import type { Group } from "@gongkit/client/internal/catalog/types.js";
import type { McpTool } from "../tool-kit.js";
import { searchTranscriptsTool } from "../transcript-search.js";
import { readTranscriptTool } from "../transcript-view.js";
import { callBriefTool } from "./call-brief.js";
import { exportCallsTool } from "./export-calls.js";
import { findCallsTool } from "./find-calls.js";

export { callBriefTool, findCallsTool };

export const outcomeTools: McpTool[] = [findCallsTool, callBriefTool];

/**
 * Every tool beyond the raw API, as the MCP server, gongTools() and the function-calling exports offer them;
 * they read calls, so a toolset list must name "calls" to get them.
 */
export function outcomeToolsFor(options: { toolsets?: readonly Group[] | undefined }): McpTool[] {
  if (options.toolsets && !options.toolsets.includes("calls")) return [];
  return [...outcomeTools, readTranscriptTool, searchTranscriptsTool, exportCallsTool];
}
