// The referee: validates requests and responses against Gong's official spec (spec/*.json) with a JSON-Schema
// validator, independently of the zod schemas gongkit generates from it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { patchSpec } from "../../scripts/spec-patches.js";

type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; schema: Json };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
};
type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};
export type SpecName = "current" | "legacy";

const files: Record<SpecName, string> = {
  current: "gong-openapi.json",
  legacy: "gong-openapi-legacy-2025-01.json",
};
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

// Strips swagger-parser leftovers, encodes `$ref`s with spaces and splits comma-joined enum strings.
function clean(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => clean(item));
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (
      !isPropertyMap &&
      (key === "exampleSetFlag" || key === "example" || (key === "types" && Array.isArray(value)))
    )
      continue;
    if (!isPropertyMap && key === "$ref" && typeof value === "string") out[key] = value.replace(/ /g, "%20");
    else if (!isPropertyMap && key === "enum" && Array.isArray(value)) {
      out[key] = value.flatMap((v) => (typeof v === "string" ? v.split(/,\s*/) : [v]));
    } else out[key] = clean(value, !isPropertyMap && key === "properties");
  }
  return out;
}

const cache = new Map<string, { spec: Spec; ajv: Ajv; coercing: Ajv }>();

function load(name: SpecName) {
  const hit = cache.get(name);
  if (hit) return hit;
  const spec = clean(
    JSON.parse(readFileSync(join(import.meta.dirname, "../../spec", files[name]), "utf8")),
  ) as Spec;
  // The documented corrections of spec/ (each with its reason in scripts/spec-patches.ts) apply here too;
  // everything else is judged by the spec exactly as Gong published it.
  if (name === "current") patchSpec(spec as never);
  const make = (coerceTypes: boolean) => {
    const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
    addFormats(ajv);
    for (const format of ["int32", "int64", "float", "double", "binary", "url"]) ajv.addFormat(format, true);
    ajv.addSchema({ components: spec.components }, "spec");
    return ajv;
  };
  const entry = { spec, ajv: make(false), coercing: make(true) };
  cache.set(name, entry);
  return entry;
}

// Rewrites local refs to point into the registered "spec" document.
function rebase(schema: Json): Json {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/'));
}

function operation(name: SpecName, method: string, path: string): Operation {
  const op = load(name).spec.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`official spec has no ${method} ${path}`);
  return op;
}

const compiled = new Map<string, ValidateFunction>();
function compile(key: string, ajv: Ajv, schema: Json): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv.compile(rebase(schema));
    compiled.set(key, fn);
  }
  return fn;
}

function messages(fn: ValidateFunction): string[] {
  return (fn.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`,
  );
}

/** The official response schema of an operation's status, or undefined when the spec declares none. */
export function responseSchema(method: string, path: string, status: number, name: SpecName = "current") {
  const content = operation(name, method, path).responses[String(status)]?.content ?? {};
  return Object.values(content)[0]?.schema;
}

/** Errors of a response body (parsed with plain JSON.parse) against the official spec; [] when valid. */
export function validateResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
  name: SpecName = "current",
): string[] {
  const schema = responseSchema(method, path, status, name);
  if (!schema) return [`official spec declares no body for ${method} ${path} ${status}`];
  const fn = compile(`res ${name} ${method} ${path} ${status}`, load(name).ajv, schema);
  return fn(body) ? [] : messages(fn);
}

export interface RequestParts {
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  body?: unknown;
  contentType?: string;
}

/** A sent (or previewed) request split into the parts validateRequest checks, by the route's path template. */
export function requestParts(
  route: { path: string; pathParams: readonly string[] },
  url: URL,
  body: string | undefined,
  contentType: string,
): RequestParts {
  const pattern = new RegExp(`^${route.path.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
  const match = url.pathname.match(pattern);
  const path = Object.fromEntries(
    route.pathParams.map((name, i) => [name, decodeURIComponent(match?.[i + 1] ?? "")]),
  );
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return { path, query, body: body === undefined ? undefined : JSON.parse(body), contentType };
}

/** Errors of a request (its path, query and JSON body) against the official spec; [] when valid. */
export function validateRequest(
  method: string,
  path: string,
  parts: RequestParts,
  name: SpecName = "current",
): string[] {
  const op = operation(name, method, path);
  const errors: string[] = [];
  for (const where of ["path", "query"] as const) {
    const params = (op.parameters ?? []).filter((p) => p.in === where);
    const properties = Object.fromEntries(params.map((p) => [p.name, p.schema]));
    const schema = {
      type: "object",
      properties,
      required: params.filter((p) => p.required).map((p) => p.name),
    };
    const fn = compile(`req ${name} ${method} ${path} ${where}`, load(name).coercing, schema);
    const value = structuredClone(parts[where]);
    for (const p of params) {
      const v = value[p.name];
      if (p.schema.type === "array" && typeof v === "string") value[p.name] = [v];
    }
    if (!fn(value)) errors.push(...messages(fn).map((m) => `${where}: ${m}`));
  }
  const content = op.requestBody?.content ?? {};
  const json = content["application/json"]?.schema;
  if (json) {
    const fn = compile(`req ${name} ${method} ${path} body`, load(name).ajv, json);
    if (!fn(parts.body)) errors.push(...messages(fn).map((m) => `body: ${m}`));
  } else if (content["multipart/form-data"] && !parts.contentType?.startsWith("multipart/form-data")) {
    errors.push(`body: expected multipart/form-data, got ${parts.contentType}`);
  }
  return errors;
}
