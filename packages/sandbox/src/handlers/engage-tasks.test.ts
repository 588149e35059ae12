import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";

const allOpen = { userId: ids.repUserId, types: ["FLOW", "MANUAL"], taskAction: ["CALL"], status: ["OPEN"] };

describe("tasks", () => {
  it("lists the rep's open tasks with int64 ids written as bare numbers", async () => {
    const { call } = openSandbox();
    const listed = await call("listTasks", { body: { filter: allOpen } });
    expect(listed.text).toContain(`"id":${ids.taskId},"userId":${ids.repUserId}`);
    expect(listed.text).toContain(`"flow":{"id":${ids.flowId},`);
    expect(listed.body.crmType).toBe("GENERIC");
    const [task] = listed.body.tasks as Record<string, unknown>[];
    expect(task).toMatchObject({
      status: "OPEN",
      type: "FLOW",
      actions: ["CALL"],
      account: { crmId: ids.crmAccountId },
      opportunity: { crmId: ids.crmDealId },
      contact: { crmId: ids.crmContactId, type: "CONTACT", data: { emails: [{ email: ids.customerEmail }] } },
      priority: { name: "High" },
    });
    const manualOnly = await call("listTasks", {
      body: { filter: { ...allOpen, types: ["MANUAL"], status: ["DONE"] } },
    });
    expect(
      (manualOnly.body.tasks as { type: string; status: string }[]).every((item) => item.type === "MANUAL"),
    ).toBe(true);
  });

  it("updates a task's status, due date and priority, visible in the list", async () => {
    const { call } = openSandbox();
    const updated = await call("updateReminder", {
      path: { taskId: ids.taskId },
      body: { userId: ids.repUserId, status: "DONE", dueDate: "2026-09-03T09:30:00Z", priority: "low" },
    });
    expect(updated.body.tasks).toEqual([
      expect.objectContaining({
        status: "DONE",
        dueDate: "2026-09-03T09:30:00Z",
        priority: expect.objectContaining({ name: "Low" }),
      }),
    ]);
    const open = await call("listTasks", { body: { filter: allOpen } });
    expect(open.text).not.toContain(`"id":${ids.taskId},`);
    const done = await call("listTasks", { body: { filter: { ...allOpen, status: ["DONE"] } } });
    expect(done.text).toContain(`"id":${ids.taskId},`);
  });

  it("answers 404 for an unknown task or another user's task, 400 for an unknown priority", async () => {
    const { call } = openSandbox();
    const update = (taskId: string, body: Record<string, unknown>) =>
      call("updateReminder", { path: { taskId }, body });
    expect((await update("9007199254740995999", { userId: ids.repUserId })).status).toBe(404);
    expect((await update(ids.taskId, { userId: ids.managerUserId })).status).toBe(404);
    expect((await update(ids.taskId, { userId: ids.repUserId, priority: "Urgent" })).status).toBe(400);
  });
});

describe("engagement events and integration settings", () => {
  const interaction = {
    eventId: "web-1",
    timestamp: "2026-08-30T10:00:00Z",
    eventType: "page viewed",
    content: { contentTitle: "Pricing page", contentUrl: "https://acme.example/pricing" },
    person: { email: ids.customerEmail },
  };
  const viewed = {
    reportingSystem: "DocSend",
    eventTimestamp: "2026-08-30T10:00:00+02:00",
    eventId: "ds-1",
    contentId: "doc-1",
    contentUrl: "https://docs.example/doc-1",
    contentTitle: "Proposal",
    viewer: { email: ids.customerEmail },
  };

  it("records a digital interaction once (409 on a repeat), findable by the person's email", async () => {
    const { call } = openSandbox();
    expect((await call("addDigitalInteraction", { body: interaction })).status).toBe(200);
    expect((await call("addDigitalInteraction", { body: interaction })).status).toBe(409);
    const found = await call("findAllReferencesToEmailAddress", {
      query: { emailAddress: ids.customerEmail },
    });
    expect(found.body.customerEngagement).toContainEqual(
      expect.objectContaining({
        eventType: "digitalInteraction",
        sourceEventId: "web-1",
        eventName: "page viewed",
      }),
    );
  });

  it("records the legacy content viewed, shared and custom action events (409 on a repeated event id)", async () => {
    const { call } = openSandbox();
    expect((await call("contentViewed", { body: viewed })).status).toBe(200);
    expect((await call("contentViewed", { body: viewed })).status).toBe(409);
    const { eventId: _eventId, ...anonymous } = viewed;
    expect((await call("contentViewed", { body: anonymous })).status).toBe(200);
    expect((await call("contentViewed", { body: anonymous })).status).toBe(200);
    const shared = { ...viewed, eventId: "share-1", recipients: [{ email: "cfo@globex.example" }] };
    expect((await call("contentShared", { body: shared })).status).toBe(200);
    const action = {
      reportingSystem: "Portal",
      eventTimestamp: "2026-08-30T11:00:00Z",
      eventId: "a-1",
      actionName: "Signed",
    };
    expect((await call("customAction", { body: action })).status).toBe(200);
    expect((await call("customAction", { body: action })).status).toBe(409);
    expect(
      (await call("contentViewed", { body: { ...viewed, eventId: "ds-2", eventTimestamp: "yesterday" } }))
        .status,
    ).toBe(400);
  });

  it("stores the allowed origins and returns a stable int64 integration id", async () => {
    const { call, state } = openSandbox();
    const set = (allowedOrigin: string) =>
      call("integrationSettings", {
        body: { integrationTypeSettings: [{ integrationType: "DIALER", allowedOrigin }] },
      });
    const first = await set("https://dialer.example.com");
    const second = await set("https://dialer2.example.com");
    const idOf = (text: string) => /"integrationId":(\d+)/.exec(text)?.[1];
    expect(idOf(first.text)).toBeDefined();
    expect(idOf(second.text)).toBe(idOf(first.text));
    expect(state.integrationSettings?.settings).toEqual([
      { integrationType: "DIALER", allowedOrigin: "https://dialer2.example.com" },
    ]);
    expect((await set("https://dialer.example.com/path")).status).toBe(400);
  });
});
