// The shape of one catalogue action. The route and schemas come from the generated files; everything an
// agent or a wrapper needs to decide how to call it comes from the group overlays.
import type { z } from "zod";
import type { generatedActions } from "./generated/actions.js";
import type { operations } from "./generated/operations.js";

export type ActionId = keyof typeof generatedActions;
export type OperationId = keyof typeof operations;
type OperationOf<Id extends ActionId> = (typeof operations)[(typeof generatedActions)[Id]["operationId"]];
/** What a caller passes to an action (ids may be given as digit strings, bigint or safe numbers). */
export type ActionInput<Id extends ActionId> = z.input<OperationOf<Id>["input"]>;
/** What an action returns once decoded (int64 ids as digit strings). */
export type ActionOutput<Id extends ActionId> = z.output<OperationOf<Id>["output"]>;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestBody =
  | { kind: "none" }
  | { kind: "json"; keys: readonly string[] }
  | { kind: "json-value"; key: string }
  | { kind: "multipart"; fileFields: readonly string[] };

export interface Route {
  method: HttpMethod;
  path: string;
  pathParams: readonly string[];
  queryParams: readonly string[];
  /** Path or query parameters Gong declares int64: sent as exact digits. */
  int64Params: readonly string[];
  body: RequestBody;
  successStatus: number;
  responseContentType: string | null;
  /** Which copy of the official spec declares the operation. */
  spec: "current" | "legacy";
}

export const groups = [
  "calls",
  "users",
  "stats",
  "crm",
  "engage",
  "library",
  "permissions",
  "settings",
  "meetings",
  "privacy",
  "ai",
] as const;
export type Group = (typeof groups)[number];

export interface Safety {
  /** Only reads data (some reads are POSTs with a filter body). */
  readOnly: boolean;
  /** Deletes, erases, revokes or overwrites data in a way that cannot simply be undone. */
  destructive: boolean;
  /** Repeating the same input has no further effect. */
  idempotent: boolean;
  /** Consumes paid Gong AI credits (HTTP 402 when none are left). */
  paidCredits: boolean;
}

export interface Paging {
  /** Where the cursor goes on the next request: a query parameter (GET) or a top-level body field (POST). */
  cursorIn: "query" | "body";
  /** Top-level key of the response holding the page's items, e.g. `calls`. */
  itemsKey: string;
}

export type UploadFormat = "wav" | "mp3" | "mp4" | "mkv" | "flac" | "ldjson";

/** What Gong accepts in one multipart file field; checked before the first byte is sent. */
export interface UploadRule {
  maxBytes: number;
  formats: readonly UploadFormat[];
}

export interface Quirks {
  /** Gong answers 404 when nothing matches; the executor returns an empty result instead. */
  emptyOn404?: boolean;
  /** Free-text notes on Gong behaviour an agent should know (limits, async processing, beta status). */
  notes?: readonly string[];
  /**
   * The input field that de-duplicates this write at Gong (a repeat is refused with 409), which makes it safe
   * to retry after an ambiguous failure when the caller supplied it.
   */
  dedupKey?: string;
  /** Limits of the multipart file fields, by field name. */
  uploads?: Readonly<Record<string, UploadRule>>;
}

export interface Example {
  title: string;
  input: Record<string, unknown>;
  /** Actions to run first when the example needs a state the sandbox does not start in. */
  setup?: readonly { action: ActionId; input: Record<string, unknown> }[];
}

/** The hand-written part of an action, one per id, in the overlay file of its group. */
export interface ActionOverlay {
  /** One line, imperative, for a model choosing a tool. */
  summary: string;
  /** What it does, when to use it, what it costs, and where the id misleads. */
  description: string;
  safety: Safety;
  paging?: Paging;
  quirks?: Quirks;
  /** At least one input that succeeds against the sandbox. */
  examples: readonly Example[];
}

export type GroupOverlay = Partial<Record<ActionId, ActionOverlay>>;

export interface Action extends ActionOverlay {
  id: ActionId;
  group: Group;
  operationId: OperationId;
  route: Route;
  scope: string;
  input: z.ZodType;
  output: z.ZodType;
  /** Set on deprecated aliases: the id to use instead. */
  deprecatedFor?: ActionId;
}
