import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { exportTools } from "./function-schemas.js";
import { createToolRunner } from "./tool-runner.js";

describe("createToolRunner (function calling)", () => {
  it("runs every exported definition by name: actions and the tools beyond the raw API", async () => {
    const { client, exchanges } = sandboxWithClient();
    const run = createToolRunner({ client });
    const names = (exportTools("openai") as { function: { name: string } }[]).map((t) => t.function.name);
    expect(names).toEqual(
      expect.arrayContaining(["GONG_GET_CALL_BY_ID", "gong_export_calls", "gong_find_calls"]),
    );
    const call = (await run("GONG_GET_CALL_BY_ID", { id: sampleIds.callId })) as { call: { id: string } };
    expect(call.call.id).toBe(sampleIds.callId);
    const brief = (await run("gong_call_brief", { callId: sampleIds.callId })) as { call: { id: string } };
    expect(brief.call.id).toBe(sampleIds.callId);
    // the runner keeps its transcript cache across calls: reading on costs nothing
    const first = (await run("gong_read_transcript", { callId: sampleIds.callId, limit: 5 })) as {
      nextOffset: number;
    };
    const sent = exchanges.length;
    const more = (await run("gong_read_transcript", {
      callId: sampleIds.callId,
      offset: first.nextOffset,
    })) as {
      requests: { count: number };
    };
    expect(more.requests.count).toBe(0);
    expect(exchanges.length).toBe(sent);
  });

  it("refuses destructive actions without allowDestructive, unknown names and bad input, sending nothing", async () => {
    const { client, exchanges } = sandboxWithClient();
    const run = createToolRunner({ client });
    const meeting = { meetingId: sampleIds.meetingId, organizerEmail: sampleIds.repEmail };
    expect(await run("GONG_DELETE_MEETING", meeting)).toMatchObject({
      error: { code: "destructive_refused" },
    });
    expect(await run("GONG_NOT_A_TOOL", {})).toMatchObject({ error: { code: "unknown_tool" } });
    expect(await run("GONG_GET_CALL_BY_ID", { callId: "1" })).toMatchObject({
      error: { code: "invalid_input" },
    });
    expect(exchanges).toHaveLength(0);
    const trusted = createToolRunner({ client, allowDestructive: true });
    expect(await trusted("GONG_DELETE_MEETING", meeting)).not.toHaveProperty("error");
  });
});
