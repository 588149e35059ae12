// One call's transcript for agents: the gong_read_transcript tool (a window of speaker-named, timestamped lines
// within the result budget, paged by nextOffset) and the gong://calls/{id}/transcript resource (all of it, as
// plain text). A read costs two Gong requests (the call's details with parties, then its transcript; none for
// an unknown or private call), or none when the server's transcript cache holds the call.
import { z } from "zod";
import { privateRefusal } from "./private-calls.js";
import {
  errorText,
  failureText,
  fitCount,
  type McpResourceTemplate,
  type McpTool,
  parseToolArgs,
  readOnlyAnnotations,
  requestSummary,
  structuredResult,
  type ToolContext,
  trackRequests,
} from "./tool-kit.js";
import { keepTranscript } from "./transcript-cache.js";
import { isPrivateCall, loadCalls, loadTranscripts, type Tracker } from "./transcript-data.js";
import { digitId, requestsSchema } from "./transcript-kit.js";
import { buildView, labelOf, renderLines, type TranscriptView } from "./transcript-render.js";

const transcriptUri = (callId: string) => `gong://calls/${callId}/transcript`;

/**
 * The call's transcript view, or why it cannot be shown (an unknown or private call): from the server's cache
 * when it holds the call (no Gong request), else from its details and transcript (two), cached for the next read.
 */
export async function loadCallTranscript(
  tracker: Tracker,
  callId: string,
  context: Pick<ToolContext, "includePrivate" | "transcripts">,
): Promise<{ view: TranscriptView } | { refusal: string }> {
  const cached = context.transcripts.get(callId);
  if (cached) {
    return cached.isPrivate && !context.includePrivate
      ? { refusal: privateRefusal(callId) }
      : { view: cached.view };
  }
  const [call] = (await loadCalls(tracker, { callIds: [callId] }, 1)).calls;
  if (!call) {
    return {
      refusal: `not_found: Gong has no call ${callId} that this connection can see. Check the id (digits, as a string); find calls with gong_search_transcripts or GONG_RETRIEVE_FILTERED_CALL_DETAILS.`,
    };
  }
  const isPrivate = isPrivateCall(call);
  if (isPrivate && !context.includePrivate) return { refusal: privateRefusal(callId) };
  const transcripts = await loadTranscripts(tracker, [callId]);
  const view = buildView(callId, call, transcripts.get(callId) ?? []);
  keepTranscript(context.transcripts, view, isPrivate);
  return { view };
}

const noTranscript =
  "Gong has no transcript for this call (not recorded, still processing, or too short to transcribe).";

const readInput = z
  .strictObject({
    callId: digitId,
    offset: z.int("expected a whole number").min(0, "must be 0 or more").optional(),
    limit: z.int("expected a whole number").min(1, "must be 1 or more").max(1000, "at most 1000").optional(),
    fromSeconds: z.number().min(0, "must be 0 or more").optional(),
    toSeconds: z.number().gt(0, "must be more than 0").optional(),
    externalOnly: z.boolean().optional(),
  })
  .refine((a) => a.fromSeconds === undefined || a.toSeconds === undefined || a.toSeconds > a.fromSeconds, {
    message: "must be greater than fromSeconds",
    path: ["toSeconds"],
  });

