// Moves a dataset generated at the reference clock (`sampleIds.sandboxNow`) to the present: every date and
// time moves by the same whole weeks, wall-clock times kept, so the dataset's last week becomes the current one;
// then what would still lie ahead of `now` in that week (calls not yet held, listens, reviews, log entries) is
// left out, as Gong would not have it yet. Ids and content stay as generated.
import { shiftTimesInPlace, weeksToPresent } from "@gongkit/client/internal/catalog/sample-clock.js";
import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { CallRecord, SandboxState } from "../state.js";

/** Properties that hold no dates and are large: not walked. */
const dateless = new Set(["transcript", "trackers", "outline", "highlights", "topics", "keyPoints"]);

export function moveToPresent(state: SandboxState, now: number): SandboxState {
  shiftTimesInPlace(state, weeksToPresent(now), (key) => dateless.has(key));
  dropFuture(state, now);
  return state;
}

const happened = (time: string | undefined, now: number) => time === undefined || Date.parse(time) <= now;

function callEnded(call: CallRecord, now: number): boolean {
  return Date.parse(call.started) + call.duration * 1000 <= now;
}

function dropFuture(state: SandboxState, now: number): void {
  state.calls = state.calls.filter((call) => callEnded(call, now));
  for (const call of state.calls) {
    if (call.activity) call.activity = call.activity.filter((entry) => happened(entry.at, now));
    if (call.comments) call.comments = call.comments.filter((comment) => happened(comment.posted, now));
  }
  state.answeredScorecards = state.answeredScorecards.filter((answer) => happened(answer.reviewTime, now));
  for (const folder of state.libraryFolders) {
    folder.calls = folder.calls.filter((entry) => happened(entry.created, now));
    if (!happened(folder.updated, now)) {
      const latest = Math.max(...folder.calls.map((entry) => Date.parse(entry.created)));
      folder.updated = isoUtc(Number.isFinite(latest) ? latest : now);
    }
  }
  state.logs = state.logs.filter((log) => happened(log.eventTime, now));
  for (const history of state.settingsHistory) {
    history.entries = history.entries.filter((entry) => happened(entry.timestamp, now));
  }
  if (state.manualCrmAssociations) {
    state.manualCrmAssociations = state.manualCrmAssociations.filter((entry) => happened(entry.created, now));
  }
}
