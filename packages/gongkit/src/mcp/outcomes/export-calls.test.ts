import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Envelope } from "@gongkit/client/internal/core/envelope.js";
import { GongError } from "@gongkit/client/internal/core/errors.js";
import { CallToolResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { mcpPair, type ToolContextOptions, toolContext } from "../../../../../test/support/mcp-pair.js";
import { sandboxWithClient } from "../../../../../test/support/sandbox-client.js";
import { exportCallResource, exportListResource } from "../export-resources.js";
import { createExportStore } from "../export-store.js";
import { createGongMcpServer } from "../server.js";
import { tokensOf } from "../tool-kit.js";
import { readTranscriptTool } from "../transcript-view.js";
import { exportCallsTool } from "./export-calls.js";

interface Summary {
  exportId: string;
  complete: boolean;
  calls: number;
  withTranscript: number;
  privateLeftOut: number;
  resource: string;
  file?: string;
  note?: string;
  first: { id: string; title: string; started: string }[];
  requests: { count: number; byAction: Record<string, number> };
}

function setup(options: ToolContextOptions = {}) {
  const { sandbox, context, exchanges } = toolContext({
    ...options,
    sandbox: { rateLimit: false, calls: 300 },
  });
  const calls = sandbox.state.calls;
  const starts = calls.map((call) => Date.parse(call.started)).sort((a, b) => a - b);
  const range = {
    fromDateTime: new Date(starts[0] ?? 0).toISOString(),
    toDateTime: new Date((starts.at(-1) ?? 0) + 1000).toISOString(),
  };
  const exportCalls = async (args: Record<string, unknown>, ctx = context) => {
    const result = await exportCallsTool.call(args, ctx);
    return { result, summary: result.structuredContent as unknown as Summary };
  };
  return { sandbox, context, exchanges, calls, range, exportCalls };
}

const sentencesOf = (turns: { sentences: { text: string }[] }[] | undefined) =>
  (turns ?? []).flatMap((turn) => turn.sentences.map((sentence) => sentence.text));

describe("gong_export_calls", () => {
  it("exports 300 calls with their transcripts in 2 requests per 100, every sentence once", async () => {
    const { context, exchanges, calls, range, exportCalls } = setup();
    const { result, summary } = await exportCalls(range);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const visible = calls.filter((call) => !call.isPrivate);
    expect(summary).toMatchObject({
      complete: true,
      calls: visible.length,
      privateLeftOut: 300 - visible.length,
    });
    expect(summary.requests.count).toBe(2 * Math.ceil(300 / 100));
    expect(exchanges.length).toBe(summary.requests.count);
    expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(context.budgetTokens);

    // every sentence of every public call, from the resources, against the sandbox's own transcripts
    for (const call of visible) {
      const uri = `gong://exports/${summary.exportId}/calls/${call.id}`;
      const [content] = (await exportCallResource.read(uri, context))?.contents ?? [];
      const record = JSON.parse((content as { text: string }).text);
      expect(sentencesOf(record.transcript)).toEqual(sentencesOf(call.transcript));
    }
    expect(exchanges.length).toBe(summary.requests.count);
  });

  it("lists its calls in windows and lets gong_read_transcript read them with no request", async () => {
    const { context, exchanges, range, exportCalls } = setup();
    const { summary } = await exportCalls(range);
    const sent = exchanges.length;
    const [content] =
      (await exportListResource.read(`${summary.resource}?offset=10&limit=5`, context))?.contents ?? [];
    const page = JSON.parse((content as { text: string }).text);
    expect(page).toMatchObject({
      exportId: summary.exportId,
      offset: 10,
      nextOffset: 15,
      calls: summary.calls,
    });
    expect(page.window).toHaveLength(5);
    const callId = page.window[0].id;
    const read = await readTranscriptTool.call({ callId }, context);
    expect((read.structuredContent as { requests: { count: number } }).requests.count).toBe(0);
    expect(exchanges.length).toBe(sent);
    await expect(exportListResource.read("gong://exports/exp_000000000000", context)).rejects.toThrow(
      /no export/,
    );
    expect(await exportListResource.read("gong://calls/1/transcript", context)).toBeNull();
  });

  it("resumes after a failure part way, with no call lost or repeated", async () => {
    const { context, calls, range, exportCalls } = setup();
    let runs = 0;
    const flaky = {
      ...context.client,
      runById: async (id: string, input?: unknown): Promise<Envelope<unknown>> => {
        runs += 1;
        if (runs === 3) {
          const error = new GongError("server_error", "Gong answered 503 three times");
          return { data: null, error, successful: false } as Envelope<unknown>;
        }
        return context.client.runById(id, input);
      },
    };
    const first = await exportCalls(range, { ...context, client: flaky });
    expect(first.result.isError).toBe(true);
    const text = (first.result.content[0] as { text: string }).text;
    const exportId = /"exportId":"(exp_[0-9a-f]+)"/.exec(text)?.[1];
    expect(text).toMatch(/calls exported so far are kept/);
    const resumed = await exportCalls({ exportId }, { ...context, client: flaky });
    expect(resumed.summary.complete).toBe(true);
    const [content] =
      (await exportListResource.read(`gong://exports/${exportId}?limit=1000`, context))?.contents ?? [];
    const ids = JSON.parse((content as { text: string }).text).window.map((call: { id: string }) => call.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(calls.filter((call) => !call.isPrivate).length);
  });

  it("stops at the most calls one export may keep, says so, and resumes to nothing more", async () => {
    const { context, range, exportCalls } = setup();
    const small = { ...context, exports: createExportStore({ maxRecords: 150 }) };
    const { summary } = await exportCalls({ ...range, include: ["parties"] }, small);
    expect(summary).toMatchObject({ complete: false, calls: 150 });
    expect(summary.note).toMatch(/Stopped at 150 calls.*gongkit export calls/);
    const again = await exportCalls({ exportId: summary.exportId }, small);
    expect(again.summary).toMatchObject({ complete: false, calls: 150 });
  });

  it("narrows to the calls of some hosts, as Gong's filter does", async () => {
    const { context, calls, range, exportCalls } = setup();
    const host = calls[0]?.primaryUserId ?? "";
    const { summary } = await exportCalls({ ...range, include: ["parties"], primaryUserIds: [host] });
    const expected = calls.filter((call) => call.primaryUserId === host && !call.isPrivate);
    expect(summary.calls).toBe(expected.length);
    const [content] =
      (await exportListResource.read(`${summary.resource}?limit=1000`, context))?.contents ?? [];
    const ids = JSON.parse((content as { text: string }).text).window.map((call: { id: string }) => call.id);
    expect(ids.sort()).toEqual(expected.map((call) => call.id).sort());
  });

  it("writes an NDJSON file inside the output directory only when the server has one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gongkit-export-"));
    try {
      const { context, range, exportCalls } = setup();
      const without = await exportCalls({ ...range, include: ["parties"] });
      expect(without.summary.file).toBeUndefined();
      const { summary } = await exportCalls(
        { ...range, include: ["parties"] },
        { ...context, outputDir: dir },
      );
      expect(summary.file).toBe(join(dir, `gong-export-${summary.exportId}.ndjson`));
      const lines = (await readFile(summary.file ?? "", "utf8")).trim().split("\n");
      expect(lines).toHaveLength(summary.calls);
      expect(JSON.parse(lines[0] ?? "{}").transcript).toBeUndefined();
      expect(summary.requests.count).toBe(3); // no transcripts asked: one page request per 100 calls
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is served over MCP with progress notifications, and its records as resources", async () => {
    const { client: gong, sandbox } = sandboxWithClient({ rateLimit: false, calls: 300 });
    const client = await mcpPair(createGongMcpServer({ client: gong }));
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(
      expect.arrayContaining(["gong://exports/{id}{?offset,limit}", "gong://exports/{id}/calls/{callId}"]),
    );
    const started = sandbox.state.calls.map((call) => call.started).sort();
    const progress: { progress: number; total?: number | undefined }[] = [];
    const result = await client.callTool(
      {
        name: "gong_export_calls",
        arguments: { fromDateTime: started[0], toDateTime: "2099-01-01T00:00:00Z", include: ["transcript"] },
      },
      CallToolResultSchema,
      { onprogress: (p) => progress.push(p) },
    );
    expect(result.isError).toBeFalsy();
    expect(progress.length).toBe(6); // one per Gong request
    expect(progress.at(-1)).toMatchObject({ total: 300 });
    const { exportId } = result.structuredContent as { exportId: string };
    const read = await client.readResource({ uri: `gong://exports/${exportId}?limit=2` });
    expect(JSON.parse((read.contents[0] as { text: string }).text).window).toHaveLength(2);
    await client.close();
  });

  it("refuses bad arguments, sending nothing", async () => {
    const { exchanges, exportCalls } = setup();
    const backwards = await exportCalls({
      fromDateTime: "2026-09-01T00:00:00Z",
      toDateTime: "2026-06-01T00:00:00Z",
    });
    expect((backwards.result.content[0] as { text: string }).text).toMatch(/toDateTime must be after/);
    const part = await exportCalls({
      fromDateTime: "2026-06-01T00:00:00Z",
      toDateTime: "2026-09-01T00:00:00Z",
      include: ["audio"],
    });
    expect(part.result.isError).toBe(true);
    const unknown = await exportCalls({ exportId: "exp_000000000000" });
    expect((unknown.result.content[0] as { text: string }).text).toMatch(/not_found/);
    expect(exchanges).toHaveLength(0);
  });
});
