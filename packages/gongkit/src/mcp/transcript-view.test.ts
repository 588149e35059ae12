import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { type ToolContextOptions, toolContext } from "../../../../test/support/mcp-pair.js";
import { defaultBudgetTokens, tokensOf } from "./tool-kit.js";
import { clock } from "./transcript-render.js";
import { readTranscriptTool, transcriptResource } from "./transcript-view.js";

interface Page {
  callId: string;
  title: string;
  parties: { name: string; affiliation: string; company?: string }[];
  lines: string[];
  offset: number;
  totalLines: number;
  nextOffset: number | null;
  resource: string;
  note?: string;
  requests: { count: number; byAction: Record<string, number> };
}

function setup(options: ToolContextOptions = {}) {
  const { sandbox, context, exchanges } = toolContext(options);
  const read = async (args: Record<string, unknown>, budgetTokens = context.budgetTokens) => {
    const result = await readTranscriptTool.call(args, { ...context, budgetTokens });
    return { result, page: result.structuredContent as unknown as Page, text: textOf(result.content) };
  };
  return { sandbox, context, exchanges, read };
}

function textOf(content: unknown): string {
  return (content as { text: string }[])[0]?.text ?? "";
}

/** A budget the whole sample call fits in (the default, 20,000, holds about two thirds of it). */
const wholeCall = 60_000;

/** The text of a line without its `[mm:ss] Speaker: ` prefix. */
const spoken = (line: string) => line.replace(/^\[\d\d+:\d\d\] [^:]+: /, "");

