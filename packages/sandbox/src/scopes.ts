// OAuth scopes: which scopes the sandbox knows (what /oauth2/authorize accepts) and which ones a /v2 request
// needs when it comes with a Bearer token. Each operation's scope comes from the action list; Basic access
// keys are not limited by scope.
import { generatedActions } from "@gongkit/client/internal/catalog/generated/actions.js";
import type { OperationId } from "@gongkit/client/internal/catalog/types.js";
import { SandboxHttpError } from "./kit.js";
import { findOperation } from "./routes.js";

/** Needed on top of `api:calls:read:extensive` when `POST /v2/calls/extensive` asks for media URLs. */
export const mediaUrlScope = "api:calls:read:media-url";

// GONG_GET_CALL_TRANSCRIPT and its deprecated alias share getCallTranscripts and its one scope.
const scopeByOperation = new Map<string, string>(
  Object.values(generatedActions).map((action) => [action.operationId, action.scope]),
);

/** Every scope an app may request: the action list's (permission-profile ones included) and media-url. */
export const gongScopes: readonly string[] = [
  ...new Set([...scopeByOperation.values(), mediaUrlScope]),
].sort();

const knownScopes = new Set(gongScopes);

export function isKnownScope(scope: string): boolean {
  return knownScopes.has(scope);
}

/** The scopes an operation needs; `body` matters only for listCallsExtensive's media option. */
export function requiredScopes(operationId: OperationId, body: unknown): string[] {
  const scope = scopeByOperation.get(operationId);
  const required = scope ? [scope] : [];
  if (operationId === "listCallsExtensive" && wantsMedia(body)) required.push(mediaUrlScope);
  return required;
}

/** Throws 403 (Gong's error body, naming the missing scopes) when a Bearer token lacks a needed scope. */
export async function checkScopes(request: Request, granted: ReadonlySet<string>): Promise<void> {
  const url = new URL(request.url);
  const operationId = findOperation(request.method, url.pathname);
  if (!operationId) return; // no such endpoint: the router answers 404
  const body = operationId === "listCallsExtensive" ? await peekJson(request) : undefined;
  const missing = requiredScopes(operationId, body).filter((scope) => !granted.has(scope));
  if (!missing.length) return;
  const names = missing.map((scope) => `'${scope}'`).join(", ");
  throw new SandboxHttpError(
    403,
    [`Insufficient scope: ${request.method} ${url.pathname} requires the OAuth scope ${names}, not granted`],
    { "www-authenticate": `Bearer error="insufficient_scope", scope="${missing.join(" ")}"` },
  );
}

function wantsMedia(body: unknown): boolean {
  const selector = (body as { contentSelector?: { exposedFields?: { media?: unknown } } } | undefined)
    ?.contentSelector;
  return selector?.exposedFields?.media === true;
}

// Reads a copy of the JSON body, leaving the request's own body for the route. Malformed JSON is the route's
// 400 to give, so it counts as no body here.
async function peekJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.clone().text());
  } catch {
    return undefined;
  }
}
