// Overlay of the ai group: agent-facing text, safety, paging, quirks and examples per action.
import type { GroupOverlay } from "../types.js";

export const aiOverlay: GroupOverlay = {};
