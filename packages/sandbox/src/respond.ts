// Every sandbox response is JSON written losslessly (bigint as bare integers) and carries a fresh requestId,
// as Gong's do; errors are exactly Gong's `{ requestId, errors }`.
import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import type { Random } from "./random.js";

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Issues 17-character request ids from the sandbox's own seeded generator. */
export function requestIdIssuer(random: Random): () => string {
  return () => {
    let id = "";
    for (let index = 0; index < 17; index++) id += alphabet[random.int(0, alphabet.length - 1)];
    return id;
  };
}

export function jsonResponse(
  status: number,
  requestId: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(stringifyJson({ requestId, ...body }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export function errorResponse(
  status: number,
  requestId: string,
  errors: string[],
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, requestId, { errors }, headers);
}
