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
import { describeForModel, discoveryTools, searchActions } from "./discovery.js";

export interface GongMcpServerOptions {
  client: GongClient;
  /** Only these groups' actions (default: all). */
  toolsets?: readonly Group[];
  /** Only actions that read. */
  readOnly?: boolean;
  /** "tools": one tool per action (default); "discovery": three tools (search, describe, run). */
  mode?: "tools" | "discovery";
}

export function selectActions(options: Pick<GongMcpServerOptions, "toolsets" | "readOnly">): Action[] {
  return listActions().filter(
    (action) =>
      !action.deprecatedFor &&
      (!options.toolsets || options.toolsets.includes(action.group)) &&
      (!options.readOnly || action.safety.readOnly),
  );
}

/** The first sentence of a description, at most 160 characters: the spec's prose runs to paragraphs. */
function brief(text: string): string {
  const sentence =
    text
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .split(/(?<=\.)\s/)[0] ?? "";
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence;
}

/** The input schema a model sees: the same constraints, briefer prose, no meta keys. */
export function compactSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compactSchema);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  // A known format (date-time, date) says what zod's long generated regex says.
  const hasFormat = "format" in node;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$schema" || (key === "pattern" && hasFormat)) continue;
    if (key === "description" && typeof value === "string") out[key] = brief(value);
    else if (key === "properties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, compactSchema(child)]),
      );
    } else out[key] = compactSchema(value);
  }
  return out;
}

export function toolOf(action: Action): Tool {
  const notes = action.quirks?.notes?.length ? `\n\nNotes:\n- ${action.quirks.notes.join("\n- ")}` : "";
  return {
    name: action.id,
    title: action.summary,
    description: `${action.description}${notes}`,
    inputSchema: compactSchema(jsonSchemas(action).input) as Tool["inputSchema"],
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
  const discovery = options.mode === "discovery";
  const tools = discovery ? discoveryTools : [...actions.values()].map(toolOf);
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

  const unknown = (what: string, name: string): CallToolResult => {
    const hint = discovery ? "search with gong_search_actions" : "list the tools";
    return {
      isError: true,
      content: [{ type: "text", text: `Unknown ${what} ${name}: ${hint} and use one of their names.` }],
    };
  };

  async function run(name: string, input: unknown): Promise<CallToolResult> {
    const action = actions.get(name);
    if (!action) return unknown(discovery ? "action" : "tool", name);
    const result = await options.client.runById(action.id, input ?? {});
    if (!result.successful) return errorResult(result.error);
    return { content: [{ type: "text", text: stringifyJson(result.data) }] };
  }

  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const { name } = request.params;
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    if (!discovery) return run(name, args);
    if (name === "gong_search_actions") {
      const limit = typeof args.limit === "number" ? args.limit : 8;
      return searchActions([...actions.values()], String(args.query ?? ""), limit);
    }
    if (name === "gong_describe_action") {
      const action = actions.get(String(args.id));
      return action ? describeForModel(action) : unknown("action", String(args.id));
    }
    if (name === "gong_run_action") return run(String(args.id), args.input);
    return unknown("tool", name);
  });
  return server;
}
