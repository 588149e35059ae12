// Retries as a send() wrapper. A 429 is waited out (Retry-After, capped): Gong refused the request before
// processing it, so repeating it is safe whatever it is. 5xx answers, timeouts, resets and cut-off bodies are
// ambiguous (the request may have been processed), so only requests that are safe to repeat are retried, with
// exponential backoff and full jitter. 400/401/403 and other 4xx fail at once. Every attempt goes back
// through the wrappers inside this one (the governor), so every retry is counted against the budget.
import { type Clock, systemClock } from "../core/clock.js";
import { GongError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { GongRequest } from "./build-request.js";
import type { GongResponse, SendWrapper } from "./send.js";

export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** First backoff ceiling; doubles each attempt (default 500 ms). */
  baseDelayMs?: number;
  /** Largest backoff ceiling (default 20 s). */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited out: the 429 is returned (default 60 s). */
  maxRetryAfterMs?: number;
  clock?: Clock;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
  logger?: Logger;
}

const ambiguousStatuses = new Set([500, 502, 503, 504]);

function retryAfterMs(response: GongResponse): number | undefined {
  const value = response.headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function retryWrapper(options: RetryOptions = {}): SendWrapper {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const backoff = (attempt: number) => random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));

  return (next) => async (request: GongRequest) => {
    const repeatable = request.repeatSafety !== "unsafe";
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= maxAttempts;
      let wait: number | undefined;
      let reason: string;
      try {
        const response = await next(request);
        if (response.status === 429) {
          const after = retryAfterMs(response);
          if (last || (after !== undefined && after > maxRetryAfterMs)) return response;
          wait = after ?? backoff(attempt);
          reason = "429";
        } else if (ambiguousStatuses.has(response.status) && repeatable && !last) {
          wait = backoff(attempt);
          reason = String(response.status);
        } else {
          return response;
        }
      } catch (error) {
        const transient =
          error instanceof GongError && (error.code === "network_error" || error.code === "timeout");
        if (!transient || !repeatable || last) throw error;
        wait = backoff(attempt);
        // The message starts with the action id, which the log line already names.
        reason = `${error.code}: ${error.message.replace(`${request.actionId}: `, "")}`;
      }
      options.logger?.log(
        "info",
        `${request.actionId}: retrying in ${(wait / 1000).toFixed(1)} s after ${reason} (attempt ${attempt + 1} of ${maxAttempts})`,
        { waitMs: Math.round(wait) },
      );
      await clock.sleep(wait);
    }
  };
}
