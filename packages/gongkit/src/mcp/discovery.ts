// Discovery mode: three tools instead of one per action, for clients that cannot afford every definition in
// their context. The model searches the catalogue, reads one action's schema, then runs it.

import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import { exampleInputAt } from "@gongkit/client/internal/catalog/sample-clock.js";
import type { Action } from "@gongkit/client/internal/catalog/types.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";

const searchAndDescribe: Tool[] = [
  {
    name: "gong_search_actions",
    description:
      "Search the Gong actions this server offers by keywords (e.g. 'transcript', 'calls by date', 'erase email'). Returns ids with one-line summaries. Then call gong_describe_action for the input schema, and gong_run_action to run it.",
    inputSchema: {
      type: "object",
      properties: {
        query: { type: "string", description: "Keywords describing what you want to do" },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 25,
          description: "Most results to return (default 8)",
        },
      },
      required: ["query"],
    },
    annotations: { title: "Search Gong actions", readOnlyHint: true, openWorldHint: false },
  },
  {
    name: "gong_describe_action",
    description:
      "Describe one Gong action by id: what it does, when to use it, its safety, paging, an example, and the JSON Schema of its input.",
    inputSchema: {
      type: "object",
      properties: { id: { type: "string", description: "An action id from gong_search_actions" } },
      required: ["id"],
    },
    annotations: { title: "Describe a Gong action", readOnlyHint: true, openWorldHint: false },
  },
];

/** The three tools; `gated` lets gong_run_action carry the confirmation token of a destructive action. */
export function discoveryTools(gated: boolean): Tool[] {
  const properties: Record<string, object> = {
    id: { type: "string", description: "The action id" },
    input: { type: "object", description: "The action's input, as its schema describes" },
  };
  if (gated) {
    properties.confirmationToken = {
      type: "string",
      description:
        "For a destructive action: leave out to get a preview and a token, then pass the token to run it.",
    };
  }
  return [
    ...searchAndDescribe,
    {
      name: "gong_run_action",
      description:
        "Run one Gong action by id with an input that matches its schema (see gong_describe_action). Returns the action's data, or an error saying how to fix the input.",
      inputSchema: { type: "object", properties, required: ["id"] },
      annotations: {
        title: "Run a Gong action",
        readOnlyHint: false,
        destructiveHint: true,
        openWorldHint: true,
      },
    },
  ];
}

const text = (value: unknown): CallToolResult => ({
  content: [{ type: "text", text: JSON.stringify(value) }],
});

/** One thing discovery can find: a catalogue action or an outcome tool. */
export interface Findable {
  id: string;
  group: string;
  summary: string;
  description: string;
  readOnly: boolean;
  destructive: boolean;
}

export function findableAction(action: Action): Findable {
  const { id, group, summary, description } = action;
  return { id, group, summary, description, ...action.safety };
}

export function findableTool(tool: Tool): Findable {
  return {
    id: tool.name,
    group: "outcome",
    summary: tool.title ?? tool.name,
    description: tool.description ?? "",
    readOnly: tool.annotations?.readOnlyHint === true,
    destructive: false,
  };
}

function score(entry: Findable, words: string[]): number {
  const haystack = `${entry.id} ${entry.group} ${entry.summary}`.toLowerCase();
  const description = entry.description.toLowerCase();
  return words.reduce(
    (total, word) => total + (haystack.includes(word) ? 3 : 0) + (description.includes(word) ? 1 : 0),
    0,
  );
}

export function searchActions(entries: readonly Findable[], query: string, limit = 8): CallToolResult {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);
  const ranked = entries
    .map((entry) => ({ entry, score: score(entry, words) }))
    .filter((ranking) => ranking.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id))
    .slice(0, Math.min(Math.max(1, limit), 25));
  return text(
    ranked.map(({ entry }) => ({
      id: entry.id,
      summary: entry.summary,
      readOnly: entry.readOnly,
      destructive: entry.destructive,
    })),
  );
}

export function describeForModel(action: Action): CallToolResult {
  return text({
    id: action.id,
    summary: action.summary,
    description: action.description,
    safety: action.safety,
    paging: action.paging ?? null,
    notes: action.quirks?.notes ?? [],
    example: action.examples[0] ? exampleInputAt(action.examples[0].input, Date.now()) : null,
    inputSchema: jsonSchemas(action).input,
  });
}

export function describeToolForModel(tool: Tool): CallToolResult {
  return text({
    id: tool.name,
    summary: tool.title ?? tool.name,
    description: tool.description ?? "",
    inputSchema: tool.inputSchema,
  });
}
