// The contract between the sandbox's plumbing (app.ts) and its handlers (handlers/*.ts).
import type { OperationId } from "@gongkit/client/internal/catalog/types.js";
import type { SandboxState } from "./state.js";

/** Thrown by a handler to answer with Gong's error body `{ requestId, errors }`. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.join("; "));
  }
}

export interface HandlerContext {
  state: SandboxState;
  /** Path parameters, as strings. */
  path: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, parsed losslessly (bare integers above 2^53 are bigint); undefined when there is none. */
  body: unknown;
  /** The raw request, for handlers that stream a multipart body. */
  request: Request;
  requestId: string;
  /** The sandbox's "now" for this request: pinned (tests) or the real time. */
  now: Date;
  /** A stable digest of the request's inputs without the cursor; paging cursors are bound to it. */
  fingerprint: string;
  limits: SandboxLimits;
}

/** Gong's limits the handlers enforce, adjustable so tests need not send 1.5 GB. */
export interface SandboxLimits {
  /** The largest media upload accepted, in bytes. */
  mediaMaxBytes: number;
}

export interface HandlerResult {
  /** Defaults to the operation's declared success status. */
  status?: number;
  /** The response body without `requestId` (added by the plumbing). int64 fields must be bigint. */
  body: Record<string, unknown>;
}

export type Handler = (context: HandlerContext) => HandlerResult | Promise<HandlerResult>;
export type HandlerMap = Partial<Record<OperationId, Handler>>;

export const pageSize = 100;

export interface PageRecords {
  totalRecords: number;
  currentPageSize: number;
  currentPageNumber: number;
  cursor?: string;
}

/** Gong's cursor paging: 100 items a page, `cursor` only while more remain, bound to the same inputs. */
export function paginate<T>(items: readonly T[], context: HandlerContext, cursor: string | undefined) {
  let offset = 0;
  if (cursor) {
    const decoded = decodeCursor(cursor);
    if (!decoded || decoded.fingerprint !== context.fingerprint) {
      throw new SandboxHttpError(400, [
        "Invalid cursor: repeat the same request inputs with the cursor you got",
      ]);
    }
    offset = decoded.offset;
  }
  const page = items.slice(offset, offset + pageSize);
  const records: PageRecords = {
    totalRecords: items.length,
    currentPageSize: page.length,
    currentPageNumber: Math.floor(offset / pageSize),
  };
  if (offset + pageSize < items.length) records.cursor = encodeCursor(offset + pageSize, context.fingerprint);
  return { items: page, records };
}

function encodeCursor(offset: number, fingerprint: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part({ o: offset, f: fingerprint })}.sandbox`;
}

function decodeCursor(cursor: string): { offset: number; fingerprint: string } | undefined {
  try {
    const payload = JSON.parse(Buffer.from(cursor.split(".")[1] ?? "", "base64url").toString());
    if (typeof payload.o !== "number" || typeof payload.f !== "string") return undefined;
    return { offset: payload.o, fingerprint: payload.f };
  } catch {
    return undefined;
  }
}

/** Gong answers 404 with an error body when a list has nothing to return. */
export function emptyList(message: string): never {
  throw new SandboxHttpError(404, [message]);
}

export function badRequest(...errors: string[]): never {
  throw new SandboxHttpError(400, errors);
}

/** An id kept as digits in state, emitted as a bare JSON number where the spec says int64. */
export function int64(id: string): bigint {
  return BigInt(id);
}
