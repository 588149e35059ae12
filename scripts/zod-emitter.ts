// Turns the official spec's OpenAPI 3.0 schemas into zod source code.
// Inputs are strict (unknown keys rejected, enums and formats enforced); outputs are lenient (every field
// optional and nullable, unknown keys kept, enums as plain strings) because Gong adds fields without notice.

export type Mode = "input" | "output";
export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  nullable?: boolean;
};

export interface EmitContext {
  mode: Mode;
  /** Maps a $ref to the identifier of its emitted constant, recording that it is used. */
  refName(ref: string): string;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export const key = (name: string): string => (identifier.test(name) ? name : JSON.stringify(name));

function describe(code: string, schema: Schema, ctx: EmitContext): string {
  if (ctx.mode !== "input" || !schema.description) return code;
  const text = schema.description.replace(/\s+/g, " ").trim();
  return `${code}.describe(${JSON.stringify(text)})`;
}

/**
 * The spec joins some enum lists into one string ("Windows, Linux, MacOS"; permission levels also list
 * "all / managers-team / report-to-them / own / none" as a value): split them, keep each value once.
 */
export function enumValues(values: unknown[]): string[] {
  const split = values.flatMap((value) => String(value).split(/,\s*|\s+\/\s+/));
  return [...new Set(split.filter((value) => value.length > 0))];
}

function isIdName(name: string | undefined): boolean {
  return name !== undefined && (name === "id" || /Id$/.test(name));
}

// Many date-time inputs are declared as plain strings; their names and prose say ISO-8601 (or a company-time-zone
// day for the stats `fromDate`/`toDate`), so inputs with these names are checked as such.
const dateTimeName = /(^|[a-z])(DateTime|dateTime)$|^(from|to)DateTime$/;
const dayName = /^(fromDate|toDate)$/;
// Email inputs are declared plain strings; those named so (flowInstanceOwnerEmail, emailAddress, emails) are
// checked as addresses, so an empty or malformed one is refused before it reaches, say, an erase.
const emailName = /(^e|E)mails?(Address)?$/;
// Gong's numeric ids declared as strings: described so ("Gong's unique numeric identifier for the call (up to 20
// digits)", "Array of Gong's unique numeric call IDs"), a pattern of digits (spec-patches.ts), or named for a
// Gong record whose id is numeric wherever the spec declares it (the calls filter's "List of calls Ids").
const numericIdText = /\bnumeric\b[^.]*\b(identifiers?|IDs?)\b/i;
const gongRecordId = /^(call|user|workspace|folder|scorecard|reviewedUser|primaryUser)Ids?$/;

function isNumericId(schema: Schema, name: string | undefined, context: string | undefined): boolean {
  if (schema.pattern === "^\\d{1,20}$" || (name && gongRecordId.test(name))) return true;
  return isIdName(name?.replace(/s$/, "")) && numericIdText.test(schema.description ?? context ?? "");
}

function stringCode(schema: Schema, ctx: EmitContext, name: string | undefined, context?: string): string {
  if (schema.format === "binary") return "localFilePath";
  if (schema.enum && ctx.mode === "input") return `z.enum(${JSON.stringify(enumValues(schema.enum))})`;
  let code = "z.string()";
  if (ctx.mode === "output") return code;
  if (isNumericId(schema, name, context)) return "idString";
  if (schema.format === "date-time" || (name && dateTimeName.test(name))) code = "isoDateTime";
  else if (name && dayName.test(name)) code = "isoDay";
  else if (schema.format === "email" || (name && emailName.test(name))) code = "z.email()";
  if (schema.minLength !== undefined) code += `.min(${schema.minLength})`;
  if (schema.maxLength !== undefined) code += `.max(${schema.maxLength})`;
  if (schema.pattern) code += `.regex(new RegExp(${JSON.stringify(schema.pattern)}))`;
  return code;
}

function numberCode(schema: Schema, ctx: EmitContext, name: string | undefined): string {
  if (schema.format === "int64") {
    if (ctx.mode === "input") return "int64Input";
    return isIdName(name) ? "idOutput" : "int64Output";
  }
  let code = schema.type === "integer" ? "z.int()" : "z.number()";
  if (ctx.mode === "input") {
    if (schema.minimum !== undefined) code += `.min(${schema.minimum})`;
    if (schema.maximum !== undefined) code += `.max(${schema.maximum})`;
  }
  return code;
}

export function objectCode(
  properties: Record<string, Schema>,
  required: readonly string[],
  ctx: EmitContext,
): string {
  const fields = Object.entries(properties).map(([name, property]) => {
    let code = schemaCode(property, ctx, name);
    if (ctx.mode === "output") code += ".nullish()";
    else if (!required.includes(name)) code += ".optional()";
    return `${key(name)}: ${code}`;
  });
  const factory = ctx.mode === "input" ? "z.strictObject" : "z.looseObject";
  return `${factory}({ ${fields.join(", ")} })`;
}

/** `context` is the description of the array a schema is the items of (ids in a list are named by it). */
export function schemaCode(schema: Schema, ctx: EmitContext, name?: string, context?: string): string {
  if (schema.$ref) return describe(ctx.refName(schema.$ref), schema, ctx);
  let code: string;
  switch (schema.type) {
    case "string":
      code = stringCode(schema, ctx, name, context);
      break;
    case "integer":
    case "number":
      code = numberCode(schema, ctx, name);
      break;
    case "boolean":
      code = "z.boolean()";
      break;
    case "array": {
      const itemName = ctx.mode === "input" ? name : undefined;
      code = `z.array(${schemaCode(schema.items ?? {}, ctx, itemName, schema.description)})`;
      if (ctx.mode === "input" && schema.minItems !== undefined) code += `.min(${schema.minItems})`;
      if (ctx.mode === "input" && schema.maxItems !== undefined) code += `.max(${schema.maxItems})`;
      break;
    }
    case "object":
    case undefined: {
      if (schema.type === undefined && !schema.properties && schema.additionalProperties === undefined) {
        code = "z.unknown()";
      } else if (schema.properties && Object.keys(schema.properties).length > 0) {
        code = objectCode(schema.properties, schema.required ?? [], ctx);
      } else if (typeof schema.additionalProperties === "object") {
        code = `z.record(z.string(), ${schemaCode(schema.additionalProperties, ctx)})`;
      } else {
        code = "z.record(z.string(), z.unknown())";
      }
      break;
    }
    default:
      throw new Error(`unsupported schema type ${schema.type}`);
  }
  if (schema.nullable) code += ".nullable()";
  return describe(code, schema, ctx);
}
