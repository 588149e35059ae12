// The sandbox's public API: a faithful, stateful, seeded fake of Gong's API.
export type { ListeningSandbox, RequestLogEntry, Sandbox, SandboxOptions } from "./app.js";
export { createSandbox, sandboxBaseUrl } from "./app.js";
export type { SandboxCredentials } from "./auth.js";
export { basicAuthorization, sandboxCredentials } from "./auth.js";
export type { ChaosCounts, ChaosFault, ChaosOptions } from "./chaos.js";
export type { RateLimitPolicy } from "./rate-limit.js";
export type { SandboxState } from "./state.js";
