// A few lines tests use to call a sandbox in-process with its credentials and read the reply both as raw
// text (to check bare int64 numbers) and as plain JSON (what the spec referee validates).
import type { Sandbox } from "@gongkit/sandbox/internal/app.js";
import { basicAuthorization } from "@gongkit/sandbox/internal/auth.js";

export interface SandboxReply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON replies
  body: any;
}

export interface SandboxRequestOptions {
  query?: Record<string, string>;
  /** A JSON body (sent as application/json). */
  json?: unknown;
  headers?: Record<string, string>;
  /** Send no Authorization header. */
  anonymous?: boolean;
}

export async function sandboxRequest(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: SandboxRequestOptions = {},
): Promise<SandboxReply> {
  const query = options.query ? `?${new URLSearchParams(options.query)}` : "";
  const headers: Record<string, string> = { ...options.headers };
  if (!options.anonymous) headers.authorization ??= basicAuthorization(sandbox.credentials);
  const init: RequestInit = { method, headers };
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(options.json);
  }
  const response = await sandbox.fetch(`${path}${query}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text ? JSON.parse(text) : undefined,
  };
}
