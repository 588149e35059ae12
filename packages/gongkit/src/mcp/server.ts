// One MCP server factory: every catalogue action as a tool (its id as the name), or the three discovery tools,
// plus the outcome tools and the transcript resource. Failures come back as tool results with isError and a
// message that says how to fix the call, never as protocol errors, so a model can correct itself.

import type { Action } from "@gongkit/client/internal/catalog/types.js";
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { type ActionSelection, selectActions, toolOf } from "./action-tools.js";
import { type Confirmations, createConfirmations } from "./confirmations.js";
import {
  describeForModel,
  describeToolForModel,
  discoveryTools,
  type Findable,
  findableAction,
  findableTool,
  searchActions,
} from "./discovery.js";
import { exportCallResource, exportListResource } from "./export-resources.js";
import { createExportStore } from "./export-store.js";
import { outcomeToolsFor } from "./outcomes/index.js";
import { createPageCache, type PageCache } from "./page-cache.js";
import { type ActionRunContext, runActionTool } from "./run-action.js";
import {
  defaultBudgetTokens,
  errorText,
  type McpResourceTemplate,
  type McpTool,
  type ProgressReport,
  type ToolContext,
} from "./tool-kit.js";
import { createTranscriptCache } from "./transcript-cache.js";
import { transcriptResource } from "./transcript-view.js";

export interface GongMcpServerOptions extends ActionSelection {
  client: GongClient;
  /** "tools": one tool per action (default); "discovery": three tools (search, describe, run). */
  mode?: "tools" | "discovery";
  /** Run destructive actions on the first call (default: a preview and a confirmation token first). */
  allowDestructive?: boolean;
  /** Keep private calls in call and transcript results (default: left out). */
  includePrivate?: boolean;
  /** Local files may be uploaded (call media, CRM data) only from inside this directory (default: none). */
  uploadDir?: string;
  /** gong_export_calls writes its NDJSON files inside this directory, never elsewhere (default: none). */
  outputDir?: string;
  /** Most tokens (o200k) any one tool result may take (default 20,000). */
  budgetTokens?: number;
  /** Tools beyond the raw API (default: find calls, call brief, read and search transcripts, export calls). */
  extraTools?: readonly McpTool[];
  /** Resource templates (default: gong://calls/{id}/transcript and the exports, gong://exports/{id}). */
  resources?: readonly McpResourceTemplate[];
  /** Pending destructive confirmations; share one between server instances of one service (HTTP). */
  confirmations?: Confirmations;
  /**
   * Who this instance serves (an API key over HTTP; default "local", the one stdio session): a confirmation
   * token works only for the caller it was issued to.
   */
  caller?: string;
  /** Gong pages being read in parts; shared like the confirmations. */
  pages?: PageCache;
}

/** Said once to the client instead of in every tool's description. */
function instructionsFor(gated: boolean, context: ToolContext): string {
  return [
    "Tools run Gong's API for one company: 3 requests per second and 10,000 per day are shared by every caller, so prefer tools that take many ids at once and the outcome tools (gong_*) that combine requests.",
    "Ids are digit strings (Gong's ids have up to 20 digits). Dates are ISO-8601.",
    `Results are cut to ${context.budgetTokens} tokens: when gongkit.nextCursor is present, call again with cursor set to it.`,
    gated
      ? "Destructive tools run in two steps: the first call returns a preview and a confirmationToken; call again with the same arguments and the token to run it."
      : "Destructive tools run on the first call.",
    context.includePrivate ? "" : "Private calls are left out of results.",
  ]
    .filter(Boolean)
    .join(" ");
}

/** What tools/list returns for these options (discovery finds and runs the outcome tools by id instead). */
export function listedTools(options: Omit<GongMcpServerOptions, "client">): Tool[] {
  const gated = options.allowDestructive !== true;
  const actions = selectActions(options);
  const extras = options.extraTools ?? outcomeToolsFor(options);
  if (options.mode === "discovery") return discoveryTools(gated);
  return [...actions.map((action) => toolOf(action, gated)), ...extras.map((tool) => tool.definition)];
}

/** What every instance for these options shares, worked out once: all but the caller. */
interface ServerPlan {
  actions: Map<string, Action>;
  extras: Map<string, McpTool>;
  resources: readonly McpResourceTemplate[];
  discovery: boolean;
  gated: boolean;
  context: ToolContext;
  runOptions: Omit<ActionRunContext, "caller">;
  tools: Tool[];
  findable: Findable[];
  instructions: string;
}

