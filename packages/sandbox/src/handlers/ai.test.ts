import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";

const account = {
  workspaceId: ids.companyWorkspaceId,
  crmEntityType: "ACCOUNT",
  crmEntityId: ids.crmAccountId,
};
type Answer = { answerItems: string[]; callFindings: { call: { id: string; started: string } }[] }[];

describe("ask entity", () => {
  it("answers from the transcript sentences that mention the question's words, citing the calls", async () => {
    const { call } = openSandbox();
    const asked = await call("askEntity", {
      query: { ...account, timePeriod: "LAST_90DAYS", question: "What did they say about pricing?" },
    });
    const [section] = asked.body.answer as Answer;
    expect(section?.answerItems.length).toBeGreaterThan(0);
    expect(section?.answerItems.every((item) => item.toLowerCase().includes("pricing"))).toBe(true);
    expect(section?.callFindings.length).toBeGreaterThan(0);
    expect(asked.body.numOfCallsSearched).toBeGreaterThanOrEqual(section?.callFindings.length ?? 0);
    expect(asked.body.numOfEmailsSearched).toBe(3);
  });

  it("narrows to the time period and covers contacts", async () => {
    const { call } = openSandbox();
    const ask = (query: Record<string, string>) =>
      call("askEntity", { query: { question: "next steps", ...query } });
    const week = await ask({ ...account, timePeriod: "LAST_7DAYS" });
    const all = await ask({ ...account, timePeriod: "ALL_CONVERSATIONS" });
    expect(week.body.numOfCallsSearched).toBeLessThan(all.body.numOfCallsSearched as number);
    const range = await ask({
      ...account,
      timePeriod: "CUSTOM_RANGE",
      fromDateTime: "2026-08-18T00:00:00Z",
      toDateTime: "2026-08-19T00:00:00Z",
    });
    const cited = (range.body.answer as Answer)[0]?.callFindings.map((finding) => finding.call.started) ?? [];
    expect(cited.every((started) => started.startsWith("2026-08-18"))).toBe(true);
    const contact = await ask({
      ...account,
      crmEntityType: "CONTACT",
      crmEntityId: ids.crmContactId,
      timePeriod: "THIS_YEAR",
    });
    expect(contact.body.numOfCallsSearched).toBeGreaterThan(0);
  });

  it("refuses an unknown entity (404), an unknown workspace and a custom range without its start (400)", async () => {
    const { call } = openSandbox();
    const base = { ...account, timePeriod: "LAST_30DAYS", question: "Who is the champion?" };
    expect((await call("askEntity", { query: { ...base, crmEntityId: "001none" } })).status).toBe(404);
    expect((await call("askEntity", { query: { ...base, workspaceId: "1" } })).status).toBe(400);
    expect((await call("askEntity", { query: { ...base, timePeriod: "CUSTOM_RANGE" } })).status).toBe(400);
  });
});

describe("generate brief", () => {
  it("fills every section of the configured brief from the entity's calls", async () => {
    const { call, state } = openSandbox();
    const brief = await call("generateBrief", {
      query: { ...account, briefName: "Account brief", timePeriod: "LAST_90DAYS" },
    });
    const sections = brief.body.briefSections as { title: string; sectionSummary: string[] }[];
    const configured = state.briefs.find(
      (item) => item.briefName === "Account brief" && item.workspaceId === ids.companyWorkspaceId,
    );
    expect(sections.map((section) => section.title)).toEqual(configured?.sections);
    const stakeholders = sections.find((section) => section.title === "Key stakeholders");
    expect(stakeholders?.sectionSummary.join(" ")).toContain("Priya Natarajan");
    expect(sections.every((section) => section.sectionSummary.length > 0)).toBe(true);
  });

  it("answers 404 for a brief the workspace does not have", async () => {
    const { call } = openSandbox();
    const query = {
      ...account,
      crmEntityType: "DEAL",
      crmEntityId: ids.crmDealId,
      timePeriod: "LAST_90DAYS",
    };
    expect((await call("generateBrief", { query: { ...query, briefName: "Deal brief" } })).status).toBe(200);
    expect((await call("generateBrief", { query: { ...query, briefName: "Board memo" } })).status).toBe(404);
  });
});
