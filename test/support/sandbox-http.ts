// Test support for the crm, meetings, permissions, privacy, engage and ai handler tests: a fresh sandbox, a
// `call` that goes through its HTTP surface (clock pinned), and the official-spec check of every success body.

import { operations } from "@gongkit/client/internal/catalog/generated/operations.js";
import type { OperationId } from "@gongkit/client/internal/catalog/types.js";
import { basicAuthorization, createSandbox, sandboxBaseUrl } from "@gongkit/sandbox";
import { expect } from "vitest";
import { validateResponse } from "./official-spec.js";
import { pinnedNow } from "./pinned-clock.js";

export interface Answer {
  status: number;
  /** The body parsed with plain JSON.parse (int64 values above 2^53 lose precision: read them from `text`). */
  body: Record<string, unknown> & { errors?: unknown[] };
  text: string;
}

export interface CallOptions {
  query?: Record<string, string | string[]>;
  path?: Record<string, string>;
  body?: unknown;
  /** A ready-made body (e.g. FormData); sent as is. */
  raw?: RequestInit["body"];
}

export function openSandbox() {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });
  const authorization = basicAuthorization(sandbox.credentials);

  /** Calls an operation; a 2xx body must validate against the official response schema. */
  async function call(operationId: OperationId, options: CallOptions = {}): Promise<Answer> {
    const { method, path } = operations[operationId].route;
    const url = new URL(
      path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(options.path?.[name] ?? "")),
      sandboxBaseUrl,
    );
    for (const [name, value] of Object.entries(options.query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
    }
    const headers: Record<string, string> = { authorization };
    let body = options.raw;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    const response = await sandbox.fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const parsed = JSON.parse(text) as Answer["body"];
    if (response.ok) {
      expect(
        validateResponse(method, path, response.status, parsed),
        `${operationId} vs official spec`,
      ).toEqual([]);
    }
    return { status: response.status, body: parsed, text };
  }

  return { sandbox, state: sandbox.state, call };
}

/** A multipart body with one LDJSON file in field `dataFile`. */
export function ldjsonFile(lines: readonly (string | Record<string, unknown>)[]): FormData {
  const form = new FormData();
  const text = lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n");
  form.append("dataFile", new Blob([text], { type: "application/x-ndjson" }), "objects.ldjson");
  return form;
}
