// What Gong checks on an uploaded recording, applied while it streams in: the size limit (1.5 GB), the format
// (WAV, MP3, MP4, MKV or FLAC, by the file name's extension and by the file's first bytes; an .m4a is an MP4
// container, so it passes as MP4) and the part's content type (audio/*, video/*, application/octet-stream or
// binary/octet-stream). A failed check throws Gong's 400 at once, so a bad upload is never read to its end.
import { badRequest } from "../kit.js";
import type { StreamedFile } from "../multipart.js";
import type { MediaFormat } from "../state.js";

/** Gong's limit, "1.5GB", read as 1.5 × 1024³ = 1,610,612,736 bytes. */
export const gongMediaMaxBytes = 1.5 * 1024 ** 3;

const headLength = 12;
const ascii = (head: Uint8Array, at: number, text: string) =>
  Buffer.from(head.subarray(at, at + text.length)).toString("latin1") === text;

const formats: Record<MediaFormat, { extensions: string[]; matches: (head: Uint8Array) => boolean }> = {
  WAV: { extensions: ["wav"], matches: (head) => ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE") },
  // An ID3 tag, or an MPEG audio frame: 11 sync bits and a layer other than the reserved 00 (that is AAC).
  MP3: {
    extensions: ["mp3"],
    matches: (head) =>
      ascii(head, 0, "ID3") ||
      (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) !== 0),
  },
  MP4: { extensions: ["mp4", "m4a"], matches: (head) => ascii(head, 4, "ftyp") },
  // The EBML magic number that opens every Matroska file.
  MKV: {
    extensions: ["mkv"],
    matches: (head) => head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3,
  },
  FLAC: { extensions: ["flac"], matches: (head) => ascii(head, 0, "fLaC") },
};
const names = Object.keys(formats) as MediaFormat[];
const contentTypes = /^(audio\/[\w.+-]+|video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)$/i;

type FileInfo = Pick<StreamedFile, "fileName" | "contentType">;

/** Checks a media upload chunk by chunk; `finish` returns the format once the whole file has passed. */
export function createMediaCheck(maxBytes: number) {
  let head = Buffer.alloc(0);
  let received = 0;
  let format: MediaFormat | undefined;
  return {
    chunk(chunk: Buffer, file: FileInfo): void {
      if (received === 0) formatOfName(file);
      received += chunk.length;
      if (received > maxBytes) {
        badRequest(
          maxBytes === gongMediaMaxBytes
            ? `The media file exceeds the 1.5GB limit (${maxBytes} bytes)`
            : `The media file exceeds the limit of ${maxBytes} bytes`,
        );
      }
      if (!format && head.length < headLength) {
        head = Buffer.concat([head, chunk.subarray(0, headLength - head.length)]);
        if (head.length === headLength) format = formatOfContent(head, file);
      }
    },
    finish(file: FileInfo): MediaFormat {
      if (received === 0) {
        formatOfName(file);
        badRequest("The media file is empty");
      }
      return format ?? formatOfContent(head, file);
    },
  };
}

function formatOfName(file: FileInfo): MediaFormat {
  if (!contentTypes.test(file.contentType)) {
    badRequest(
      `Unsupported content type '${file.contentType}' for the media file: use audio/*, video/*, application/octet-stream or binary/octet-stream`,
    );
  }
  const extension = /\.(\w+)$/.exec(file.fileName)?.[1]?.toLowerCase();
  const format = names.find((name) => extension && formats[name].extensions.includes(extension));
  if (!format) {
    badRequest(
      `Unsupported media file '${file.fileName}': the file name must end in .wav, .mp3, .mp4, .m4a, .mkv or .flac`,
    );
  }
  return format;
}

function formatOfContent(head: Uint8Array, file: FileInfo): MediaFormat {
  const named = formatOfName(file);
  if (formats[named].matches(head)) return named;
  const actual = names.find((name) => formats[name].matches(head));
  const bytes = Buffer.from(head)
    .toString("hex")
    .replace(/(..)(?!$)/g, "$1 ");
  badRequest(
    actual
      ? `The media file '${file.fileName}' is named as ${named} but its content is ${actual}`
      : `The media file '${file.fileName}' is not a valid ${named} file: its first bytes (${bytes}) match none of WAV, MP3, MP4, MKV, FLAC`,
  );
}
