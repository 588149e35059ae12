// gongkit's public API: everything @gongkit/client exports (so imports from "gongkit" keep compiling), and the
// named connections the application stores. The MCP server is "gongkit/mcp", the AI SDK tools "gongkit/ai-sdk".
export * from "@gongkit/client";
export { type Connections, openConnections } from "./connections/open.js";
