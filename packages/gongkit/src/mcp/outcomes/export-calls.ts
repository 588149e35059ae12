// gong_export_calls: the export engine behind an agent tool. Every call in a range with the parts asked for, in
// the fewest requests Gong allows (a page of 100 calls with everything in one contentSelector, plus one
// transcript request per page), through the shared rate governor. The answer is a summary within the budget;
// the records stay on the server, read as resources (gong://exports/{id}, .../calls/{callId}), through
// gong_read_transcript (the transcripts are cached, so reading costs no request) and, when the server has an
// output directory, as an NDJSON file in it. An export that fails part way resumes with its exportId.
import { join } from "node:path";
import { exportCalls } from "@gongkit/client/internal/export/export-calls.js";
import { type ExportPart, exportParts } from "@gongkit/client/internal/export/include.js";
import type { CallRecord } from "@gongkit/client/internal/export/record.js";
import { openRecordFile } from "@gongkit/client/internal/export/writers.js";
import { z } from "zod";
import type { CallDetails, Monologue } from "../call-parties.js";
import type { ExportRun } from "../export-store.js";
import {
  errorText,
  failureText,
  fitCount,
  type McpTool,
  type ProgressReport,
  parseToolArgs,
  readOnlyAnnotations,
  structuredResult,
  type ToolContext,
  trackRequests,
} from "../tool-kit.js";
import { keepTranscript } from "../transcript-cache.js";
import { digitId } from "../transcript-kit.js";
import { buildView } from "../transcript-render.js";
import { dateTimeArg } from "./call-data.js";

const defaultParts: ExportPart[] = ["parties", "transcript"];

const argsSchema = z
  .strictObject({
    fromDateTime: dateTimeArg.optional(),
    toDateTime: dateTimeArg.optional(),
    include: z.array(z.enum(exportParts)).min(1, "name at least one part").optional(),
    workspaceId: digitId.optional(),
    primaryUserIds: z.array(digitId).min(1, "name at least one user id").max(100, "at most 100").optional(),
    exportId: z
      .string()
      .regex(/^exp_[0-9a-f]{12}$/, "must be the exportId of an earlier result")
      .optional(),
  })
  .refine((a) => a.exportId !== undefined || (a.fromDateTime !== undefined && a.toDateTime !== undefined), {
    message: "give fromDateTime and toDateTime (or the exportId of an export to resume)",
  })
  .refine((a) => !a.fromDateTime || !a.toDateTime || Date.parse(a.fromDateTime) < Date.parse(a.toDateTime), {
    message: "toDateTime must be after fromDateTime",
    path: ["toDateTime"],
  });

const example = { fromDateTime: "2026-06-01T00:00:00Z", toDateTime: "2026-10-01T00:00:00Z" };

export const exportCallsTool: McpTool = {
  definition: {
    name: "gong_export_calls",
    title: "Export every call in a range",
    description:
      "Every call in a date range (optionally of one workspace or some hosts) with the parts asked for (default parties, transcript), in 2 Gong requests per 100 calls. Returns counts; the records are the resources gong://exports/{exportId} (in windows) and .../calls/{callId}; gong_read_transcript reads them at no request. Resume with exportId.",
    inputSchema: {
      type: "object",
      properties: {
        fromDateTime: { type: "string", format: "date-time", description: "Calls started at or after" },
        toDateTime: { type: "string", format: "date-time", description: "...and before" },
        include: { type: "array", items: { type: "string", enum: [...exportParts] } },
        workspaceId: { type: "string" },
        primaryUserIds: { type: "array", items: { type: "string" } },
        exportId: { type: "string", description: "An earlier export's, to resume or re-read it" },
      },
      additionalProperties: false,
    },
    // Output schemas of the tools beyond the raw API name their main fields, without a required list (it would
    // repeat every name in a list every conversation pays for); the other fields here are withTranscript, file,
    // first and durationSeconds.
    outputSchema: {
      type: "object",
      properties: {
        exportId: { type: "string" },
        complete: { type: "boolean" },
        calls: { type: "integer" },
        privateLeftOut: { type: "integer" },
        resource: { type: "string" },
        requests: { type: "object" },
      },
    },
    annotations: readOnlyAnnotations,
  },

  async call(args, context, progress) {
    const parsed = parseToolArgs("gong_export_calls", argsSchema, args, example);
    if (!parsed.ok) return parsed.result;
    const { exportId, fromDateTime, toDateTime, include, workspaceId, primaryUserIds } = parsed.value;
    let run: ExportRun | undefined;
    if (exportId) {
      run = context.exports.get(exportId);
      if (!run) {
        return errorText(
          `not_found: no export ${exportId} on this server (exports are kept in memory and may have expired). Start again with fromDateTime and toDateTime.`,
        );
      }
    } else {
      run = context.exports.create({
        from: fromDateTime ?? "",
        to: toDateTime ?? "",
        include: include ?? defaultParts,
        ...(workspaceId ? { workspaceId } : {}),
        ...(primaryUserIds ? { primaryUserIds } : {}),
      });
    }
    if (!run.done && !run.capped) {
      const failure = await runExport(run, context, progress);
      context.exports.trim();
      if (failure) {
        return errorText(
          `${failure} The ${run.calls.size} calls exported so far are kept: call gong_export_calls again with {"exportId":"${run.id}"} to resume.`,
        );
      }
    }
    return structuredResult(summaryOf(run, context.budgetTokens));
  },
};

