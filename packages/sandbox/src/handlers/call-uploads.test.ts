import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox, type Sandbox } from "../app.js";
import { basicAuthorization } from "../auth.js";
import { createMediaCheck } from "./media-checks.js";

/** 200,000 bytes opening with an ID3 tag, as an MP3 does. */
const mp3 = Buffer.concat([Buffer.from("ID3\x04"), Buffer.alloc(200_000 - 4)]);

function mediaUpload(
  sandbox: Sandbox,
  callId: string,
  { field = "mediaFile", name = "follow-up.mp3", type = "audio/mpeg", bytes = mp3 as Uint8Array } = {},
) {
  const form = new FormData();
  form.append(field, new Blob([bytes], { type }), name);
  return sandbox.fetch(`/v2/calls/${callId}/media`, {
    method: "PUT",
    body: form,
    headers: { authorization: basicAuthorization(sandbox.credentials) },
  });
}

const errorsOf = async (response: Response) => ((await response.json()) as { errors: string[] }).errors;

/** A multipart body with one `mediaFile` part of `size` bytes (an ID3 tag, then zeros), made as it is read. */
async function* generatedUpload(size: number): AsyncGenerator<Buffer> {
  yield Buffer.from(
    `--b\r\nContent-Disposition: form-data; name="mediaFile"; filename="long-call.mp3"\r\nContent-Type: audio/mpeg\r\n\r\nID3\x04`,
  );
  for (let sent = 4; sent < size; sent += 1 << 20) yield Buffer.alloc(Math.min(1 << 20, size - sent));
  yield Buffer.from("\r\n--b--\r\n");
}

/** PUTs `body` to a listening sandbox with node:http (undici's fetch keeps a streamed body's chunks alive). */
function putOverSocket(url: string, sandbox: Sandbox, body: AsyncIterable<Buffer>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers = {
      "content-type": "multipart/form-data; boundary=b",
      authorization: basicAuthorization(sandbox.credentials),
    };
    const put = request(url, { method: "PUT", headers }, (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    put.on("error", reject);
    pipeline(Readable.from(body), put).catch(reject);
  });
}

