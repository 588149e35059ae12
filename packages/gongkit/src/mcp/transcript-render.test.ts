import { describe, expect, it } from "vitest";
import type { CallDetails, Monologue } from "./call-parties.js";
import { buildView, clock, renderLines } from "./transcript-render.js";

const call: CallDetails = {
  metaData: { id: "1", title: "Partner sync", started: "2026-08-03T10:00:00Z", duration: 4500 },
  context: [
    {
      system: "Salesforce",
      objects: [
        {
          objectType: "Account",
          objectId: "A1",
          fields: [
            { name: "Name", value: "Initech" },
            { name: "Website", value: "https://www.initech.example/" },
          ],
        },
      ],
    },
  ],
  parties: [
    { name: "Ann Host", speakerId: "s1", affiliation: "Internal", emailAddress: "ann@acme.example" },
    { name: "Bob Buyer", speakerId: "s2", affiliation: "External", emailAddress: "bob@initech.example" },
    { name: "Cy Partner", speakerId: "s3", affiliation: "External", emailAddress: "cy@partner.example" },
    { name: "Dee Guest", speakerId: "s4", affiliation: "Unknown", emailAddress: "dee@gmail.com" },
  ],
};

const sentence = (seconds: number, text: string) => ({
  start: seconds * 1000,
  end: seconds * 1000 + 900,
  text,
});

describe("transcript rendering", () => {
  it("names each side's speakers: account name, else email domain; unclaimed speakers numbered", () => {
    const monologues: Monologue[] = [
      { speakerId: "s1", sentences: [sentence(1, "Welcome.")] },
      { speakerId: "s2", sentences: [sentence(3, "Thanks.")] },
      { speakerId: "s3", sentences: [sentence(5, "Hi.")] },
      { speakerId: "s4", sentences: [sentence(7, "Hello.")] },
      { speakerId: "s9", sentences: [sentence(9, "Who am I?")] },
      { speakerId: "s8", sentences: [sentence(11, "And I?")] },
      { speakerId: "s9", sentences: [sentence(13, "  Still me. ")] },
    ];
    expect(renderLines(buildView("1", call, monologues))).toEqual([
      "[00:01] Ann Host (internal): Welcome.",
      "[00:03] Bob Buyer (Initech, external): Thanks.",
      "[00:05] Cy Partner (partner.example, external): Hi.",
      "[00:07] Dee Guest: Hello.",
      "[00:09] Speaker 1: Who am I?",
      "[00:11] Speaker 2: And I?",
      "[00:13] Speaker 1: Still me.",
    ]);
  });

  it("names a party by the account its context links to, of several, or by its website's domain", () => {
    const partner = {
      objectType: "Account",
      objectId: "A2",
      fields: [{ name: "Name", value: "Partner Co" }],
    };
    const contact = { objectType: "Contact", objectId: "C3", fields: [{ name: "AccountId", value: "A2" }] };
    const linked: CallDetails = {
      ...call,
      context: [{ system: "Salesforce", objects: [...(call.context?.[0]?.objects ?? []), partner] }],
      parties: [
        {
          name: "Cy Partner",
          affiliation: "External",
          emailAddress: "cy@partner.example",
          context: [{ system: "Salesforce", objects: [contact] }],
        },
        { name: "Eve Buyer", affiliation: "External", emailAddress: "eve@eu.initech.example" },
      ],
    };
    expect(buildView("1", linked, []).parties.map((party) => party.company)).toEqual([
      "Partner Co",
      "Initech",
    ]);
  });

  it("splits a long turn every 40 seconds and windows by sentence start", () => {
    const monologues: Monologue[] = [
      {
        speakerId: "s2",
        sentences: [0, 15, 30, 45, 60, 85, 100].map((at) => sentence(3600 + at, `At ${at}.`)),
      },
    ];
    const view = buildView("1", call, monologues);
    expect(renderLines(view)).toEqual([
      "[60:00] Bob Buyer (Initech, external): At 0. At 15. At 30.",
      "[60:45] Bob Buyer (Initech, external): At 45. At 60.",
      "[61:25] Bob Buyer (Initech, external): At 85. At 100.",
    ]);
    expect(renderLines(view, { fromSeconds: 3615, toSeconds: 3660 })).toEqual([
      "[60:15] Bob Buyer (Initech, external): At 15. At 30. At 45.",
    ]);
    expect(renderLines(view, { externalOnly: true })).toHaveLength(3);
  });

  it("writes minutes past the hour as mm:ss", () => {
    expect(clock(0)).toBe("00:00");
    expect(clock(754_999)).toBe("12:34");
    expect(clock(4_325_000)).toBe("72:05");
  });
});
