// @gongkit/client's public API: the typed catalogue, the client (governor, retries, paging, uploads) and the
// bulk call export. Subpaths under `@gongkit/client/internal/` are for gongkit's own packages and may change.
export {
  allActionIds,
  catalog,
  getAction,
  groups,
  isActionId,
  listActions,
  sampleIds,
} from "./catalog/index.js";
export type * from "./catalog/types.js";
export type { BasicAuth, GongAuth } from "./client/auth.js";
export { createGongClient, type GongClient, type GongClientOptions } from "./client/client.js";
export type { GovernorOptions, RateState } from "./client/governor.js";
export { type CollectLimit, collect, type PaginatedActionId, pages } from "./client/paginate.js";
export type { RatePolicy, RateStore, Reservation } from "./client/rate-store.js";
export type { RetryOptions } from "./client/retry.js";
export type { FetchLike, GongResponse, Send, SendWrapper } from "./client/send.js";
export { type Clock, systemClock } from "./core/clock.js";
export type { Envelope } from "./core/envelope.js";
export { type FieldIssue, GongError, type GongErrorCode } from "./core/errors.js";
export type { Logger, LogLevel } from "./core/logger.js";
export {
  type CallRecord,
  type ExportOptions,
  type ExportPart,
  exportCalls,
  exportCallsToFile,
  fileCheckpointStore,
} from "./export/index.js";
