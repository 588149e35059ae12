// Sandbox handlers for the library group: the public folder tree and the calls in one folder.
import type { HandlerMap } from "../kit.js";
import { badRequest, emptyList, SandboxHttpError } from "../kit.js";
import { defined } from "./common.js";

export const libraryHandlers: HandlerMap = {
  getLibraryStructure: ({ state, query }) => {
    const workspaceId = query.get("workspaceId");
    const folders = state.libraryFolders.filter(
      (folder) => !workspaceId || folder.workspaceId === workspaceId,
    );
    if (folders.length === 0) emptyList("No library folders found");
    return {
      body: {
        folders: folders.map((folder) =>
          defined({
            id: folder.id,
            name: folder.name,
            parentFolderId: folder.parentFolderId,
            createdBy: folder.createdBy,
            updated: folder.updated,
          }),
        ),
      },
    };
  },

  getCallsInSpecificFolder: ({ state, query }) => {
    const folderId = query.get("folderId");
    if (!folderId) badRequest("folderId is required");
    const folder = state.libraryFolders.find((candidate) => candidate.id === folderId);
    if (!folder) throw new SandboxHttpError(404, [`No library folder found with id ${folderId}`]);
    if (folder.calls.length === 0) emptyList(`No calls found in library folder ${folderId}`);
    return {
      body: {
        id: folder.id,
        name: folder.name,
        createdBy: folder.createdBy,
        updated: folder.updated,
        calls: folder.calls.map((entry) =>
          defined({
            id: entry.callId,
            title: entry.title,
            note: entry.note,
            addedBy: entry.addedBy,
            created: entry.created,
            url: entry.url,
            snippet: entry.snippet,
          }),
        ),
      },
    };
  },
};
