// A client wired to a fresh in-process sandbox (clock pinned unless a test says otherwise), recording every exchange. The client's own rate governor is
// off (the sandbox's limit is off too unless a test turns it on); retries stay on unless a test turns them off.
import { createGongClient, type GongClientOptions } from "@gongkit/client/internal/client/client.js";
import { createSandbox, type SandboxOptions, sandboxBaseUrl } from "@gongkit/sandbox";
import { pinnedNow } from "./pinned-clock.js";
import { recordingFetch } from "./recording-fetch.js";

export function sandboxWithClient(
  options: SandboxOptions = { rateLimit: false },
  clientOptions: Partial<GongClientOptions> = {},
) {
  const sandbox = createSandbox({ now: pinnedNow, ...options });
  const recorder = recordingFetch((request) => sandbox.fetch(request));
  const client = createGongClient({
    baseUrl: sandboxBaseUrl,
    allowHttp: true,
    auth: { type: "basic", ...sandbox.credentials },
    fetch: recorder.fetch,
    rateLimit: false,
    ...clientOptions,
  });
  return { sandbox, client, exchanges: recorder.exchanges };
}
