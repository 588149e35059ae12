// Fixed ids of the core dataset that other slices need to agree on. Everything else comes from the seeded
// generator (`random.id()`), except the catalogue's sample ids.
import { createHash } from "node:crypto";
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";

/** The permission profiles users are assigned to; the permissions slice seeds profiles with these ids. */
export const permissionProfileIds = {
  /** Reps and SDRs (the catalogue's sample profile). */
  salesRep: sampleIds.permissionProfileId,
  /** Managers and the VP. */
  salesManager: "9011223344556677801",
  /** Solutions engineering and customer success. */
  technicalStaff: "9011223344556677802",
} as const;

/** The seed of the default dataset. */
export const defaultSeed = 20260901;

/** Gong's web app host, used in call and folder URLs. */
export const gongAppUrl = "https://app.gong.io";

/**
 * A 19-digit id derived from text, for records created after seeding (e.g. by `POST /v2/calls`): stable for
 * the same inputs and well spread, so it does not depend on how many records exist.
 */
export function derivedId(text: string): string {
  const digest = createHash("sha256").update(text).digest();
  const value = digest.readBigUInt64BE(0) % 8_000_000_000_000_000_000n;
  return String(1_000_000_000_000_000_000n + value);
}

export function callUrl(callId: string): string {
  return `${gongAppUrl}/call?id=${callId}`;
}
