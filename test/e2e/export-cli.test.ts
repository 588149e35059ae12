// `gongkit export calls` as a process against the in-process sandbox (Gong's rate limit on, paced by the
// client's governor): the files it writes and the progress it prints when stderr is not a terminal.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sampleIds } from "../../src/catalog/sample-ids.js";
import { parseCsv } from "../support/parse-csv.js";

const run = promisify(execFile);
const window = ["--from", sampleIds.datasetFrom, "--to", sampleIds.sandboxNow];

async function gongkit(args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["bin/gongkit.js", "export", "calls", ...args], {
      env: { ...process.env, GONGKIT_SANDBOX_NOW: sampleIds.sandboxNow },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function outFile(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "gongkit-export-cli-")), name);
}

describe.concurrent("gongkit export calls", () => {
  it("writes NDJSON with plain progress lines, in 6 requests for 300 calls", async () => {
    const out = await outFile("calls.ndjson");
    const { code, stdout, stderr } = await gongkit([
      ...window,
      "--include",
      "parties,transcript",
      "--out",
      out,
      "--sandbox",
    ]);
    expect(stderr).not.toContain("\r");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^export: 300\/300 calls, 6 requests, budget \d+ left, ETA 0s$/);
    expect(lines.filter((line) => /^export: \d+\/300 calls/.test(line))).toHaveLength(4);
    expect(code).toBe(0);
    expect(stdout).toBe(`Exported 300 calls to ${out} (6 requests this run).\n`);
    const records = (await readFile(out, "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(new Set(records.map((record) => record.id)).size).toBe(300);
    const sample = records.find((record) => record.id === sampleIds.callId);
    expect(Object.keys(sample).sort()).toEqual(["id", "metaData", "parties", "transcript"]);
    expect(sample.transcript[0].speakerName).toEqual(expect.any(String));
    expect(existsSync(`${out}.checkpoint.json`)).toBe(false);
  });

  it("writes CSV for a sandbox of another size", async () => {
    const out = await outFile("calls.csv");
    const { code, stdout } = await gongkit([
      ...window,
      "--include",
      "parties",
      "--out",
      out,
      "--sandbox",
      "--sandbox-calls",
      "150",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Exported 150 calls");
    const [header, ...rows] = parseCsv(await readFile(out, "utf8"));
    expect(header?.slice(0, 3)).toEqual(["id", "title", "started"]);
    expect(new Set(rows.map((row) => row[0])).size).toBe(150);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
  });

  it("refuses to overwrite an unfinished export without --resume", async () => {
    const out = await outFile("calls.ndjson");
    const checkpoint = {
      version: 1,
      arguments: { from: sampleIds.datasetFrom, to: sampleIds.sandboxNow, include: ["parties"] },
      cursor: "next-page",
      emitted: 100,
      recentIds: [],
      outputBytes: 0,
    };
    await writeFile(`${out}.checkpoint.json`, JSON.stringify(checkpoint));
    const { code, stderr } = await gongkit([...window, "--out", out, "--sandbox"]);
    expect(code).toBe(2);
    expect(stderr).toContain("left its checkpoint");
    expect(stderr).toContain("--resume");
  });

  it("explains its usage", async () => {
    const { code, stderr } = await gongkit(["--out", "x.ndjson", "--sandbox"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--from (or --since) and --out are required");
  });
});
