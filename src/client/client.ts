// The generic executor: validate -> build request -> send (auth and other wrappers) -> decode -> envelope.
// It knows actions only as values from the catalogue; no action has code of its own here.
import { allActionIds, getAction, isActionId } from "../catalog/index.js";
import { suggestIds } from "../catalog/suggest.js";
import type { Action, ActionId, ActionInput, ActionOutput } from "../catalog/types.js";
import { type Envelope, fail, ok } from "../core/envelope.js";
import { GongError } from "../core/errors.js";
import { type Logger, redactingLogger, silentLogger } from "../core/logger.js";
import { authWrapper, type GongAuth } from "./auth.js";
import { validateBaseUrl } from "./base-url.js";
import { buildRequest } from "./build-request.js";
import { decodeResponse } from "./decode.js";
import { compose, type FetchLike, fetchTransport, type Send, type SendWrapper } from "./send.js";
import { describeIssues, fieldIssues } from "./validate-input.js";

export interface GongClientOptions {
  /** The company's Gong API host, e.g. https://us-12345.api.gong.io (https; http only on loopback). */
  baseUrl: string;
  auth: GongAuth;
  fetch?: FetchLike;
  logger?: Logger;
  timeoutMs?: number;
  /** Extra concerns around send(), outermost first (rate governor, retries, tracing). */
  wrappers?: readonly SendWrapper[];
  /** Allows a plain-http base URL on a non-loopback host (an in-process sandbox). */
  allowHttp?: boolean;
  /**
   * Check every answer against the action's output schema and log a warning where Gong deviates (the data is
   * returned either way). Off by default: it costs about 15% on large pages. int64 ids become digit strings
   * whether or not it is on.
   */
  validateOutput?: boolean;
}

// biome-ignore lint/complexity/noBannedTypes: `{}` is the type-level test for "this key may be omitted"
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** The input argument may be left out when the action has no required field. */
type InputArgs<Id extends ActionId> = [RequiredKeys<ActionInput<Id>>] extends [never]
  ? [input?: ActionInput<Id>]
  : [input: ActionInput<Id>];

export interface GongClient {
  readonly baseUrl: string;
  /** Runs an action; never throws. TypeScript infers the input and output from the id. */
  run<Id extends ActionId>(id: Id, ...args: NoInfer<InputArgs<Id>>): Promise<Envelope<ActionOutput<Id>>>;
  /** Runs an action by an id known only at run time (CLI, agents); unknown ids get suggestions. */
  runById(id: string, input?: unknown): Promise<Envelope<unknown>>;
}

export function createGongClient(options: GongClientOptions): GongClient {
  const baseUrl = validateBaseUrl(options.baseUrl, options.allowHttp ?? false);
  const logger = redactingLogger(options.logger ?? silentLogger);
  const transportOptions: { fetch?: FetchLike; timeoutMs?: number } = {};
  if (options.fetch) transportOptions.fetch = options.fetch;
  if (options.timeoutMs !== undefined) transportOptions.timeoutMs = options.timeoutMs;
  const send: Send = compose(fetchTransport(transportOptions), [
    ...(options.wrappers ?? []),
    authWrapper(options.auth),
  ]);
  const warnedDeprecated = new Set<string>();
  const decodeOptions = { logger, validateOutput: options.validateOutput ?? false };

  async function execute(action: Action, input: unknown): Promise<unknown> {
    if (action.deprecatedFor && !warnedDeprecated.has(action.id)) {
      warnedDeprecated.add(action.id);
      logger.log("warn", `${action.id} is deprecated; use ${action.deprecatedFor}`);
    }
    const parsed = action.input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = fieldIssues(parsed.error);
      throw new GongError("invalid_input", `Invalid input for ${action.id}: ${describeIssues(fields)}`, {
        fields,
      });
    }
    const request = await buildRequest(
      action.id,
      baseUrl,
      action.route,
      parsed.data as Record<string, unknown>,
    );
    const response = await send(request);
    logger.log("debug", `${action.id} ${request.method} ${request.url.pathname} -> ${response.status}`);
    return decodeResponse(action, response, decodeOptions);
  }

  async function runById(id: string, input?: unknown): Promise<Envelope<unknown>> {
    if (!isActionId(id)) {
      const suggestions = suggestIds(id, allActionIds);
      return fail(
        new GongError("unknown_action", `Unknown action ${id}. Did you mean: ${suggestions.join(", ")}?`),
      );
    }
    try {
      return ok(await execute(getAction(id), input));
    } catch (error) {
      return fail(error);
    }
  }

  return {
    baseUrl,
    run: (id, ...args) => runById(id, args[0]) as never,
    runById,
  };
}
