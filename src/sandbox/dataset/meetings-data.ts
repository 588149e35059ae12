// The meetings slice of the sandbox state: its record types and its seed. Placeholder until its handlers land.
import type { Random } from "../random.js";
import type { CoreState } from "../state.js";

// biome-ignore lint/complexity/noBannedTypes: placeholder slice, filled in with the meetings handlers
export type MeetingsState = {};

export function seedMeetings(_core: CoreState, _random: Random): MeetingsState {
  return {};
}
