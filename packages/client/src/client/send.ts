// The one send() every concern wraps: a request in, a raw response out. Wrappers (auth now; rate governor
// and retries next) are functions from Send to Send, composed in client.ts.
import { Readable } from "node:stream";
import { GongError } from "../core/errors.js";
import type { GongRequest } from "./build-request.js";

export interface GongResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type Send = (request: GongRequest) => Promise<GongResponse>;
export type SendWrapper = (next: Send) => Send;

export type FetchLike = (input: URL | string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: FetchLike;
  /** Per-request timeout for non-upload requests (ms). Uploads are bounded by the stream, not a clock. */
  timeoutMs?: number;
}

export function fetchTransport(options: TransportOptions = {}): Send {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 60_000;
  return async (request) => {
    const streaming = typeof request.body === "function";
    const init: RequestInit & { duplex?: "half" } = {
      method: request.method,
      headers: request.headers,
      // Node's fetch keeps a streamed body it may have to replay for a redirect; refusing redirects keeps
      // uploads streaming (bench/upload-memory.ts). Gong's API does not redirect.
      redirect: "error",
    };
    if (typeof request.body === "function") {
      init.body = Readable.toWeb(request.body()) as ReadableStream<Uint8Array>;
      init.duplex = "half";
    } else if (request.body !== undefined) init.body = request.body;
    if (!streaming) init.signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await doFetch(request.url, init);
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      throw new GongError(
        timedOut ? "timeout" : "network_error",
        timedOut
          ? `${request.actionId}: no answer from ${request.url.host} within ${timeoutMs} ms`
          : `${request.actionId}: could not reach ${request.url.host}: ${reason}`,
        { cause: error },
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new GongError(
        "network_error",
        `${request.actionId}: the answer from ${request.url.host} broke off`,
        {
          cause: error,
        },
      );
    }
    // A body shorter than its declared length was cut in transit (undici reports it itself over a socket).
    const declared = response.headers.get("content-length");
    if (
      declared !== null &&
      !response.headers.get("content-encoding") &&
      Buffer.byteLength(text) !== Number(declared)
    ) {
      throw new GongError(
        "network_error",
        `${request.actionId}: the answer from ${request.url.host} was cut off (${Buffer.byteLength(text)} of ${declared} bytes)`,
      );
    }
    return { status: response.status, headers: response.headers, text };
  };
}

/** Composes wrappers around a transport; the first wrapper is the outermost. */
export function compose(transport: Send, wrappers: readonly SendWrapper[]): Send {
  return wrappers.reduceRight<Send>((next, wrap) => wrap(next), transport);
}
