// The input schema a model sees: the same constraints a model can act on, in fewer tokens. tools/list is paid
// for in every conversation, so prose is cut to first sentences, nested prose goes where the field names say
// enough, and the JSON Schema noise of zod's output (safe-integer bounds, int64 unions, regexes a format
// already states) is folded away. The client still validates the full schema before anything is sent.
type Node = Record<string, unknown>;

/** Nested fields deeper than this keep their type and enum but lose their prose. */
const describedDepth = 1;
const safeBound = Number.MAX_SAFE_INTEGER;
/**
 * In an object with more fields than this (a permission profile's fifty switches), a boolean's name says
 * what it turns on; its prose is dropped.
 */
const wideObject = 25;

/** Gong's spelled-out date example, in its several wordings: "ISO-8601" says it. */
const isoExample =
  /,? ?\(?(?:in )?(?:the )?(?:ISO-8601 format ?)+:? ?\(?(?:e\.g\.,? )?'[^']*' or '[^']*', where Z stands for UTC\)?/;
const pagingCursor = /^When paging is needed, provide the value supplied by the previous API call.*$/;

/** The first sentence of a description, at most 160 characters: the spec's prose runs to paragraphs. */
export function brief(text: string): string {
  const sentence =
    text
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .split(/(?<=\.)\s/)[0] ?? "";
  const short = sentence
    .replace(isoExample, " (ISO-8601)")
    .replace(/ \(ISO-8601\);?$/, " (ISO-8601).")
    .replace(pagingCursor, "records.cursor of the previous page.");
  return short.length > 160 ? `${short.slice(0, 157)}...` : short;
}

/** Bounds that only restate a Java type's range (2^31-1 items, 0 characters), which no model needs. */
function noise(key: string, value: unknown): boolean {
  if (key === "minimum" || key === "maximum") return Math.abs(Number(value)) === safeBound;
  if (key === "maxItems" || key === "maxLength") return value === 2147483647;
  return (key === "minLength" || key === "minItems") && value === 0;
}

export interface CompactOptions {
  /**
   * Keep `pattern: ^\d{1,20}$` on id fields (default true). An MCP server drops it: its instructions say once
   * that ids are digit strings, and the client refuses any other value, naming the field, before sending.
   */
  idPatterns?: boolean;
}

const idPattern = "^\\d{1,20}$";

/** zod writes an int64 id as string-of-digits | bigint | safe integer; a model should send the digits. */
function digitString(node: Node, compact: CompactOptions): Node | undefined {
  const options = node.anyOf;
  if (!Array.isArray(options)) return undefined;
  const text = options.find(
    (option) =>
      (option as Node).type === "string" && String((option as Node).pattern ?? "").includes("\\d{1,"),
  );
  const rest = options.filter((option) => option !== text);
  const numeric = rest.every((option) => {
    const type = (option as Node).type;
    return type === undefined || type === "integer" || type === "number";
  });
  if (!text || !numeric) return undefined;
  const out: Node =
    compact.idPatterns === false ? { type: "string" } : { type: "string", pattern: idPattern };
  if (typeof node.description === "string") out.description = node.description;
  return out;
}

const fillers = new Set(
  "a an the of for to in on by with and or is are be this that it its can user users gong's value parameter".split(
    " ",
  ),
);
const words = (text: string): string[] =>
  text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !fillers.has(word))
    .map((word) => (word === "identifier" ? "id" : word.replace(/s$/, "")));

/** "Permission profile name." on `name`, "User can score calls." on `scoreCalls`: the name says it all. */
function restatesName(description: string, fieldName: string | undefined): boolean {
  if (!fieldName) return false;
  const named = new Set(words(fieldName));
  return words(description).every((word) => named.has(word));
}

function compactNode(node: Node, depth: number, options: CompactOptions, fieldName?: string): Node {
  const merged = digitString(node, options) ?? node;
  const out: Node = {};
  const hasFormat = "format" in merged;
  const noIdPattern = options.idPatterns === false;
  for (const [key, value] of Object.entries(merged)) {
    if (key === "$schema" || (key === "pattern" && (hasFormat || (noIdPattern && value === idPattern))))
      continue;
    if (noise(key, value)) continue;
    if (key === "additionalProperties" && value === false && depth > 0) continue;
    if (key === "description" && typeof value === "string") {
      const text = brief(value);
      if (depth <= describedDepth && !restatesName(text, fieldName)) out[key] = text;
    } else if (key === "properties" && value && typeof value === "object") {
      const wide = Object.keys(value).length > wideObject;
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => {
          const compact = compactAt(child, depth + 1, options, name) as Node;
          if (!wide || compact.type !== "boolean") return [name, compact];
          const { description: _, ...flag } = compact;
          return [name, flag];
        }),
      );
    } else if (key === "items") {
      // An array's own description says what its items are.
      const { description: _, ...item } = (value ?? {}) as Node;
      out[key] = compactAt(item, depth, options);
    } else out[key] = compactAt(value, depth, options);
  }
  return out;
}

function compactAt(node: unknown, depth: number, options: CompactOptions, fieldName?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => compactAt(item, depth, options));
  if (node === null || typeof node !== "object") return node;
  return compactNode(node as Node, depth, options, fieldName);
}

export function compactSchema(node: unknown, options: CompactOptions = {}): unknown {
  return compactAt(node, 0, options);
}
