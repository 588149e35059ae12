// The sandbox: a stateful, seeded fake of Gong's API as a Hono app, usable in-process (`sandbox.fetch`) or
// over a socket (`sandbox.listen()`). Auth, rate limit, fault injection, request ids and the request log live
// here; routes come from the catalogue's operations and behaviour from the handlers. OAuth: oauth*.ts;
// which origin answers what: origins.ts.
import { randomInt } from "node:crypto";
import { Hono } from "hono";
import { authenticate, type SandboxCredentials, sandboxCredentials } from "./auth.js";
import {
  type ChaosCounts,
  type ChaosFault,
  type ChaosOptions,
  connectionReset,
  createChaos,
  isNoAnswer,
} from "./chaos.js";
import { buildDataset, defaultCallCount, defaultSeed } from "./dataset/index.js";
import { inRange } from "./handlers/common.js";
import { handlers } from "./handlers/index.js";
import { gongMediaMaxBytes } from "./handlers/media-checks.js";
import { SandboxHttpError } from "./kit.js";
import { createOAuthServer } from "./oauth.js";
import { loggableQuery, registerOAuthRoutes } from "./oauth-routes.js";
import type { SandboxOAuth, SandboxOAuthOptions } from "./oauth-types.js";
import {
  apiBaseUrlOf,
  inProcessUrl,
  type ListeningSandbox,
  type ListenOptions,
  listenSandbox,
  originGuard,
  sandboxOAuthBaseUrl,
} from "./origins.js";
import { createRandom } from "./random.js";
import { createRateLimiter, defaultRateLimit, type RateLimitPolicy } from "./rate-limit.js";
import { errorResponse, requestIdIssuer } from "./respond.js";
import { registerOperations, type SandboxEnv } from "./routes.js";
import { checkScopes } from "./scopes.js";
import type { SandboxState } from "./state.js";

export type { ListeningSandbox, ListenOptions } from "./origins.js";
export { sandboxBaseUrl, sandboxOAuthBaseUrl } from "./origins.js";

export interface SandboxOptions {
  /** Seed of the dataset (default fixed). */
  seed?: number;
  /**
   * Pins the sandbox's clock: the dataset stands as it would at this instant and every request sees it as
   * "now". Unpinned, the dataset is placed at the start time and requests see the real (`clock`) time.
   */
  now?: Date;
  /** Gong's rate limit; on by default at 3/s and 10,000/day. `false` turns it off. */
  rateLimit?: RateLimitPolicy | false;
  /** The access key the sandbox accepts (default `sandboxCredentials`). */
  credentials?: SandboxCredentials;
  /** Milliseconds clock for the rate limiter, the request log and an unpinned "now" (default `Date.now`). */
  clock?: () => number;
  /** How many calls the dataset holds (default 300, at most 5,000); the sample calls are always among them. */
  calls?: number;
  /**
   * Keep the generated dataset for this process's later sandboxes, each getting a copy (default true: tests
   * make many); false holds it once, for a process that makes one sandbox.
   */
  cacheDataset?: boolean;
  /** Fault injection on /v2 requests (off by default); change it later with `sandbox.setChaos`. */
  chaos?: ChaosOptions;
  /** The largest media upload accepted, in bytes (default Gong's 1.5 GB). */
  mediaMaxBytes?: number;
  /** The OAuth server's apps and token lifetimes; always on, with `sandboxOAuthClient` by default. */
  oauth?: SandboxOAuthOptions;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** The query string without its leading `?`. */
  query: string;
  /** 0 when chaos reset the connection. */
  status: number;
  at: number;
  /** Set when chaos injected a fault into this request. */
  fault?: ChaosFault;
}

