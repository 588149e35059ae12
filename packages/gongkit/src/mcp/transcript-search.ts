// gong_search_transcripts: find what was said across calls. One details page (up to 100 calls, with parties)
// lists the calls and names their speakers at once; one transcript request per 100 of those calls brings what
// they said. 50 calls cost 2 Gong requests, 200 calls 4. Hits are sentences, with the sentences around them.
import { z } from "zod";
import type { CallDetails } from "./call-parties.js";
import {
  errorText,
  failureText,
  fitCount,
  type McpTool,
  parseToolArgs,
  readOnlyAnnotations,
  requestSummary,
  structuredResult,
  trackRequests,
} from "./tool-kit.js";
import { type CallFilter, isPrivateCall, loadCalls, loadTranscripts } from "./transcript-data.js";
import { digitId, requestsSchema } from "./transcript-kit.js";
import { buildView, clock, type SpokenSentence, type TranscriptView } from "./transcript-render.js";

const dateTime = z.iso.datetime({
  offset: true,
  error: "expected an ISO-8601 date-time with a zone, e.g. 2026-08-01T00:00:00Z",
});

const searchInput = z
  .strictObject({
    query: z.string().trim().min(1, "give a keyword or a quoted phrase"),
    fromDateTime: dateTime.optional(),
    toDateTime: dateTime.optional(),
    callIds: z.array(digitId).min(1, "give at least one id").max(200, "at most 200 ids").optional(),
    maxCalls: z.int("expected a whole number").min(1, "must be 1 or more").max(200, "at most 200").optional(),
    limit: z.int("expected a whole number").min(1, "must be 1 or more").max(100, "at most 100").optional(),
  })
  .superRefine((input, context) => {
    const { fromDateTime: from, toDateTime: to } = input;
    if (!input.callIds && (!from || !to)) {
      context.addIssue({
        code: "custom",
        path: [from ? "toDateTime" : "fromDateTime"],
        message: "give both fromDateTime and toDateTime (e.g. 2026-08-01T00:00:00Z), or callIds",
      });
    }
    if (from && to && Date.parse(to) <= Date.parse(from)) {
      context.addIssue({ code: "custom", path: ["toDateTime"], message: "must be after fromDateTime" });
    }
  });

const example = {
  query: '"security review"',
  fromDateTime: "2026-08-01T00:00:00Z",
  toDateTime: "2026-09-01T00:00:00Z",
};

/** One matcher per term: a "quoted phrase" or a word, each matched case-insensitively at the start of a word. */
export function queryMatchers(query: string): RegExp[] {
  return [...query.matchAll(/"([^"]*)"|(\S+)/g)]
    .map((match) => (match[1] ?? match[2] ?? "").trim())
    .filter((term) => term !== "")
    .map((term) => {
      const pattern = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
      return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, "iu");
    });
}

/** A neighbouring sentence, with who said it. */
const said = (sentence: SpokenSentence | undefined) =>
  sentence ? `${sentence.speaker.name}: ${sentence.text}` : undefined;

function hitsIn(view: TranscriptView, matchers: readonly RegExp[]) {
  return view.sentences.flatMap((sentence, index) => {
    if (!matchers.every((matcher) => matcher.test(sentence.text))) return [];
    const before = said(view.sentences[index - 1]);
    const after = said(view.sentences[index + 1]);
    return [
      {
        callId: view.callId,
        title: view.title,
        ...(view.started ? { started: view.started } : {}),
        at: clock(sentence.start),
        speaker: sentence.speaker.label,
        text: sentence.text,
        ...(before ? { before } : {}),
        ...(after ? { after } : {}),
      },
    ];
  });
}

export const searchTranscriptsTool: McpTool = {
  definition: {
    name: "gong_search_transcripts",
    title: "Search call transcripts",
    description:
      'Find where words or a "quoted phrase" were said (all words in one sentence, case-insensitive) in calls started in [fromDateTime, toDateTime) or in callIds. Hits give the call, time, speaker and the sentences around it; read more with gong_read_transcript. 2 Gong requests per 100 calls.',
    inputSchema: {
      type: "object",
      properties: {
        query: { type: "string", description: 'Words or a "quoted phrase"' },
        fromDateTime: { type: "string", format: "date-time", description: "Calls started at or after" },
        toDateTime: { type: "string", format: "date-time", description: "...and before" },
        callIds: {
          type: "array",
          items: { type: "string" },
          maxItems: 200,
          description: "Search these calls (instead of or within the dates)",
        },
        maxCalls: {
          type: "integer",
          minimum: 1,
          maximum: 200,
          description: "Most calls searched (default 50)",
        },
        limit: { type: "integer", minimum: 1, maximum: 100, description: "Most hits (default 20)" },
      },
      required: ["query"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        query: { type: "string" },
        hits: { type: "array" },
        totalHits: { type: "integer" },
        callsSearched: { type: "integer" },
        privateSkipped: { type: "integer" },
        truncated: { type: "boolean" },
        note: { type: "string" },
        requests: requestsSchema,
      },
    },
    annotations: readOnlyAnnotations,
  },

  async call(args, context) {
    const parsed = parseToolArgs("gong_search_transcripts", searchInput, args, example);
    if (!parsed.ok) return parsed.result;
    const { query, fromDateTime, toDateTime, callIds, maxCalls = 50, limit = 20 } = parsed.value;
    const matchers = queryMatchers(query);
    if (matchers.length === 0) {
      return errorText(`invalid_input: query has no words to search for; e.g. ${JSON.stringify(example)}`);
    }
    const filter: CallFilter = {
      ...(fromDateTime ? { fromDateTime } : {}),
      ...(toDateTime ? { toDateTime } : {}),
      ...(callIds ? { callIds } : {}),
    };
    const tracker = trackRequests(context.client);
    try {
      const accept = (call: CallDetails) => context.includePrivate || !isPrivateCall(call);
      const loaded = await loadCalls(tracker, filter, maxCalls, accept);
      const ids = loaded.calls.flatMap((call) => (call.metaData?.id ? [call.metaData.id] : []));
      const transcripts = await loadTranscripts(tracker, ids);
      const hits = loaded.calls.flatMap((call) => {
        const id = call.metaData?.id ?? "";
        const view = buildView(id, call, transcripts.get(id) ?? []);
        return hitsIn(view, matchers);
      });
      const listed = hits.slice(0, limit);
      const build = (count: number) => {
        const notes = [];
        if (loaded.more) {
          notes.push(
            `More calls match than the ${maxCalls} searched (the oldest first): narrow fromDateTime/toDateTime or raise maxCalls (up to 200).`,
          );
        }
        if (count < hits.length)
          notes.push(`Showing ${count} of ${hits.length} hits: narrow the query or the range.`);
        return {
          query,
          hits: listed.slice(0, count),
          totalHits: hits.length,
          callsSearched: loaded.calls.length,
          privateSkipped: loaded.rejected,
          truncated: loaded.more || count < hits.length,
          ...(notes.length ? { note: notes.join(" ") } : {}),
          requests: requestSummary(tracker.used),
        };
      };
      const fitted = fitCount(build, listed, context.budgetTokens);
      if (!fitted)
        return errorText(
          `The result budget (${context.budgetTokens} tokens) is too small for a search result.`,
        );
      return structuredResult(fitted.value);
    } catch (error) {
      return errorText(failureText(error));
    }
  },
};
