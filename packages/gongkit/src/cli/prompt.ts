// Secrets come from a prompt (not echoed) or from stdin, never from argv where `ps` and shell history see them.
import { createInterface } from "node:readline";

async function readStdinLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    if (hidden) {
      // Print the question, then swallow the echo of what is typed.
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) => {
        if (text.includes(question)) write.call(rl, question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stderr.write("\n");
      resolve(answer.trim());
    });
  });
}

/** Asks for each value on a terminal, or reads one value per line from stdin when it is not a terminal. */
export async function readSecrets(labels: readonly { label: string; hidden: boolean }[]): Promise<string[]> {
  if (!process.stdin.isTTY) {
    const lines = (await readStdinLines()).map((line) => line.trim());
    return labels.map((_, i) => lines[i] ?? "");
  }
  const values: string[] = [];
  for (const { label, hidden } of labels) values.push(await ask(`${label}: `, hidden));
  return values;
}

/** Asks a yes/no question on the terminal; only "y" or "yes" (any case) is a yes. */
export async function askYes(question: string): Promise<boolean> {
  return /^y(es)?$/i.test(await ask(question, false));
}
