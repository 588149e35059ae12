// POST /v2/crm/entities: streams the multipart `dataFile` (LDJSON, one object per line, one object type per
// file) line by line, never holding the file in memory. Valid lines take effect as they are read; failed lines
// are recorded (the first 20, with their 1-based line numbers) for GET /v2/crm/request-status.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { CrmLineError, CrmObjectType } from "../dataset/crm-data.js";
import type { Handler } from "../kit.js";
import { streamMultipartFile } from "../multipart.js";
import { claimClientRequestId, requireIntegration } from "./crm-integrations.js";
import { checkLine } from "./crm-lines.js";

/** Lines longer than this are reported as errors and skipped instead of being accumulated. */
export const maxLineLength = 1_000_000;
const maxReportedErrors = 20;

/**
 * Splits a byte stream into lines (LF or CRLF). `onLine` gets each line's text with its 1-based number, or
 * `undefined` for a line longer than `maxLength`.
 */
export function createLineReader(
  onLine: (text: string | undefined, lineNumber: number) => void,
  maxLength = maxLineLength,
) {
  const decoder = new TextDecoder();
  let pending = "";
  let oversized = false;
  let lineNumber = 0;
  const finishLine = (tail: string) => {
    lineNumber++;
    const tooLong = oversized || pending.length + tail.length > maxLength;
    const text = tooLong ? undefined : (pending + tail).replace(/\r$/, "");
    pending = "";
    oversized = false;
    onLine(text, lineNumber);
  };
  const take = (text: string) => {
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      finishLine(text.slice(start, end));
      start = end + 1;
    }
    if (oversized) return;
    pending += text.slice(start);
    if (pending.length > maxLength) {
      oversized = true;
      pending = "";
    }
  };
  return {
    push: (chunk: Uint8Array) => take(decoder.decode(chunk, { stream: true })),
    end: () => {
      take(decoder.decode());
      if (pending || oversized) finishLine("");
    },
  };
}

const uploadCrmData: Handler = async ({ state, query, request, now }) => {
  const integration = requireIntegration(state, query);
  const objectType = query.get("objectType") as CrmObjectType;
  const clientRequestId = query.get("clientRequestId") ?? "";
  claimClientRequestId(state, clientRequestId);

  const schema = [...state.crmSchemas[objectType]];
  const objects = state.crmObjects[objectType];
  const seen = new Set<string>();
  const errors: CrmLineError[] = [];
  let totalErrorCount = 0;
  let totalSuccessCount = 0;
  let objectLines = 0;
  const fail = (line: number, description: string) => {
    totalErrorCount++;
    if (errors.length < maxReportedErrors) errors.push({ line, description });
  };
  const reader = createLineReader((text, line) => {
    if (text === undefined) return fail(line, `The line is longer than ${maxLineLength} characters`);
    if (!text.trim()) return;
    objectLines++;
    const outcome = checkLine(objectType, schema, text);
    if (outcome.kind === "error") return fail(line, outcome.description);
    if (seen.has(outcome.objectId)) {
      return fail(
        line,
        `objectId ${outcome.objectId} appears twice; send further updates of a record in another file`,
      );
    }
    seen.add(outcome.objectId);
    totalSuccessCount++;
    if (outcome.kind === "delete") {
      delete objects[outcome.objectId];
      return;
    }
    const { kind: _kind, ...record } = outcome;
    objects[outcome.objectId] = record;
  });
  await streamMultipartFile(request, "dataFile", (chunk) => reader.push(chunk));
  reader.end();
  if (objectLines === 0) fail(0, "The file contains no JSON objects: send one object per line (LDJSON)");

  claimClientRequestId(state, clientRequestId); // again: another upload may have taken it meanwhile
  state.crmRequests.push({
    clientRequestId,
    integrationId: integration.integrationId,
    kind: "upload",
    objectType,
    submitted: isoUtc(now.getTime()),
    polls: 0,
    errors,
    totalErrorCount,
    totalSuccessCount,
  });
  return { body: { clientRequestId } };
};

export const crmUploadHandlers = { uploadCrmData };
