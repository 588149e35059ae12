import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox } from "../app.js";

describe("library handlers", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });

  it("lists the folder tree, per workspace", async () => {
    const all = await sandboxRequest(sandbox, "GET", "/v2/library/folders");
    expect(validateResponse("GET", "/v2/library/folders", 200, all.body)).toEqual([]);
    const ids = new Set(all.body.folders.map((folder: { id: string }) => folder.id));
    const children = all.body.folders.filter((folder: { parentFolderId?: string }) => folder.parentFolderId);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(ids.has(child.parentFolderId)).toBe(true);
    const emea = await sandboxRequest(sandbox, "GET", "/v2/library/folders", {
      query: { workspaceId: sampleIds.secondWorkspaceId },
    });
    expect(emea.body.folders.length).toBeLessThan(all.body.folders.length);
    const none = await sandboxRequest(sandbox, "GET", "/v2/library/folders", {
      query: { workspaceId: "123" },
    });
    expect(none.status).toBe(404);
    expect(validateResponse("GET", "/v2/library/folders", 404, none.body)).toEqual([]);
  });

  it("lists the calls of a folder; 404 for an empty or unknown folder, 400 without folderId", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/library/folder-content", {
      query: { folderId: sampleIds.libraryFolderId },
    });
    expect(validateResponse("GET", "/v2/library/folder-content", 200, reply.body)).toEqual([]);
    expect(reply.body.calls.map((call: { id: string }) => call.id)).toContain(sampleIds.callId);
    const snippets = sandbox.state.libraryFolders.find((folder) =>
      folder.calls.some((entry) => entry.snippet),
    );
    const withSnippets = await sandboxRequest(sandbox, "GET", "/v2/library/folder-content", {
      query: { folderId: snippets?.id ?? "" },
    });
    expect(validateResponse("GET", "/v2/library/folder-content", 200, withSnippets.body)).toEqual([]);
    expect(withSnippets.body.calls[0].snippet).toMatchObject({
      fromSec: expect.any(Number),
      toSec: expect.any(Number),
    });
    const empty = sandbox.state.libraryFolders.find((folder) => folder.calls.length === 0);
    const emptyReply = await sandboxRequest(sandbox, "GET", "/v2/library/folder-content", {
      query: { folderId: empty?.id ?? "" },
    });
    expect(emptyReply.status).toBe(404);
    expect(
      (await sandboxRequest(sandbox, "GET", "/v2/library/folder-content", { query: { folderId: "42" } }))
        .status,
    ).toBe(404);
    expect((await sandboxRequest(sandbox, "GET", "/v2/library/folder-content")).status).toBe(400);
  });
});
