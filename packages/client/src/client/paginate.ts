// Cursor paging, driven only by the catalogue's paging descriptor: an async iterator of pages, and a collect
// that refuses to run without a limit and says whether it stopped early and where to resume.
import { getAction } from "../catalog/index.js";
import type { ActionId, ActionInput, ActionOutput, Paging } from "../catalog/types.js";
import type { Envelope } from "../core/envelope.js";
import { GongError } from "../core/errors.js";

/** The actions Gong pages: those whose input has a `cursor`. */
export type PaginatedActionId = {
  [Id in ActionId]: "cursor" extends keyof ActionInput<Id> ? Id : never;
}[ActionId];

type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };
/** The list field of a paginated action's output (the descriptor's `itemsKey`; each has exactly one). */
export type ItemsKeyOf<Id extends PaginatedActionId> = {
  [K in DeclaredKeys<ActionOutput<Id>>]-?: K extends keyof ActionOutput<Id>
    ? NonNullable<ActionOutput<Id>[K]> extends readonly unknown[]
      ? K
      : never
    : never;
}[DeclaredKeys<ActionOutput<Id>>];
/** One item of a paginated action's list, e.g. a call of GONG_RETRIEVE_FILTERED_CALL_DETAILS. */
export type ItemOf<Id extends PaginatedActionId> =
  NonNullable<ActionOutput<Id>[ItemsKeyOf<Id>]> extends readonly (infer Item)[] ? Item : never;

/** What paging needs of a client (a GongClient is one). */
export interface PageRunner {
  runById(id: string, input?: unknown): Promise<Envelope<unknown>>;
}

export interface PagesOptions {
  /** Checked before each request: an aborted signal stops the iteration with its reason. */
  signal?: AbortSignal;
}

/** A limit on collect: at least one of items, pages, requests (positive integers). */
export type CollectLimit =
  | { items: number; pages?: number; requests?: number }
  | { items?: number; pages: number; requests?: number }
  | { items?: number; pages?: number; requests: number };

export interface CollectOptions extends PagesOptions {
  limit: CollectLimit;
}

export interface Collected<Item> {
  items: Item[];
  /** More remain: a page had a cursor when a limit was reached, or items of the last page were cut. */
  truncated: boolean;
  /**
   * Pass as `cursor` with the same input to continue; null when nothing remains. When `limit.items` cut a page,
   * this is the cursor that fetched THAT page (null if it was the first page: repeat the original input), so a
   * resume repeats at most one page's items.
   */
  nextCursor: string | null;
  /** Requests made: one per page (retries inside the client's wrappers are not seen here). */
  requests: number;
}

const checkedIds = new Set<ActionId>();

/** The action's paging descriptor, checked once against where its route actually puts the cursor. */
function pagingOf(id: ActionId): Paging {
  const action = getAction(id);
  const paging = action.paging;
  if (!paging) throw new GongError("invalid_input", `${id} is not paginated: run it with run() instead.`);
  if (!checkedIds.has(id)) {
    const { route } = action;
    const routedIn = route.queryParams.includes("cursor")
      ? "query"
      : route.body.kind === "json" && route.body.keys.includes("cursor")
        ? "body"
        : undefined;
    if (routedIn !== paging.cursorIn) {
      throw new Error(
        `${id}: paging says the cursor goes in the ${paging.cursorIn}, the route puts it in ${routedIn ?? "neither"}`,
      );
    }
    checkedIds.add(id);
  }
  return paging;
}

/** The cursor of the page after this one, if Gong sent one. */
export function cursorOf(page: unknown): string | undefined {
  const records = (page as { records?: { cursor?: unknown } | null } | null)?.records;
  return typeof records?.cursor === "string" && records.cursor !== "" ? records.cursor : undefined;
}

function itemsOf(page: unknown, paging: Paging): unknown[] {
  const items = (page as Record<string, unknown>)[paging.itemsKey];
  return Array.isArray(items) ? items : [];
}

/**
 * Every page of a paginated action, following `records.cursor` until a page has none (or repeats the cursor
 * that fetched it, which would never end). A given `input.cursor` starts there. A failed page throws its
 * GongError; a "nothing found" 404 is one empty page.
 */
export async function* pages<Id extends PaginatedActionId>(
  client: PageRunner,
  id: Id,
  input: NoInfer<ActionInput<Id>>,
  options: PagesOptions = {},
): AsyncGenerator<ActionOutput<Id>, void, undefined> {
  pagingOf(id);
  let cursor = (input as { cursor?: string }).cursor;
  do {
    options.signal?.throwIfAborted();
    const envelope = await client.runById(id, cursor === undefined ? input : { ...input, cursor });
    if (!envelope.successful) throw envelope.error;
    yield envelope.data as ActionOutput<Id>;
    const next = cursorOf(envelope.data);
    if (next !== undefined && next === cursor) {
      throw new GongError("invalid_response", `${id}: Gong answered a page with its own cursor; stopping.`);
    }
    cursor = next;
  } while (cursor !== undefined);
}

function checkLimit(limit: CollectLimit | undefined): void {
  const given = Object.entries(limit ?? {}).filter(([, value]) => value !== undefined);
  const bad = given.filter(([, value]) => !Number.isSafeInteger(value) || (value as number) < 1);
  if (given.length === 0 || bad.length > 0) {
    throw new GongError(
      "invalid_input",
      `collect needs a limit with at least one of items, pages or requests, each a positive integer (got ${JSON.stringify(limit ?? null)}), e.g. { limit: { items: 500 } }`,
    );
  }
}

/** Gathers the items of a paginated action's pages until the list ends or a limit is reached. */
export async function collect<Id extends PaginatedActionId>(
  client: PageRunner,
  id: Id,
  input: NoInfer<ActionInput<Id>>,
  options: CollectOptions,
): Promise<Collected<ItemOf<Id>>> {
  const { limit } = options;
  checkLimit(limit);
  const paging = pagingOf(id);
  const maxItems = limit.items ?? Number.POSITIVE_INFINITY;
  const maxRequests = Math.min(
    limit.pages ?? Number.POSITIVE_INFINITY,
    limit.requests ?? Number.POSITIVE_INFINITY,
  );
  const items: unknown[] = [];
  let requests = 0;
  let pageCursor = (input as { cursor?: string }).cursor ?? null;
  const done = (truncated: boolean, nextCursor: string | null): Collected<ItemOf<Id>> => ({
    items: items as ItemOf<Id>[],
    truncated,
    nextCursor,
    requests,
  });
  const pagesOptions: PagesOptions = options.signal ? { signal: options.signal } : {};
  for await (const page of pages(client, id, input, pagesOptions)) {
    requests += 1;
    const pageItems = itemsOf(page, paging);
    const room = maxItems - items.length;
    if (pageItems.length > room) {
      items.push(...pageItems.slice(0, room));
      return done(true, pageCursor);
    }
    items.push(...pageItems);
    const next = cursorOf(page);
    if (next === undefined) return done(false, null);
    if (items.length >= maxItems || requests >= maxRequests) return done(true, next);
    pageCursor = next;
  }
  return done(false, null);
}
