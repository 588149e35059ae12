import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { pinnedNow } from "../../../../test/support/pinned-clock.js";
import { createSandbox } from "../app.js";
import type { CallRecord } from "../state.js";

const state = createSandbox({ rateLimit: false, now: pinnedNow }).state;
const spoken = (call: CallRecord) =>
  call.transcript.flatMap((monologue) =>
    monologue.sentences.map((sentence) => ({ ...sentence, speakerId: monologue.speakerId })),
  );
const minutes = (call: CallRecord) => call.duration / 60;
const hasTopic = (call: CallRecord, topic: string, seconds: number) =>
  call.topics.some((entry) => entry.name === topic && (entry.duration ?? 0) >= seconds);

describe("the seeded transcripts", () => {
  it("do not repeat themselves: every longer sentence once a call, most sentences distinct", () => {
    const problems: string[] = [];
    for (const call of state.calls) {
      const sentences = spoken(call);
      if (sentences.length < 30) continue;
      const distinct = new Set(sentences.map((sentence) => sentence.text)).size;
      // Short acknowledgements ("Right.", "Got it.") come back; everything else is said once.
      if (distinct / sentences.length < 0.75)
        problems.push(`${call.id}: ${distinct}/${sentences.length} distinct`);
      const longer = sentences.filter((sentence) => sentence.text.split(" ").length > 4);
      const seen = new Set<string>();
      for (const sentence of longer) {
        if (seen.has(sentence.text)) problems.push(`${call.id}: "${sentence.text}" said twice`);
        seen.add(sentence.text);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never has a speaker say the same sentence twice within a minute", () => {
    const problems: string[] = [];
    for (const call of state.calls) {
      const last = new Map<string, number>();
      for (const sentence of spoken(call)) {
        const key = `${sentence.speakerId}|${sentence.text}`;
        const before = last.get(key);
        if (before !== undefined && sentence.start - before < 60_000)
          problems.push(`${call.id} at ${sentence.start}: "${sentence.text}"`);
        last.set(key, sentence.start);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has Acme's side ask a realistic number of questions an hour on external calls", () => {
    const external = state.calls.filter(
      (call) => call.scope === "External" && call.duration >= 900 && call.transcript.length > 0,
    );
    const rates = external.map((call) => (call.questions?.companyCount ?? 0) / (minutes(call) / 60));
    const sorted = [...rates].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(external.length).toBeGreaterThan(100);
    expect(median).toBeGreaterThanOrEqual(10);
    expect(median).toBeLessThanOrEqual(30);
    expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThanOrEqual(40);
    expect(Math.max(...rates)).toBeLessThanOrEqual(50);
    const sample = state.calls.find((call) => call.id === sampleIds.callId) as CallRecord;
    expect((sample.questions?.companyCount ?? 0) / (minutes(sample) / 60)).toBeLessThanOrEqual(35);
  });

  it("has long turns: a rep's demo runs over a minute, customers explain at length in discovery", () => {
    const longest = (call: CallRecord, internal: boolean) => {
      const company = new Set(
        call.parties.filter((party) => party.affiliation === "Internal").map((party) => party.speakerId),
      );
      let best = 0;
      for (const monologue of call.transcript) {
        if (company.has(monologue.speakerId) !== internal) continue;
        const first = monologue.sentences[0];
        const last = monologue.sentences.at(-1);
        if (first && last) best = Math.max(best, (last.end - first.start) / 1000);
      }
      return best;
    };
    const demos = state.calls.filter((call) => hasTopic(call, "Product Demo", 600));
    expect(demos.length).toBeGreaterThan(20);
    for (const call of demos) expect(longest(call, true), call.id).toBeGreaterThan(60);
    const discoveries = state.calls.filter((call) => hasTopic(call, "Discovery", 600));
    const stories = discoveries.map((call) => longest(call, false));
    expect(Math.min(...stories)).toBeGreaterThan(40);
    expect(stories.filter((seconds) => seconds > 60).length / stories.length).toBeGreaterThan(0.1);
  });

  it("keeps a 60-minute call at 8,000 to 10,000 words", () => {
    const hour = state.calls.filter((call) => call.duration >= 3500 && call.duration <= 3700);
    expect(hour.length).toBeGreaterThan(0);
    for (const call of hour) {
      const words = spoken(call).reduce((sum, sentence) => sum + sentence.text.split(" ").length, 0);
      expect(words, call.id).toBeGreaterThanOrEqual(8000);
      expect(words, call.id).toBeLessThanOrEqual(10_000);
    }
  });

  it("records every tracker keyword said, where it was said", () => {
    const problems: string[] = [];
    for (const call of state.calls.slice(0, 120)) {
      const trackers = state.trackers.filter(
        (tracker) => tracker.workspaceId === call.workspaceId && tracker.affiliation === "Anyone",
      );
      const hits = new Map<string, number>();
      for (const hit of call.trackers)
        for (const occurrence of hit.occurrences) {
          if (!trackers.some((tracker) => tracker.id === hit.trackerId)) continue;
          const key = `${occurrence.startTime}|${occurrence.phrase.toLowerCase()}`;
          hits.set(key, (hits.get(key) ?? 0) + 1);
        }
      for (const sentence of spoken(call)) {
        for (const keyword of new Set(trackers.flatMap((tracker) => tracker.keywords))) {
          const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const said = sentence.text.match(new RegExp(`\\b${escaped}\\b`, "gi"))?.length ?? 0;
          const key = `${sentence.start / 1000}|${keyword.toLowerCase()}`;
          const owners = trackers.filter((tracker) => tracker.keywords.includes(keyword)).length;
          if ((hits.get(key) ?? 0) !== said * owners) problems.push(`${call.id} ${key}: said ${said}`);
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("outlines what was said when it was said", () => {
    for (const call of state.calls.filter((candidate) => candidate.outline.length).slice(0, 80)) {
      const starts = new Set(spoken(call).map((sentence) => Math.round(sentence.start / 1000)));
      for (const section of call.outline) {
        for (const item of section.items) {
          expect(item.startTime).toBeGreaterThanOrEqual(section.startTime);
          expect(item.startTime).toBeLessThanOrEqual(section.startTime + section.duration + 1);
          expect(starts.has(item.startTime), `${call.id} ${item.text}`).toBe(true);
        }
      }
    }
  });
});

describe("the seeded calls' people and meetings", () => {
  it("has a join link on the meeting system the call ran on", () => {
    const hosts: Record<string, RegExp> = {
      Zoom: /^https:\/\/[\w-]+\.zoom\.us\/j\/\d+$/,
      "Google Meet": /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/,
      "Microsoft Teams": /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    };
    const video = state.calls.filter((call) => call.meetingUrl);
    expect(new Set(video.map((call) => call.system))).toEqual(new Set(Object.keys(hosts)));
    for (const call of video) expect(call.meetingUrl, call.system).toMatch(hosts[call.system] ?? /^$/);
  });

  it("has now and then a voice with no name, and a dial-in party, both of Unknown affiliation", () => {
    const unnamed = state.calls.filter((call) =>
      call.parties.some((party) => party.affiliation === "Unknown" && party.name === undefined),
    );
    const unknown = state.calls.filter((call) =>
      call.parties.some((party) => party.affiliation === "Unknown"),
    );
    expect(unnamed.length).toBeGreaterThanOrEqual(1);
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    expect(unknown.length).toBeLessThan(state.calls.length / 8);
    const voice = unnamed[0]?.parties.find((party) => party.name === undefined);
    expect(voice).toEqual({
      id: expect.any(String),
      speakerId: expect.any(String),
      affiliation: "Unknown",
      methods: ["Attendee"],
    });
    const dialIn = unknown
      .flatMap((call) => call.parties)
      .find((party) => party.affiliation === "Unknown" && party.name !== undefined);
    expect(dialIn).toMatchObject({ methods: ["Attendee"] });
    expect(dialIn?.phoneNumber).toMatch(/^\+1\d{10}$/);
    const sample = state.calls.find((call) => call.id === sampleIds.callId);
    expect(unknown.some((call) => call.id === sampleIds.callId)).toBe(false);
    expect(sample?.parties.every((party) => party.affiliation !== "Unknown")).toBe(true);
  });
});
