// The sandbox's seeded dataset: the core slice plus the slices the other groups seed from it. Built once per
// (seed, number of calls) at the reference clock and cached; every sandbox gets its own deep copy, moved to
// its own "now" (present.ts).
import { sampleReferenceNow } from "@gongkit/client/internal/catalog/sample-clock.js";
import { createRandom } from "../random.js";
import type { CallRecord, SandboxState } from "../state.js";
import { buildCoreState, defaultCallCount } from "./core.js";
import { seedCrm } from "./crm-data.js";
import { seedEngage } from "./engage-data.js";
import { defaultSeed } from "./ids.js";
import { seedMeetings } from "./meetings-data.js";
import { seedPermissions } from "./permissions-data.js";
import { moveToPresent } from "./present.js";

export { defaultCallCount, defaultSeed };

const cache = new Map<string, SandboxState>();
const cacheLimit = 4;

function build(seed: number, calls: number): SandboxState {
  const core = buildCoreState(seed, new Date(sampleReferenceNow), calls);
  // Each slice draws from its own generator, so a change in one slice never shifts another's ids.
  return {
    ...core,
    ...seedCrm(core, createRandom(seed + 101)),
    ...seedEngage(core, createRandom(seed + 202)),
    ...seedMeetings(core, createRandom(seed + 303)),
    ...seedPermissions(core, createRandom(seed + 404)),
  };
}

/**
 * A fresh, private copy of the dataset for `seed` with `calls` calls, as it stands at `now`. Uncached, it is
 * built for this caller alone and not kept for the next: a process that makes one sandbox holds it once.
 */
export function buildDataset(seed: number, now: Date, calls = defaultCallCount, cached = true): SandboxState {
  if (!cached) return moveToPresent(build(seed, calls), now.getTime());
  const key = `${seed}|${calls}`;
  let state = cache.get(key);
  if (!state) {
    state = build(seed, calls);
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value ?? "");
    cache.set(key, state);
  }
  return moveToPresent(copyState(state), now.getTime());
}

// structuredClone is slow on the ~100k transcript sentences and tracker occurrences, so those two are copied
// by hand; everything else is structured-cloned.
function copyState(state: SandboxState): SandboxState {
  const copy = structuredClone({
    ...state,
    calls: state.calls.map((call): CallRecord => ({ ...call, transcript: [], trackers: [] })),
  });
  copy.calls.forEach((call, index) => {
    const original = state.calls[index];
    if (!original) return;
    call.transcript = original.transcript.map((monologue) => ({
      ...monologue,
      sentences: monologue.sentences.map((sentence) => ({
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      })),
    }));
    call.trackers = original.trackers.map((hit) => ({
      ...hit,
      occurrences: hit.occurrences.map((occurrence) => ({ ...occurrence })),
    }));
  });
  return copy;
}
