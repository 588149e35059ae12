// The permissions slice of the sandbox state: its record types and its seed. Placeholder until its handlers land.
import type { Random } from "../random.js";
import type { CoreState } from "../state.js";

// biome-ignore lint/complexity/noBannedTypes: placeholder slice, filled in with the permissions handlers
export type PermissionsState = {};

export function seedPermissions(_core: CoreState, _random: Random): PermissionsState {
  return {};
}
