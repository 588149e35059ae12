// Checks a file against what Gong accepts in its multipart field (size, format by name and by content, and
// the content type it will be sent with) before the first byte leaves, so a 1.5 GB upload cannot fail at
// the end for a reason known at the start.
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { UploadFormat, UploadRule } from "../catalog/types.js";
import { GongError } from "../core/errors.js";

interface FormatInfo {
  extensions: readonly string[];
  contentType: string;
  /** Whether the first bytes of the file are this format's signature. */
  sniff: (head: Buffer) => boolean;
}

const ascii = (head: Buffer, at: number, text: string) =>
  head.subarray(at, at + text.length).toString("latin1") === text;

const formats: Record<UploadFormat, FormatInfo> = {
  wav: {
    extensions: [".wav"],
    contentType: "audio/wav",
    sniff: (h) => ascii(h, 0, "RIFF") && ascii(h, 8, "WAVE"),
  },
  mp3: {
    extensions: [".mp3"],
    contentType: "audio/mpeg",
    // An ID3 tag, or an MPEG audio frame sync whose layer bits are not 00 (00 is AAC in ADTS, not MP3).
    sniff: (h) =>
      ascii(h, 0, "ID3") || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0 && ((h[1] ?? 0) & 0x06) !== 0),
  },
  mp4: { extensions: [".mp4", ".m4a"], contentType: "video/mp4", sniff: (h) => ascii(h, 4, "ftyp") },
  mkv: {
    extensions: [".mkv"],
    contentType: "video/x-matroska",
    sniff: (h) => h.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])),
  },
  flac: { extensions: [".flac"], contentType: "audio/flac", sniff: (h) => ascii(h, 0, "fLaC") },
  ldjson: {
    extensions: [".ldjson", ".ndjson", ".jsonl", ".json"],
    contentType: "application/x-ndjson",
    sniff: (h) => h.toString("utf8").trimStart().startsWith("{"),
  },
};

function refuse(field: string, message: string): never {
  throw new GongError("file_error", `${field}: ${message}`, { fields: [{ path: field, message }] });
}

/** Checks the file at `path` for `field` and returns the content type to send it with. */
export async function checkUpload(field: string, path: string, rule: UploadRule): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) refuse(field, `no readable file at ${path}`);
  if (info.size === 0) refuse(field, `${path} is empty`);
  if (info.size > rule.maxBytes) {
    refuse(field, `${path} is ${info.size} bytes; Gong accepts at most ${rule.maxBytes} bytes here`);
  }
  const extension = extname(path).toLowerCase();
  const format = rule.formats.find((name) => formats[name].extensions.includes(extension));
  const accepted = rule.formats.map((name) => name.toUpperCase()).join(", ");
  if (!format)
    refuse(field, `${path}: Gong accepts ${accepted} files here (by extension: ${extension || "none"})`);
  const handle = await open(path, "r");
  const head = Buffer.alloc(16);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (!formats[format].sniff(head)) {
    refuse(
      field,
      `${path} is named like ${format.toUpperCase()} but its content is not ${format.toUpperCase()}`,
    );
  }
  return formats[format].contentType;
}
