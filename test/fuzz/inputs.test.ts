// Every action's input, fuzzed from its own JSON input schema: the catalogue's first example, then variants at
// and just past each limit, of the wrong type and with prototype keys (test/support/input-fuzz.ts). Whatever
// the client refuses sends nothing; whatever it accepts is previewed (never sent) and its request must satisfy
// Gong's official spec. Variants that break a limit must be refused.

import { listActions } from "@gongkit/client/internal/catalog/index.js";
import { jsonSchemas } from "@gongkit/client/internal/catalog/json-schema.js";
import type { Action } from "@gongkit/client/internal/catalog/types.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { describe, expect, it } from "vitest";
import { type JsonSchema, seeded, type Variant, variants } from "../support/input-fuzz.js";
import { requestParts, validateRequest } from "../support/official-spec.js";

let sent = 0;
const client = createGongClient({
  baseUrl: "https://fuzz.api.gong.io",
  auth: { type: "basic", accessKey: "fuzz-key", accessKeySecret: "fuzz-secret" },
  fetch: async () => {
    sent += 1;
    return new Response('{"requestId":"fuzz"}', { status: 200 });
  },
  rateLimit: false,
  retry: false,
});

/** What went wrong with one variant, or undefined when the client did what it must. */
async function judge(action: Action, variant: Variant): Promise<string | undefined> {
  const preview = await client.preview(action.id, variant.input);
  if (!preview.successful) {
    const before = sent;
    const result = await client.runById(action.id, variant.input);
    if (result.successful || sent !== before) return `${variant.name}: preview refused it but a run sent it`;
    return undefined;
  }
  if (variant.expect === "refuse") return `${variant.name}: accepted, though it must be refused`;
  const { method, path, spec } = action.route;
  const url = new URL(preview.data.url);
  const contentType = preview.data.uploadBytes === undefined ? "application/json" : "multipart/form-data";
  const errors = validateRequest(
    method,
    path,
    requestParts(action.route, url, preview.data.json, contentType),
    spec,
  );
  return errors.length > 0
    ? `${variant.name}: accepted, but the official spec says ${errors.join("; ")}`
    : undefined;
}

describe.each(listActions().map((action) => [action.id, action] as const))("%s", (_id, action) => {
  it("refuses what breaks its limits, sending nothing, and sends only what the official spec accepts", async () => {
    const schema = jsonSchemas(action).input as JsonSchema;
    const base = action.examples[0]?.input ?? {};
    const all: Variant[] = [
      { name: "the first example", input: base, expect: "either" },
      {
        name: "(input): JSON.parse __proto__",
        input: JSON.parse('{"__proto__": {"polluted": true}}'),
        expect: "refuse",
      },
      ...variants(schema, base, seeded(action.id.length * 7919)),
    ];
    const sentBefore = sent;
    const problems: string[] = [];
    for (const variant of all) {
      const problem = await judge(action, variant);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    expect(sent).toBe(sentBefore);
    expect(all.length).toBeGreaterThan(3);
  });
});
