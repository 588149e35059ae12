// The result of the raw GONG_GET_CALL_TRANSCRIPT tool, made readable: each call's monologues become
// speaker-named, timestamped lines (one extra details request names the speakers of all the calls), private calls
// are left out, and the whole stays within the result budget; calls that do not fit are cut with a nextOffset,
// and every call's transcript is kept in the server's cache so that reading on costs no Gong request.

import type { ActionOutput } from "@gongkit/client/internal/catalog/types.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { CallDetails, Monologue } from "./call-parties.js";
import {
  errorText,
  failureText,
  fitCount,
  requestSummary,
  structuredResult,
  type ToolContext,
} from "./tool-kit.js";
import { keepTranscript } from "./transcript-cache.js";
import { addTranscripts, isPrivateCall, loadCalls, type Tracker } from "./transcript-data.js";
import { buildView, renderLines } from "./transcript-render.js";

/** What transcriptActionResult's structuredContent holds (listed in tools/list: kept small). */
export const transcriptActionOutputSchema: NonNullable<Tool["outputSchema"]> = {
  type: "object",
  properties: {
    calls: {
      type: "array",
      items: {
        type: "object",
        properties: {
          callId: { type: "string" },
          title: { type: "string" },
          lines: { type: "array", items: { type: "string" } },
          totalLines: { type: "integer" },
          nextOffset: { type: ["integer", "null"] },
        },
      },
    },
    notShown: { type: "array", items: { type: "string" } },
    privateLeftOut: { type: "integer" },
    cursor: { type: "string" },
    note: { type: "string" },
    requests: { type: "object" },
  },
  required: ["calls", "privateLeftOut"],
};

const cutNote =
  "Cut to fit the result budget: for a call with a non-null nextOffset (or in notShown), read on with gong_read_transcript {callId, offset: nextOffset} (no further Gong request: the server holds these transcripts), or read the resource gong://calls/{callId}/transcript.";

interface CallLines {
  callId: string;
  title: string;
  lines: string[];
}

/**
 * Renders a GONG_GET_CALL_TRANSCRIPT output for a model. `tracker` runs the one extra details request (pass
 * the tracker that ran the transcript request too, so `requests` counts both).
 */
export async function transcriptActionResult(
  data: ActionOutput<"GONG_GET_CALL_TRANSCRIPT">,
  context: ToolContext,
  tracker: Tracker,
): Promise<CallToolResult> {
  const transcripts = new Map<string, Monologue[]>();
  addTranscripts(transcripts, data.callTranscripts ?? []);
  const callIds = [...transcripts.keys()];
  const details = new Map<string, CallDetails>();
  if (callIds.length > 0) {
    try {
      const { calls } = await loadCalls(tracker, { callIds }, callIds.length);
      for (const call of calls) if (call.metaData?.id) details.set(call.metaData.id, call);
    } catch (error) {
      return errorText(
        `The transcripts came back, but naming their speakers failed (${failureText(error)}); retry, or read one call with gong_read_transcript.`,
      );
    }
  }
  const views = callIds.map((callId) =>
    buildView(callId, details.get(callId), transcripts.get(callId) ?? []),
  );
  // Reading on (gong_read_transcript at a nextOffset, a call left out for the budget) then costs no request.
  for (const view of views) {
    const call = details.get(view.callId);
    if (call) keepTranscript(context.transcripts, view, isPrivateCall(call));
  }
  const visible = views.filter((view) => context.includePrivate || !isPrivateCall(details.get(view.callId)));
  const calls: CallLines[] = visible.map((view) => ({
    callId: view.callId,
    title: view.title,
    lines: renderLines(view),
  }));
  const cursor = data.records?.cursor;
  const fixed = {
    privateLeftOut: callIds.length - visible.length,
    ...(cursor ? { cursor } : {}),
    requests: requestSummary(tracker.used),
  };
  // Calls are filled in order: the first `count` lines of all the calls' lines, laid end to end, are shown.
  const lines = calls.flatMap((call) => call.lines);
  for (let listed = calls.length; listed >= 0; listed -= 1) {
    const build = (count: number) => {
      let left = count;
      const shown = calls.slice(0, listed).map(({ callId, title, lines }) => {
        const take = Math.min(left, lines.length);
        left -= take;
        return {
          callId,
          title,
          lines: lines.slice(0, take),
          totalLines: lines.length,
          nextOffset: take < lines.length ? take : null,
        };
      });
      const notShown = calls.slice(listed).map((call) => call.callId);
      const cut = notShown.length > 0 || shown.some((call) => call.nextOffset !== null);
      return {
        calls: shown,
        ...(notShown.length ? { notShown } : {}),
        ...fixed,
        ...(cut ? { note: cutNote } : {}),
      };
    };
    const listedLines = calls.slice(0, listed).reduce((sum, call) => sum + call.lines.length, 0);
    const fitted = fitCount(build, lines.slice(0, listedLines), context.budgetTokens);
    if (fitted) return structuredResult(fitted.value);
  }
  return errorText(
    `The result budget (${context.budgetTokens} tokens) is too small to list these transcripts; read them one at a time with gong_read_transcript.`,
  );
}
