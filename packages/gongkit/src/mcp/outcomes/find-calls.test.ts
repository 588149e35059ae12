import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CallRecord } from "@gongkit/sandbox/internal/state.js";
import { describe, expect, it } from "vitest";
import { type ToolContextOptions, toolContext } from "../../../../../test/support/mcp-pair.js";
import { tokensOf } from "../tool-kit.js";
import { findCallsTool, scanPageCap } from "./find-calls.js";

interface Row {
  id: string;
  title: string;
  started: string;
  durationMinutes: number;
  rep: string | null;
  externalParticipants: string[];
  url: string;
}
interface Found {
  calls: Row[];
  nextCursor: string | null;
  scannedCalls: number;
  stopped: string;
  privateCallsOmitted: number;
  rep?: { id: string; name: string; email: string };
  requests: { count: number; byAction: Record<string, number> };
}

function setup({ calls = 300, ...options }: ToolContextOptions & { calls?: number } = {}) {
  const { sandbox, context, exchanges } = toolContext({ ...options, sandbox: { rateLimit: false, calls } });
  const find = async (args: Record<string, unknown>) => {
    const result = await findCallsTool.call(args, context);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    return result.structuredContent as unknown as Found;
  };
  const fail = async (args: Record<string, unknown>) => {
    const result = await findCallsTool.call(args, context);
    expect(result.isError).toBe(true);
    return (result.content[0] as { text: string }).text;
  };
  return { state: sandbox.state, exchanges, find, fail };
}

const ids = (calls: readonly CallRecord[]) => calls.map((call) => call.id);
const publicOnly = (calls: readonly CallRecord[]) => calls.filter((call) => !call.isPrivate);
const withDomain = (calls: readonly CallRecord[], domain: string) =>
  calls.filter((call) => call.parties.some((party) => party.emailAddress?.endsWith(`@${domain}`)));

