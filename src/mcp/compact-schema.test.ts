import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { getAction, listActions } from "../catalog/index.js";
import { jsonSchemas } from "../catalog/json-schema.js";
import { toolOf } from "./action-tools.js";
import { brief, compactSchema, shareRepeats } from "./compact-schema.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_, item) => (typeof item === "bigint" ? item.toString() : item)));

describe("compacted tool input schemas", () => {
  it("still accept every catalogue example and still reject unknown fields", () => {
    for (const action of listActions()) {
      const validate = ajv.compile(toolOf(action, true).inputSchema);
      for (const example of action.examples) {
        expect(validate(plain(example.input)), `${action.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
      expect(validate({ ...plain(action.examples[0]?.input ?? {}), notAField: 1 }), action.id).toBe(false);
    }
  });

  it("write repeated shapes once under $defs, each reference keeping its own description", () => {
    const schema = {
      type: "object",
      properties: {
        callsAccess: {
          type: "object",
          description: "Calls access.",
          properties: {
            level: { type: "string", enum: ["all", "managers-team", "own", "none"] },
            teamLeadIds: { type: "array", items: { type: "string" } },
          },
        },
        dealsAccess: {
          type: "object",
          description: "Deals access.",
          properties: {
            level: { type: "string", enum: ["own", "all", "managers-team", "none"] },
            teamLeadIds: { type: "array", items: { type: "string" } },
          },
        },
      },
    };
    const shared = shareRepeats(schema) as {
      properties: Record<string, unknown>;
      $defs: Record<string, unknown>;
    };
    expect(shared.properties.dealsAccess).toEqual({
      $ref: "#/$defs/callsAccess",
      description: "Deals access.",
    });
    expect(Object.keys(shared.$defs)).toEqual(["callsAccess"]);
    const validate = ajv.compile(shared);
    expect(validate({ dealsAccess: { level: "own" } })).toBe(true);
    expect(validate({ dealsAccess: { level: "some" } })).toBe(false);
  });

  it("folds int64 unions to digit strings and drops prose that restates the field name", () => {
    const input = jsonSchemas(getAction("GONG_DELETE_MEETING")).input;
    expect(JSON.stringify(input)).toContain("anyOf");
    const compact = compactSchema(input) as { properties: { meetingId: Record<string, unknown> } };
    expect(compact.properties.meetingId).toMatchObject({ type: "string", pattern: "^\\d{1,20}$" });
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
