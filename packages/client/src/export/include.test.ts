import { describe, expect, it } from "vitest";
import { contentSelectorFor, defaultInclude, normalizeInclude, parseInclude } from "./include.js";

describe("include", () => {
  it("parses the CLI list into known parts, in a fixed order, once each", () => {
    expect(parseInclude("transcript, parties,parties,")).toEqual(["parties", "transcript"]);
    expect(() => parseInclude("parties,trackers")).toThrow(
      /Unknown export part trackers; choose from parties/,
    );
    expect(defaultInclude).not.toContain("media");
  });

  it("asks only for the parts wanted", () => {
    expect(contentSelectorFor([])).toEqual({ exposedFields: {} });
    expect(contentSelectorFor(["parties"])).toEqual({ exposedFields: { parties: true } });
    expect(contentSelectorFor(["collaboration", "media"])).toEqual({
      exposedFields: { collaboration: { publicComments: true }, media: true },
    });
    expect(contentSelectorFor(["context"])).toEqual({ context: "Extended", exposedFields: {} });
  });

  it("asks for the parties whenever the transcript is wanted, to name its speakers", () => {
    expect(contentSelectorFor(["transcript"])).toEqual({ exposedFields: { parties: true } });
  });

  it("asks for every content and interaction field in one request", () => {
    const { exposedFields } = contentSelectorFor(normalizeInclude(["content", "interaction"]));
    expect(exposedFields?.content).toEqual({
      structure: true,
      topics: true,
      trackers: true,
      trackerOccurrences: true,
      brief: true,
      outline: true,
      highlights: true,
      callOutcome: true,
      keyPoints: true,
    });
    expect(exposedFields?.interaction).toEqual({
      speakers: true,
      video: true,
      personInteractionStats: true,
      questions: true,
    });
  });
});