export interface Sandbox {
  app: Hono<SandboxEnv>;
  state: SandboxState;
  credentials: SandboxCredentials;
  /** In-process fetch: accepts absolute URLs (any host, e.g. `sandboxBaseUrl`) or paths. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  requestLog: RequestLogEntry[];
  /** Serves over HTTP; with `apiPort`, the OAuth endpoints and the API on two ports (see origins.ts). */
  listen(options?: ListenOptions): Promise<ListeningSandbox>;
  oauth: SandboxOAuth;
  /** Replaces the fault injection options; undefined turns it off. The draws restart from the seed. */
  setChaos(options: ChaosOptions | undefined): void;
  /** Live totals of the faults and delays injected so far. */
  chaosCounts: ChaosCounts;
  /** What the sandbox holds, to check a client's results against. */
  groundTruth: {
    /** Ids of the calls that started in [from, to), oldest first: what `GET /v2/calls` pages through. */
    callIds(from: string | Date, to: string | Date): string[];
  };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = options.seed ?? defaultSeed;
  const credentials = options.credentials ?? sandboxCredentials;
  const clock = options.clock ?? Date.now;
  const pinned = options.now;
  const now = pinned ? () => pinned : () => new Date(clock());
  const chaos = createChaos(options.chaos);
  const state = buildDataset(seed, now(), options.calls ?? defaultCallCount, options.cacheDataset);
  const requestLog: RequestLogEntry[] = [];
  // Data are deterministic, request ids are not: each process issues its own, as Gong's differ per request.
  const nextRequestId = requestIdIssuer(createRandom(randomInt(2 ** 32)));
  const rateLimit = options.rateLimit ?? defaultRateLimit;
  const admit = rateLimit ? createRateLimiter(rateLimit, clock) : () => undefined;
  const limits = { mediaMaxBytes: options.mediaMaxBytes ?? gongMediaMaxBytes };
  const oauth = createOAuthServer(options.oauth ?? {}, clock);
  const authContext = { credentials, checkAccessToken: oauth.checkAccessToken };

  const app = new Hono<SandboxEnv>();
  app.use("*", async (c, next) => {
    c.set("requestId", nextRequestId());
    await next();
    const url = new URL(c.req.url);
    const fault = c.get("fault");
    requestLog.push({
      method: c.req.method,
      path: url.pathname,
      query: loggableQuery(url),
      status: fault === "reset" ? 0 : c.res.status,
      at: clock(),
      ...(fault ? { fault } : {}),
    });
  });
  app.use("*", originGuard(options.oauth?.apiBaseUrl));
  registerOAuthRoutes(app, oauth, (c) => apiBaseUrlOf(c.env));
  app.use("/v2/*", chaos.latency);
  app.use("/v2/*", async (c, next) => {
    const principal = authenticate(c.req.header("authorization") ?? null, authContext);
    if ("error" in principal) {
      throw new SandboxHttpError(401, [principal.error], { "www-authenticate": principal.challenge });
    }
    if (principal.scheme === "bearer") await checkScopes(c.req.raw, principal.scopes);
    const limited = admit();
    if (limited) {
      throw new SandboxHttpError(429, [limited.reason], { "retry-after": String(limited.retryAfterSeconds) });
    }
    await next();
  });
  app.use("/v2/*", chaos.faults);
  registerOperations(app, { state, now, handlers, limits });
  app.notFound((c) =>
    errorResponse(404, c.get("requestId"), [`No such endpoint: ${c.req.method} ${c.req.path}`]),
  );
  app.onError((error, c) => {
    if (error instanceof SandboxHttpError) {
      return errorResponse(error.status, c.get("requestId"), error.errors, error.headers);
    }
    return errorResponse(500, c.get("requestId"), [`Unexpected sandbox error: ${error.message}`]);
  });

  return {
    app,
    state,
    credentials,
    requestLog,
    setChaos: chaos.set,
    chaosCounts: chaos.counts,
    oauth: {
      baseUrl: sandboxOAuthBaseUrl,
      stats: oauth.stats,
      registerClient: oauth.registerClient,
      approve: oauth.approve,
      revoke: oauth.revoke,
      revokeAll: oauth.revokeAll,
    },
    groundTruth: {
      callIds: (from, to) => {
        const range = { from: new Date(from).getTime(), to: new Date(to).getTime() };
        return state.calls.filter((call) => inRange(call.started, range)).map((call) => call.id);
      },
    },
    fetch: async (input, init) => {
      const target = typeof input === "string" && input.startsWith("/") ? inProcessUrl(input) : input;
      const response = await app.fetch(
        target instanceof Request && !init ? target : new Request(target, init),
      );
      // In-process, chaos resets the connection by rejecting as Node's fetch does.
      if (isNoAnswer(response)) throw connectionReset();
      return response;
    },
    listen: (listenOptions) => listenSandbox(app.fetch, listenOptions),
  };
}
