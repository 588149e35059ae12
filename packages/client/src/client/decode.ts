// Turns Gong's raw answer into data or a GongError: lossless JSON, lenient output schema, declared
// "nothing found" 404s as empty results, error bodies `{requestId, errors}` as GongError.
import { z } from "zod";
import type { Action } from "../catalog/types.js";
import { codeForStatus, GongError, type GongErrorOptions } from "../core/errors.js";
import { parseJson } from "../core/json.js";
import type { Logger } from "../core/logger.js";
import { type IdPath, idPaths, normalizeIds } from "./id-paths.js";
import type { GongResponse } from "./send.js";

type Body = Record<string, unknown>;

function parseBody(action: Action, response: GongResponse): Body | undefined {
  if (response.text.trim() === "") return undefined;
  try {
    const body = parseJson(response.text);
    return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Body) : undefined;
  } catch {
    if (response.status >= 200 && response.status < 300) {
      throw new GongError("invalid_response", `${action.id}: Gong's answer is not JSON`, {
        status: response.status,
      });
    }
    return undefined;
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable)
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

const emptyShapes = new WeakMap<Action, Body>();

/** The empty result of a list action: every top-level list empty, paging records at zero. */
export function emptyResult(action: Action): Body {
  let shape = emptyShapes.get(action);
  if (!shape) {
    shape = {};
    const output = unwrap(action.output);
    if (output instanceof z.ZodObject) {
      for (const [key, property] of Object.entries(output.shape as Record<string, z.ZodType>)) {
        if (unwrap(property) instanceof z.ZodArray) shape[key] = [];
      }
      if ("records" in output.shape)
        shape.records = { totalRecords: 0, currentPageSize: 0, currentPageNumber: 0 };
    }
    emptyShapes.set(action, shape);
  }
  return structuredClone(shape);
}

const hints: Partial<Record<GongError["code"], string>> = {
  unauthorized: "Check the access key and secret, and that the base URL is your company's own Gong API host.",
  forbidden:
    "The credentials lack the scope this action needs, or the endpoint is in limited release for your company.",
  payment_required: "This AI endpoint consumes Gong credits and none are left.",
  rate_limited: "Gong allows 3 requests a second and 10,000 a day per company.",
  not_found: "Check the ids in the input.",
};

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export interface DecodeOptions {
  logger: Logger;
  /** Also check each answer against the action's output schema and log where Gong deviates. */
  validateOutput: boolean;
}

const idPathCache = new WeakMap<Action, IdPath[]>();

function idPathsOf(action: Action): IdPath[] {
  let paths = idPathCache.get(action);
  if (!paths) {
    paths = idPaths(action.output);
    idPathCache.set(action, paths);
  }
  return paths;
}

export function decodeResponse(action: Action, response: GongResponse, options: DecodeOptions): unknown {
  const body = parseBody(action, response);
  const { status } = response;
  if (status >= 200 && status < 300) {
    const value = body ?? {};
    if (options.validateOutput) {
      const parsed = action.output.safeParse(value);
      if (parsed.success) return parsed.data;
      options.logger.log(
        "warn",
        `${action.id}: Gong's answer does not match the output schema; returning it as received`,
        {
          issues: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`),
        },
      );
    }
    normalizeIds(value, idPathsOf(action));
    return value;
  }
  const requestId = typeof body?.requestId === "string" ? body.requestId : undefined;
  if (status === 404 && action.quirks?.emptyOn404) {
    const empty = emptyResult(action);
    if (requestId) empty.requestId = requestId;
    return empty;
  }
  const code = codeForStatus(status);
  const gongErrors = Array.isArray(body?.errors) ? body.errors.map(String) : undefined;
  const detail = gongErrors?.length ? `: ${gongErrors.join("; ")}` : "";
  const hint = hints[code] ? ` ${hints[code]}` : "";
  const errorOptions: GongErrorOptions = { status };
  if (requestId) errorOptions.requestId = requestId;
  if (gongErrors) errorOptions.gongErrors = gongErrors;
  const wait = retryAfterMs(response.headers);
  if (wait !== undefined) errorOptions.retryAfterMs = wait;
  throw new GongError(code, `${action.id} failed: Gong answered ${status}${detail}.${hint}`, errorOptions);
}