/** Runs (or resumes) the export; the error text when it stops part way. */
async function runExport(
  run: ExportRun,
  context: ToolContext,
  progress: ProgressReport | undefined,
): Promise<string | undefined> {
  const tracker = trackRequests(context.client);
  const client = { runById: tracker.run, rateState: () => context.client.rateState?.() };
  const started = Date.now();
  try {
    const records = exportCalls(client, {
      ...run.args,
      checkpoint: run.checkpoint,
      onProgress: (p) => progress?.(p.records, p.totalRecords, `${p.records} calls, ${p.requests} requests`),
    });
    for await (const record of records) {
      // a resume starts at the page of the last checkpoint, whose first calls may already be here
      if (run.calls.has(record.id) || run.privateIds.has(record.id)) continue;
      if (run.calls.size >= context.exports.maxRecords) {
        run.capped = true;
        return undefined;
      }
      if (record.metaData.isPrivate && !context.includePrivate) {
        run.privateIds.add(record.id);
        continue;
      }
      run.calls.set(record.id, record);
      if (record.transcript)
        keepTranscript(context.transcripts, viewOf(record), record.metaData.isPrivate === true);
    }
    run.done = true;
    if (context.outputDir) run.file = await writeFile(run, context.outputDir);
    return undefined;
  } catch (error) {
    return failureText(error);
  } finally {
    for (const used of tracker.used) run.requests[used.action] = (run.requests[used.action] ?? 0) + 1;
    run.elapsedMs += Date.now() - started;
  }
}

/** The transcript view gong_read_transcript shows, from an exported record (its parties name the speakers). */
function viewOf(record: CallRecord) {
  const call = { metaData: record.metaData, parties: record.parties, context: record.context } as CallDetails;
  const turns: Monologue[] = (record.transcript ?? []).map(({ speakerId, topic, sentences }) => ({
    speakerId,
    topic,
    sentences,
  }));
  return buildView(record.id, call, turns);
}

/** The NDJSON file, written inside the server's output directory only, under a name of the server's choosing. */
async function writeFile(run: ExportRun, dir: string): Promise<string> {
  const path = join(dir, `gong-export-${run.id}.ndjson`);
  const file = await openRecordFile(path, "ndjson");
  try {
    for (const record of run.calls.values()) file.write(record);
    await file.flush();
  } finally {
    await file.close();
  }
  return path;
}

function summaryOf(run: ExportRun, budgetTokens: number) {
  const requests = Object.values(run.requests).reduce((sum, count) => sum + count, 0);
  const records = [...run.calls.values()];
  const fixed = {
    exportId: run.id,
    complete: run.done,
    calls: records.length,
    withTranscript: records.filter((record) => (record.transcript?.length ?? 0) > 0).length,
    privateLeftOut: run.privateIds.size,
    resource: `gong://exports/${run.id}`,
    ...(run.file ? { file: run.file } : {}),
    ...(run.capped
      ? {
          note: `Stopped at ${records.length} calls, the most one export keeps on this server: narrow the range or the hosts, or export to a file with the gongkit CLI (gongkit export calls).`,
        }
      : {}),
    requests: { count: requests, byAction: run.requests },
    durationSeconds: Math.round(run.elapsedMs / 100) / 10,
  };
  // the first 20 calls, as many as fit
  const first = records.slice(0, 20).map((record) => ({
    id: record.id,
    title: record.metaData.title ?? "",
    started: record.metaData.started ?? "",
  }));
  const build = (count: number) => ({ ...fixed, first: first.slice(0, count) });
  return fitCount(build, first, budgetTokens)?.value ?? fixed;
}
