// What an hour-long call's transcript costs a model (o200k tokens): the whole rendered transcript (the
// gong://calls/{id}/transcript resource), the pages of gong_read_transcript at the default budget, and the
// GONG_GET_CALL_TRANSCRIPT tool's result for that call, against the raw action output it replaces.
// Run: npx tsx bench/transcript-result.ts

import { stringifyJson } from "@gongkit/client/internal/core/json.js";
import { createExportStore } from "gongkit/internal/mcp/export-store.js";
import {
  defaultBudgetTokens,
  type ToolContext,
  tokensOf,
  trackRequests,
} from "gongkit/internal/mcp/tool-kit.js";
import { transcriptActionResult } from "gongkit/internal/mcp/transcript-action.js";
import { createTranscriptCache } from "gongkit/internal/mcp/transcript-cache.js";
import { clock, renderLines } from "gongkit/internal/mcp/transcript-render.js";
import {
  loadCallTranscript,
  readTranscriptTool,
  transcriptResource,
} from "gongkit/internal/mcp/transcript-view.js";
import { sandboxWithClient } from "../test/support/sandbox-client.js";

const { sandbox, client } = sandboxWithClient();
const context: ToolContext = {
  client,
  budgetTokens: defaultBudgetTokens,
  includePrivate: true,
  transcripts: createTranscriptCache(),
  exports: createExportStore(),
};
const call = sandbox.state.calls
  .filter((candidate) => candidate.duration >= 55 * 60)
  .sort((a, b) => Math.abs(a.duration - 3600) - Math.abs(b.duration - 3600))[0];
if (!call) throw new Error("the sandbox has no call of 55 minutes or more");
const callId = call.id;

const words = call.transcript
  .flatMap((monologue) => monologue.sentences)
  .reduce((sum, sentence) => sum + sentence.text.split(/\s+/).length, 0);
const resource = await transcriptResource.read(`gong://calls/${call.id}/transcript`, context);
const fullText = String((resource?.contents[0] as { text?: string } | undefined)?.text ?? "");

/** Pages through the transcript with gong_read_transcript at this budget: each page's tokens, lines seen. */
async function pageThrough(budgetTokens: number) {
  const pages: number[] = [];
  let offset: number | null = 0;
  let lines = 0;
  while (offset !== null) {
    const result = await readTranscriptTool.call({ callId, offset }, { ...context, budgetTokens });
    if (result.isError) throw new Error(JSON.stringify(result.content));
    const page = result.structuredContent as { lines: string[]; nextOffset: number | null };
    pages.push(tokensOf(JSON.stringify(page)));
    lines += page.lines.length;
    offset = page.nextOffset;
  }
  return `${pages.length} (largest ${Math.max(...pages)} tokens; ${lines} lines in all)`;
}

const tracker = trackRequests(client);
const raw = await tracker.run("GONG_GET_CALL_TRANSCRIPT", { filter: { callIds: [call.id] } });
if (!raw.successful) throw raw.error;
const action = await transcriptActionResult(raw.data as never, context, tracker);
const actionText = String((action.content[0] as { text?: string } | undefined)?.text ?? "");

// The line format: one line per turn (what the tools render) against one line per sentence.
const loaded = await loadCallTranscript(trackRequests(client), call.id, context);
if ("refusal" in loaded) throw new Error(loaded.refusal);
const perTurn = renderLines(loaded.view);
const perSentence = loaded.view.sentences.map(
  (sentence) => `[${clock(sentence.start)}] ${sentence.speaker.label}: ${sentence.text}`,
);

const rows: [string, string][] = [
  ["call", `${call.id} "${call.title}"`],
  ["duration", `${(call.duration / 60).toFixed(1)} min (${call.duration} s)`],
  ["words spoken", String(words)],
  ["total lines", String(perTurn.length)],
  ["full rendered transcript (resource)", `${tokensOf(fullText)} tokens`],
  ["  same lines, one per sentence instead", `${tokensOf(perSentence.join("\n"))} tokens`],
  ["raw GONG_GET_CALL_TRANSCRIPT output (JSON)", `${tokensOf(stringifyJson(raw.data))} tokens`],
  [`gong_read_transcript pages at ${defaultBudgetTokens} tokens`, await pageThrough(defaultBudgetTokens)],
  ["  pages at a 4000-token budget", await pageThrough(4000)],
  ["GONG_GET_CALL_TRANSCRIPT tool result", `${tokensOf(actionText)} tokens`],
];
for (const [name, value] of rows) console.log(`${name.padEnd(46)} ${value}`);
