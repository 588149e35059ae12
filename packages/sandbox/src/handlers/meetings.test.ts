import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";

const meeting = {
  startTime: "2026-09-10T16:00:00Z",
  endTime: "2026-09-10T16:30:00Z",
  title: "Globex - security review",
  invitees: [{ email: ids.customerEmail, displayName: "Priya Natarajan" }],
  organizerEmail: ids.repEmail,
};

describe("meetings", () => {
  it("creates, updates and deletes a meeting with an int64 id above 2^53", async () => {
    const { call, state } = openSandbox();
    const created = await call("addMeeting", { body: meeting });
    expect(created.status).toBe(200);
    const meetingId = created.body.meetingId as string;
    expect(BigInt(meetingId)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(created.body.meetingUrl).toMatch(/^https:\/\/join\.gong\.io\/.+meetingId=/);
    expect(created.body.additionalInvitees).toEqual([
      { email: "recorder@gong.io", displayName: "Gong Recorder" },
    ]);

    const updated = await call("updateMeeting", {
      path: { meetingId },
      body: { ...meeting, title: undefined, endTime: "2026-09-10T17:00:00Z" },
    });
    expect(updated.body.meetingId).toBe(meetingId);
    const stored = state.meetings.find((item) => item.id === meetingId);
    expect(stored).toMatchObject({ endTime: "2026-09-10T17:00:00Z" });
    expect(stored).not.toHaveProperty("title");

    const deleted = await call("deleteMeeting", {
      path: { meetingId },
      body: { organizerEmail: ids.repEmail },
    });
    expect(deleted.body.organizerEmail).toBe(ids.repEmail);
    expect(state.meetings.some((item) => item.id === meetingId)).toBe(false);
    expect(
      (await call("deleteMeeting", { path: { meetingId }, body: { organizerEmail: ids.repEmail } })).status,
    ).toBe(404);
    expect((await call("deleteMeeting", { path: { meetingId: ids.meetingId } })).status).toBe(400);
    const next = await call("addMeeting", { body: meeting });
    expect(BigInt(next.body.meetingId as string)).toBeGreaterThan(BigInt(meetingId));
  });

  it("updates the seeded sample meeting and answers 404 for unknown ids or another organizer", async () => {
    const { call } = openSandbox();
    expect((await call("updateMeeting", { path: { meetingId: ids.meetingId }, body: meeting })).status).toBe(
      200,
    );
    const unknown = await call("updateMeeting", {
      path: { meetingId: "9007199254740993999" },
      body: meeting,
    });
    expect(unknown.status).toBe(404);
    const other = await call("deleteMeeting", {
      path: { meetingId: ids.meetingId },
      body: { organizerEmail: ids.managerEmail },
    });
    expect(other.status).toBe(404);
  });

  it("refuses an unknown organizer (404), a missing consent page (409) and an end before the start (400)", async () => {
    const { call, state } = openSandbox();
    expect(
      (await call("addMeeting", { body: { ...meeting, organizerEmail: "nobody@acme-sales.example" } }))
        .status,
    ).toBe(404);
    expect((await call("addMeeting", { body: { ...meeting, endTime: meeting.startTime } })).status).toBe(400);
    const rep = state.users.find((user) => user.emailAddress === ids.repEmail);
    if (rep) delete rep.meetingConsentPageUrl;
    expect((await call("addMeeting", { body: meeting })).status).toBe(409);
  });

  it("reports each user's integration status", async () => {
    const { call, state } = openSandbox();
    const inactive = state.users.find((user) => !user.active);
    const answer = await call("integrationStatus", {
      body: { emails: [ids.repEmail, "stranger@example.com", inactive?.emailAddress ?? ""] },
    });
    expect(answer.body.users).toEqual([
      { email: ids.repEmail, exists: true, valid: true },
      { email: "stranger@example.com", exists: false, valid: false, userFacingError: expect.any(String) },
      expect.objectContaining({
        exists: true,
        valid: false,
        userFacingError: "This Gong user is deactivated",
      }),
    ]);
  });
});