describe("call media uploads", () => {
  const own = createSandbox({ rateLimit: false, now: pinnedNow });
  const limited = createSandbox({ rateLimit: false, now: pinnedNow, mediaMaxBytes: 100_000 });
  const recordingOf = (sandbox: Sandbox, id: string) =>
    sandbox.state.calls.find((call) => call.id === id)?.recording;
  /** Registers a new call waiting for media and returns its id. */
  const newCall = async (sandbox: Sandbox, clientUniqueId: string): Promise<string> => {
    const created = await sandboxRequest(sandbox, "POST", "/v2/calls", {
      json: {
        clientUniqueId,
        actualStart: "2026-08-31T16:00:00Z",
        direction: "Outbound",
        primaryUser: sampleIds.repUserId,
        parties: [{ userId: sampleIds.repUserId }],
      },
    });
    return created.body.callId;
  };

  it("attaches uploaded media once, streamed from a multipart body", async () => {
    const wrongField = await mediaUpload(own, sampleIds.callAwaitingMediaId, { field: "file" });
    expect(wrongField.status).toBe(400);
    expect((await errorsOf(wrongField))[0]).toMatch(/Missing file field 'mediaFile'/);
    const response = await mediaUpload(own, sampleIds.callAwaitingMediaId);
    const body = (await response.json()) as { callId: string; url: string };
    expect(response.status).toBe(201);
    expect(validateResponse("PUT", "/v2/calls/{id}/media", 201, body)).toEqual([]);
    expect(body).toMatchObject({
      callId: sampleIds.callAwaitingMediaId,
      url: expect.stringContaining(sampleIds.callAwaitingMediaId),
    });
    expect(recordingOf(own, sampleIds.callAwaitingMediaId)).toMatchObject({
      bytes: 200_000,
      contentType: "audio/mpeg",
      fileName: "follow-up.mp3",
      format: "MP3",
    });
    const second = await mediaUpload(own, sampleIds.callAwaitingMediaId);
    expect(second.status).toBe(400);
    expect((await errorsOf(second))[0]).toMatch(/already has media/);
    expect((await mediaUpload(own, sampleIds.callId)).status).toBe(400);
    expect((await mediaUpload(own, "1234567890123456789")).status).toBe(404);
  });

  it("refuses media with a bad name, content type, format or size (400), leaving the call without media", async () => {
    const small = mp3.subarray(0, 50_000);
    const wav = Buffer.concat([Buffer.from("RIFF\0\0\0\0WAVEfmt "), Buffer.alloc(100)]);
    const cases: [Parameters<typeof mediaUpload>[2], RegExp][] = [
      [
        { name: "call.ogg", bytes: small },
        /'call\.ogg'.*must end in \.wav, \.mp3, \.mp4, \.m4a, \.mkv or \.flac/,
      ],
      [{ name: "call", bytes: small }, /must end in/],
      [{ type: "text/plain", bytes: small }, /Unsupported content type 'text\/plain'.*audio\/\*, video\/\*/],
      [{ bytes: Buffer.alloc(5_000) }, /not a valid MP3 file: its first bytes \(00 00 00/],
      [{ bytes: wav }, /named as MP3 but its content is WAV/],
      [{ bytes: Buffer.alloc(0) }, /empty/],
      [{}, /exceeds the limit of 100000 bytes/],
    ];
    for (const [upload, message] of cases) {
      const response = await mediaUpload(limited, sampleIds.callAwaitingMediaId, upload);
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]).toMatch(message);
      expect(recordingOf(limited, sampleIds.callAwaitingMediaId)).toBeUndefined();
    }
    const fixture = await readFile("test/fixtures/sample-call.mp3");
    const good = await mediaUpload(limited, sampleIds.callAwaitingMediaId, {
      name: "sample-call.mp3",
      bytes: fixture,
    });
    expect(good.status).toBe(201);
    expect(recordingOf(limited, sampleIds.callAwaitingMediaId)).toMatchObject({
      bytes: fixture.length,
      fileName: "sample-call.mp3",
      format: "MP3",
    });
  });

  it("recognises the five formats by extension and first bytes, whatever the chunking", () => {
    const heads: [string, number[] | string][] = [
      ["a.wav", "RIFF\x24\0\0\0WAVE"],
      ["a.MP3", "ID3\x03\0\0\0\0\0\0\0\0"],
      ["a.mp3", [0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0]],
      ["a.mp4", "\0\0\0\x20ftypisom"],
      ["a.m4a", "\0\0\0\x1cftypM4A "],
      ["a.mkv", [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0, 0, 0]],
      ["a.flac", "fLaC\0\0\0\x22\x10\0\x10\0"],
    ];
    const formats = heads.map(([fileName, head]) => {
      const bytes = Buffer.from(head as string & number[], typeof head === "string" ? "latin1" : undefined);
      const check = createMediaCheck(1000);
      const file = { fileName, contentType: "application/octet-stream" };
      for (const byte of bytes) check.chunk(Buffer.from([byte]), file);
      return check.finish(file);
    });
    expect(formats).toEqual(["WAV", "MP3", "MP3", "MP4", "MP4", "MKV", "FLAC"]);
    const aac = createMediaCheck(1000);
    const file = { fileName: "a.mp3", contentType: "audio/aac" };
    expect(() => aac.chunk(Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0, 0, 0, 0, 0, 0, 0]), file)).toThrow(
      /not a valid MP3/,
    );
  });

  it("stops reading an upload as soon as it crosses the size limit", async () => {
    const parts = generatedUpload(64 << 20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await parts.next();
        if (next.done) controller.close();
        else {
          pulled += next.value.length;
          controller.enqueue(next.value);
        }
      },
    });
    const callId = await newCall(limited, "cut-short");
    const response = await limited.fetch(`/v2/calls/${callId}/media`, {
      method: "PUT",
      body,
      duplex: "half",
      headers: {
        "content-type": "multipart/form-data; boundary=b",
        authorization: basicAuthorization(limited.credentials),
      },
    } as RequestInit);
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]).toMatch(/exceeds the limit of 100000 bytes/);
    expect(pulled).toBeLessThan(8 << 20);
    expect(recordingOf(limited, callId)).toBeUndefined();
  });

  it("streams a 300 MB upload over a socket without holding it in memory", async () => {
    const callId = await newCall(own, "long-call");
    const server = await own.listen();
    const size = 300 << 20;
    const start = process.memoryUsage();
    let peak = { rss: start.rss, arrayBuffers: start.arrayBuffers };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = {
        rss: Math.max(peak.rss, now.rss),
        arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers),
      };
    }, 25);
    try {
      const url = `${server.url}/v2/calls/${callId}/media`;
      expect(await putOverSocket(url, own, generatedUpload(size))).toMatchObject({ status: 201 });
    } finally {
      clearInterval(sampler);
      await server.close();
    }
    expect(recordingOf(own, callId)).toMatchObject({ bytes: size, format: "MP3" });
    // Buffering the body would add 300 MB; streaming stays within a few dozen MB of chunks awaiting collection.
    expect((peak.arrayBuffers - start.arrayBuffers) / 2 ** 20).toBeLessThan(120);
    expect((peak.rss - start.rss) / 2 ** 20).toBeLessThan(160);
  });
});
