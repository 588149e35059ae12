// The records of a gong_export_calls run as MCP resources: gong://exports/{id} lists the calls (a window of them
// with ?offset=&limit=, the default 100), gong://exports/{id}/calls/{callId} is one call's whole record. Reading
// them sends Gong nothing: the records are the server's.
import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import type { ExportRun } from "./export-store.js";
import type { McpResourceTemplate, ToolContext } from "./tool-kit.js";

const listPattern = /^gong:\/\/exports\/([^/?]+)(?:\?(.*))?$/;
const callPattern = /^gong:\/\/exports\/([^/?]+)\/calls\/([^/?]+)$/;
const defaultWindow = 100;

function exportOf(uri: string, id: string, context: ToolContext): ExportRun {
  const run = context.exports.get(id);
  if (!run) {
    throw new Error(
      `${uri}: no export ${id} on this server (exports are kept in memory and may have expired)`,
    );
  }
  return run;
}

/** A whole number from the query, or the default; anything else is refused with the form it takes. */
function numberParam(
  uri: string,
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${uri}: ${name} must be a whole number >= ${min}`);
  return value;
}

export const exportListResource: McpResourceTemplate = {
  uriTemplate: "gong://exports/{id}{?offset,limit}",
  name: "call-export",
  description:
    "A gong_export_calls export: its arguments and a window of its calls (id, title, start, duration, parties, transcript sentences), with nextOffset. No Gong request.",
  mimeType: "application/json",

  async read(uri, context) {
    const match = listPattern.exec(uri);
    if (!match?.[1]) return null;
    const run = exportOf(uri, match[1], context);
    const query = new URLSearchParams(match[2] ?? "");
    const offset = numberParam(uri, query, "offset", 0, 0);
    const limit = numberParam(uri, query, "limit", defaultWindow, 1);
    const records = [...run.calls.values()];
    const window = records.slice(offset, offset + limit).map((record) => ({
      id: record.id,
      title: record.metaData.title ?? "",
      started: record.metaData.started ?? "",
      duration: record.metaData.duration ?? null,
      parties: record.parties?.length ?? null,
      sentences: record.transcript?.reduce((sum, turn) => sum + turn.sentences.length, 0) ?? null,
      resource: `gong://exports/${run.id}/calls/${record.id}`,
    }));
    const next = offset + window.length < records.length ? offset + window.length : null;
    const body = {
      exportId: run.id,
      ...run.args,
      complete: run.done,
      calls: records.length,
      offset,
      nextOffset: next,
      window,
    };
    return { contents: [{ uri, mimeType: "application/json", text: stringifyJson(body) }] };
  },
};

export const exportCallResource: McpResourceTemplate = {
  uriTemplate: "gong://exports/{id}/calls/{callId}",
  name: "exported-call",
  description:
    "One call of a gong_export_calls export: its whole record as JSON (transcript included). No Gong request.",
  mimeType: "application/json",

  async read(uri, context) {
    const match = callPattern.exec(uri);
    if (!match?.[1] || !match[2]) return null;
    const run = exportOf(uri, match[1], context);
    const record = run.calls.get(match[2]);
    if (!record) throw new Error(`${uri}: export ${run.id} has no call ${match[2]}`);
    return { contents: [{ uri, mimeType: "application/json", text: stringifyJson(record) }] };
  },
};
