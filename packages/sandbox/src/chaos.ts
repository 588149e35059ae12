// Fault injection ("chaos") on the sandbox's /v2 API, so that clients' retries, timeouts and integrity checks
// meet the failures a real network and a real Gong produce: 429s, 500/503s, connection resets, truncated
// bodies and latency. Each /v2 request draws from a seeded generator, so a run is reproducible. Off by default.
import { setTimeout as sleepFor } from "node:timers/promises";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context, MiddlewareHandler } from "hono";
import type { ChaosFault, SandboxEnv } from "./env.js";
import { SandboxHttpError } from "./kit.js";
import { createRandom, type Random } from "./random.js";
import { errorResponse } from "./respond.js";

export interface ChaosOptions {
  /** Probability (0..1) that a request gets 429 with `Retry-After: 1`. Its handler never runs. */
  rate429?: number;
  /** Probability that a request gets 500 or 503 (half each). */
  rate5xx?: number;
  /**
   * Whether the handler runs before an injected 5xx. Default false: the 5xx comes first and nothing changes,
   * as when a gateway refuses. True: the handler's effects stay and only the answer is lost, as when Gong
   * fails after it commits. A write is safe to retry only in the first case; true tests clients against the
   * second. It makes no difference for reads.
   */
  fault5xxAfterHandler?: boolean;
  /** Probability that the connection is torn down without an answer. The handler never runs. */
  rateReset?: number;
  /** Probability that the handler runs and only the first half of its body is sent, under the full length. */
  rateTruncated?: number;
  /** Delay before each /v2 answer, in ms: fixed, or uniform in [min, max]. */
  latencyMs?: number | [number, number];
  /** Seed of the draws (default fixed). */
  seed?: number;
  /** How latency waits (default: real timers). Tests pass one that records the delay and returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

export type { ChaosFault } from "./env.js";

export interface ChaosCounts {
  injected429: number;
  injected5xx: number;
  resets: number;
  truncated: number;
  /** Requests delayed, and their total delay in ms. */
  delayed: number;
  delayedMs: number;
}

export interface Chaos {
  /** Running totals since the sandbox was created; `set` does not reset them. */
  counts: ChaosCounts;
  /** Replaces the options (undefined turns chaos off) and restarts the draws from the seed. */
  set(options: ChaosOptions | undefined): void;
  /** Delays each /v2 answer. Mount it before auth so every answer waits. */
  latency: MiddlewareHandler<SandboxEnv>;
  /** Injects faults. Mount it after auth and the rate limiter, so their 401s and 429s stay real. */
  faults: MiddlewareHandler<SandboxEnv>;
}

const defaultChaosSeed = 0xc4a05;

export function createChaos(initial: ChaosOptions | undefined): Chaos {
  const counts: ChaosCounts = {
    injected429: 0,
    injected5xx: 0,
    resets: 0,
    truncated: 0,
    delayed: 0,
    delayedMs: 0,
  };
  let run = start(initial);

  const draw = (): ChaosFault | undefined => {
    const { options, faults } = run;
    const rates: [ChaosFault, number][] = [
      ["429", options.rate429 ?? 0],
      ["5xx", options.rate5xx ?? 0],
      ["reset", options.rateReset ?? 0],
      ["truncated", options.rateTruncated ?? 0],
    ];
    if (rates.every(([, rate]) => rate === 0)) return undefined;
    let roll = faults.next();
    for (const [fault, rate] of rates) {
      if (roll < rate) return fault;
      roll -= rate;
    }
    return undefined;
  };

  return {
    counts,
    set: (options) => {
      run = start(options);
    },
    latency: async (_c, next) => {
      const { latencyMs = 0, sleep = sleepFor } = run.options;
      const [min, max] = typeof latencyMs === "number" ? [latencyMs, latencyMs] : latencyMs;
      const ms = min === max ? min : Math.round(min + run.latency.next() * (max - min));
      if (ms > 0) {
        counts.delayed++;
        counts.delayedMs += ms;
        await sleep(ms);
      }
      await next();
    },
    faults: async (c, next) => {
      const fault = draw();
      if (!fault) return next();
      c.set("fault", fault);
      switch (fault) {
        case "429":
          counts.injected429++;
          throw new SandboxHttpError(429, ["Too many requests (injected by the sandbox's chaos)"], {
            "retry-after": "1",
          });
        case "5xx": {
          counts.injected5xx++;
          const status = run.faults.chance(0.5) ? 500 : 503;
          if (run.options.fault5xxAfterHandler) await next();
          c.res = errorResponse(status, c.get("requestId"), [
            status === 500
              ? "Unexpected error (injected by the sandbox's chaos)"
              : "Service unavailable (injected by the sandbox's chaos)",
          ]);
          return;
        }
        case "reset":
          counts.resets++;
          // Over a socket: send a TCP RST, so the client's read fails with ECONNRESET.
          c.env?.incoming?.socket.resetAndDestroy();
          return noAnswer();
        case "truncated":
          counts.truncated++;
          await next();
          c.res = await truncate(c);
      }
    },
  };
}

function start(options: ChaosOptions = {}): { options: ChaosOptions; faults: Random; latency: Random } {
  const rates = [options.rate429, options.rate5xx, options.rateReset, options.rateTruncated].map(
    (r) => r ?? 0,
  );
  if (rates.some((rate) => !(rate >= 0 && rate <= 1)) || rates.reduce((a, b) => a + b, 0) > 1 + 1e-9) {
    throw new Error("chaos rates must each be within 0..1 and add up to at most 1");
  }
  const latency = options.latencyMs ?? 0;
  const [min, max] = typeof latency === "number" ? [latency, latency] : latency;
  if (!(min >= 0 && max >= min)) {
    throw new Error("chaos latencyMs must be a number >= 0 or a [min, max] range with 0 <= min <= max");
  }
  const seed = options.seed ?? defaultChaosSeed;
  // Latency has its own generator, so turning it on or off never changes which requests fail.
  return { options, faults: createRandom(seed), latency: createRandom(seed ^ 0x1a7e) };
}

/**
 * Sends the first half of the handler's answer under the full Content-Length. Over a socket the bytes are
 * written by hand and the connection closed, so the client sees the body end early ("terminated"); in-process
 * the Response itself carries the cut body.
 */
async function truncate(c: Context<SandboxEnv>): Promise<Response> {
  const { status } = c.res;
  const headers = new Headers(c.res.headers);
  const full = new Uint8Array(await c.res.arrayBuffer());
  const cut = full.subarray(0, Math.floor(full.length / 2));
  headers.set("content-length", String(full.length));
  const outgoing = c.env?.outgoing;
  if (!outgoing) return new Response(cut, { status, headers });
  outgoing.writeHead(status, Object.fromEntries(headers));
  outgoing.write(cut, () => outgoing.destroy());
  return noAnswer(status);
}

/** A response that tells @hono/node-server the answer was dealt with, so it writes nothing. */
function noAnswer(status = 200): Response {
  return new Response(null, { status, headers: RESPONSE_ALREADY_SENT.headers });
}

/** True for the in-process stand-in of a reset connection. */
export function isNoAnswer(response: Response): boolean {
  return [...RESPONSE_ALREADY_SENT.headers].every(([name, value]) => response.headers.get(name) === value);
}

/** What Node's fetch rejects with when the server resets the connection. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", syscall: "read" });
  return new TypeError("fetch failed", { cause });
}
