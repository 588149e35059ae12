import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";
import { basicAuthorization } from "../index.js";

const byEmail = { emailAddress: ids.customerEmail };
const byPhone = { phoneNumber: ids.customerPhone };

describe("data privacy", () => {
  it("finds the sample customer's calls, emails, meetings, CRM record and engagement by email", async () => {
    const { call } = openSandbox();
    const found = await call("findAllReferencesToEmailAddress", { query: byEmail });
    const calls = (found.body.calls as { id: string }[]).map((item) => item.id);
    expect(calls).toContain(ids.callId);
    expect(found.body.emails).toHaveLength(3);
    expect(found.body.meetings).toContainEqual({ id: ids.meetingId });
    expect(found.body.customerData).toEqual([
      {
        system: "Generic",
        objects: [expect.objectContaining({ objectType: "Contact", externalId: ids.crmContactId })],
      },
    ]);
    expect(found.body.customerEngagement).toHaveLength(2);
  });

  it("finds the same person by phone, with the numbers and addresses that matched", async () => {
    const { call } = openSandbox();
    const found = await call("findAllReferencesToPhoneNumber", {
      query: { phoneNumber: "+1 (415) 555-0142" },
    });
    expect(found.body.suppliedPhoneNumber).toBe("+1 (415) 555-0142");
    expect(found.body.matchingPhoneNumbers).toContain(ids.customerPhone);
    expect(found.body.emailAddresses).toEqual([ids.customerEmail]);
    expect((found.body.calls as unknown[]).length).toBeGreaterThan(0);
  });

  it("requires a phone number starting with + (a raw + in a query string arrives as a space)", async () => {
    const { call, sandbox } = openSandbox();
    expect(
      (await call("findAllReferencesToPhoneNumber", { query: { phoneNumber: "14155550142" } })).status,
    ).toBe(400);
    const raw = await sandbox.fetch(
      `/v2/data-privacy/erase-data-for-phone-number?phoneNumber=${ids.customerPhone}`,
      {
        method: "POST",
        headers: { authorization: basicAuthorization(sandbox.credentials) },
      },
    );
    expect(raw.status).toBe(400);
    expect(
      (await call("findAllReferencesToEmailAddress", { query: { emailAddress: "not-an-email" } })).status,
    ).toBe(400);
  });

  it("erasing an email deletes the person's calls, emails, CRM record, flows and tasks; nothing refers to them after", async () => {
    const { call, state } = openSandbox();
    const before = state.calls.length;
    const erased = await call("purgeEmailAddress", { query: byEmail });
    expect(erased.status).toBe(200);
    const found = await call("findAllReferencesToEmailAddress", { query: byEmail });
    expect(found.body).toMatchObject({
      emails: [],
      calls: [],
      meetings: [],
      customerData: [],
      customerEngagement: [],
    });
    expect((await call("findAllReferencesToPhoneNumber", { query: byPhone })).body).toMatchObject({
      calls: [],
      matchingPhoneNumbers: [],
      emailAddresses: [],
    });
    expect(state.calls.length).toBeLessThan(before);
    expect(state.calls.some((item) => item.id === ids.callId)).toBe(false);
    expect(
      state.libraryFolders.flatMap((folder) => folder.calls).some((item) => item.callId === ids.callId),
    ).toBe(false);
    expect(state.crmObjects.CONTACT[ids.crmContactId]).toBeUndefined();
    expect(state.flowInstances.some((instance) => instance.id === ids.flowInstanceId)).toBe(false);
    expect(state.tasks.some((task) => task.id === ids.taskId)).toBe(false);
    expect(state.meetings.find((meeting) => meeting.id === ids.meetingId)?.invitees).toEqual([]);
  });

  it("erasing a phone number erases the contact who has it", async () => {
    const { call, state } = openSandbox();
    const contact = Object.values(state.crmObjects.CONTACT).find(
      (record) =>
        record.objectId !== ids.crmContactId && String(record.fields.phoneNumber ?? "").startsWith("+"),
    );
    const phoneNumber = String(contact?.fields.phoneNumber);
    const before = await call("findAllReferencesToPhoneNumber", { query: { phoneNumber } });
    expect(before.body.emailAddresses).toEqual([String(contact?.fields.emailAddress).toLowerCase()]);
    expect((await call("purgePhoneNumber", { query: { phoneNumber } })).status).toBe(200);
    const after = await call("findAllReferencesToPhoneNumber", { query: { phoneNumber } });
    expect(after.body).toMatchObject({
      calls: [],
      emails: [],
      customerData: [],
      emailAddresses: [],
      matchingPhoneNumbers: [],
    });
    expect(state.crmObjects.CONTACT[contact?.objectId ?? ""]).toBeUndefined();
  });

  it("refuses an abnormally large erase (a busy rep's own address)", async () => {
    const { call, state } = openSandbox();
    const before = state.calls.length;
    const refused = await call("purgeEmailAddress", { query: { emailAddress: ids.repEmail } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]).toMatch(/data integrity protection/);
    expect(state.calls.length).toBe(before);
  });
});
