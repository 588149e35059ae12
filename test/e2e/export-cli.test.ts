// `gongkit export calls` as a process against the in-process sandbox (Gong's rate limit on, paced by the
// client's governor): the files it writes and the progress it prints when stderr is not a terminal.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { addDays } from "@gongkit/client/internal/core/calendar.js";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../support/parse-csv.js";

const run = promisify(execFile);
const window = ["--from", sampleIds.datasetFrom, "--to", sampleIds.sandboxNow];

async function gongkit(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      "node",
      ["packages/gongkit/bin/gongkit.js", "export", "calls", ...args],
      {
        env: { ...process.env, GONGKIT_SANDBOX_NOW: sampleIds.sandboxNow, ...env },
      },
    );
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
    // Nothing is timed before the first page's transcripts are in: no ETA yet.
    expect(lines[0]).toMatch(/^export: 0\/300 calls, 1 requests, budget \d+ left$/);
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

  it("narrows to the calls of some hosts, and refuses ids that are not digits", async () => {
    const out = await outFile("hosted.ndjson");
    const hosts = ["--hosts", sampleIds.repUserId, "--include", "parties", "--out", out, "--sandbox"];
    const { code } = await gongkit([...window, ...hosts]);
    expect(code).toBe(0);
    const records = (await readFile(out, "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => record.metaData.primaryUserId === sampleIds.repUserId)).toBe(true);
    const bad = await gongkit([...window, "--hosts", "12,priya", "--out", out, "--sandbox"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--hosts takes user ids (digits) separated by commas; not priya");
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

  it("resumes a --since export over the range it started with, though now has moved", async () => {
    const out = await outFile("since.ndjson");
    const started = { from: "2026-09-01T00:00:00Z", to: "2026-09-08T00:00:00Z", include: ["parties"] };
    const checkpoint = {
      version: 1,
      arguments: started,
      cursor: null,
      emitted: 5,
      recentIds: [],
      outputBytes: 0,
    };
    await writeFile(out, "");
    await writeFile(`${out}.checkpoint.json`, JSON.stringify(checkpoint));
    const since = ["--since", "7d", "--include", "parties", "--out", out, "--sandbox", "--resume"];
    const { code, stdout, stderr } = await gongkit(since);
    expect(stderr).toContain(`Resuming the range the export started with: ${started.from} to ${started.to}.`);
    expect(code).toBe(0);
    expect(stdout).toContain("Exported 5 calls");
  });

  it("explains its usage", async () => {
    const { code, stderr } = await gongkit(["--out", "x.ndjson", "--sandbox"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--from (or --since) and --out are required");
  });

  it("exports the last seven whole days, the --to day included", async () => {
    const today = sampleIds.sandboxNow.slice(0, 10);
    const out = await outFile("week.ndjson");
    const days = ["--from", addDays(today, -7), "--to", today];
    const { code, stdout } = await gongkit([...days, "--include", "parties", "--out", out, "--sandbox"]);
    expect(code).toBe(0);
    const exported = Number(/^Exported (\d+) calls/.exec(stdout)?.[1]);
    expect(exported).toBeGreaterThan(0);
    expect((await readFile(out, "utf8")).trimEnd().split("\n")).toHaveLength(exported);
  });

  it("exports --since 7d, as the sandbox's welcome suggests", async () => {
    const out = await outFile("last-week.ndjson");
    const { code, stdout } = await gongkit([
      "--since",
      "7d",
      "--include",
      "parties",
      "--out",
      out,
      "--sandbox",
    ]);
    expect(code).toBe(0);
    expect(Number(/^Exported (\d+) calls/.exec(stdout)?.[1])).toBeGreaterThan(0);
  });

  it("refuses a date it cannot read, showing the forms it accepts", async () => {
    const { code, stdout, stderr } = await gongkit([
      "--from",
      "2026-13-01",
      "--out",
      "x.ndjson",
      "--sandbox",
    ]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      '--from "2026-13-01" is not a date. Use 2026-11-01 (a whole day, UTC unless --tz)',
    );
    expect(stderr).toContain("or with --since: 7d, 24h, 30m, 2w.");
  });

  it("refuses --from after --to without sending a request", async () => {
    let requests = 0;
    const server = createServer((_, response) => {
      requests += 1;
      response.writeHead(500).end();
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as AddressInfo;
    try {
      const out = await outFile("backwards.ndjson");
      const { code, stderr } = await gongkit(
        [
          "--from",
          "2026-09-10",
          "--to",
          "2026-09-01",
          "--out",
          out,
          "--base-url",
          `http://127.0.0.1:${port}`,
        ],
        { GONG_ACCESS_KEY: "key", GONG_ACCESS_KEY_SECRET: "secret" },
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/^--from 2026-09-10 \(2026-09-10T00:00:00Z\) is not before --to 2026-09-01/);
      expect(stderr).not.toContain("fromDateTime");
      expect(requests).toBe(0);
      expect(existsSync(out)).toBe(false);
    } finally {
      server.close();
    }
  });
});
