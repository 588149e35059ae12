// A multipart/form-data body streamed from files on disk: the file is read in chunks as the request is
// sent and never held in memory whole.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { GongError } from "../core/errors.js";

export interface FilePart {
  field: string;
  path: string;
  /** The part's content type (default application/octet-stream). */
  contentType?: string;
}

export interface MultipartBody {
  contentType: string;
  contentLength: number;
  /** Opens a fresh stream of the whole body (each call reads the files from the start). */
  open: () => Readable;
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
    const type = part.contentType ?? "application/octet-stream";
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
      else yield* createReadStream(piece.path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>;
    }
  }
  const open = () => Readable.from(chunks(), { objectMode: false });
  return { contentType: `multipart/form-data; boundary=${boundary}`, contentLength, open };
}
