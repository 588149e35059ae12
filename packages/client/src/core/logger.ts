// One structured logger interface for library code; every message and field is redacted on the way out.
import { redact, redactValue } from "./redaction.js";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { log: () => {} };

/** Wraps a logger so nothing it receives can carry a registered secret or an Authorization value. */
export function redactingLogger(inner: Logger): Logger {
  return {
    log: (level, message, fields) =>
      inner.log(level, redact(message), fields ? redactValue(fields) : undefined),
  };
}