export const readTranscriptTool: McpTool = {
  definition: {
    name: "gong_read_transcript",
    title: "Read a call transcript",
    description:
      "One call's transcript as lines `[mm:ss] Name (Company, external): text`, one per speaker turn. Window with offset/limit, fromSeconds/toSeconds and/or externalOnly; while nextOffset is not null, call again with offset: nextOffset. The whole text is the resource gong://calls/{id}/transcript. 2 Gong requests; none once the server holds the call (reading on, after GONG_GET_CALL_TRANSCRIPT or gong_export_calls).",
    inputSchema: {
      type: "object",
      properties: {
        callId: { type: "string", description: "Gong call id, digits in a string" },
        offset: {
          type: "integer",
          minimum: 0,
          description: "First line to return (0-based); the previous result's nextOffset",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 1000,
          description: "Most lines (default: all that fit)",
        },
        fromSeconds: { type: "number", minimum: 0, description: "Only what was said from this second on" },
        toSeconds: { type: "number", exclusiveMinimum: 0, description: "...and before this second" },
        externalOnly: { type: "boolean", description: "Only external speakers (customers, prospects)" },
      },
      required: ["callId"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        callId: { type: "string" },
        title: { type: "string" },
        started: { type: "string" },
        parties: { type: "array" },
        lines: { type: "array" },
        offset: { type: "integer" },
        totalLines: { type: "integer" },
        nextOffset: { type: ["integer", "null"] },
        resource: { type: "string" },
        note: { type: "string" },
        requests: requestsSchema,
      },
    },
    annotations: readOnlyAnnotations,
  },

  async call(args, context) {
    const parsed = parseToolArgs("gong_read_transcript", readInput, args, { callId: "7782342274025937895" });
    if (!parsed.ok) return parsed.result;
    const { callId, offset = 0, limit, ...window } = parsed.value;
    const tracker = trackRequests(context.client);
    try {
      const loaded = await loadCallTranscript(tracker, callId, context);
      if ("refusal" in loaded) return errorText(loaded.refusal);
      const { view } = loaded;
      const lines = renderLines(view, window);
      if (offset > 0 && offset >= lines.length) {
        return errorText(
          `invalid_input: offset ${offset} is past the last line: this window has ${lines.length} lines${lines.length ? ` (offsets 0 to ${lines.length - 1})` : ""}. Start again at offset 0.`,
        );
      }
      const shown = lines.slice(offset, limit === undefined ? undefined : offset + limit);
      const build = (count: number) => ({
        callId,
        title: view.title,
        ...(view.started ? { started: view.started } : {}),
        parties: view.parties,
        lines: shown.slice(0, count),
        offset,
        totalLines: lines.length,
        nextOffset: offset + count < lines.length ? offset + count : null,
        resource: transcriptUri(callId),
        ...(view.sentences.length === 0 ? { note: noTranscript } : {}),
        requests: requestSummary(tracker.used),
      });
      const fitted = fitCount(build, shown, context.budgetTokens);
      if (!fitted || (fitted.count === 0 && shown.length > 0)) {
        return errorText(
          `The result budget (${context.budgetTokens} tokens) is too small for line ${offset} of call ${callId}; read the resource ${transcriptUri(callId)} instead.`,
        );
      }
      return structuredResult(fitted.value);
    } catch (error) {
      return errorText(failureText(error));
    }
  },
};

/** The whole transcript as plain text: a short header, then every line. */
function transcriptText(view: TranscriptView): string {
  const facts = [`Call ${view.callId}`];
  if (view.started) facts.push(`started ${view.started}`);
  if (view.durationSeconds !== undefined) facts.push(`${Math.round(view.durationSeconds / 60)} min`);
  const parties = view.parties.map((party) => labelOf(party) + (party.title ? `, ${party.title}` : ""));
  const lines = renderLines(view);
  return [
    view.title || `Call ${view.callId}`,
    facts.join(", "),
    `Parties: ${parties.join("; ") || "unknown"}`,
    "",
    ...(lines.length ? lines : [noTranscript]),
  ].join("\n");
}

const uriPattern = /^gong:\/\/calls\/([^/]+)\/transcript$/;

export const transcriptResource: McpResourceTemplate = {
  uriTemplate: "gong://calls/{id}/transcript",
  name: "call-transcript",
  description:
    "The whole transcript of a Gong call as plain text: speaker-named, timestamped lines, no size limit. Costs 2 Gong requests, none for a call the server already read.",
  mimeType: "text/plain",

  async read(uri: string, context: ToolContext) {
    const id = uriPattern.exec(uri)?.[1];
    if (id === undefined) return null;
    if (!/^\d{1,20}$/.test(id)) {
      throw new Error(`${uri}: the call id must be digits, e.g. gong://calls/7782342274025937895/transcript`);
    }
    let loaded: Awaited<ReturnType<typeof loadCallTranscript>>;
    try {
      loaded = await loadCallTranscript(trackRequests(context.client), id, context);
    } catch (error) {
      throw new Error(`${uri}: ${failureText(error)}`);
    }
    if ("refusal" in loaded) throw new Error(`${uri}: ${loaded.refusal}`);
    return { contents: [{ uri, mimeType: "text/plain", text: transcriptText(loaded.view) }] };
  },
};
