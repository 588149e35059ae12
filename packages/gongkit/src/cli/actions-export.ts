// `gongkit actions export --format openai|anthropic|jsonschema`: the catalogue as tool definitions for other
// agent frameworks, JSON to stdout or a file. Destructive and paid-credit actions only with their flags.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import {
  type ExportFormat,
  type ExportSelection,
  exportFormats,
  exportTools,
} from "../mcp/function-schemas.js";
import { UsageError } from "./io.js";
import { parseToolsets } from "./mcp-command.js";

export const exportUsage =
  "gongkit actions export --format openai|anthropic|jsonschema [--toolsets a,b] [--read-only] [--allow-destructive] [--allow-paid-credits] [--out FILE]";

export function exportActions(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: "string" },
      toolsets: { type: "string" },
      "read-only": { type: "boolean" },
      "allow-destructive": { type: "boolean" },
      "allow-paid-credits": { type: "boolean" },
      out: { type: "string" },
    },
  });
  const format = values.format;
  if (!(exportFormats as readonly (string | undefined)[]).includes(format))
    throw new UsageError(`Usage: ${exportUsage}`);
  const selection: ExportSelection = {
    readOnly: values["read-only"] ?? false,
    allowDestructive: values["allow-destructive"] ?? false,
    allowPaidCredits: values["allow-paid-credits"] ?? false,
  };
  if (values.toolsets !== undefined) selection.toolsets = parseToolsets(values.toolsets) ?? [];
  const tools = exportTools(format as ExportFormat, selection);
  const text = `${stringifyJson(tools, 2)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    process.stderr.write(`${tools.length} ${format} tools written to ${values.out}\n`);
  }
  return 0;
}
