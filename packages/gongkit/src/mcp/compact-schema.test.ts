import { getAction, listActions } from "@gongkit/client/internal/catalog/index.js";
import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { toolOf } from "./action-tools.js";
import { brief, compactSchema } from "./compact-schema.js";
import { summarizeDeepShapes } from "./shape-summary.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
// Formats checked too (emails, date-times), so the compacted schemas are held to what the client checks.
(addFormatsModule as unknown as (ajv: Ajv2020) => void)(ajv);
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_, item) => (typeof item === "bigint" ? item.toString() : item)));

describe("compacted tool input schemas", () => {
  it("use no $ref: several MCP clients cannot resolve one and then list no tools", () => {
    for (const action of listActions())
      expect(JSON.stringify(toolOf(action, true).inputSchema)).not.toContain("$ref");
  });

  it("still accept every catalogue example and still reject unknown fields", () => {
    for (const action of listActions()) {
      const validate = ajv.compile(toolOf(action, true).inputSchema);
      for (const example of action.examples) {
        expect(validate(plain(example.input)), `${action.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
      expect(validate({ ...plain(action.examples[0]?.input ?? {}), notAField: 1 }), action.id).toBe(false);
    }
  });

  it("writes deep structure as a one-line shape that keeps fields, enums and required marks", () => {
    const schema = {
      type: "object",
      properties: {
        small: { type: "object", properties: { at: { type: "string", format: "date-time" } } },
        viewer: {
          type: "object",
          description: "Who viewed it",
          properties: {
            email: { type: "string" },
            context: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  system: { type: "string", enum: ["Salesforce", "HubSpot"] },
                  objectId: { type: "string", pattern: "^\\d{1,20}$" },
                },
                required: ["system"],
              },
            },
          },
        },
      },
    };
    const shaped = summarizeDeepShapes(schema) as { properties: Record<string, Record<string, unknown>> };
    expect(shaped.properties.small).toEqual(schema.properties.small);
    expect(shaped.properties.viewer).toEqual({
      type: "object",
      properties: {
        email: { type: "string" },
        context: { type: "array", description: "Shape: [{system: Salesforce|HubSpot, objectId?: digits}]" },
      },
      description: "Who viewed it",
    });
  });

  it("keeps a top-level object's fields as JSON Schema, with types and required flags", () => {
    const tool = toolOf(getAction("GONG_GET_CALL_TRANSCRIPT"));
    const filter = (tool.inputSchema.properties as Record<string, Record<string, unknown>>).filter;
    expect(filter?.properties).toEqual({
      fromDateTime: { type: "string", format: "date-time" },
      toDateTime: { type: "string", format: "date-time" },
      workspaceId: { type: "string" },
      callIds: { type: "array", items: { type: "string" } },
    });
    const tasks = toolOf(getAction("GONG_LIST_TASKS")).inputSchema.properties as Record<
      string,
      Record<string, unknown>
    >;
    expect(tasks.filter?.required).toEqual(["userId", "types", "taskAction", "status"]);
    expect(JSON.stringify(toolOf(getAction("GONG_LIST_TASKS")).inputSchema)).not.toContain("Shape:");
  });

  it("folds int64 unions to digit strings and drops prose that restates the field name", () => {
    const input = jsonSchemas(getAction("GONG_DELETE_MEETING")).input;
    expect(JSON.stringify(input)).toContain("anyOf");
    const compact = compactSchema(input) as { properties: { meetingId: Record<string, unknown> } };
    expect(compact.properties.meetingId).toMatchObject({ type: "string", pattern: "^\\d{1,20}$" });
    // an MCP server's instructions say once that ids are digit strings; its tools leave the pattern out
    const forMcp = compactSchema(input, { idPatterns: false }) as typeof compact;
    expect(forMcp.properties.meetingId).toMatchObject({ type: "string" });
    expect(forMcp.properties.meetingId).not.toHaveProperty("pattern");
    const named = compactSchema({
      type: "object",
      properties: { scoreCalls: { type: "boolean", description: "User can score calls." } },
    }) as { properties: { scoreCalls: Record<string, unknown> } };
    expect(named.properties.scoreCalls).toEqual({ type: "boolean" });
    expect(
      brief(
        "Start time in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC);",
      ),
    ).toBe("Start time (ISO-8601).");
  });
});
