// Safety flags shared by the group overlays, and the conventions every group follows when setting them.
//
// readOnly     the action only reads, whatever its HTTP method (POST /v2/calls/extensive, /v2/stats/*,
//              /v2/tasks, /v2/calls/users-access POST, /v2/flows/prospects and /steps are all reads).
// destructive  the action deletes, erases, revokes or overwrites data (or access) in a way a caller cannot
//              simply undo. A destructive action is never readOnly.
// idempotent   a blind retry of the same input is safe: it changes nothing further AND is answered the same
//              way. So every plain read is idempotent, and so are "set to this value" writes (PUT call access,
//              PUT meeting, PATCH task, PUT permission profile, POST CRM schema, unassign, remove access,
//              erase). A write whose repeat is REJECTED is not idempotent, even though the repeat does no
//              harm: delete meeting (repeat answers 404), register CRM integration (409), anything keyed by a
//              de-duplication id (clientUniqueId, eventId, clientRequestId: 409). The quirks notes say which
//              error means "already done". Paid AI reads are not idempotent either: a repeat spends credits
//              again and may word the answer differently.
// paidCredits  consumes Gong AI credits (HTTP 402 when exhausted): only ask-entity and get-brief.
import type { Safety } from "../types.js";

/** A plain read: safe to call and to retry. */
export const read: Safety = { readOnly: true, destructive: false, idempotent: true, paidCredits: false };

/** A write; `destructive` and `idempotent` follow the conventions above. */
export function write(flags: { destructive: boolean; idempotent: boolean }): Safety {
  return {
    readOnly: false,
    destructive: flags.destructive,
    idempotent: flags.idempotent,
    paidCredits: false,
  };
}

/** A read that consumes paid Gong AI credits. */
export const paidRead: Safety = { readOnly: true, destructive: false, idempotent: false, paidCredits: true };
