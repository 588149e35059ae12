// Which CLI packages/gongkit/bin/gongkit.js starts: the TypeScript source in a checkout (so the e2e tests, which spawn the bin,
// never run a stale dist/), the build in an installed package (no src/) or when GONGKIT_CLI=dist. Checked on a
// copy of the bin (in a stand-in package folder) beside stand-in entry points that say which one ran.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
const entry = (name: string) =>
  `export async function main(argv) { console.log("${name}", argv.join(" ")); return 0; }\n`;

describe("packages/gongkit/bin/gongkit.js", () => {
  let dir = "";
  const start = async (env: Record<string, string> = {}) =>
    (
      await run("node", [join(dir, "bin/gongkit.js"), "help"], {
        env: { ...process.env, ...env },
      })
    ).stdout;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gongkit-bin-"));
    await Promise.all(
      ["bin", "src/cli", "dist/cli"].map((sub) => mkdir(join(dir, sub), { recursive: true })),
    );
    await copyFile(join(repo, "packages/gongkit/bin/gongkit.js"), join(dir, "bin/gongkit.js"));
    await symlink(join(repo, "node_modules"), join(dir, "node_modules"), "dir"); // for tsx
    await writeFile(join(dir, "package.json"), '{"type":"module"}\n');
    await writeFile(join(dir, "src/cli/main.ts"), entry("source").replace("(argv)", "(argv: string[])"));
    await writeFile(join(dir, "dist/cli/main.js"), entry("build"));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("runs the source through tsx in a checkout, even beside a build", async () => {
    expect(await start({ GONGKIT_CLI: "" })).toBe("source help\n");
  });

  it("runs the build when asked, and where there is no source", async () => {
    expect(await start({ GONGKIT_CLI: "dist" })).toBe("build help\n");
    await rm(join(dir, "src"), { recursive: true });
    expect(await start({ GONGKIT_CLI: "" })).toBe("build help\n");
  });
});
