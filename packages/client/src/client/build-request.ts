// Splits an action's validated, merged input back into Gong's path, query and body, as its route declares.
import type { Readable } from "node:stream";
import type { Route, UploadRule } from "../catalog/types.js";
import { stringifyJson } from "../core/json.js";
import { type FilePart, multipartBody } from "./multipart-body.js";
import { checkUpload } from "./upload-checks.js";

/** Whether a request may be sent again after an ambiguous failure (5xx, timeout, reset). */
export type RepeatSafety =
  /** Reads and idempotent writes. */
  | "safe"
  /** A write carrying its own de-duplication key (e.g. clientUniqueId): Gong refuses a duplicate. */
  | "deduplicated"
  /** Any other write: never repeated blindly. */
  | "unsafe";

export interface GongRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** JSON text, or a factory that opens the streamed multipart body (again, for a retry). */
  body?: string | (() => Readable);
  /** The action id, for logs and errors (never part of the wire request). */
  actionId: string;
  repeatSafety: RepeatSafety;
  /** The governor's queue this request waits in; lanes take turns (e.g. "export" vs "agent"). */
  lane?: string;
}

type Input = Record<string, unknown>;

function scalar(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

export function buildUrl(baseUrl: string, route: Route, input: Input): URL {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(scalar(input[name])),
  );
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const name of route.queryParams) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, scalar(item));
    else url.searchParams.set(name, scalar(value));
  }
  return url;
}

export async function buildRequest(
  actionId: string,
  baseUrl: string,
  route: Route,
  input: Input,
  repeatSafety: RepeatSafety,
  uploads: Readonly<Record<string, UploadRule>> = {},
): Promise<GongRequest> {
  const request: GongRequest = {
    actionId,
    repeatSafety,
    method: route.method,
    url: buildUrl(baseUrl, route, input),
    headers: { accept: "application/json" },
  };
  const body = route.body;
  if (body.kind === "json") {
    const payload: Input = {};
    for (const key of body.keys) if (input[key] !== undefined) payload[key] = input[key];
    request.body = stringifyJson(payload);
    request.headers["content-type"] = "application/json";
  } else if (body.kind === "json-value") {
    request.body = stringifyJson(input[body.key]);
    request.headers["content-type"] = "application/json";
  } else if (body.kind === "multipart") {
    const parts: FilePart[] = [];
    for (const field of body.fileFields) {
      const path = input[field];
      if (typeof path !== "string") continue;
      const rule = uploads[field];
      parts.push(rule ? { field, path, contentType: await checkUpload(field, path, rule) } : { field, path });
    }
    const multipart = await multipartBody(parts);
    request.body = multipart.open;
    request.headers["content-type"] = multipart.contentType;
    request.headers["content-length"] = String(multipart.contentLength);
  }
  return request;
}

/** What a request would send, for a person or a model to confirm: no headers (they carry credentials). */
export interface RequestPreview {
  action: string;
  method: string;
  url: string;
  /** The JSON body exactly as it would be sent (int64 ids as bare digits). */
  json?: string;
  /** For an upload: the size of the multipart body in bytes. */
  uploadBytes?: number;
}

export function previewOf(request: GongRequest): RequestPreview {
  const preview: RequestPreview = {
    action: request.actionId,
    method: request.method,
    url: request.url.toString(),
  };
  if (typeof request.body === "string") preview.json = request.body;
  else if (request.body) preview.uploadBytes = Number(request.headers["content-length"] ?? 0);
  return preview;
}
