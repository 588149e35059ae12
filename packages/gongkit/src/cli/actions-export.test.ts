// `gongkit actions export` as a process: JSON on stdout or in a file, exit 2 on a bad flag.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getAction, isActionId } from "@gongkit/client/internal/catalog/index.js";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

async function gongkit(args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["packages/gongkit/bin/gongkit.js", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type AnthropicTool = { name: string; description: string; input_schema: { type: string } };

function actionOf(name: string) {
  if (!isActionId(name)) throw new Error(`not an action id: ${name}`);
  return getAction(name);
}

describe("gongkit actions export", () => {
  it("prints Anthropic tools, without destructive or paid-credit actions by default", async () => {
    const { code, stdout } = await gongkit(["actions", "export", "--format", "anthropic"]);
    expect(code).toBe(0);
    const tools = JSON.parse(stdout) as AnthropicTool[];
    expect(tools.map((t) => t.name)).toContain("GONG_GET_CALL_BY_ID");
    expect(tools.map((t) => t.name)).toContain("gong_export_calls");
    for (const tool of tools) {
      expect(Object.keys(tool)).toEqual(["name", "description", "input_schema"]);
      expect(tool.input_schema.type).toBe("object");
      if (tool.name.startsWith("gong_")) continue; // the tools beyond the raw API only read
      const { safety } = actionOf(tool.name);
      expect(safety.destructive || safety.paidCredits, tool.name).toBe(false);
    }
  });

  it("writes the selected toolsets to --out, destructive actions included with the flag", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongkit-export-")), "tools.json");
    const args = ["--format", "openai", "--toolsets", "meetings", "--allow-destructive", "--out", out];
    const { code, stdout, stderr } = await gongkit(["actions", "export", ...args]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const tools = JSON.parse(readFileSync(out, "utf8")) as { type: string; function: { name: string } }[];
    expect(stderr).toContain(`${tools.length} openai tools written to ${out}`);
    const names = tools.map((t) => t.function.name);
    expect(names).toContain("GONG_DELETE_MEETING");
    expect(names.every((name) => actionOf(name).group === "meetings")).toBe(true);
  });

  it("exits 2 with the usage on a missing format or an unknown toolset", async () => {
    const missing = await gongkit(["actions", "export"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--format openai|anthropic|jsonschema");
    const unknown = await gongkit(["actions", "export", "--format", "openai", "--toolsets", "cals"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown toolsets cals");
  });
});
