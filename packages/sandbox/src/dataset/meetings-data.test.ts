import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random.js";
import { buildCoreState } from "./core.js";
import { defaultSeed } from "./ids.js";
import { issueMeetingId, seedMeetings } from "./meetings-data.js";

const core = buildCoreState(defaultSeed, new Date(ids.sandboxNow));

describe("meetings seed", () => {
  const seeded = seedMeetings(core, createRandom(3));
  const { meetings } = seeded;

  it("holds the sample meeting organized by the sample rep, with the sample customer invited", () => {
    expect(meetings.find((meeting) => meeting.id === ids.meetingId)).toMatchObject({
      organizerEmail: ids.repEmail,
      invitees: [expect.objectContaining({ email: ids.customerEmail })],
    });
  });

  it("gives every meeting a distinct id above 2^53, organized by a Gong user", () => {
    const meetingIds = meetings.map((meeting) => meeting.id);
    expect(new Set(meetingIds).size).toBe(meetingIds.length);
    for (const id of meetingIds) expect(BigInt(id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    const emails = new Set(core.users.map((user) => user.emailAddress));
    expect(meetings.every((meeting) => emails.has(meeting.organizerEmail))).toBe(true);
    expect(meetingIds).not.toContain(issueMeetingId(structuredClone(seeded)));
  });
});