describe("gong_find_calls", () => {
  it("finds a customer's calls by domain, reading every page of Gong once", async () => {
    const { state, exchanges, find } = setup();
    const domain = state.customerAccounts?.[0]?.domain ?? "";
    const expected = ids(publicOnly(withDomain(state.calls, domain)));
    const found = await find({ companyDomain: `https://www.${domain.toUpperCase()}/`, limit: 100 });
    expect(found.calls.map((row) => row.id)).toEqual(expected);
    expect(found).toMatchObject({ nextCursor: null, stopped: "end", scannedCalls: state.calls.length });
    expect(exchanges).toHaveLength(Math.ceil(state.calls.length / 100));
    expect(found.requests).toEqual({
      count: exchanges.length,
      byAction: { GONG_RETRIEVE_FILTERED_CALL_DETAILS: exchanges.length },
    });
    const sample = found.calls.find((row) => row.id === sampleIds.callId);
    expect(sample).toMatchObject({ rep: "Dana Reyes", durationMinutes: 45, started: sampleIds.callStarted });
    expect(sample?.externalParticipants).toContain(
      "Priya Natarajan <priya.natarajan@globex.example> (Globex)",
    );
  });

  it("finds the calls of one participant by email, ignoring case", async () => {
    const { state, find } = setup();
    const expected = publicOnly(state.calls).filter((call) =>
      call.parties.some((party) => party.emailAddress === sampleIds.customerEmail),
    );
    const found = await find({ participantEmail: sampleIds.customerEmail.toUpperCase(), limit: 100 });
    expect(found.calls.map((row) => row.id)).toEqual(ids(expected));
    expect(expected.length).toBeGreaterThan(0);
  });

  it("finds a rep's calls by email or by name, saying which user matched, with Gong filtering by host", async () => {
    const { state, exchanges, find } = setup();
    const expected = ids(
      publicOnly(state.calls).filter((call) => call.primaryUserId === sampleIds.repUserId),
    );
    const rep = { id: sampleIds.repUserId, name: "Dana Reyes", email: sampleIds.repEmail };
    const byEmail = await find({ rep: sampleIds.repEmail.toUpperCase(), limit: 100 });
    expect(byEmail.rep).toEqual(rep);
    expect(byEmail.calls.map((row) => row.id)).toEqual(expected);
    expect(byEmail.requests.byAction).toEqual({
      GONG_LIST_ALL_USERS_V2_USERS: 1,
      GONG_RETRIEVE_FILTERED_CALL_DETAILS: 1,
    });
    expect(JSON.parse(exchanges[1]?.requestBody ?? "{}").filter.primaryUserIds).toEqual([
      sampleIds.repUserId,
    ]);
    for (const name of ["dana reyes", "Reyes", "Dan Rey"]) {
      const byName = await find({ rep: name, limit: 100 });
      expect(byName.rep).toEqual(rep);
      expect(byName.calls.map((row) => row.id)).toEqual(expected);
    }
  });

  it("refuses an ambiguous rep name, listing the candidates, and searches no calls", async () => {
    const { state, exchanges, fail } = setup();
    const dana = state.users.find((user) => user.id === sampleIds.repUserId);
    if (!dana) throw new Error("the sample rep is missing");
    state.users.push({
      ...dana,
      id: "1234567890123456789",
      lastName: "Rivers",
      emailAddress: "dana.rivers@acme-sales.example",
    });
    const text = await fail({ rep: "Dana" });
    expect(text).toContain("ambiguous");
    expect(text).toContain(sampleIds.repEmail);
    expect(text).toContain("dana.rivers@acme-sales.example");
    expect(exchanges.map((exchange) => exchange.url.pathname)).toEqual(["/v2/users"]);
    expect(await fail({ rep: "Nobody Here" })).toContain("No Gong user is named");
    expect(await fail({ rep: "nobody@acme-sales.example" })).toContain("No Gong user has the email");
  });

  it("narrows by date range and title text", async () => {
    const { state, exchanges, find } = setup();
    const [from, to] = ["2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z"];
    const expected = publicOnly(state.calls).filter(
      (call) =>
        call.started >= from && call.started < to && call.title.toLowerCase().includes("renewal review"),
    );
    const found = await find({ fromDateTime: from, toDateTime: to, titleContains: "Renewal Review" });
    expect(found.calls.map((row) => row.id)).toEqual(ids(expected));
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(exchanges[0]?.requestBody ?? "{}").filter).toEqual({
      fromDateTime: from,
      toDateTime: to,
    });
  });

  it("answers an empty list when no call started in the range (Gong's 404)", async () => {
    const { exchanges, find } = setup();
    const found = await find({ fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" });
    expect(found).toMatchObject({ calls: [], nextCursor: null, stopped: "end", scannedCalls: 0 });
    expect(exchanges[0]?.status).toBe(404);
  });

  it("continues with nextCursor, mid-page too, without duplicates or gaps", async () => {
    const { state, find } = setup();
    const domain = state.customerAccounts?.[0]?.domain ?? "";
    const expected = ids(publicOnly(withDomain(state.calls, domain)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Found = await find({ companyDomain: domain, limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.calls.length).toBeLessThanOrEqual(4);
      seen.push(...page.calls.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(expected.length).toBeGreaterThan(8);
  });

  it("leaves private calls out and says how many, unless private calls are included", async () => {
    const email = "riley.chen@acme-sales.example";
    const { state, find } = setup();
    const all = state.calls.filter((call) => call.parties.some((party) => party.emailAddress === email));
    const privateCount = all.filter((call) => call.isPrivate).length;
    expect(privateCount).toBeGreaterThan(0);
    const withoutPrivate = await find({ participantEmail: email, limit: 100 });
    expect(withoutPrivate.calls.map((row) => row.id)).toEqual(ids(publicOnly(all)));
    expect(withoutPrivate.privateCallsOmitted).toBe(privateCount);
    const withPrivate = await setup({ includePrivate: true }).find({ participantEmail: email, limit: 100 });
    expect(withPrivate.calls.map((row) => row.id)).toEqual(ids(all));
    expect(withPrivate.privateCallsOmitted).toBe(0);
  });

  it(`stops after ${scanPageCap} Gong pages and hands back a cursor to scan on`, async () => {
    const { exchanges, find } = setup({ calls: 700 });
    const found = await find({ titleContains: "no call has this title" });
    expect(found).toMatchObject({ calls: [], stopped: "scanCap", scannedCalls: scanPageCap * 100 });
    expect(exchanges).toHaveLength(scanPageCap);
    const rest = await find({ titleContains: "no call has this title", cursor: found.nextCursor });
    expect(rest).toMatchObject({ stopped: "end", scannedCalls: 200, nextCursor: null });
  });

  it("keeps the result within the token budget, resuming after the last row it kept", async () => {
    const { state, find } = setup({ budgetTokens: 700 });
    const domain = state.customerAccounts?.[0]?.domain ?? "";
    const expected = ids(publicOnly(withDomain(state.calls, domain))).slice(0, 10);
    const first = await find({ companyDomain: domain, limit: 10 });
    expect(first.stopped).toBe("budget");
    expect(first.calls.length).toBeGreaterThan(0);
    expect(tokensOf(JSON.stringify(first))).toBeLessThanOrEqual(700);
    const second = await find({
      companyDomain: domain,
      limit: 10 - first.calls.length,
      cursor: first.nextCursor,
    });
    expect([...first.calls, ...second.calls].map((row) => row.id).slice(0, 10)).toEqual(
      expected.slice(0, first.calls.length + second.calls.length),
    );
  });

  it("rejects bad arguments with how to fix them, sending nothing", async () => {
    const { exchanges, fail, find } = setup();
    expect(await fail({})).toMatch(
      /^invalid_input: gong_find_calls was called with bad arguments; nothing was sent to Gong\.\nFix these fields:\n- \(arguments\): give at least one criterion: .*\nExample: \{"companyDomain":"globex\.com",/,
    );
    expect(await fail({ fromDateTime: "last week" })).toContain(
      "fromDateTime: must be an ISO-8601 date-time",
    );
    expect(
      await fail({ fromDateTime: "2026-08-02T00:00:00Z", toDateTime: "2026-08-01T00:00:00Z" }),
    ).toContain("toDateTime must be after fromDateTime");
    expect(await fail({ companyDomain: "globex", limit: 500 })).toMatch(/companyDomain: .*\n- limit: /);
    expect(await fail({ participantEmail: "priya", colour: "red" })).toMatch(
      /participantEmail: .*\n.*colour/,
    );
    expect(await fail({ companyDomain: "globex.example", cursor: "not-a-cursor" })).toContain("cursor");
    expect(exchanges).toHaveLength(0);
    const first = await find({ companyDomain: "globex.example", limit: 1 });
    const sent = exchanges.length;
    expect(await fail({ companyDomain: "hooli.example", cursor: first.nextCursor })).toContain(
      "repeat exactly the criteria",
    );
    expect(exchanges).toHaveLength(sent);
  });

  it("reports a Gong failure with its error code", async () => {
    const { context } = toolContext({
      client: { auth: { type: "basic", accessKey: "WRONGKEY", accessKeySecret: "wrong-secret" } },
    });
    const result = await findCallsTool.call({ companyDomain: "globex.example" }, context);
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(
      /^\w+: GONG_RETRIEVE_FILTERED_CALL_DETAILS failed: Gong answered 401/,
    );
  });
});
