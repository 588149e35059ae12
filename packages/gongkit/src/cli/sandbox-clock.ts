// Pinning the CLI's sandbox clock: `gongkit sandbox --now ISO`, or GONGKIT_SANDBOX_NOW for every command that
// takes --sandbox (scripts and tests that need the same dates on every run). Unpinned, the sandbox lives now.
import { UsageError } from "./io.js";

export const sandboxNowVariable = "GONGKIT_SANDBOX_NOW";

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The pinned "now" from a flag value or the environment; undefined when neither is set. */
export function pinnedSandboxNow(flag?: string, env = process.env): Date | undefined {
  const [source, text] = flag !== undefined ? ["--now", flag] : [sandboxNowVariable, env[sandboxNowVariable]];
  if (text === undefined || text === "") return undefined;
  const at = Date.parse(text);
  if (!instant.test(text) || Number.isNaN(at)) {
    throw new UsageError(
      `Invalid ${source} "${text}": use an ISO instant with Z or an offset, e.g. 2026-09-01T00:00:00Z`,
    );
  }
  return new Date(at);
}
