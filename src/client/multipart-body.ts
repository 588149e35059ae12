// A multipart/form-data body streamed from files on disk: the file is read in chunks as the request is
// sent and never held in memory whole.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Readable } from "node:stream";
import { GongError } from "../core/errors.js";

const contentTypes: Record<string, string> = {
  ".wav": "audio/wav",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".mkv": "video/x-matroska",
  ".flac": "audio/flac",
  ".ldjson": "application/x-ndjson",
  ".ndjson": "application/x-ndjson",
  ".jsonl": "application/x-ndjson",
  ".json": "application/json",
};

export interface FilePart {
  field: string;
  path: string;
}

export interface MultipartBody {
  contentType: string;
  contentLength: number;
  stream: ReadableStream<Uint8Array>;
}

function quote(value: string): string {
  return value.replace(/["\r\n\\]/g, "_");
}

/** Checks every file (exists, is a regular file) and returns a streaming body with its exact length. */
export async function multipartBody(parts: readonly FilePart[]): Promise<MultipartBody> {
  const boundary = `gongkit-${crypto.randomUUID()}`;
  const pieces: (Buffer | FilePart)[] = [];
  let contentLength = 0;
  for (const part of parts) {
    const info = await stat(part.path).catch(() => undefined);
    if (!info?.isFile()) {
      throw new GongError("file_error", `${part.field}: no readable file at ${part.path}`, {
        fields: [{ path: part.field, message: `no readable file at ${part.path}` }],
      });
    }
    const type = contentTypes[extname(part.path).toLowerCase()] ?? "application/octet-stream";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.field)}"; filename="${quote(basename(part.path))}"\r\nContent-Type: ${type}\r\n\r\n`,
    );
    pieces.push(head, part, Buffer.from("\r\n"));
    contentLength += head.length + info.size + 2;
  }
  const tail = Buffer.from(`--${boundary}--\r\n`);
  pieces.push(tail);
  contentLength += tail.length;

  async function* chunks(): AsyncGenerator<Buffer> {
    for (const piece of pieces) {
      if (Buffer.isBuffer(piece)) yield piece;
      else yield* createReadStream(piece.path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>;
    }
  }
  const stream = Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array>;
  return { contentType: `multipart/form-data; boundary=${boundary}`, contentLength, stream };
}
