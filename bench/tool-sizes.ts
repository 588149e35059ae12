// Tokens per MCP tool definition, largest first: where the tools/list budget goes.

import { selectActions, toolOf } from "gongkit/internal/mcp/action-tools.js";
import { countTokens } from "gpt-tokenizer";

const sizes = selectActions({}).map((action) => {
  const tool = toolOf(action, true);
  const schema = countTokens(JSON.stringify(tool.inputSchema));
  return {
    id: action.id,
    total: countTokens(JSON.stringify(tool)),
    description: countTokens(tool.description ?? ""),
    schema,
  };
});
sizes.sort((a, b) => b.total - a.total);
for (const s of sizes.slice(0, 12))
  console.log(`${String(s.total).padStart(6)} (description ${s.description}, schema ${s.schema})  ${s.id}`);
console.log(
  `descriptions ${sizes.reduce((t, s) => t + s.description, 0)}, schemas ${sizes.reduce((t, s) => t + s.schema, 0)}`,
);
