import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { describe, expect, it } from "vitest";
import { mcpPair } from "../../../../test/support/mcp-pair.js";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { createConfirmations } from "./confirmations.js";
import { createGongMcpServer, type GongMcpServerOptions } from "./server.js";

async function connect(options: Omit<GongMcpServerOptions, "client"> = {}) {
  const { client: gong, exchanges, sandbox } = sandboxWithClient();
  const client = await mcpPair(createGongMcpServer({ client: gong, ...options }));
  return { client, exchanges, sandbox };
}

const textOf = (result: Awaited<ReturnType<Client["callTool"]>>) =>
  (result.content as { type: string; text: string }[])[0]?.text ?? "";

const meeting = { meetingId: sampleIds.meetingId, organizerEmail: sampleIds.repEmail };
const deletes = (exchanges: { method: string; status: number }[]) =>
  exchanges.filter((exchange) => exchange.method === "DELETE" && exchange.status < 300).length;

describe("destructive actions take two steps", () => {
  it("previews, refuses a wrong token, runs with the right one, refuses its reuse", async () => {
    const { client, exchanges } = await connect();
    const preview = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: meeting });
    expect(preview.isError).toBeFalsy();
    const content = preview.structuredContent as Record<string, unknown>;
    expect(content).toMatchObject({ confirmationRequired: true, nothingChanged: true });
    expect(content.request).toMatchObject({
      method: "DELETE",
      url: expect.stringContaining(`/v2/meetings/${sampleIds.meetingId}`),
      json: JSON.stringify({ organizerEmail: sampleIds.repEmail }),
    });
    expect(exchanges).toHaveLength(0);

    const wrong = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: "confirm_made-up" },
    });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toMatch(/not issued to you by this server/);
    const otherInput = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: {
        ...meeting,
        organizerEmail: sampleIds.managerEmail,
        confirmationToken: content.confirmationToken,
      },
    });
    expect(textOf(otherInput)).toMatch(/different arguments/);
    expect(exchanges).toHaveLength(0);

    const run = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: content.confirmationToken },
    });
    expect(run.isError).toBeFalsy();
    expect(deletes(exchanges)).toBe(1);

    const reuse = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: content.confirmationToken },
    });
    expect(textOf(reuse)).toMatch(/already used/);
    expect(deletes(exchanges)).toBe(1);
  });

  it("refuses an expired token", async () => {
    let now = Date.parse("2026-11-26T10:00:00Z");
    const { client, exchanges } = await connect({ confirmations: createConfirmations(() => now) });
    const preview = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: meeting });
    const token = (preview.structuredContent as { confirmationToken: string }).confirmationToken;
    now += 5 * 60_000 + 1;
    const late = await client.callTool({
      name: "GONG_DELETE_MEETING",
      arguments: { ...meeting, confirmationToken: token },
    });
    expect(textOf(late)).toMatch(/expired/);
    expect(exchanges).toHaveLength(0);
  });

  it("previews nothing for invalid input: the fix comes first, and no token", async () => {
    const { client } = await connect();
    const result = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: { meetingId: "12x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/meetingId/);
    expect(textOf(result)).not.toMatch(/confirmationToken/);
  });

  it("runs at once with allowDestructive, and the tools then have no token field", async () => {
    const { client, exchanges } = await connect({ allowDestructive: true });
    const { tools } = await client.listTools();
    const tool = tools.find((t) => t.name === "GONG_DELETE_MEETING");
    expect(Object.keys(tool?.inputSchema.properties ?? {})).not.toContain("confirmationToken");
    const run = await client.callTool({ name: "GONG_DELETE_MEETING", arguments: meeting });
    expect(run.isError).toBeFalsy();
    expect(deletes(exchanges)).toBe(1);
  });

  it("gates gong_run_action in discovery mode the same way", async () => {
    const { client, exchanges } = await connect({ mode: "discovery" });
    const args = { id: "GONG_DELETE_MEETING", input: meeting };
    const preview = await client.callTool({ name: "gong_run_action", arguments: args });
    const token = JSON.parse(textOf(preview)).confirmationToken as string;
    expect(exchanges).toHaveLength(0);
    const run = await client.callTool({
      name: "gong_run_action",
      arguments: { ...args, confirmationToken: token },
    });
    expect(run.isError).toBeFalsy();
    expect(deletes(exchanges)).toBe(1);
  });
});

describe("paid credits and private calls", () => {
  it("leaves paid-credit actions out unless enabled", async () => {
    const off = await connect();
    const names = (await off.client.listTools()).tools.map((t) => t.name);
    expect(names).not.toContain("GONG_ASK_ENTITY");
    const call = await off.client.callTool({ name: "GONG_ASK_ENTITY", arguments: {} });
    expect(call.isError).toBe(true);
    const on = await connect({ allowPaidCredits: true });
    expect((await on.client.listTools()).tools.map((t) => t.name)).toContain("GONG_GET_ENTITY_BRIEF");
  });

  it("leaves private calls out of call lists and refuses a private call by id", async () => {
    const { client, sandbox } = await connect();
    const privateCall = sandbox.state.calls.find((call) => call.isPrivate);
    if (!privateCall) throw new Error("the sandbox seeds private calls");
    const day = privateCall.started.slice(0, 10);
    const range = { fromDateTime: `${day}T00:00:00Z`, toDateTime: `${day}T23:59:59Z` };
    const listed = await client.callTool({
      name: "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS",
      arguments: range,
    });
    const content = listed.structuredContent as {
      calls: { id: string }[];
      gongkit?: { privateCallsLeftOut?: number };
    };
    expect(content.calls.map((call) => call.id)).not.toContain(privateCall.id);
    expect(content.gongkit?.privateCallsLeftOut).toBeGreaterThanOrEqual(1);

    const byId = await client.callTool({ name: "GONG_GET_CALL_BY_ID", arguments: { id: privateCall.id } });
    expect(byId.isError).toBe(true);
    expect(textOf(byId)).toMatch(/private/);

    const open = await connect({ includePrivate: true });
    const allowed = await open.client.callTool({
      name: "GONG_GET_CALL_BY_ID",
      arguments: { id: privateCall.id },
    });
    expect((allowed.structuredContent as { call: { id: string } }).call.id).toBe(privateCall.id);
  });
});
