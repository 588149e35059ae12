import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../test/support/parse-csv.js";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { sampleIds } from "../catalog/index.js";
import { parseJson } from "../core/json.js";
import { fileCheckpointStore } from "./checkpoint.js";
import { csvColumns } from "./csv.js";
import { checkpointPathFor, exportCallsToFile, type FileExportOptions } from "./export-to-file.js";

const window = { from: sampleIds.datasetFrom, to: sampleIds.sandboxNow };

async function idsIn(path: string): Promise<string[]> {
  const text = await readFile(path, "utf8");
  if (path.endsWith(".csv")) {
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...csvColumns]);
    return rows.map((row) => row[0] ?? "");
  }
  return text
    .trimEnd()
    .split("\n")
    .map((line) => (parseJson(line) as { id: string }).id);
}

async function outFile(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "gongkit-export-")), name);
}

describe.each(["calls.ndjson", "calls.csv"])("exportCallsToFile into %s", (name) => {
  it("resumes after an interruption with every call in the file exactly once", async () => {
    const { client, exchanges, sandbox } = sandboxWithClient();
    const out = await outFile(name);
    const controller = new AbortController();
    const options: FileExportOptions = { ...window, include: ["parties", "transcript"], out };
    // Stop once the 4th request (page 2's transcripts) is in: page 2 is written, page 3 never asked for.
    const interrupted = exportCallsToFile(client, {
      ...options,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.requests === 4) controller.abort(new Error("interrupted"));
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    const checkpoint = await fileCheckpointStore(checkpointPathFor(out)).load();
    expect(checkpoint).toMatchObject({ emitted: 200, outputBytes: (await stat(out)).size });
    expect(await idsIn(out)).toHaveLength(200);
    // A crash between writing a page and saving its checkpoint leaves records the checkpoint does not count.
    await appendFile(out, "half a record that was never checkpointed");

    const before = exchanges.length;
    const result = await exportCallsToFile(client, { ...options, resume: true });
    expect(result).toEqual({
      out,
      format: name.endsWith(".csv") ? "csv" : "ndjson",
      records: 300,
      requests: 2,
    });
    expect(exchanges.length - before).toBe(2);
    const ids = await idsIn(out);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(new Set(ids)).toEqual(new Set(sandbox.state.calls.map((call) => call.id)));
    expect(existsSync(checkpointPathFor(out))).toBe(false);
  });
});

describe("exportCallsToFile", () => {
  it("refuses to overwrite an unfinished export unless resuming, and to resume other arguments", async () => {
    const { client, exchanges } = sandboxWithClient();
    const out = await outFile("calls.ndjson");
    const controller = new AbortController();
    const options: FileExportOptions = { ...window, include: ["parties"], out };
    await exportCallsToFile(client, {
      ...options,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("interrupted")),
    }).catch(() => undefined);
    const size = (await stat(out)).size;
    const sent = exchanges.length;

    await expect(exportCallsToFile(client, options)).rejects.toThrow(
      /An unfinished export into .*calls.ndjson left its checkpoint .*calls.ndjson.checkpoint.json. Resume it/,
    );
    await expect(
      exportCallsToFile(client, { ...options, include: ["content"], resume: true }),
    ).rejects.toThrow(/Cannot resume/);
    expect((await stat(out)).size).toBe(size);
    expect(exchanges.length).toBe(sent);
  });

  it("starts afresh when asked to resume without a checkpoint, replacing the file", async () => {
    const { client } = sandboxWithClient();
    const out = await outFile("calls.jsonl");
    await writeFile(out, "an older export\n");
    const result = await exportCallsToFile(client, { ...window, include: [], out, resume: true });
    expect(result).toMatchObject({ format: "ndjson", records: 300, requests: 3 });
    expect(await idsIn(out)).toHaveLength(300);
  });

  it("refuses an unknown extension, an unwritable path and a corrupt checkpoint", async () => {
    const { client } = sandboxWithClient();
    await expect(exportCallsToFile(client, { ...window, include: [], out: "calls.xlsx" })).rejects.toThrow(
      /name it .ndjson, .jsonl or .csv/,
    );
    const missing = join(await outFile("nowhere"), "calls.csv");
    await expect(exportCallsToFile(client, { ...window, include: [], out: missing })).rejects.toMatchObject({
      code: "file_error",
      message: expect.stringMatching(/^Cannot write .*nowhere.calls.csv: ENOENT/),
    });
    const out = await outFile("calls.csv");
    await writeFile(checkpointPathFor(out), "{ not json");
    await expect(exportCallsToFile(client, { ...window, include: [], out, resume: true })).rejects.toThrow(
      /is not a gongkit export checkpoint/,
    );
  });
});
