import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultActions } from "../mcp/default-tools.js";
import { UsageError } from "./io.js";
import { mcpServerOptions, offerNote, parseToolsets } from "./mcp-command.js";

describe("the MCP server flags", () => {
  it("offer the curated default without --toolsets, every group with all, and named groups otherwise", () => {
    const curated = mcpServerOptions({});
    expect(curated.actions).toBe(defaultActions);
    expect(offerNote(curated)).toContain("--toolsets all");
    const all = mcpServerOptions({ toolsets: "all" });
    expect(all.toolsets).toBeUndefined();
    expect(all.actions).toBeUndefined();
    expect(offerNote(all)).toBe("");
    expect(mcpServerOptions({ toolsets: "calls,users" }).toolsets).toEqual(["calls", "users"]);
    // discovery searches every action, whatever the default
    expect(mcpServerOptions({ discovery: true }).actions).toBeUndefined();
    expect(() => parseToolsets("calls,nope")).toThrow(/Unknown toolsets nope\. Toolsets: all, calls/);
  });

  it("take --output-dir only as an existing directory, made absolute", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkit-out-"));
    try {
      expect(mcpServerOptions({ "output-dir": dir }).outputDir).toBe(dir);
      expect(() => mcpServerOptions({ "output-dir": join(dir, "missing") })).toThrow(UsageError);
      expect(() => mcpServerOptions({ "output-dir": join(dir, "missing") })).toThrow(/no such directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
