// The CLI as a child process, as a shell user runs it: its exit code and what it printed.
import { spawn } from "node:child_process";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `gongkit ARGS` with `env` on top of this process's environment, `stdin` as its input. */
export function runGongkit(args: string[], env: NodeJS.ProcessEnv, stdin = ""): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn("node", ["packages/gongkit/bin/gongkit.js", ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
