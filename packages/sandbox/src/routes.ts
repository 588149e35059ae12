// Registers one route per catalogue operation: read and check the inputs, run the operation's handler, and
// answer with its body. Operations without a handler answer 501.

import { operations } from "@gongkit/client/internal/catalog/generated/operations.js";
import type { OperationId, Route } from "@gongkit/client/internal/catalog/types.js";
import { parseJson } from "@gongkit/client/internal/core/json.js";
import type { Hono } from "hono";
import type { SandboxEnv } from "./env.js";
import type { HandlerMap, SandboxLimits } from "./kit.js";
import { SandboxHttpError } from "./kit.js";
import { inputErrors, inputFingerprint } from "./request-inputs.js";
import { jsonResponse } from "./respond.js";
import type { SandboxState } from "./state.js";

export type { OriginBindings, SandboxEnv } from "./env.js";

export interface RouteContext {
  state: SandboxState;
  /** The sandbox's "now" for each request: pinned, or the real time. */
  now: () => Date;
  handlers: HandlerMap;
  limits: SandboxLimits;
}

/** `/v2/calls/{id}` → `/v2/calls/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ":$1");
}

type OperationEntry = [OperationId, (typeof operations)[OperationId]];

// Static paths first, so `/v2/calls/extensive` is never taken for `/v2/calls/{id}`.
const ordered = (Object.entries(operations) as OperationEntry[]).sort(
  ([, a], [, b]) => paramCount(a.route.path) - paramCount(b.route.path),
);

const matchers = ordered.map(([operationId, operation]) => {
  const pattern = operation.route.path.replace(/\{[^}]+\}/g, "[^/]+");
  return { operationId, method: operation.route.method as string, regex: new RegExp(`^${pattern}$`) };
});

/** The operation a request reaches, matched as the router does (static paths first). */
export function findOperation(method: string, pathname: string): OperationId | undefined {
  return matchers.find((m) => m.method === method && m.regex.test(pathname))?.operationId;
}

export function registerOperations(app: Hono<SandboxEnv>, context: RouteContext): void {
  for (const [operationId, operation] of ordered) {
    const route = operation.route as Route;
    app.on(route.method, honoPath(route.path), async (c) => {
      const handler = context.handlers[operationId];
      if (!handler) throw new SandboxHttpError(501, ["not implemented in the sandbox"]);
      const request = c.req.raw;
      const url = new URL(request.url);
      const path = c.req.param() as Record<string, string>;
      const body = await readJsonBody(request, route);
      const errors = inputErrors(operation.input, route, { path, query: url.searchParams, body });
      if (errors.length) throw new SandboxHttpError(400, errors);
      const result = await handler({
        state: context.state,
        path,
        query: url.searchParams,
        body,
        request,
        requestId: c.get("requestId"),
        now: context.now(),
        fingerprint: inputFingerprint(route.method, url.pathname, url.searchParams, body),
        limits: context.limits,
      });
      return jsonResponse(result.status ?? route.successStatus, c.get("requestId"), result.body);
    });
  }
}

function paramCount(path: string): number {
  return path.split("{").length - 1;
}

// JSON bodies are parsed losslessly; multipart bodies are left unread for the handler to stream.
async function readJsonBody(request: Request, route: Route): Promise<unknown> {
  if (route.body.kind !== "json" && route.body.kind !== "json-value") return undefined;
  const text = await request.text();
  if (!text.trim()) return undefined;
  try {
    return parseJson(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SandboxHttpError(400, [`Malformed JSON request body: ${reason}`]);
  }
}
