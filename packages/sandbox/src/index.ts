// The sandbox's public API: a faithful, stateful, seeded fake of Gong's API.
export type { ListeningSandbox, ListenOptions, RequestLogEntry, Sandbox, SandboxOptions } from "./app.js";
export { createSandbox, sandboxBaseUrl, sandboxOAuthBaseUrl } from "./app.js";
export type { SandboxCredentials } from "./auth.js";
export { basicAuthorization, sandboxCredentials } from "./auth.js";
export type { ChaosCounts, ChaosFault, ChaosOptions } from "./chaos.js";
export type {
  OAuthApproval,
  OAuthApproveRequest,
  OAuthClient,
  OAuthStats,
  SandboxOAuth,
  SandboxOAuthOptions,
  TokenResponse,
} from "./oauth-types.js";
export { OAuthError, sandboxOAuthClient } from "./oauth-types.js";
export type { RateLimitPolicy } from "./rate-limit.js";
export { gongScopes, mediaUrlScope } from "./scopes.js";
export type { SandboxState } from "./state.js";