describe("gong_read_transcript", () => {
  it("names speakers from the call's parties, with timestamps and every sentence in order", async () => {
    const { sandbox, exchanges, read } = setup();
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    const { result, page } = await read({ callId: sampleIds.callId }, wholeCall);
    expect(result.isError).toBeFalsy();
    expect(page.title).toBe(call?.title);
    expect(page.resource).toBe(`gong://calls/${sampleIds.callId}/transcript`);
    expect(page.parties).toContainEqual(
      expect.objectContaining({ name: "Priya Natarajan", company: "Globex", affiliation: "external" }),
    );

    const first = call?.transcript[0];
    const speaker = call?.parties.find((party) => party.speakerId === first?.speakerId);
    const label =
      speaker?.affiliation === "External"
        ? `${speaker.name} (Globex, external)`
        : `${speaker?.name} (internal)`;
    expect(page.lines[0]).toBe(
      `[${clock(first?.sentences[0]?.start ?? 0)}] ${label}: ${first?.sentences.map((s) => s.text).join(" ")}`,
    );
    const sentences = call?.transcript.flatMap((monologue) => monologue.sentences.map((s) => s.text)) ?? [];
    expect(page.lines.map(spoken).join(" ")).toBe(sentences.join(" "));
    const names = new Set(call?.parties.map((party) => party.name));
    for (const line of page.lines)
      expect(names.has(/^\[[\d:]+\] ([^(]+) \(/.exec(line)?.[1] ?? "")).toBe(true);

    expect(page.totalLines).toBe(page.lines.length);
    expect(page.nextOffset).toBeNull();
    expect(exchanges.map((exchange) => exchange.url.pathname)).toEqual([
      "/v2/calls/extensive",
      "/v2/calls/transcript",
    ]);
    expect(page.requests).toEqual({
      count: 2,
      byAction: { GONG_RETRIEVE_FILTERED_CALL_DETAILS: 1, GONG_GET_CALL_TRANSCRIPT: 1 },
    });
  });

  it("windows by offset and limit, with nextOffset until the last line", async () => {
    const { read } = setup();
    const all = (await read({ callId: sampleIds.callId }, wholeCall)).page.lines;
    const middle = (await read({ callId: sampleIds.callId, offset: 10, limit: 5 })).page;
    expect(middle.lines).toEqual(all.slice(10, 15));
    expect(middle).toMatchObject({ offset: 10, totalLines: all.length, nextOffset: 15 });
    const end = (await read({ callId: sampleIds.callId, offset: all.length - 3, limit: 5 })).page;
    expect(end.lines).toEqual(all.slice(-3));
    expect(end.nextOffset).toBeNull();
  });

  it("windows by time into the call", async () => {
    const { sandbox, read } = setup();
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    const { page } = await read({ callId: sampleIds.callId, fromSeconds: 600, toSeconds: 660 });
    const inWindow = call?.transcript
      .flatMap((monologue) => monologue.sentences)
      .filter((sentence) => sentence.start >= 600_000 && sentence.start < 660_000);
    expect(inWindow?.length).toBeGreaterThan(3);
    expect(page.lines.map(spoken).join(" ")).toBe(inWindow?.map((sentence) => sentence.text).join(" "));
    for (const line of page.lines) expect(line).toMatch(/^\[10:\d\d\] /);
    expect(page.totalLines).toBe(page.lines.length);
  });

  it("keeps only external speakers' lines when asked", async () => {
    const { sandbox, read } = setup();
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    const external = new Set(
      call?.parties.filter((p) => p.affiliation === "External").map((p) => p.speakerId),
    );
    const said = call?.transcript.filter((monologue) => external.has(monologue.speakerId));
    const { page } = await read({ callId: sampleIds.callId, externalOnly: true });
    expect(page.lines.length).toBeGreaterThan(10);
    for (const line of page.lines) expect(line).toContain("(Globex, external): ");
    expect(page.lines.map(spoken).join(" ")).toBe(
      said?.flatMap((monologue) => monologue.sentences.map((s) => s.text)).join(" "),
    );
  });

  it("stays within a tiny budget and pages through every line exactly once", async () => {
    const { read } = setup();
    const all = (await read({ callId: sampleIds.callId }, wholeCall)).page.lines;
    const seen: string[] = [];
    let offset: number | null = 0;
    let pages = 0;
    while (offset !== null) {
      const { result, page } = await read({ callId: sampleIds.callId, offset }, 1000);
      expect(result.isError).toBeFalsy();
      expect(tokensOf(JSON.stringify(result))).toBeLessThanOrEqual(1000);
      expect(page.lines.length).toBeGreaterThan(0);
      seen.push(...page.lines);
      offset = page.nextOffset;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(10);
    expect(seen).toEqual(all);
  });

  it("keeps the whole result within the default budget on the longest call: text copy and structuredContent together", async () => {
    const { sandbox, read } = setup({ includePrivate: true });
    const longest = sandbox.state.calls.reduce((a, b) => (b.duration > a.duration ? b : a));
    expect(longest.duration).toBeGreaterThanOrEqual(3600);
    const { result, page } = await read({ callId: longest.id });
    expect(result.isError).toBeFalsy();
    expect(page.nextOffset).not.toBeNull();
    const sent = tokensOf(JSON.stringify(result));
    expect(sent).toBeLessThanOrEqual(defaultBudgetTokens);
    expect(sent).toBeGreaterThan(defaultBudgetTokens * 0.9);
  });

  it("refuses a private call unless private calls are included, without fetching its transcript", async () => {
    const { sandbox, exchanges, read } = setup();
    const secret = sandbox.state.calls.find((call) => call.isPrivate && call.transcript.length > 0);
    const refused = await read({ callId: secret?.id });
    expect(refused.result.isError).toBe(true);
    expect(refused.text).toContain("private");
    expect(exchanges).toHaveLength(1);
    const allowed = await setup({ includePrivate: true }).read({ callId: secret?.id });
    expect(allowed.result.isError).toBeFalsy();
    expect(allowed.page.totalLines).toBeGreaterThan(0);
  });

  it.each([
    [{ callId: "abc" }, "callId"],
    [{ callId: Number(sampleIds.callId) }, "callId"],
    [{ callId: sampleIds.callId, offset: -1 }, "offset"],
    [{ callId: sampleIds.callId, limit: 0 }, "limit"],
    [{ callId: sampleIds.callId, fromSeconds: 90, toSeconds: 30 }, "toSeconds"],
    [{ callId: sampleIds.callId, page: 2 }, 'Unrecognized key: "page"'],
    [{}, "callId"],
  ])("answers bad arguments %j with how to fix them, sending nothing", async (args, field) => {
    const { exchanges, read } = setup();
    const { result, text } = await read(args);
    expect(result.isError).toBe(true);
    expect(text).toContain("invalid_input");
    expect(text).toContain(field);
    expect(text).toContain('Example: {"callId":"7782342274025937895"}');
    expect(exchanges).toHaveLength(0);
  });

  it("says so when the call does not exist or the offset is past the end", async () => {
    const { exchanges, read } = setup();
    const unknown = await read({ callId: "1234567890123456789" });
    expect(unknown.result.isError).toBe(true);
    expect(unknown.text).toMatch(/^not_found: Gong has no call 1234567890123456789/);
    expect(exchanges).toHaveLength(1);
    const past = await read({ callId: sampleIds.callId, offset: 5000 });
    expect(past.result.isError).toBe(true);
    expect(past.text).toContain("offset 5000 is past the last line");
  });

  it("labels a speaker no party claims 'Speaker N', the same on every page", async () => {
    const { sandbox, read } = setup();
    const call = sandbox.state.calls.find((candidate) => candidate.id === sampleIds.callId);
    const chris = call?.parties.find((party) => party.name === "Chris Delgado");
    if (chris) delete chris.speakerId;
    // Pages from where the unclaimed voice first speaks and from where it last speaks.
    const all = (await read({ callId: sampleIds.callId }, defaultBudgetTokens * 10)).page.lines;
    const spoke = all.flatMap((line, index) => (/^\[[\d:]+\] Speaker 1: /.test(line) ? [index] : []));
    expect(spoke.at(-1) ?? 0).toBeGreaterThan((spoke[0] ?? 0) + 50);
    const first = (await read({ callId: sampleIds.callId, offset: spoke[0], limit: 20 })).page;
    const later = (await read({ callId: sampleIds.callId, offset: spoke.at(-1), limit: 50 })).page;
    for (const page of [first, later]) {
      expect(page.lines.some((line) => /^\[[\d:]+\] Speaker 1: /.test(line))).toBe(true);
      expect(page.lines.join("\n")).not.toContain("Chris Delgado");
    }
  });

  it("reads on at nextOffset from the server's cache, with no Gong request, and the resource too", async () => {
    const { context, exchanges, read } = setup({ budgetTokens: 2000 });
    const first = (await read({ callId: sampleIds.callId })).page;
    expect(first.requests.count).toBe(2);
    expect(first.nextOffset).not.toBeNull();
    const sent = exchanges.length;
    let offset = first.nextOffset;
    const lines = [...first.lines];
    while (offset !== null) {
      const page = (await read({ callId: sampleIds.callId, offset })).page;
      expect(page.requests.count).toBe(0);
      lines.push(...page.lines);
      offset = page.nextOffset;
    }
    expect(lines.length).toBe(first.totalLines);
    await transcriptResource.read(`gong://calls/${sampleIds.callId}/transcript`, context);
    expect(exchanges.length).toBe(sent);
  });

  it("notes a call without a transcript", async () => {
    const { page } = await setup().read({ callId: sampleIds.callAwaitingMediaId });
    expect(page).toMatchObject({ lines: [], totalLines: 0, nextOffset: null });
    expect(page.note).toContain("no transcript");
  });
});

describe("gong://calls/{id}/transcript", () => {
  it("reads the whole transcript as plain text, with no budget", async () => {
    const { context, read } = setup({ budgetTokens: 500 });
    const uri = `gong://calls/${sampleIds.callId}/transcript`;
    const resource = await transcriptResource.read(uri, context);
    const [content] = resource?.contents ?? [];
    expect(content).toMatchObject({ uri, mimeType: "text/plain" });
    const text = (content as { text: string }).text;
    expect(text).toMatch(
      /^Globex <> Acme Sales \| Discovery\nCall 7782342274025937895, started 2026-08-18T16:00:00Z, 45 min\n/,
    );
    const all = (await read({ callId: sampleIds.callId }, wholeCall)).page.lines;
    expect(text.endsWith(`\n\n${all.join("\n")}`)).toBe(true);
    expect(tokensOf(text)).toBeGreaterThan(500);
  });

  it("answers null for other URIs and refuses bad ids and private calls", async () => {
    const { sandbox, context } = setup();
    expect(await transcriptResource.read("gong://calls/1/brief", context)).toBeNull();
    await expect(transcriptResource.read("gong://calls/abc/transcript", context)).rejects.toThrow(/digits/);
    const secret = sandbox.state.calls.find((call) => call.isPrivate);
    await expect(transcriptResource.read(`gong://calls/${secret?.id}/transcript`, context)).rejects.toThrow(
      /private/,
    );
    const allowed = await transcriptResource.read(`gong://calls/${secret?.id}/transcript`, {
      ...context,
      includePrivate: true,
    });
    expect(allowed?.contents).toHaveLength(1);
  });
});
