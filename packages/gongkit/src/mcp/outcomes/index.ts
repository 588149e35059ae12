// Outcome tools: answers an agent would otherwise assemble from several raw Gong requests.
import type { McpTool } from "../tool-kit.js";
import { callBriefTool } from "./call-brief.js";
import { findCallsTool } from "./find-calls.js";

export { callBriefTool, findCallsTool };

export const outcomeTools: McpTool[] = [findCallsTool, callBriefTool];
