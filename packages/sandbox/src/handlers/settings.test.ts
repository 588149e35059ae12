import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../../../test/support/official-spec.js";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { sandboxRequest } from "../../../../test/support/sandbox-request.js";
import { createSandbox } from "../app.js";

describe("settings handlers", () => {
  const sandbox = createSandbox({ rateLimit: false, now: pinnedNow });

  it("lists workspaces, call outcomes and briefs", async () => {
    const workspaces = await sandboxRequest(sandbox, "GET", "/v2/workspaces");
    expect(validateResponse("GET", "/v2/workspaces", 200, workspaces.body)).toEqual([]);
    expect(workspaces.body.workspaces).toHaveLength(2);
    const outcomes = await sandboxRequest(sandbox, "GET", "/v2/call-outcomes");
    expect(validateResponse("GET", "/v2/call-outcomes", 200, outcomes.body)).toEqual([]);
    expect(outcomes.body.outcomes[0]).toMatchObject({ callOutcome: expect.any(String), displayOrder: 1 });
    const briefs = await sandboxRequest(sandbox, "GET", "/v2/settings/briefs");
    expect(validateResponse("GET", "/v2/settings/briefs", 200, briefs.body)).toEqual([]);
    const emeaBriefs = await sandboxRequest(sandbox, "GET", "/v2/settings/briefs", {
      query: { workspaceId: sampleIds.secondWorkspaceId },
    });
    expect(emeaBriefs.body.briefs.length).toBeLessThan(briefs.body.briefs.length);
  });

  it("lists keyword trackers, all or per workspace", async () => {
    const all = await sandboxRequest(sandbox, "GET", "/v2/settings/trackers");
    expect(validateResponse("GET", "/v2/settings/trackers", 200, all.body)).toEqual([]);
    const competitor = all.body.keywordTrackers.find(
      (tracker: { trackerId: string }) => tracker.trackerId === sampleIds.trackerId,
    );
    expect(competitor.languageKeywords[0].keywords).toContain("Contoso");
    const main = await sandboxRequest(sandbox, "GET", "/v2/settings/trackers", {
      query: { workspaceId: sampleIds.companyWorkspaceId },
    });
    expect(main.body.keywordTrackers.length).toBeLessThan(all.body.keywordTrackers.length);
  });

  it("lists scorecards with int64 ids as bare JSON numbers, even above 2^53", async () => {
    const reply = await sandboxRequest(sandbox, "GET", "/v2/settings/scorecards");
    expect(validateResponse("GET", "/v2/settings/scorecards", 200, reply.body)).toEqual([]);
    expect(reply.text).toContain(`"scorecardId":${sampleIds.scorecardId}`);
    expect(reply.text).toContain(`"workspaceId":${sampleIds.companyWorkspaceId}`);
    expect(reply.text).not.toContain(`"scorecardId":"`);
    expect(BigInt(sampleIds.scorecardId)).toBeGreaterThan(2n ** 53n);
    const question = sandbox.state.scorecards[0]?.questions[0];
    expect(reply.text).toContain(`"questionId":${question?.questionId}`);
  });

  it("lists logs of a type in a period, paged in the query; 404 when none", async () => {
    const query = { logType: "AccessLog", fromDateTime: sampleIds.datasetFrom };
    const first = await sandboxRequest(sandbox, "GET", "/v2/logs", { query });
    expect(validateResponse("GET", "/v2/logs", 200, first.body)).toEqual([]);
    expect(first.body.records.totalRecords).toBeGreaterThan(100);
    const second = await sandboxRequest(sandbox, "GET", "/v2/logs", {
      query: { ...query, cursor: first.body.records.cursor },
    });
    expect(second.body.records.currentPageNumber).toBe(1);
    expect(second.body.logEntries[0].eventTime >= first.body.logEntries[99].eventTime).toBe(true);
    for (const logType of [
      "UserActivityLog",
      "UserCallPlay",
      "ExternallySharedCallAccess",
      "ExternallySharedCallPlay",
    ]) {
      const reply = await sandboxRequest(sandbox, "GET", "/v2/logs", { query: { ...query, logType } });
      expect(validateResponse("GET", "/v2/logs", 200, reply.body)).toEqual([]);
      expect(reply.body.logEntries.length).toBeGreaterThan(0);
    }
    const none = await sandboxRequest(sandbox, "GET", "/v2/logs", {
      query: { ...query, fromDateTime: sampleIds.sandboxNow },
    });
    expect(none.status).toBe(404);
    expect(validateResponse("GET", "/v2/logs", 404, none.body)).toEqual([]);
  });
});
