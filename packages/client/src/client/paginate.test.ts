import { sandboxBaseUrl } from "@gongkit/sandbox";
import { describe, expect, expectTypeOf, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { getAction, sampleIds } from "../catalog/index.js";
import type { ActionOutput } from "../catalog/types.js";
import { ok } from "../core/envelope.js";
import { GongError } from "../core/errors.js";
import { createGongClient } from "./client.js";
import {
  collect,
  cursorOf,
  type ItemOf,
  type ItemsKeyOf,
  type PageRunner,
  type PaginatedActionId,
  pages,
} from "./paginate.js";

const everyCall = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };
const listCalls = "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS";
const extensive = "GONG_RETRIEVE_FILTERED_CALL_DETAILS";

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const idsOf = (calls: readonly { id?: string | null | undefined }[]) => calls.map((call) => call.id);

describe("pages", () => {
  it("follows a GET action's cursor in the query: 300 calls in 3 pages", async () => {
    const { client, exchanges } = sandboxWithClient();
    const got = await all(pages(client, listCalls, everyCall));
    expect(got.map((page) => page.calls?.length)).toEqual([100, 100, 100]);
    expect(new Set(got.flatMap((page) => idsOf(page.calls ?? []))).size).toBe(300);
    expect(exchanges.map((e) => e.url.searchParams.has("cursor"))).toEqual([false, true, true]);
    expect(exchanges[1]?.url.searchParams.get("cursor")).toBe(cursorOf(got[0]));
    expect(exchanges.every((e) => e.requestBody === undefined)).toBe(true);
  });

  it("follows a POST action's cursor in the body", async () => {
    const { client, exchanges } = sandboxWithClient();
    const got = await all(client.pages(extensive, { filter: everyCall }));
    expect(got.map((page) => page.calls?.length)).toEqual([100, 100, 100]);
    const bodies = exchanges.map((e) => JSON.parse(e.requestBody ?? "{}"));
    expect(bodies.map((body) => body.cursor)).toEqual([undefined, cursorOf(got[0]), cursorOf(got[1])]);
    expect(bodies.every((body) => body.filter.fromDateTime === everyCall.fromDateTime)).toBe(true);
    expect(exchanges.some((e) => e.url.searchParams.has("cursor"))).toBe(false);
  });

  it("pages transcripts (299 of the 300 calls have one)", async () => {
    const { client } = sandboxWithClient();
    const got = await all(pages(client, "GONG_GET_CALL_TRANSCRIPT", { filter: everyCall }));
    expect(got.map((page) => page.callTranscripts?.length)).toEqual([100, 100, 99]);
  });

  it("yields one empty page for a 'nothing found' 404", async () => {
    const { client, exchanges } = sandboxWithClient();
    const empty = { fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" };
    const got = await all(pages(client, listCalls, empty));
    expect(exchanges.map((e) => e.status)).toEqual([404]);
    expect(got).toHaveLength(1);
    expect(got[0]?.calls).toEqual([]);
  });

  it("throws the GongError of a failed page after yielding the good ones", async () => {
    const { sandbox } = sandboxWithClient();
    let sent = 0;
    const client = createGongClient({
      baseUrl: sandboxBaseUrl,
      allowHttp: true,
      auth: { type: "basic", ...sandbox.credentials },
      rateLimit: false,
      fetch: async (url, init) =>
        ++sent === 2
          ? new Response(JSON.stringify({ requestId: "r-2", errors: ["no access"] }), { status: 403 })
          : sandbox.fetch(url, init),
    });
    const seen: number[] = [];
    const run = async () => {
      for await (const page of pages(client, listCalls, everyCall)) seen.push(page.calls?.length ?? 0);
    };
    await expect(run()).rejects.toMatchObject({ code: "forbidden", requestId: "r-2" });
    expect(seen).toEqual([100]);
  });

  it("throws invalid input before sending anything", async () => {
    const { client, exchanges } = sandboxWithClient();
    const bad = { fromDateTime: "yesterday", toDateTime: sampleIds.sandboxNow };
    await expect(all(pages(client, listCalls, bad))).rejects.toBeInstanceOf(GongError);
    expect(exchanges).toHaveLength(0);
  });

  it("stops at an aborted signal", async () => {
    const { client, exchanges } = sandboxWithClient();
    const controller = new AbortController();
    const run = async () => {
      for await (const _ of pages(client, listCalls, everyCall, { signal: controller.signal }))
        controller.abort(new Error("stop"));
    };
    await expect(run()).rejects.toThrow("stop");
    expect(exchanges).toHaveLength(1);
  });

  it("stops when Gong answers a page with the cursor that fetched it, instead of looping", async () => {
    const stuck: PageRunner = {
      runById: async () => ok({ records: { cursor: "same" }, calls: [] }),
    };
    const seen: unknown[] = [];
    const run = async () => {
      for await (const page of pages(stuck, listCalls, { ...everyCall, cursor: "same" })) seen.push(page);
    };
    await expect(run()).rejects.toMatchObject({ code: "invalid_response" });
    expect(seen).toHaveLength(1);
  });

  it("refuses a descriptor that disagrees with the route about where the cursor goes", async () => {
    const { client } = sandboxWithClient();
    const action = getAction("GONG_LIST_ALL_USERS_V2_USERS");
    const original = action.paging;
    action.paging = { cursorIn: "body", itemsKey: "users" };
    try {
      await expect(all(pages(client, "GONG_LIST_ALL_USERS_V2_USERS", {}))).rejects.toThrow(
        /cursor goes in the body, the route puts it in query/,
      );
    } finally {
      if (original) action.paging = original;
    }
  });
});

describe("collect", () => {
  it("cuts at limit.items mid-page and resumes from that page's cursor with no gap", async () => {
    const { client } = sandboxWithClient();
    const first = await collect(client, extensive, { filter: everyCall }, { limit: { items: 150 } });
    expect(first).toMatchObject({ truncated: true, requests: 2 });
    expect(first.items).toHaveLength(150);
    const pageTwoCursor = cursorOf((await all(pages(client, extensive, { filter: everyCall })))[0]);
    expect(first.nextCursor).toBe(pageTwoCursor);

    const rest = await client.collect(
      extensive,
      { filter: everyCall, cursor: first.nextCursor ?? "" },
      { limit: { items: 1000 } },
    );
    expect(rest).toMatchObject({ truncated: false, nextCursor: null, requests: 2 });
    const firstIds = first.items.map((call) => call.metaData?.id);
    const restIds = rest.items.map((call) => call.metaData?.id);
    // The resumed run repeats the 50 already-returned calls of page 2, then continues: no gap.
    expect(restIds.slice(0, 50)).toEqual(firstIds.slice(100));
    expect(new Set([...firstIds, ...restIds]).size).toBe(300);
  });

  it("cut inside the first page, nextCursor is null: repeat the original input", async () => {
    const { client } = sandboxWithClient();
    const result = await collect(client, listCalls, everyCall, { limit: { items: 30 } });
    expect(result).toMatchObject({ truncated: true, nextCursor: null, requests: 1 });
    expect(result.items).toHaveLength(30);
  });

  it("stops at a page boundary for limit.items, pages or requests, with the next page's cursor", async () => {
    const { client } = sandboxWithClient();
    const byItems = await collect(client, listCalls, everyCall, { limit: { items: 100 } });
    expect(byItems).toMatchObject({ truncated: true, requests: 1 });
    const byPages = await collect(client, listCalls, everyCall, { limit: { pages: 2 } });
    expect(byPages).toMatchObject({ truncated: true, requests: 2 });
    expect(byPages.items).toHaveLength(200);
    const rest = await collect(
      client,
      listCalls,
      { ...everyCall, cursor: byPages.nextCursor ?? "" },
      { limit: { requests: 5 } },
    );
    expect(rest).toMatchObject({ truncated: false, nextCursor: null, requests: 1 });
    expect(new Set([...idsOf(byPages.items), ...idsOf(rest.items)]).size).toBe(300);
    const resumed = await collect(
      client,
      listCalls,
      { ...everyCall, cursor: byItems.nextCursor ?? "" },
      { limit: { items: 1000 } },
    );
    expect(resumed.items[0]?.id).toBe(byPages.items[100]?.id);
  });

  it("is not truncated when the list ends exactly at the limit", async () => {
    const { client } = sandboxWithClient();
    const result = await collect(client, listCalls, everyCall, { limit: { items: 300, requests: 3 } });
    expect(result).toMatchObject({ truncated: false, nextCursor: null, requests: 3 });
  });

  it("requires a limit", async () => {
    const { client, exchanges } = sandboxWithClient();
    // @ts-expect-error an empty limit does not type-check
    const empty = collect(client, listCalls, everyCall, { limit: {} });
    await expect(empty).rejects.toThrow(/needs a limit with at least one of items, pages or requests/);
    await expect(collect(client, listCalls, everyCall, {} as never)).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(collect(client, listCalls, everyCall, { limit: { items: 0 } })).rejects.toThrow(
      /positive integer/,
    );
    expect(exchanges).toHaveLength(0);
  });

  it("gives an empty, complete result for a 'nothing found' 404", async () => {
    const { client } = sandboxWithClient();
    const empty = { fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" };
    const result = await collect(client, listCalls, empty, { limit: { items: 10 } });
    expect(result).toEqual({ items: [], truncated: false, nextCursor: null, requests: 1 });
  });
});

describe("paging types", () => {
  it("derive the paginated ids and the item type from the catalogue", () => {
    expectTypeOf<"GONG_GET_CALL_TRANSCRIPT">().toExtend<PaginatedActionId>();
    expectTypeOf<"GONG_GET_CALL_BY_ID">().not.toExtend<PaginatedActionId>();
    expectTypeOf<ItemOf<typeof extensive>>().toEqualTypeOf<
      NonNullable<ActionOutput<typeof extensive>["calls"]>[number]
    >();
    type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
    type WithSeveralLists = {
      [Id in PaginatedActionId]: true extends IsUnion<ItemsKeyOf<Id>> ? Id : never;
    }[PaginatedActionId];
    expectTypeOf<WithSeveralLists>().toBeNever();
  });
});
