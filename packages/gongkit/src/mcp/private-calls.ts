// Private calls stay out of what a model sees unless the server was started to include them. Gong marks a
// call private in its metadata (`isPrivate`); list answers lose those calls, a single-call answer is refused.
type Json = Record<string, unknown>;

export type PrivacyOutcome =
  | { kind: "kept"; data: unknown; leftOut: number }
  | { kind: "refused"; callId: string };

const isPrivate = (call: unknown, nested: boolean): boolean => {
  const record = (nested ? (call as { metaData?: unknown })?.metaData : call) as { isPrivate?: unknown };
  return record?.isPrivate === true;
};

/** Whether a call of Gong's detailed shape (GONG_RETRIEVE_FILTERED_CALL_DETAILS) is private. */
export const isPrivateDetails = (call: unknown): boolean => isPrivate(call, true);

function withoutPrivate(data: Json, nested: boolean): PrivacyOutcome {
  const calls = Array.isArray(data.calls) ? data.calls : [];
  const kept = calls.filter((call) => !isPrivate(call, nested));
  return { kind: "kept", data: { ...data, calls: kept }, leftOut: calls.length - kept.length };
}

/** The answer of a call action with private calls removed (or the whole answer refused). */
export function filterPrivateCalls(actionId: string, data: unknown): PrivacyOutcome {
  const value = (data ?? {}) as Json;
  switch (actionId) {
    case "GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS":
      return withoutPrivate(value, false);
    case "GONG_RETRIEVE_FILTERED_CALL_DETAILS":
      return withoutPrivate(value, true);
    case "GONG_GET_CALL_BY_ID": {
      const call = value.call as { id?: unknown } | undefined;
      return isPrivate(call, false)
        ? { kind: "refused", callId: String(call?.id ?? "") }
        : { kind: "kept", data, leftOut: 0 };
    }
    default:
      return { kind: "kept", data, leftOut: 0 };
  }
}

export const privateRefusal = (callId: string): string =>
  `private_call: call ${callId} is private, and this server leaves private calls out. An administrator can start the server with --include-private (includePrivate: true) to allow them.`;
