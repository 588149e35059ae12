// `gongkit run` of a destructive action (an erase, a delete, an unassign): on a terminal it shows the request
// it would send and asks first; without one it runs only with --yes. Nothing is sent until it may be.
import { getAction, isActionId } from "@gongkit/client/internal/catalog/index.js";
import type { GongClient } from "@gongkit/client/internal/client/client.js";
import type { Envelope } from "@gongkit/client/internal/core/envelope.js";
import { printJson } from "./io.js";

/** Where the question goes: a person at a terminal (stdin and stderr both TTYs), or no one. */
export interface ConfirmIo {
  terminal: boolean;
  /** Asks the question and says whether the answer was yes. */
  ask(question: string): Promise<boolean>;
  write(text: string): void;
}

/**
 * Undefined when the action may run now; otherwise the exit code, having said why nothing was sent (the
 * envelope of an invalid input, a refusal without a terminal or --yes, or a "no").
 */
export async function confirmDestructive(
  client: GongClient,
  id: string,
  input: unknown,
  yes: boolean,
  io: ConfirmIo,
): Promise<number | undefined> {
  if (yes || !isActionId(id) || !getAction(id).safety.destructive) return undefined;
  const preview = await client.preview(id, input);
  if (!preview.successful) {
    printJson(preview as Envelope<unknown>);
    return 1;
  }
  const action = getAction(id);
  if (!io.terminal) {
    io.write(
      `${id} is destructive (${action.summary}) and there is no terminal to confirm it on: nothing was sent. ` +
        "Add --yes to run it.\n",
    );
    return 2;
  }
  const { method, url, json } = preview.data;
  io.write(`${id} is destructive: ${action.summary}\nIt would send:\n  ${method} ${url}\n`);
  if (json !== undefined) io.write(`  ${json}\n`);
  if (await io.ask("Run it? [y/N] ")) return undefined;
  io.write("Not run: nothing was sent.\n");
  return 1;
}
