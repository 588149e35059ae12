// The contract suite: every catalogue action's examples against the sandbox, checked by the action's own
// output schema AND by the official spec (requests and raw responses); a malformed variant of each is
// rejected locally with nothing sent.

import { listActions } from "@gongkit/client/internal/catalog/index.js";
import type { Action } from "@gongkit/client/internal/catalog/types.js";
import { describe, expect, it } from "vitest";
import { requestParts, validateRequest, validateResponse } from "../support/official-spec.js";
import type { Exchange } from "../support/recording-fetch.js";
import { sandboxWithClient } from "../support/sandbox-client.js";

function checkAgainstSpec(action: Action, exchange: Exchange): void {
  const { method, path, spec } = action.route;
  const requestErrors = validateRequest(
    method,
    path,
    requestParts(
      action.route,
      exchange.url,
      exchange.requestBody,
      exchange.headers.get("content-type") ?? "",
    ),
    spec,
  );
  expect(requestErrors, `${action.id} request vs official spec`).toEqual([]);
  expect(exchange.status, `${action.id} status`).toBe(action.route.successStatus);
  const responseErrors = validateResponse(
    method,
    path,
    exchange.status,
    JSON.parse(exchange.responseText),
    spec,
  );
  expect(responseErrors, `${action.id} response vs official spec`).toEqual([]);
}

/** Variants the client must refuse without sending anything. */
function malformedVariants(action: Action, input: Record<string, unknown>) {
  const variants: { name: string; input: Record<string, unknown>; field: string }[] = [
    { name: "unknown field", input: { ...input, notAGongField: true }, field: "notAGongField" },
  ];
  const required = Object.keys(input).find(
    (key) => !action.input.safeParse({ ...input, [key]: undefined }).success,
  );
  if (required) {
    const { [required]: _dropped, ...rest } = input;
    variants.push({ name: `missing ${required}`, input: rest, field: required });
  }
  return variants;
}

describe.each(listActions().map((action) => [action.id, action] as const))("%s", (_id, action) => {
  it.each(action.examples.map((example) => [example.title, example] as const))(
    "example: %s",
    async (_title, example) => {
      const { client, exchanges } = sandboxWithClient();
      for (const step of example.setup ?? []) {
        expect((await client.runById(step.action, step.input)).error, `setup ${step.action}`).toBeNull();
      }
      exchanges.length = 0;
      const result = await client.runById(action.id, example.input);
      expect(result.error, `${action.id} error`).toBeNull();
      expect(result.successful).toBe(true);
      expect(action.output.safeParse(result.data).success).toBe(true);
      expect(exchanges).toHaveLength(1);
      checkAgainstSpec(action, exchanges[0] as Exchange);
    },
  );

  it("rejects malformed input locally and sends nothing", async () => {
    const example = action.examples[0];
    expect(example).toBeDefined();
    for (const variant of malformedVariants(action, example?.input ?? {})) {
      const { client, exchanges } = sandboxWithClient();
      const result = await client.runById(action.id, variant.input);
      expect(result.successful, variant.name).toBe(false);
      expect(result.error?.code, variant.name).toBe("invalid_input");
      expect(result.error?.fields?.map((f) => f.path).join(" "), variant.name).toContain(variant.field);
      expect(exchanges, variant.name).toHaveLength(0);
    }
  });
});
