// JSON Schemas of an action's input and output, for tools that describe actions to people and models (the
// CLI's describe, MCP tool lists, function-calling exports).
import { z } from "zod";
import type { Action } from "./types.js";

const cache = new WeakMap<Action, { input: Record<string, unknown>; output: Record<string, unknown> }>();

export function jsonSchemas(action: Action): {
  input: Record<string, unknown>;
  output: Record<string, unknown>;
} {
  let schemas = cache.get(action);
  if (!schemas) {
    schemas = {
      input: z.toJSONSchema(action.input, { io: "input", unrepresentable: "any" }) as Record<string, unknown>,
      output: z.toJSONSchema(action.output, { io: "output", unrepresentable: "any" }) as Record<
        string,
        unknown
      >,
    };
    cache.set(action, schemas);
  }
  return schemas;
}
