// One MCP server factory: every catalogue action as a tool (its id as the name), with annotations from the
// catalogue's safety flags, chosen by toolset and read-only mode. Failures come back as tool results with
// isError and a message that says how to fix the call, never as protocol errors, so a model can correct itself.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { listActions } from "../catalog/index.js";
import { jsonSchemas } from "../catalog/json-schema.js";
import type { Action, Group } from "../catalog/types.js";
import type { GongClient } from "../client/client.js";
import type { GongError } from "../core/errors.js";
import { stringifyJson } from "../core/json.js";

export interface GongMcpServerOptions {
  client: GongClient;
  /** Only these groups' actions (default: all). */
  toolsets?: readonly Group[];
  /** Only actions that read. */
  readOnly?: boolean;
}

export function selectActions(options: Pick<GongMcpServerOptions, "toolsets" | "readOnly">): Action[] {
  return listActions().filter(
    (action) =>
      !action.deprecatedFor &&
      (!options.toolsets || options.toolsets.includes(action.group)) &&
      (!options.readOnly || action.safety.readOnly),
  );
}

export function toolOf(action: Action): Tool {
  const notes = action.quirks?.notes?.length ? `\n\nNotes:\n- ${action.quirks.notes.join("\n- ")}` : "";
  return {
    name: action.id,
    title: action.summary,
    description: `${action.description}${notes}`,
    inputSchema: jsonSchemas(action).input as Tool["inputSchema"],
    annotations: {
      title: action.summary,
      readOnlyHint: action.safety.readOnly,
      destructiveHint: action.safety.destructive,
      idempotentHint: action.safety.idempotent,
      openWorldHint: true,
    },
  };
}

function errorResult(error: GongError): CallToolResult {
  const fields = error.fields?.length
    ? `\nFix these fields:\n${error.fields.map((f) => `- ${f.path}: ${f.message}`).join("\n")}`
    : "";
  return { isError: true, content: [{ type: "text", text: `${error.code}: ${error.message}${fields}` }] };
}

export function createGongMcpServer(options: GongMcpServerOptions): Server {
  const actions = new Map(selectActions(options).map((action) => [action.id as string, action]));
  const server = new Server({ name: "gongkit", version: "0.1.0" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [...actions.values()].map(toolOf),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const action = actions.get(request.params.name);
    if (!action) {
      return {
        isError: true,
        content: [
          {
            type: "text",
            text: `Unknown tool ${request.params.name}: list the tools and use one of their names.`,
          },
        ],
      };
    }
    const result = await options.client.runById(action.id, request.params.arguments ?? {});
    if (!result.successful) return errorResult(result.error);
    return { content: [{ type: "text", text: stringifyJson(result.data) }] };
  });
  return server;
}
