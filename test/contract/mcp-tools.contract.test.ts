// Every action as an MCP tool, driven by the SDK's own Client with each catalogue example: reads answer with
// structuredContent the client checks against the listed output schema, destructive writes answer with a
// preview and send nothing, the example also satisfies the schema the model was shown.

import { listActions } from "@gongkit/client/internal/catalog/index.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { createGongMcpServer, listedTools } from "gongkit/internal/mcp/server.js";
import { describe, expect, it } from "vitest";
import { mcpPair } from "../support/mcp-pair.js";
import { sandboxWithClient } from "../support/sandbox-client.js";

const ajv = new Ajv2020({ strict: false });
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_, item) => (typeof item === "bigint" ? item.toString() : item)));

describe("every action as an MCP tool", () => {
  // The examples' upload files are paths relative to the repository.
  const options = { allowPaidCredits: true, includePrivate: true, uploadDir: process.cwd() };
  const tools = new Map(listedTools(options).map((tool) => [tool.name, tool]));
  const actions = listActions().filter((action) => tools.has(action.id) && action.examples.length > 0);

  it("covers every listed action", () => {
    expect(actions.length).toBe(68);
  });

  it.each(actions.map((action) => [action.id, action] as const))("%s", async (_, action) => {
    const { client: gong, exchanges } = sandboxWithClient();
    const example = action.examples[0];
    for (const step of example?.setup ?? []) {
      expect((await gong.runById(step.action, step.input)).error, `setup ${step.action}`).toBeNull();
    }
    exchanges.length = 0;
    const mcp = await mcpPair(createGongMcpServer({ client: gong, ...options }));
    const input = plain(example?.input ?? {});
    const shown = tools.get(action.id)?.inputSchema ?? {};
    expect(ajv.validate(shown, input), `${action.id}: ${ajv.errorsText()}`).toBe(true);

    // The SDK client throws when structuredContent does not match the listed output schema.
    const result = await mcp.callTool({ name: action.id, arguments: input });
    const text = (result.content as { text?: string }[])[0]?.text ?? "";
    expect(result.isError, `${action.id}: ${text}`).toBeFalsy();
    expect(result.structuredContent).toBeTypeOf("object");
    if (action.safety.destructive) {
      expect(result.structuredContent).toMatchObject({ confirmationRequired: true, action: action.id });
      expect(exchanges).toHaveLength(0);
    } else expect(exchanges.length).toBeGreaterThan(0);
    await mcp.close();
  });
});
