import { getAction, isActionId, listActions } from "@gongkit/client/internal/catalog/index.js";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { selectActions } from "./action-tools.js";
import {
  exportFormats,
  exportTools,
  fitDescription,
  functionDefinition,
  maxDescriptionLength,
  toolNamePattern,
} from "./function-schemas.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
const everything = { allowDestructive: true, allowPaidCredits: true };
const offered = selectActions({ allowPaidCredits: true });

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

type Openai = { type: string; function: { name: string; description: string; parameters: object } };
type Anthropic = { name: string; description: string; input_schema: object };
type Plain = { name: string; description: string; inputSchema: object; outputSchema: object };

describe("function-calling exports", () => {
  it("offers every non-deprecated action when all flags are on", () => {
    expect(offered.length).toBeGreaterThanOrEqual(60);
    // and the six tools beyond the raw API (gong_find_calls, ..., gong_export_calls, gong_find_user)
    for (const format of exportFormats)
      expect(exportTools(format, everything)).toHaveLength(offered.length + 6);
  });

  it("names and describes every tool within OpenAI's and Anthropic's limits", () => {
    const openai = exportTools("openai", everything) as Openai[];
    for (const { type, function: fn } of openai) {
      expect(type).toBe("function");
      expect(fn.name).toMatch(toolNamePattern);
      expect(fn.description.length).toBeGreaterThan(0);
      expect(fn.description.length).toBeLessThanOrEqual(maxDescriptionLength);
      expect(fn.parameters).toMatchObject({ type: "object", properties: expect.any(Object) });
    }
    for (const tool of exportTools("anthropic", everything) as Anthropic[]) {
      expect(tool.name).toMatch(toolNamePattern);
      expect(tool.description.length).toBeLessThanOrEqual(maxDescriptionLength);
      expect(tool.input_schema).toMatchObject({ type: "object" });
    }
  });

  it("exports schemas a JSON Schema validator compiles, which accept every catalogue example", () => {
    const ajv = validator();
    const schemas: [string, object][] = [
      ...(exportTools("openai", everything) as Openai[]).map((t) => [t.function.name, t.function.parameters]),
      ...(exportTools("anthropic", everything) as Anthropic[]).map((t) => [t.name, t.input_schema]),
      ...(exportTools("jsonschema", everything) as Plain[]).map((t) => [t.name, t.inputSchema]),
    ] as [string, object][];
    const rejected: string[] = [];
    for (const [name, schema] of schemas) {
      const validate = ajv.compile(schema);
      if (name.startsWith("gong_")) continue; // a tool beyond the raw API: compiled, it has no catalogue examples
      if (!isActionId(name)) throw new Error(`not an action id: ${name}`);
      for (const example of getAction(name).examples) {
        if (!validate(example.input))
          rejected.push(`${name} "${example.title}": ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(schemas).toHaveLength((offered.length + 6) * 3);
    expect(rejected).toEqual([]);
    const byId = ajv.compile(functionDefinition(getAction("GONG_GET_CALL_BY_ID")).parameters);
    expect(byId({})).toBe(false);
    expect(byId({ id: "7782342274025937895", extra: 1 })).toBe(false);
    for (const tool of exportTools("jsonschema", everything) as Plain[]) {
      expect(() => ajv.compile(tool.outputSchema), tool.name).not.toThrow();
    }
  });

  it("leaves destructive and paid-credit actions out by default and puts them in with the flags", () => {
    const names = (options: object) => (exportTools("anthropic", options) as Anthropic[]).map((t) => t.name);
    const destructive = listActions()
      .filter((a) => a.safety.destructive && !a.deprecatedFor)
      .map((a) => a.id);
    const paid = listActions()
      .filter((a) => a.safety.paidCredits && !a.deprecatedFor)
      .map((a) => a.id);
    expect(destructive).toContain("GONG_ERASE_DATA_FOR_EMAIL_ADDRESS");
    expect(paid).toContain("GONG_ASK_ENTITY");

    const byDefault = names({});
    expect(byDefault).toContain("GONG_GET_CALL_BY_ID");
    expect(byDefault.filter((n) => (destructive as string[]).includes(n))).toEqual([]);
    expect(byDefault.filter((n) => (paid as string[]).includes(n))).toEqual([]);
    expect(names({ allowDestructive: true })).toEqual(expect.arrayContaining(destructive));
    expect(names({ allowPaidCredits: true })).toEqual(expect.arrayContaining(paid));
    expect(names({ readOnly: true, allowDestructive: true })).not.toContain(
      "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS",
    );
    const users = names({ toolsets: ["users"] });
    expect(users).toContain("GONG_GET_USER_BY_ID");
    // the users actions, and gong_find_user
    expect(users.filter((n) => !isActionId(n) || getAction(n).group !== "users")).toEqual(["gong_find_user"]);
  });

  it("gives the same definition in each format", () => {
    const action = getAction("GONG_GET_CALL_BY_ID");
    const { name, description, parameters } = functionDefinition(action);
    const find = <T>(list: unknown[], pick: (t: T) => string) => list.find((t) => pick(t as T) === name);
    expect(find<Openai>(exportTools("openai"), (t) => t.function.name)).toEqual({
      type: "function",
      function: { name, description, parameters },
    });
    expect(find<Anthropic>(exportTools("anthropic"), (t) => t.name)).toEqual({
      name,
      description,
      input_schema: parameters,
    });
    expect(find<Plain>(exportTools("jsonschema"), (t) => t.name)).toMatchObject({
      name,
      description,
      inputSchema: parameters,
      outputSchema: { type: "object", properties: { call: expect.any(Object) } },
    });
    expect(parameters).toMatchObject({ required: ["id"], additionalProperties: false });
    expect(parameters).not.toHaveProperty("$schema");
  });
});

describe("fitDescription", () => {
  it("keeps short text and cuts long text after its last whole sentence", () => {
    expect(fitDescription("Short. Enough.", 20)).toBe("Short. Enough.");
    expect(fitDescription("First one. Second, e.g. this. Third is too long.", 40)).toBe(
      "First one. Second, e.g. this.",
    );
  });

  it("cuts at a word with an ellipsis when no sentence fits", () => {
    const cut = fitDescription("one two three four five six", 12);
    expect(cut).toBe("one two…");
    expect(cut.length).toBeLessThanOrEqual(12);
  });
});
