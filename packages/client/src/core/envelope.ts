// Every action call returns this envelope; errors become it in exactly one place (the executor).
import { GongError } from "./errors.js";

export type Envelope<T> =
  | { data: T; error: null; successful: true }
  | { data: null; error: GongError; successful: false };

export function ok<T>(data: T): Envelope<T> {
  return { data, error: null, successful: true };
}

export function fail<T = never>(error: unknown): Envelope<T> {
  const gongError =
    error instanceof GongError
      ? error
      : new GongError("network_error", error instanceof Error ? error.message : String(error), {
          cause: error,
        });
  return { data: null, error: gongError, successful: false };
}
