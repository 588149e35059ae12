// gongkit's MCP server (`import { createGongMcpServer } from "gongkit/mcp"`): a subpath of its own, so that
// importing the client does not load the tokenizer that measures tool results (~65 MB).
export { type ActionSelection, selectActions } from "./action-tools.js";
export {
  createGongMcpServer,
  type GongMcpServerOptions,
  gongMcpServerFactory,
  listedTools,
} from "./server.js";
export type { McpResourceTemplate, McpTool, ToolContext } from "./tool-kit.js";
export { createToolRunner, type GongToolError, type ToolRunnerOptions } from "./tool-runner.js";
