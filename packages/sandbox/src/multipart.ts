// Streams one file part of a multipart/form-data request to a callback, chunk by chunk, without ever holding
// the whole file in memory (Gong accepts media up to 1.5 GB and CRM files up to 200 MB).
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { SandboxHttpError } from "./kit.js";

export interface StreamedFile {
  fileName: string;
  contentType: string;
  bytes: number;
  /** The request's non-file fields. */
  fields: Record<string, string>;
}

/**
 * Reads `request`'s multipart body and hands each chunk of the file field `fieldName` to `onChunk`, with the
 * file's name and type, waiting for it before reading on (backpressure). Rejects with a 400 SandboxHttpError when the body is not multipart or
 * has no (or more than one) file under `fieldName`; rejects with whatever `onChunk` throws.
 */
export function streamMultipartFile(
  request: Request,
  fieldName: string,
  onChunk: (chunk: Buffer, file: Readonly<Omit<StreamedFile, "fields">>) => void | Promise<void>,
): Promise<StreamedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    return Promise.reject(
      new SandboxHttpError(400, [
        `Expected a multipart/form-data body with the file in field '${fieldName}', got content type '${contentType || "none"}'`,
      ]),
    );
  }
  if (!request.body) {
    return Promise.reject(
      new SandboxHttpError(400, [`Missing file field '${fieldName}': the body is empty`]),
    );
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Promise.reject(new SandboxHttpError(400, [`Malformed multipart body: ${reason}`]));
  }
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);

  return new Promise<StreamedFile>((resolve, reject) => {
    const fields: Record<string, string> = {};
    const otherFiles: string[] = [];
    let file: Omit<StreamedFile, "fields"> | undefined;
    let consuming: Promise<void> = Promise.resolve();
    let settled = false;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };

    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fieldName) {
        otherFiles.push(name);
        stream.resume();
        return;
      }
      if (file) {
        stream.resume();
        fail(new SandboxHttpError(400, [`Send exactly one file in field '${fieldName}'`]));
        return;
      }
      const current = { fileName: info.filename ?? "", contentType: info.mimeType, bytes: 0 };
      file = current;
      consuming = (async () => {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          current.bytes += chunk.length;
          await onChunk(chunk, current);
        }
      })();
      consuming.catch(fail);
    });
    parser.on("error", (error) => {
      const reason = error instanceof Error ? error.message : String(error);
      fail(new SandboxHttpError(400, [`Malformed multipart body: ${reason}`]));
    });
    parser.on("close", () => {
      consuming.then(() => {
        if (settled) return;
        if (!file) {
          const seen = otherFiles.length ? ` (got file field(s): ${otherFiles.join(", ")})` : "";
          fail(new SandboxHttpError(400, [`Missing file field '${fieldName}'${seen}`]));
          return;
        }
        settled = true;
        resolve({ ...file, fields });
      }, fail);
    });
    source.on("error", fail);
    source.pipe(parser);
  });
}
