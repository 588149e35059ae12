// The Hono environment every sandbox route and middleware shares: the server's bindings and the per-request
// variables (its request id, the fault chaos injected).
import type { HttpBindings } from "@hono/node-server";

/** How the request log marks an injected fault. A reset is logged with status 0. */
export type ChaosFault = "429" | "5xx" | "reset" | "truncated";

/** Set per server by `sandbox.listen()`; absent in-process, where the request's host decides (origins.ts). */
export interface OriginBindings {
  /** Which endpoints this server answers: /oauth2 only, /v2 only, or both (one port). */
  sandboxOrigin?: "oauth" | "api" | "both";
  /** What the token endpoint returns as `api_base_url_for_customer`. */
  sandboxApiBaseUrl?: string;
}

export interface SandboxEnv {
  /** The Node request and response when served over a socket (`sandbox.listen()`); absent in-process. */
  Bindings: Partial<HttpBindings> & OriginBindings;
  Variables: { requestId: string; fault?: ChaosFault };
}
