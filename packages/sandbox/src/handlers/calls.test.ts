import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox } from "../app.js";

const window90 = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };
const everything = {
  context: "Extended",
  contextTiming: ["Now", "TimeOfCall"],
  exposedFields: {
    parties: true,
    media: true,
    content: {
      structure: true,
      topics: true,
      trackers: true,
      trackerOccurrences: true,
      pointsOfInterest: true,
      brief: true,
      outline: true,
      highlights: true,
      callOutcome: true,
      keyPoints: true,
    },
    interaction: { speakers: true, video: true, personInteractionStats: true, questions: true },
    collaboration: { publicComments: true },
  },
};

describe("calls handlers", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });

  it("lists 300 calls over 90 days in 3 pages of 100 with a cursor while more remain", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    const pages = [];
    do {
      const reply = await sandboxRequest(sandbox, "GET", "/v2/calls", {
        query: { ...window90, ...(cursor ? { cursor } : {}) },
      });
      expect(reply.status).toBe(200);
      expect(validateResponse("GET", "/v2/calls", 200, reply.body)).toEqual([]);
      pages.push(reply.body.records);
      seen.push(...reply.body.calls.map((call: { id: string }) => call.id));
      cursor = reply.body.records.cursor;
    } while (cursor);
    expect(
      pages.map((records) => [records.totalRecords, records.currentPageSize, records.currentPageNumber]),
    ).toEqual([
      [300, 100, 0],
      [300, 100, 1],
      [300, 100, 2],
    ]);
    expect(new Set(seen).size).toBe(300);
  });

  it("filters by workspace and answers 404 when nothing matches", async () => {
    const emea = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { ...window90, workspaceId: sampleIds.secondWorkspaceId },
    });
    expect(
      emea.body.calls.every(
        (call: { workspaceId: string }) => call.workspaceId === sampleIds.secondWorkspaceId,
      ),
    ).toBe(true);
    expect(emea.body.records.totalRecords).toBeLessThan(100);
    const empty = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" },
    });
    expect(empty.status).toBe(404);
    expect(validateResponse("GET", "/v2/calls", 404, empty.body)).toEqual([]);
    const backwards = await sandboxRequest(sandbox, "GET", "/v2/calls", {
      query: { fromDateTime: sampleIds.sandboxNow, toDateTime: sampleIds.datasetFrom },
    });
    expect(backwards.status).toBe(400);
  });

  it("gets one call, 404 for an unknown id", async () => {
    const reply = await sandboxRequest(sandbox, "GET", `/v2/calls/${sampleIds.callId}`);
    expect(validateResponse("GET", "/v2/calls/{id}", 200, reply.body)).toEqual([]);
    expect(reply.body.call).toMatchObject({
      id: sampleIds.callId,
      started: sampleIds.callStarted,
      isPrivate: false,
    });
    const missing = await sandboxRequest(sandbox, "GET", "/v2/calls/1234567890123456789");
    expect(missing.status).toBe(404);
  });

  it("returns only the parts of extensive call data the content selector asks for", async () => {
    const bare = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter: { callIds: [sampleIds.callId] } },
    });
    expect(Object.keys(bare.body.calls[0])).toEqual(["metaData"]);
    const full = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter: { callIds: [sampleIds.callId] }, contentSelector: everything },
    });
    expect(validateResponse("POST", "/v2/calls/extensive", 200, full.body)).toEqual([]);
    const call = full.body.calls[0];
    expect(Object.keys(call).sort()).toEqual(
      ["collaboration", "content", "context", "interaction", "media", "metaData", "parties"].sort(),
    );
    const competitor = call.content.trackers.find(
      (tracker: { id: string }) => tracker.id === sampleIds.trackerId,
    );
    expect(competitor.count).toBeGreaterThan(0);
    expect(competitor.occurrences).toHaveLength(competitor.count);
    const speakers = new Set(call.parties.map((party: { speakerId?: string }) => party.speakerId));
    for (const occurrence of competitor.occurrences) expect(speakers.has(occurrence.speakerId)).toBe(true);
    expect(call.interaction.speakers.length).toBe(3);
    expect(call.interaction.interactionStats.map((stat: { name: string }) => stat.name)).toContain(
      "Talk Ratio",
    );
    expect(call.media.videoUrl).toMatch(/^https:/);
    expect(call.context[0].objects[0]).toMatchObject({
      objectType: "Account",
      objectId: sampleIds.crmAccountId,
    });
    const basic = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: {
        filter: { callIds: [sampleIds.callId] },
        contentSelector: { context: "Basic", exposedFields: { parties: true } },
      },
    });
    expect(basic.body.calls[0].context[0].objects[0].fields).toBeUndefined();
    const timingWithoutExtended = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter: {}, contentSelector: { context: "Basic", contextTiming: ["Now"] } },
    });
    expect(timingWithoutExtended.status).toBe(400);
  });

  it("pages extensive calls with the cursor in the body, bound to the filter", async () => {
    const filter = { fromDateTime: sampleIds.datasetFrom, toDateTime: sampleIds.sandboxNow };
    const selector = { exposedFields: { parties: true, content: { topics: true } } };
    const first = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter, contentSelector: selector },
    });
    const second = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter, contentSelector: selector, cursor: first.body.records.cursor },
    });
    expect(second.body.records.currentPageNumber).toBe(1);
    expect(second.body.calls[0].metaData.id).not.toBe(first.body.calls[0].metaData.id);
    expect(validateResponse("POST", "/v2/calls/extensive", 200, second.body)).toEqual([]);
    const otherFilter = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: {
        filter: { ...filter, workspaceId: sampleIds.companyWorkspaceId },
        cursor: first.body.records.cursor,
      },
    });
    expect(otherFilter.status).toBe(400);
    const none = await sandboxRequest(sandbox, "POST", "/v2/calls/extensive", {
      json: { filter: { primaryUserIds: ["1111111111111111111"] } },
    });
    expect(none.status).toBe(404);
  });

  it("returns transcripts by call id or date range, with the cursor in the body", async () => {
    const one = await sandboxRequest(sandbox, "POST", "/v2/calls/transcript", {
      json: { filter: { callIds: [sampleIds.callId] } },
    });
    expect(validateResponse("POST", "/v2/calls/transcript", 200, one.body)).toEqual([]);
    const transcript = one.body.callTranscripts[0].transcript;
    expect(transcript[0]).toMatchObject({ speakerId: expect.any(String), topic: expect.any(String) });
    expect(transcript[0].sentences[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number) });
    const week = { fromDateTime: "2026-08-17T00:00:00Z", toDateTime: "2026-08-24T00:00:00Z" };
    const range = await sandboxRequest(sandbox, "POST", "/v2/calls/transcript", { json: { filter: week } });
    expect(range.body.callTranscripts.map((entry: { callId: string }) => entry.callId)).toContain(
      sampleIds.callId,
    );
    const empty = await sandboxRequest(sandbox, "POST", "/v2/calls/transcript", {
      json: { filter: { callIds: [sampleIds.callAwaitingMediaId] } },
    });
    expect(empty.status).toBe(404);
  });

  it("lists manual CRM associations from the legacy spec", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/calls/manual-crm-associations");
    expect(validateResponse("GET", "/v2/calls/manual-crm-associations", 200, reply.body, "legacy")).toEqual(
      [],
    );
    expect(reply.body.associations.length).toBeGreaterThan(0);
    const later = await sandboxRequest(sandbox, "GET", "/v2/calls/manual-crm-associations", {
      query: { fromDateTime: "2026-08-15T00:00:00Z" },
    });
    expect(later.body.associations.length).toBeLessThan(reply.body.associations.length);
  });

  it("adds a call that then appears in the list, and refuses a repeated clientUniqueId", async () => {
    const own = createSandbox({ rateLimit: false, now: pinnedNow });
    const body = {
      clientUniqueId: "pbx-42",
      actualStart: "2026-08-31T15:00:00Z",
      duration: 600,
      direction: "Outbound",
      primaryUser: sampleIds.repUserId,
      parties: [
        { userId: sampleIds.repUserId },
        { name: "Priya Natarajan", phoneNumber: sampleIds.customerPhone },
      ],
      context: [
        { system: "Generic", objects: [{ objectType: "Account", objectId: sampleIds.crmAccountId }] },
      ],
    };
    const created = await sandboxRequest(own, "POST", "/v2/calls", { json: body });
    expect(created.status).toBe(200);
    expect(validateResponse("POST", "/v2/calls", 200, created.body)).toEqual([]);
    const callId = created.body.callId;
    const listed = await sandboxRequest(own, "GET", "/v2/calls", {
      query: { fromDateTime: "2026-08-31T00:00:00Z", toDateTime: sampleIds.sandboxNow },
    });
    expect(listed.body.calls.map((call: { id: string }) => call.id)).toContain(callId);
    expect((await sandboxRequest(own, "GET", `/v2/calls/${callId}`)).body.call).toMatchObject({
      clientUniqueId: "pbx-42",
      scope: "External",
      primaryUserId: sampleIds.repUserId,
    });
    const again = await sandboxRequest(own, "POST", "/v2/calls", { json: body });
    expect(again.status).toBe(409);
    expect(validateResponse("POST", "/v2/calls", 409, again.body)).toEqual([]);
    const unknownUser = await sandboxRequest(own, "POST", "/v2/calls", {
      json: { ...body, clientUniqueId: "pbx-43", primaryUser: "1111111111111111111" },
    });
    expect(unknownUser.status).toBe(400);
    const missing = await sandboxRequest(own, "POST", "/v2/calls", { json: { clientUniqueId: "x" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(
      expect.arrayContaining(["Missing required body field 'primaryUser'"]),
    );
  });
});
