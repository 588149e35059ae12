// Public library folders (nested) with the calls and snippets managers collected for coaching.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { CallRecord, LibraryFolderRecord } from "../state.js";
import { callUrl } from "./ids.js";

interface FolderSeed {
  key: string;
  name: string;
  parent?: string;
  workspace: 1 | 2;
  /** Which calls belong here; none for an empty folder. */
  picks?: (call: CallRecord) => boolean;
  count?: number;
  snippets?: boolean;
}

const hasTracker = (name: string) => (call: CallRecord) => call.trackers.some((hit) => hit.name === name);

const folderSeeds: FolderSeed[] = [
  {
    key: "discovery",
    name: "Best Discovery Calls",
    workspace: 1,
    picks: (call) => call.title.endsWith("| Discovery"),
    count: 6,
  },
  { key: "onboarding", name: "Rep Onboarding", workspace: 1 },
  {
    key: "objections",
    name: "Objection Handling",
    parent: "onboarding",
    workspace: 1,
    picks: hasTracker("Pricing"),
    count: 5,
    snippets: true,
  },
  {
    key: "demos",
    name: "Demo Library",
    parent: "onboarding",
    workspace: 1,
    picks: (call) => call.title.includes("demo for"),
    count: 4,
  },
  {
    key: "wins",
    name: "Competitive Wins",
    workspace: 1,
    picks: hasTracker("Competitor mention"),
    count: 4,
    snippets: true,
  },
  {
    key: "contoso",
    name: "Contoso Displacements",
    parent: "wins",
    workspace: 1,
    picks: (call) => call.trackers.some((hit) => hit.occurrences.some((o) => o.phrase === "Contoso")),
    count: 3,
    snippets: true,
  },
  { key: "homework", name: "New Hire Homework", workspace: 1 },
  { key: "emea", name: "EMEA Playbook", workspace: 2, picks: (call) => call.scope === "External", count: 4 },
  {
    key: "dach",
    name: "Discovery in DACH",
    parent: "emea",
    workspace: 2,
    picks: (call) => call.title.endsWith("| Discovery"),
    count: 3,
    snippets: true,
  },
];

const notes = [
  "Listen to how the pain is quantified around minute 10.",
  "Textbook handling of the budget objection.",
  "Good example of multi-threading with the economic buyer.",
  "Note how the competitor question is turned into a differentiator.",
  "Use this in the first week of onboarding.",
];

export function buildLibrary(
  random: Random,
  workspaceIds: [string, string],
  calls: CallRecord[],
  curators: [string, string],
  now: number,
): LibraryFolderRecord[] {
  const ids = new Map<string, string>();
  return folderSeeds.map((seed) => {
    const id = seed.key === "discovery" ? sampleIds.libraryFolderId : random.id();
    ids.set(seed.key, id);
    const workspaceId = seed.workspace === 1 ? workspaceIds[0] : workspaceIds[1];
    const createdBy = seed.workspace === 1 ? curators[0] : curators[1];
    const candidates = calls.filter(
      (call) =>
        call.workspaceId === workspaceId &&
        !call.isPrivate &&
        call.recording &&
        seed.picks?.(call) &&
        call.id !== sampleIds.callId,
    );
    const chosen: CallRecord[] = [];
    if (seed.key === "discovery") chosen.push(...calls.filter((call) => call.id === sampleIds.callId));
    while (chosen.length < (seed.count ?? 0) && candidates.length) {
      chosen.push(...candidates.splice(random.int(0, candidates.length - 1), 1));
    }
    const entries = chosen.map((call) => {
      const added = Math.min(
        now - 3_600_000,
        Date.parse(call.started) + call.duration * 1000 + random.int(1, 72) * 3_600_000,
      );
      const entry: LibraryFolderRecord["calls"][number] = {
        callId: call.id,
        title: call.title,
        addedBy: createdBy,
        created: isoUtc(added - (added % 60_000)),
        url: callUrl(call.id),
      };
      if (random.chance(0.6)) entry.note = random.pick(notes);
      if (seed.snippets) {
        const fromSec = random.int(60, Math.max(61, call.duration - 300));
        entry.snippet = { fromSec, toSec: fromSec + random.int(45, 240) };
        entry.url = `${callUrl(call.id)}&highlights=${encodeURIComponent(JSON.stringify([{ from: fromSec, to: entry.snippet.toSec, type: "LIBRARY" }]))}`;
      }
      return entry;
    });
    const latest = entries.reduce(
      (max, entry) => Math.max(max, Date.parse(entry.created)),
      Date.parse("2026-05-01T12:00:00Z"),
    );
    const folder: LibraryFolderRecord = {
      id,
      name: seed.name,
      workspaceId,
      createdBy,
      updated: isoUtc(latest),
      calls: entries,
    };
    const parentId = seed.parent && ids.get(seed.parent);
    if (parentId) folder.parentFolderId = parentId;
    return folder;
  });
}
