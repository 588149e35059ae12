// The clocks the dataset consistency tests build the sandbox at: the reference instant the dataset is generated
// at (nothing dropped), the real date, and a Monday morning before New York's working day, when moving to the
// present leaves out the most (the whole last week but its weekend).
import { createSandbox, type Sandbox } from "@gongkit/sandbox/internal/app.js";
import { pinnedNow } from "./pinned-clock.js";

export const datasetClocks: [string, Date][] = [
  ["the reference instant", pinnedNow],
  ["the real date", new Date()],
  ["a Monday before the working day", new Date("2026-12-07T12:00:00Z")],
];

/** A sandbox with the default dataset at `clock`, without rate limits. */
export function sandboxAt(clock: Date): Sandbox {
  return createSandbox({ rateLimit: false, now: clock });
}
