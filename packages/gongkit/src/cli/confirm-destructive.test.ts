// The CLI's gate before a destructive action: the question on a terminal (injected here), the refusal
// without one, --yes, and reads that pass straight through. The sandbox records every exchange.

import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { type ConfirmIo, confirmDestructive } from "./confirm-destructive.js";

const erase = "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS";
const input = { emailAddress: sampleIds.customerEmail };

function io(terminal: boolean, answer: boolean) {
  const written: string[] = [];
  const questions: string[] = [];
  const fake: ConfirmIo = {
    terminal,
    ask: async (question) => {
      questions.push(question);
      return answer;
    },
    write: (text) => written.push(text),
  };
  return { fake, written, questions };
}

describe("confirming a destructive action in the CLI", () => {
  it("shows the request on a terminal and asks; a no sends nothing", async () => {
    const { client, exchanges } = sandboxWithClient();
    const { fake, written, questions } = io(true, false);
    expect(await confirmDestructive(client, erase, input, false, fake)).toBe(1);
    expect(questions).toEqual(["Run it? [y/N] "]);
    const shown = written.join("");
    expect(shown).toContain(`${erase} is destructive`);
    expect(shown).toContain(
      `POST http://sandbox.gong.local/v2/data-privacy/erase-data-for-email-address?emailAddress=${encodeURIComponent(sampleIds.customerEmail)}`,
    );
    expect(shown).toContain("Not run: nothing was sent.");
    expect(exchanges).toHaveLength(0);
  });

  it("lets a yes through", async () => {
    const { client, exchanges } = sandboxWithClient();
    expect(await confirmDestructive(client, erase, input, false, io(true, true).fake)).toBeUndefined();
    expect(exchanges).toHaveLength(0);
  });

  it("refuses without a terminal, saying to add --yes, with exit code 2", async () => {
    const { client, exchanges } = sandboxWithClient();
    const { fake, written, questions } = io(false, true);
    expect(await confirmDestructive(client, erase, input, false, fake)).toBe(2);
    expect(written.join("")).toContain("Add --yes to run it");
    expect(questions).toEqual([]);
    expect(exchanges).toHaveLength(0);
  });

  it("asks nothing with --yes, or for an action that is not destructive", async () => {
    const { client } = sandboxWithClient();
    const { fake, questions } = io(false, false);
    expect(await confirmDestructive(client, erase, input, true, fake)).toBeUndefined();
    const read = await confirmDestructive(
      client,
      "GONG_GET_CALL_BY_ID",
      { id: sampleIds.callId },
      false,
      fake,
    );
    expect(read).toBeUndefined();
    expect(questions).toEqual([]);
  });
});
