// Inputs Gong would refuse are refused here first, with nothing sent (issue 13, finding 4): lists past the
// documented cap, malformed addresses and numbers for the erase actions, ids above the int64 maximum and
// prototype keys. The values at the limits still go out. The sandbox records every exchange.
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { sampleIds } from "../catalog/sample-ids.js";

const instanceIds = (count: number) => Array.from({ length: count }, (_, i) => `fi-${i}`);

async function refused(id: string, input: unknown) {
  const { client, exchanges } = sandboxWithClient();
  const result = await client.runById(id, input);
  expect(result.error?.code, JSON.stringify(result.error)).toBe("invalid_input");
  expect(exchanges).toHaveLength(0);
  return result.error?.fields ?? [];
}

async function sent(id: string, input: unknown) {
  const { client, exchanges } = sandboxWithClient();
  const result = await client.runById(id, input);
  expect(result.error?.code).not.toBe("invalid_input");
  expect(exchanges).toHaveLength(1);
  return result;
}

describe("flow instances to unassign: at most 200 per request", () => {
  const unassign = "GONG_UNASSIGN_FLOWS_BY_INSTANCE_ID";

  it("refuses 201 and 200,000 ids, and none, sending nothing", async () => {
    for (const count of [201, 200_000]) {
      expect(await refused(unassign, { flowInstanceIds: instanceIds(count) })).toEqual([
        { path: "flowInstanceIds", message: "Too big: expected array to have <=200 items" },
      ]);
    }
    expect((await refused(unassign, { flowInstanceIds: [] }))[0]?.path).toBe("flowInstanceIds");
  });

  it("sends 200", async () => {
    expect((await sent(unassign, { flowInstanceIds: instanceIds(200) })).successful).toBe(true);
  });
});

describe("the erase actions", () => {
  it("refuse an empty or malformed emailAddress, sending nothing", async () => {
    for (const emailAddress of ["", "priya", "priya@", "@globex.example", "priya natarajan@globex.example"]) {
      const fields = await refused("GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", { emailAddress });
      expect(fields).toEqual([{ path: "emailAddress", message: "Invalid email address" }]);
    }
  });

  it("refuse a phone number without its + and country code, or of too few or many digits", async () => {
    for (const phoneNumber of [
      "",
      "4255552671",
      "+",
      "+1 425",
      "+1 425 555 2671 0000 99",
      "+1 425 CALL NOW",
    ]) {
      const fields = await refused("GONG_ERASE_DATA_FOR_PHONE_NUMBER", { phoneNumber });
      expect(fields.map((field) => field.path)).toEqual(["phoneNumber"]);
    }
  });

  it("send a valid address, and the phone numbers Gong's own prose permits", async () => {
    expect(
      (await sent("GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", { emailAddress: sampleIds.customerEmail })).successful,
    ).toBe(true);
    for (const phoneNumber of ["+1 425 555 2671", "+1-425-555-2671", "+14255552671", "+1(425) 555-2671"]) {
      await sent("GONG_ERASE_DATA_FOR_PHONE_NUMBER", { phoneNumber });
    }
  });
});

describe("ids above the int64 maximum", () => {
  it("are refused as a call id (a string) and as a meeting id (int64), sending nothing", async () => {
    const tooBig = "99999999999999999999";
    expect(await refused("GONG_GET_CALL_BY_ID", { id: tooBig })).toEqual([
      { path: "id", message: `"${tooBig}" is above the int64 maximum 9223372036854775807` },
    ]);
    expect(await refused("GONG_GET_CALL_BY_ID", { id: "9223372036854775808" })).toHaveLength(1);
    const fields = await refused("GONG_RETRIEVE_FILTERED_CALL_DETAILS", {
      filter: { callIds: [sampleIds.callId, tooBig] },
    });
    expect(fields.map((field) => field.path)).toEqual(["filter.callIds[1]"]);
    const meeting = await refused("GONG_DELETE_MEETING", {
      meetingId: tooBig,
      organizerEmail: sampleIds.repEmail,
    });
    expect(meeting).toEqual([
      { path: "meetingId", message: `"${tooBig}" is above the int64 maximum 9223372036854775807` },
    ]);
  });

  it("sends 9223372036854775807, the maximum itself", async () => {
    await sent("GONG_GET_CALL_BY_ID", { id: "9223372036854775807" });
  });
});

describe("prototype keys", () => {
  it("refuses __proto__ from JSON.parse at the top and deep in a free-form field, naming the path", async () => {
    const top = JSON.parse(`{"__proto__": {"admin": true}, "emailAddress": "${sampleIds.customerEmail}"}`);
    expect(await refused("GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", top)).toEqual([
      {
        path: "__proto__",
        message: '"__proto__" is a prototype key, refused as a field name anywhere in an input',
      },
    ]);
    const deep = JSON.parse('{"filter": {"callIds": ["1"]}, "contentSelector": {"__proto__": {"x": 1}}}');
    expect((await refused("GONG_RETRIEVE_FILTERED_CALL_DETAILS", deep)).map((f) => f.path)).toEqual([
      "contentSelector.__proto__",
    ]);
  });

  it("refuses constructor and prototype, also when not enumerable and inside a list", async () => {
    const hidden = { emailAddress: sampleIds.customerEmail };
    Object.defineProperty(hidden, "constructor", { value: { prototype: {} }, enumerable: false });
    expect((await refused("GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", hidden)).map((f) => f.path)).toEqual([
      "constructor",
    ]);
    const listed = { filter: { callIds: [sampleIds.callId] }, x: [{ prototype: 1 }] };
    expect((await refused("GONG_RETRIEVE_FILTERED_CALL_DETAILS", listed)).map((f) => f.path)).toEqual([
      "x[0].prototype",
    ]);
  });
});
