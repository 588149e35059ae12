// Peak memory of a 1.5 GB media upload: a sparse file with an MP3 header is streamed by client.run to a
// sandbox served by a separate process over loopback; the uploading process reports its own peak RSS.
// Side by side: the same process uploading the 4 KB fixture. Target: the 1.5 GB upload peaks at <= 150 MB.
// BENCH_BUILD=1 (after `npm run build`): the uploading process is plain Node importing the built
// packages/client/dist/index.js (the SDK's whole public entry) instead of tsx compiling its source.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";

const size = 1.5 * 1024 ** 3;
const built = process.env.BENCH_BUILD === "1";

// The uploading process's code for the build: upload() below, importing from dist/ instead of src/.
const builtUpload = `
import { createGongClient, sampleIds } from "./packages/client/dist/index.js";
const [url, accessKey, accessKeySecret, file] = process.argv.slice(1);
const auth = { type: "basic", accessKey, accessKeySecret };
const client = createGongClient({ baseUrl: url, auth, rateLimit: false });
const started = performance.now();
const input = { id: sampleIds.callAwaitingMediaId, mediaFile: file };
const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", input);
const seconds = (performance.now() - started) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ successful: result.successful, error: result.error?.message, seconds, peakMb }));
`;

async function upload(
  baseUrl: string,
  accessKey: string,
  accessKeySecret: string,
  file: string,
): Promise<void> {
  const client = createGongClient({
    baseUrl,
    auth: { type: "basic", accessKey, accessKeySecret },
    rateLimit: false,
  });
  const started = performance.now();
  const result = await client.run("GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA", {
    id: sampleIds.callAwaitingMediaId,
    mediaFile: file,
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ successful: result.successful, error: result.error?.message, seconds, peakMb }),
  );
}

async function measure(
  file: string,
): Promise<{ successful: boolean; seconds: number; peakMb: number; error?: string }> {
  const server = spawn(
    "node",
    ["packages/gongkit/bin/gongkit.js", "sandbox", "--port", "0", "--no-rate-limit"],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: built ? { ...process.env, GONGKIT_CLI: "dist" } : process.env,
    },
  );
  let banner = "";
  while (!/GONG_ACCESS_KEY_SECRET=\S+/.test(banner)) banner += String((await once(server.stdout, "data"))[0]);
  const [, url, key, secret] =
    banner.match(/GONG_BASE_URL=(\S+) GONG_ACCESS_KEY=(\S+) GONG_ACCESS_KEY_SECRET=(\S+)/) ?? [];
  try {
    const target = [url ?? "", key ?? "", secret ?? "", file];
    const args = built
      ? ["--input-type=module", "-e", builtUpload, ...target]
      : ["--conditions=@gongkit/source", "--import", "tsx", "bench/upload-memory.ts", "--upload", ...target];
    const out = execFileSync("node", args, { encoding: "utf8", maxBuffer: 1024 * 1024 });
    return JSON.parse(out.trim().split("\n").pop() ?? "{}");
  } finally {
    server.kill("SIGTERM");
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === "--upload") {
    const [, , , url, key, secret, file] = process.argv;
    await upload(url ?? "", key ?? "", secret ?? "", file ?? "");
    return;
  }
  const big = join(tmpdir(), "gongkit-1.5GB-sparse.mp3");
  const fd = openSync(big, "w");
  writeSync(fd, Buffer.from("ID3\u0004\0\0\0\0\0\0", "latin1"));
  writeSync(fd, Buffer.from([0]), 0, 1, size - 1); // sparse: only the ends are written
  closeSync(fd);
  try {
    console.log(
      built
        ? "uploading process: node + packages/client/dist/index.js"
        : "uploading process: tsx + the client source",
    );
    const small = await measure("test/fixtures/sample-call.mp3");
    const large = await measure(big);
    console.log(
      `4 KB fixture upload: peak RSS ${small.peakMb.toFixed(1)} MB (${small.successful ? "ok" : small.error})`,
    );
    console.log(
      `1.5 GB upload: peak RSS ${large.peakMb.toFixed(1)} MB, ${large.seconds.toFixed(1)} s, ` +
        `${(size / 1024 ** 2 / large.seconds).toFixed(0)} MB/s (${large.successful ? "ok" : large.error})`,
    );
    console.log(
      `peak RSS growth for 1.5 GB over the fixture: ${(large.peakMb - small.peakMb).toFixed(1)} MB (target: total <= 150 MB)`,
    );
  } finally {
    rmSync(big, { force: true });
  }
}

await main();
