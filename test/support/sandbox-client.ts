// A client wired to a fresh in-process sandbox, recording every exchange.
import { createGongClient } from "../../src/client/client.js";
import { createSandbox, type SandboxOptions, sandboxBaseUrl } from "../../src/sandbox/index.js";
import { recordingFetch } from "./recording-fetch.js";

export function sandboxWithClient(options: SandboxOptions = { rateLimit: false }) {
  const sandbox = createSandbox(options);
  const recorder = recordingFetch((request) => sandbox.fetch(request));
  const client = createGongClient({
    baseUrl: sandboxBaseUrl,
    allowHttp: true,
    auth: { type: "basic", ...sandbox.credentials },
    fetch: recorder.fetch,
  });
  return { sandbox, client, exchanges: recorder.exchanges };
}
