// Overlay of the library group: agent-facing text, safety, paging, quirks and examples per action.
// Both actions are reads (conventions in ./safety.ts).
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read } from "./safety.js";

export const libraryOverlay: GroupOverlay = {
  GONG_LIST_FOLDER_CALLS: {
    summary: "List the calls saved in one public Gong library folder",
    description:
      "Returns one public library folder (name, creator, last update) and the calls saved in it, each with its title, URL, the note and snippet attached when it was added, who added it and when. Get folder ids from GONG_RETRIEVE_LIBRARY_FOLDERS_V2_LIBRARY_FOLDERS; for a call's full data pass its id to GONG_RETRIEVE_FILTERED_CALL_DETAILS. One request against the company budget (3 requests/s, 10,000/day); the answer is not paginated.",
    safety: read,
    quirks: {
      emptyOn404: true,
      notes: [
        "folderId is declared optional but is needed in practice.",
        "Only public folders; Gong answers 404 for an unknown or empty folder, which gongkit returns as an empty calls list.",
      ],
    },
    examples: [{ title: "Calls in the sample library folder", input: { folderId: ids.libraryFolderId } }],
  },

  GONG_RETRIEVE_LIBRARY_FOLDERS_V2_LIBRARY_FOLDERS: {
    summary: "List the public Gong library folders (call collections), optionally per workspace",
    description:
      "Lists the company's public library folders (curated collections of calls, e.g. best discovery calls) with their ids, names, parent folder, creator and last update, in all workspaces or in one. Private and archived folders are never returned. Use a folder id with GONG_LIST_FOLDER_CALLS. One request against the company budget (3 requests/s, 10,000/day); the answer is not paginated.",
    safety: read,
    quirks: {
      emptyOn404: true,
      notes: ["Gong answers 404 when there are no folders; gongkit returns an empty folders list."],
    },
    examples: [
      { title: "Library folders of the main workspace", input: { workspaceId: ids.companyWorkspaceId } },
      { title: "All public library folders", input: {} },
    ],
  },
};
