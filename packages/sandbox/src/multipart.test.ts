import { describe, expect, it } from "vitest";
import { SandboxHttpError } from "./kit.js";
import { streamMultipartFile } from "./multipart.js";

function upload(fields: Record<string, string | Blob>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, "call.mp3");
  }
  return new Request("http://sandbox.gong.local/upload", { method: "PUT", body: form });
}

async function rejection(promise: Promise<unknown>): Promise<SandboxHttpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SandboxHttpError);
  return error as SandboxHttpError;
}

describe("streamMultipartFile", () => {
  it("streams the file chunk by chunk, one callback at a time, and reports its name, type, size and fields", async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, index) => index % 251);
    const head = `--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b\r\nContent-Disposition: form-data; name="mediaFile"; filename="call.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`;
    const pieces = [new TextEncoder().encode(head)];
    for (let offset = 0; offset < bytes.length; offset += 64 * 1024)
      pieces.push(bytes.subarray(offset, offset + 64 * 1024));
    pieces.push(new TextEncoder().encode("\r\n--b--\r\n"));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = pieces.shift();
        if (piece) controller.enqueue(piece);
        else controller.close();
      },
    });
    const request = new Request("http://x/", {
      method: "PUT",
      body,
      headers: { "content-type": "multipart/form-data; boundary=b" },
      duplex: "half",
    } as RequestInit);
    const chunks: number[] = [];
    let busy = false;
    let checksum = 0;
    const file = await streamMultipartFile(request, "mediaFile", async (chunk) => {
      expect(busy).toBe(false);
      busy = true;
      chunks.push(chunk.length);
      for (const byte of chunk) checksum = (checksum + byte) % 1_000_003;
      await new Promise((resolve) => setTimeout(resolve, 0));
      busy = false;
    });
    expect(file).toEqual({
      fileName: "call.mp3",
      contentType: "audio/mpeg",
      bytes: bytes.length,
      fields: { note: "hello" },
    });
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(128 * 1024);
    expect(checksum).toBe(bytes.reduce((sum, byte) => (sum + byte) % 1_000_003, 0));
  });

  it("reads a FormData upload", async () => {
    const file = await streamMultipartFile(
      upload({ mediaFile: new Blob(["abc"], { type: "audio/wav" }) }),
      "mediaFile",
      () => {},
    );
    expect(file).toEqual({ fileName: "call.mp3", contentType: "audio/wav", bytes: 3, fields: {} });
  });

  it("rejects a body that is not multipart", async () => {
    const request = new Request("http://x/", {
      method: "PUT",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    const error = await rejection(streamMultipartFile(request, "mediaFile", () => {}));
    expect(error.status).toBe(400);
    expect(error.errors[0]).toMatch(/multipart\/form-data/);
  });

  it("rejects a missing or mis-named file field", async () => {
    const misnamed = await rejection(
      streamMultipartFile(upload({ file: new Blob(["abc"]) }), "mediaFile", () => {}),
    );
    expect(misnamed.status).toBe(400);
    expect(misnamed.errors[0]).toBe("Missing file field 'mediaFile' (got file field(s): file)");
    const none = await rejection(streamMultipartFile(upload({ note: "x" }), "mediaFile", () => {}));
    expect(none.errors[0]).toBe("Missing file field 'mediaFile'");
  });

  it("rejects a malformed multipart body", async () => {
    const request = new Request("http://x/", {
      method: "PUT",
      body: '--b\r\nContent-Disposition: form-data; name="mediaFile"; filename="a"\r\n\r\nabc',
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    const error = await rejection(streamMultipartFile(request, "mediaFile", () => {}));
    expect(error.status).toBe(400);
  });

  it("stops and passes on what the chunk callback throws", async () => {
    const stop = new SandboxHttpError(400, ["too big"]);
    const error = await rejection(
      streamMultipartFile(upload({ mediaFile: new Blob([new Uint8Array(1024 * 1024)]) }), "mediaFile", () => {
        throw stop;
      }),
    );
    expect(error).toBe(stop);
  });
});
