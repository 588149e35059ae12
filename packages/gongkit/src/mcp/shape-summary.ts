// Deep input structure written as a one-line shape instead of nested JSON Schema. Gong repeats big nested
// objects (the CRM context of a party, a viewer, a call) inside its write payloads; as JSON Schema each copy
// costs ~120 tokens, as `[{system: Salesforce|HubSpot, objects?: [...]}]` about a third. `$defs` would say it
// once, but several MCP clients cannot resolve `$ref` and then list no tools at all. The summary keeps every
// field, enum and required mark; the client still checks the full schema before sending.
type Node = Record<string, unknown>;

/**
 * A top-level field's own fields stay JSON Schema, with their types, enums and required lists (a `filter`'s
 * dates and ids, which clients render as a form and models fill field by field); structure below them (a
 * party's CRM context inside a call's parties) is summarised.
 */
const schemaDepth = 1;

function summary(node: Node): string {
  if (Array.isArray(node.enum)) return node.enum.join("|");
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).map(summary).join(" | ");
  if (node.type === "array") return `[${summary((node.items ?? {}) as Node)}]`;
  const properties = node.properties as Record<string, Node> | undefined;
  if (properties) {
    const required = new Set((node.required as string[] | undefined) ?? []);
    const fields = Object.entries(properties).map(
      ([name, child]) => `${name}${required.has(name) ? "" : "?"}: ${summary(child)}`,
    );
    return `{${fields.join(", ")}}`;
  }
  if (node.type === "integer" || node.type === "number") return "number";
  if (typeof node.format === "string") return node.format;
  if (node.type === "string" && String(node.pattern ?? "").startsWith("^\\d")) return "digits";
  return typeof node.type === "string" ? node.type : "any";
}

const structured = (node: Node): boolean =>
  node.properties !== undefined || (node.type === "array" && structured((node.items ?? {}) as Node));

function visit(node: Node, depth: number): Node {
  if (depth > schemaDepth && structured(node)) {
    const shape = `Shape: ${summary(node)}`;
    const prose = typeof node.description === "string" ? node.description.replace(/([^.!?])$/, "$1.") : "";
    const description = prose ? `${prose} ${shape}` : shape;
    return { type: node.type ?? "object", description };
  }
  const out: Node = { ...node };
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, Node>).map(([name, child]) => [
        name,
        visit(child, depth + 1),
      ]),
    );
  }
  if (node.items && typeof node.items === "object") out.items = visit(node.items as Node, depth);
  return out;
}

/** The schema with structure below the top-level fields' own fields written as shape summaries. */
export function summarizeDeepShapes(schema: Node): Node {
  return visit(schema, 0);
}
