import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkUpload } from "./upload-checks.js";

const dir = mkdtempSync(join(tmpdir(), "gongkit-upload-"));
function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const media = { maxBytes: 64, formats: ["wav", "mp3", "mp4", "mkv", "flac"] } as const;

describe("upload checks", () => {
  it("accepts each media format by name and signature, with its content type", async () => {
    const riff = Buffer.concat([Buffer.from("RIFF\0\0\0\0WAVEfmt "), Buffer.alloc(8)]);
    expect(await checkUpload("mediaFile", file("a.wav", riff), media)).toBe("audio/wav");
    expect(
      await checkUpload("mediaFile", file("a.mp3", Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0])), media),
    ).toBe("audio/mpeg");
    expect(await checkUpload("mediaFile", file("b.mp3", "ID3\u0004\0\0\0\0"), media)).toBe("audio/mpeg");
    expect(await checkUpload("mediaFile", file("a.mp4", "\0\0\0\u0018ftypmp42"), media)).toBe("video/mp4");
    expect(
      await checkUpload("mediaFile", file("a.mkv", Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1])), media),
    ).toBe("video/x-matroska");
    expect(await checkUpload("mediaFile", file("a.flac", 'fLaC\0\0\0"'), media)).toBe("audio/flac");
  });

  it("refuses the wrong extension, the wrong content, an empty or too large file, a missing file", async () => {
    await expect(checkUpload("mediaFile", file("a.ogg", "OggS"), media)).rejects.toMatchObject({
      code: "file_error",
      message: /WAV, MP3, MP4, MKV, FLAC/,
    });
    await expect(checkUpload("mediaFile", file("fake.mp3", "<html>not audio</html>"), media)).rejects.toThrow(
      /named like MP3 but its content is not MP3/,
    );
    const aac = Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0]);
    await expect(checkUpload("mediaFile", file("aac.mp3", aac), media)).rejects.toThrow(/not MP3/);
    await expect(checkUpload("mediaFile", file("empty.wav", ""), media)).rejects.toThrow(/empty/);
    await expect(
      checkUpload(
        "mediaFile",
        file("big.flac", Buffer.concat([Buffer.from("fLaC"), Buffer.alloc(100)])),
        media,
      ),
    ).rejects.toThrow(/104 bytes; Gong accepts at most 64/);
    await expect(checkUpload("mediaFile", join(dir, "missing.wav"), media)).rejects.toMatchObject({
      fields: [{ path: "mediaFile", message: expect.stringMatching(/no readable file/) }],
    });
  });

  it("checks CRM data files are line-delimited JSON", async () => {
    const rule = { maxBytes: 1000, formats: ["ldjson"] } as const;
    expect(await checkUpload("dataFile", file("a.ldjson", '{"objectId":"1"}\n'), rule)).toBe(
      "application/x-ndjson",
    );
    await expect(checkUpload("dataFile", file("a.csv", "objectId\n1\n"), rule)).rejects.toThrow(/LDJSON/);
    await expect(checkUpload("dataFile", file("b.ldjson", "objectId,name\n"), rule)).rejects.toThrow(
      /not LDJSON/,
    );
  });
});
