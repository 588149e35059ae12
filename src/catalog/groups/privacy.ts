// Overlay of the privacy group: agent-facing text, safety, paging, quirks and examples per action.
import type { GroupOverlay } from "../types.js";

export const privacyOverlay: GroupOverlay = {};