function planOf(options: GongMcpServerOptions): ServerPlan {
  const actions = new Map(selectActions(options).map((action) => [action.id as string, action]));
  const extras = new Map(
    (options.extraTools ?? outcomeToolsFor(options)).map((tool) => [tool.definition.name, tool]),
  );
  const gated = options.allowDestructive !== true;
  const context: ToolContext = {
    client: options.client,
    budgetTokens: options.budgetTokens ?? defaultBudgetTokens,
    includePrivate: options.includePrivate ?? false,
    transcripts: createTranscriptCache(),
    exports: createExportStore(),
    ...(options.outputDir ? { outputDir: options.outputDir } : {}),
  };
  return {
    actions,
    extras,
    resources: options.resources ?? [transcriptResource, exportListResource, exportCallResource],
    discovery: options.mode === "discovery",
    gated,
    context,
    runOptions: {
      ...context,
      confirmations: options.confirmations ?? createConfirmations(),
      pages: options.pages ?? createPageCache(),
      gated,
      uploadDir: options.uploadDir,
    },
    tools: listedTools(options),
    findable: [
      ...[...extras.values()].map((tool) => findableTool(tool.definition)),
      ...[...actions.values()].map(findableAction),
    ],
    instructions: instructionsFor(gated, context),
  };
}

export function createGongMcpServer(options: GongMcpServerOptions): Server {
  return serverOf(planOf(options), options.caller ?? "local");
}

function serverOf(plan: ServerPlan, caller: string): Server {
  const { actions, extras, resources, discovery, context, tools, findable } = plan;
  const capabilities = resources.length ? { tools: {}, resources: {} } : { tools: {} };
  const server = new Server(
    { name: "gongkit", version: "0.1.0" },
    { capabilities, instructions: plan.instructions },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

  const unknown = (what: string, name: string): CallToolResult => {
    const hint = discovery && what === "action" ? "search with gong_search_actions" : "list the tools";
    return errorText(`Unknown ${what} ${name}: ${hint} and use one of their names.`);
  };

  const run = (name: string, input: unknown): Promise<CallToolResult> | CallToolResult => {
    const action = actions.get(name);
    if (!action) return unknown(discovery ? "action" : "tool", name);
    return runActionTool(action, input, { ...plan.runOptions, caller });
  };

  server.setRequestHandler(CallToolRequestSchema, async (request, handlerExtra): Promise<CallToolResult> => {
    const { name } = request.params;
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    const token = request.params._meta?.progressToken;
    const progress: ProgressReport | undefined =
      token === undefined
        ? undefined
        : (done, total, message) =>
            void handlerExtra
              .sendNotification({
                method: "notifications/progress",
                params: {
                  progressToken: token,
                  progress: done,
                  ...(total === undefined ? {} : { total }),
                  message,
                },
              })
              .catch(() => {}); // a client that went away misses its progress, not its result
    if (!discovery) {
      const extra = extras.get(name);
      return extra ? extra.call(args, context, progress) : run(name, args);
    }
    if (name === "gong_search_actions") {
      const limit = typeof args.limit === "number" ? args.limit : 8;
      return searchActions(findable, String(args.query ?? ""), limit);
    }
    if (name === "gong_describe_action") {
      const id = String(args.id);
      const action = actions.get(id);
      const extra = extras.get(id);
      if (action) return describeForModel(action);
      return extra ? describeToolForModel(extra.definition) : unknown("action", id);
    }
    if (name === "gong_run_action") {
      const id = String(args.id);
      const input = { ...((args.input ?? {}) as Record<string, unknown>) };
      const extra = extras.get(id);
      if (extra) return extra.call(input, context, progress);
      if (args.confirmationToken !== undefined) input.confirmationToken = args.confirmationToken;
      return run(id, input);
    }
    return unknown("tool", name);
  });

  if (resources.length) {
    server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: [] }));
    server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
      resourceTemplates: resources.map(({ uriTemplate, name, description, mimeType }) => ({
        uriTemplate,
        name,
        description,
        mimeType,
      })),
    }));
    server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
      for (const resource of resources) {
        const result = await resource.read(request.params.uri, context);
        if (result) return result;
      }
      throw new McpError(
        ErrorCode.InvalidParams,
        `Unknown resource ${request.params.uri}: see resources/templates/list (e.g. gong://calls/{id}/transcript).`,
      );
    });
  }
  return server;
}

/**
 * A maker of server instances that share one service's state (confirmations, cut pages): Streamable HTTP
 * serves each request or session with its own instance, made for its caller (the API key's id).
 */
export function gongMcpServerFactory(options: GongMcpServerOptions): (caller?: string) => Server {
  // Tools, schemas and search entries are made once here, not for every request's instance.
  const plan = planOf(options);
  return (caller) => serverOf(plan, caller ?? options.caller ?? "local");
}
