// The generic executor: validate -> build request -> send (auth and other wrappers) -> decode -> envelope.
// It knows actions only as values from the catalogue; no action has code of its own here.

import { createHash } from "node:crypto";
import { allActionIds, getAction, isActionId } from "../catalog/index.js";
import { suggestIds } from "../catalog/suggest.js";
import type { Action, ActionId, ActionInput, ActionOutput } from "../catalog/types.js";
import type { Clock } from "../core/clock.js";
import { type Envelope, fail, ok } from "../core/envelope.js";
import { GongError } from "../core/errors.js";
import { type Logger, redactingLogger, silentLogger } from "../core/logger.js";
import { authIdentity, authWrapper, type GongAuth } from "./auth.js";
import { validateBaseUrl } from "./base-url.js";
import {
  buildRequest,
  type GongRequest,
  previewOf,
  type RepeatSafety,
  type RequestPreview,
} from "./build-request.js";
import { decodeResponse } from "./decode.js";
import { createGovernor, type GovernorOptions, type RateState } from "./governor.js";
import {
  type Collected,
  type CollectOptions,
  collect,
  type ItemOf,
  type PagesOptions,
  type PaginatedActionId,
  pages,
} from "./paginate.js";
import { type RetryOptions, retryWrapper } from "./retry.js";
import { compose, type FetchLike, fetchTransport, type Send, type SendWrapper } from "./send.js";
import { checkInput } from "./validate-input.js";

export interface GongClientOptions {
  /** The company's Gong API host, e.g. https://us-12345.api.gong.io (https; http only on loopback). */
  baseUrl: string;
  auth: GongAuth;
  fetch?: FetchLike;
  logger?: Logger;
  timeoutMs?: number;
  /**
   * The rate governor: Gong's 3 requests/s and 10,000/day per company by default, shared by every client of
   * the same tenant in this process. `false` turns it off (only for a sandbox without a limit).
   */
  rateLimit?: GovernorOptions | false;
  /** Retries of 429s and, for requests safe to repeat, of 5xx, timeouts and resets. `false` turns them off. */
  retry?: RetryOptions | false;
  /** Time for the governor and retries (tests pass a manual clock). */
  clock?: Clock;
  /** Extra concerns around send(), outermost first (tracing, metrics); they run outside retries. */
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
  /** The same client whose requests wait in their own governor lane; lanes take turns for slots. */
  withLane(lane: string): GongClient;
  /** What running the action would send (method, URL, body), checked like a run but never sent. */
  preview(id: string, input?: unknown): Promise<Envelope<RequestPreview>>;
  /** The governor's budget and queue, or undefined when rate limiting is off. */
  rateState(): RateState | undefined;
  /** Every page of a paginated action, following Gong's cursor; a failed page throws its GongError. */
  pages<Id extends PaginatedActionId>(
    id: Id,
    input: NoInfer<ActionInput<Id>>,
    options?: PagesOptions,
  ): AsyncGenerator<ActionOutput<Id>, void, undefined>;
  /** The items of a paginated action up to a required limit, with `truncated` and `nextCursor`. */
  collect<Id extends PaginatedActionId>(
    id: Id,
    input: NoInfer<ActionInput<Id>>,
    options: CollectOptions,
  ): Promise<Collected<ItemOf<Id>>>;
}

function repeatSafety(action: Action, input: Record<string, unknown>): RepeatSafety {
  const { readOnly, idempotent, paidCredits } = action.safety;
  if ((readOnly && !paidCredits) || idempotent) return "safe";
  const key = action.quirks?.dedupKey;
  return key !== undefined && input[key] !== undefined ? "deduplicated" : "unsafe";
}

/** A tenant is one Gong company: its API host plus the credential's identity (hashed, never the secret). */
function tenantOf(baseUrl: string, auth: GongAuth): string {
  return `${baseUrl}#${createHash("sha256").update(authIdentity(auth)).digest("hex").slice(0, 12)}`;
}

export function createGongClient(options: GongClientOptions): GongClient {
  const baseUrl = validateBaseUrl(options.baseUrl, options.allowHttp ?? false);
  const logger = redactingLogger(options.logger ?? silentLogger);
  const transportOptions: { fetch?: FetchLike; timeoutMs?: number } = {};
  if (options.fetch) transportOptions.fetch = options.fetch;
  if (options.timeoutMs !== undefined) transportOptions.timeoutMs = options.timeoutMs;
  const withClock = <T extends object>(settings: T): T =>
    options.clock && !("clock" in settings) ? { ...settings, clock: options.clock } : settings;
  const governor =
    options.rateLimit === false
      ? undefined
      : createGovernor(
          options.rateLimit?.tenant ?? tenantOf(baseUrl, options.auth),
          withClock(options.rateLimit ?? {}),
        );
  const retry =
    options.retry === false ? [] : [retryWrapper(withClock({ logger, ...(options.retry ?? {}) }))];
  const send: Send = compose(fetchTransport(transportOptions), [
    ...(options.wrappers ?? []),
    ...retry,
    ...(governor ? [governor.wrapper] : []),
    authWrapper(options.auth),
  ]);
  const warnedDeprecated = new Set<string>();
  const decodeOptions = { logger, validateOutput: options.validateOutput ?? false };

  /** Checks scope and input and builds the wire request, without sending it. */
  async function prepare(action: Action, input: unknown): Promise<GongRequest> {
    if (action.deprecatedFor && !warnedDeprecated.has(action.id)) {
      warnedDeprecated.add(action.id);
      logger.log("warn", `${action.id} is deprecated; use ${action.deprecatedFor}`);
    }
    const granted = options.auth.type === "bearer" ? options.auth.scopes : undefined;
    if (granted && !granted.includes(action.scope)) {
      throw new GongError(
        "missing_scope",
        `${action.id} needs the OAuth scope ${action.scope}, which this connection was not granted. ` +
          "Add it to the Gong app's scopes, then connect again (gongkit connect oauth) to grant it.",
      );
    }
    const values = checkInput(action, input);
    return buildRequest(
      action.id,
      baseUrl,
      action.route,
      values,
      repeatSafety(action, values),
      action.quirks?.uploads,
    );
  }

  async function execute(action: Action, input: unknown, lane: string | undefined): Promise<unknown> {
    const request = await prepare(action, input);
    if (lane) request.lane = lane;
    const response = await send(request);
    logger.log("debug", `${action.id} ${request.method} ${request.url.pathname} -> ${response.status}`);
    return decodeResponse(action, response, decodeOptions);
  }

  async function attempt<T>(id: string, work: (action: Action) => Promise<T>): Promise<Envelope<T>> {
    if (!isActionId(id)) {
      const suggestions = suggestIds(id, allActionIds);
      return fail(
        new GongError("unknown_action", `Unknown action ${id}. Did you mean: ${suggestions.join(", ")}?`),
      );
    }
    try {
      return ok(await work(getAction(id)));
    } catch (error) {
      return fail(error);
    }
  }

  function view(lane: string | undefined): GongClient {
    const runById = (id: string, input?: unknown) => attempt(id, (action) => execute(action, input, lane));
    return {
      baseUrl,
      run: (id, ...args) => runById(id, args[0]) as never,
      runById,
      withLane: (other) => view(other),
      rateState: () => governor?.state(),
      preview: (id, input) => attempt(id, async (action) => previewOf(await prepare(action, input))),
      pages: (id, input, options) => pages({ runById }, id, input, options),
      collect: (id, input, options) => collect({ runById }, id, input, options),
    };
  }
  return view(undefined);
}
