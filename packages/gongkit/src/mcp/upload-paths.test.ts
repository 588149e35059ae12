import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { mcpPair } from "../../../../test/support/mcp-pair.js";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { createGongMcpServer } from "./server.js";

const fixtures = resolve("test/fixtures");

async function upload(uploadDir: string | undefined, mediaFile: string) {
  const { client: gong, exchanges } = sandboxWithClient();
  const mcp = await mcpPair(createGongMcpServer({ client: gong, ...(uploadDir ? { uploadDir } : {}) }));
  const result = await mcp.callTool({
    name: "GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA",
    arguments: { id: sampleIds.callAwaitingMediaId, mediaFile },
  });
  const text = (result.content as { text: string }[])[0]?.text ?? "";
  return { result, text, sent: exchanges.length };
}

describe("uploads from an MCP tool", () => {
  it("are off unless the server names a directory", async () => {
    const { result, text, sent } = await upload(undefined, join(fixtures, "sample-call.mp3"));
    expect(result.isError).toBe(true);
    expect(text).toMatch(/^uploads_disabled: .*--upload-dir/);
    expect(sent).toBe(0);
  });

  it("take files inside the directory, by a path relative to it or absolute", async () => {
    for (const path of ["sample-call.mp3", join(fixtures, "sample-call.mp3")]) {
      const { result, text, sent } = await upload(fixtures, path);
      expect(result.isError, text).toBeFalsy();
      expect(sent).toBe(1);
    }
  });

  it("refuse files outside it, including through .. and a symbolic link", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkit-uploads-"));
    symlinkSync(join(fixtures, "sample-call.mp3"), join(dir, "link.mp3"));
    for (const path of ["../fixtures/sample-call.mp3", join(fixtures, "sample-call.mp3"), "link.mp3"]) {
      const { result, text, sent } = await upload(dir, path);
      expect(result.isError, path).toBe(true);
      expect(text, path).toMatch(/^upload_outside_dir: /);
      expect(sent).toBe(0);
    }
  });
});
