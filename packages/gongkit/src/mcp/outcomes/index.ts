// Outcome tools: answers an agent would otherwise assemble from several raw Gong requests.
import type { Group } from "@gongkit/client/internal/catalog/types.js";
import type { McpTool } from "../tool-kit.js";
import { searchTranscriptsTool } from "../transcript-search.js";
import { readTranscriptTool } from "../transcript-view.js";
import { callBriefTool } from "./call-brief.js";
import { exportCallsTool } from "./export-calls.js";
import { findCallsTool } from "./find-calls.js";
import { findUserTool } from "./find-user.js";

export { callBriefTool, findCallsTool };

export const outcomeTools: McpTool[] = [findCallsTool, callBriefTool];

/**
 * Every tool beyond the raw API, as the MCP server, gongTools() and the function-calling exports offer them:
 * the call tools come with the "calls" toolset, gong_find_user with "users" (all of them without a toolset list).
 */
export function outcomeToolsFor(options: { toolsets?: readonly Group[] | undefined }): McpTool[] {
  const has = (group: Group) => !options.toolsets || options.toolsets.includes(group);
  return [
    ...(has("calls") ? [...outcomeTools, readTranscriptTool, searchTranscriptsTool, exportCallsTool] : []),
    ...(has("users") ? [findUserTool] : []),
  ];
}
