// One error type for everything that can go wrong calling Gong. It redacts credentials when constructed,
// so no code path can carry a secret out through an error.
import { redact, redactValue } from "./redaction.js";

export const errorCodes = [
  "invalid_input",
  "unknown_action",
  "file_error",
  "bad_request",
  "unauthorized",
  "payment_required",
  "forbidden",
  "not_found",
  "conflict",
  "unprocessable",
  "rate_limited",
  "server_error",
  "network_error",
  "timeout",
  "invalid_response",
  "missing_scope",
  "needs_reauth",
  "unknown_connection",
  "store_error",
  "key_error",
] as const;
export type GongErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the field in the action's input, e.g. `filter.fromDateTime`. */
  path: string;
  message: string;
}

export interface GongErrorOptions {
  status?: number;
  requestId?: string;
  fields?: FieldIssue[];
  retryAfterMs?: number;
  gongErrors?: string[];
  cause?: unknown;
}

const retryableCodes: ReadonlySet<GongErrorCode> = new Set([
  "rate_limited",
  "server_error",
  "network_error",
  "timeout",
]);

export class GongError extends Error {
  override readonly name = "GongError";
  readonly code: GongErrorCode;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly fields: FieldIssue[] | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  /** The `errors` strings of Gong's error body, redacted. */
  readonly gongErrors: string[] | undefined;

  constructor(code: GongErrorCode, message: string, options: GongErrorOptions = {}) {
    super(redact(message));
    this.code = code;
    this.status = options.status;
    this.requestId = options.requestId;
    this.fields = options.fields ? redactValue(options.fields) : undefined;
    this.retryable = retryableCodes.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.gongErrors = options.gongErrors ? redactValue(options.gongErrors) : undefined;
    if (this.stack) this.stack = redact(this.stack);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    if (this.status !== undefined) out.status = this.status;
    if (this.requestId !== undefined) out.requestId = this.requestId;
    if (this.fields !== undefined) out.fields = this.fields;
    if (this.gongErrors !== undefined) out.gongErrors = this.gongErrors;
    out.retryable = this.retryable;
    if (this.retryAfterMs !== undefined) out.retryAfterMs = this.retryAfterMs;
    return out;
  }
}

export function codeForStatus(status: number): GongErrorCode {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 402:
      return "payment_required";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 422:
      return "unprocessable";
    case 429:
      return "rate_limited";
    default:
      return status >= 500 ? "server_error" : "bad_request";
  }
}
