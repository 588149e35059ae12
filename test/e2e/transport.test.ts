// The governor and retries together against the sandbox, on one manual clock shared by client and sandbox:
// no real sleeping, and the sandbox's own limiter judges the pace.

import { getAction } from "@gongkit/client/internal/catalog/index.js";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import { memoryRateStore } from "@gongkit/client/internal/client/rate-store.js";
import type { FetchLike } from "@gongkit/client/internal/client/send.js";
import { manualClock } from "@gongkit/client/internal/core/clock.js";
import { createSandbox, sandboxBaseUrl } from "@gongkit/sandbox";
import { describe, expect, it } from "vitest";

function setup(fetchFaults: (attempt: number) => Response | undefined = () => undefined) {
  const clock = manualClock(Date.UTC(2026, 8, 1, 12));
  const sandbox = createSandbox({ clock: () => clock.now() });
  let attempt = 0;
  const fetch: FetchLike = async (url, init) => fetchFaults(++attempt) ?? sandbox.fetch(url, init);
  const client = createGongClient({
    baseUrl: sandboxBaseUrl,
    allowHttp: true,
    auth: { type: "basic", ...sandbox.credentials },
    fetch,
    clock,
    rateLimit: { store: memoryRateStore() },
  });
  return { clock, sandbox, client };
}

describe("transport against the sandbox's own limit", () => {
  it("never trips Gong's 3 requests a second, even with 30 calls at once", async () => {
    const { sandbox, client, clock } = setup();
    const start = clock.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => client.run("GONG_GET_USER_BY_ID", { id: sampleIds.repUserId })),
    );
    expect(results.every((r) => r.successful)).toBe(true);
    expect(sandbox.requestLog.filter((entry) => entry.status === 429)).toHaveLength(0);
    expect(clock.now() - start).toBeGreaterThanOrEqual((29 * 1000) / 3);
    const times = sandbox.requestLog.map((entry) => entry.at);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(3);
    expect(client.rateState()?.remainingToday).toBe(10_000 - 30);
  });

  it("counts every retry against the daily budget", async () => {
    const busy = () => new Response(JSON.stringify({ requestId: "r", errors: ["busy"] }), { status: 503 });
    const { client } = setup((attempt) => (attempt <= 2 ? busy() : undefined));
    const result = await client.run("GONG_GET_CALL_BY_ID", { id: sampleIds.callId });
    expect(result.successful).toBe(true);
    expect(client.rateState()?.remainingToday).toBe(10_000 - 3);
  });

  it("does not repeat a write without a de-duplication key after a 503", async () => {
    const busy = () => new Response(JSON.stringify({ requestId: "r", errors: ["busy"] }), { status: 503 });
    const { client } = setup(() => busy());
    const create = getAction("GONG_CREATE_A_NEW_GONG_MEETING_V2_MEETINGS");
    expect(create.safety.idempotent).toBe(false);
    const result = await client.runById(create.id, create.examples[0]?.input);
    expect(result.error?.code).toBe("server_error");
    expect(client.rateState()?.remainingToday).toBe(10_000 - 1);
  });
});
