// One exported call: the extensive call data the export includes, and its transcript with each monologue's
// speaker named from the call's parties.
import type { ItemOf } from "../client/paginate.js";
import { GongError } from "../core/errors.js";
import type { ExportPart } from "./include.js";

type CallData = ItemOf<"GONG_RETRIEVE_FILTERED_CALL_DETAILS">;
type Party = NonNullable<CallData["parties"]>[number];
export type Monologue = NonNullable<ItemOf<"GONG_GET_CALL_TRANSCRIPT">["transcript"]>[number];
type Sentence = NonNullable<Monologue["sentences"]>[number];

export interface NamedMonologue {
  speakerId: string | null;
  /** The party's name (or email); null when no party of the call has this speaker id. */
  speakerName: string | null;
  affiliation: string | null;
  topic: string | null;
  sentences: Sentence[];
}

export interface CallRecord {
  /** The call id, as digits. */
  id: string;
  metaData: NonNullable<CallData["metaData"]>;
  parties?: NonNullable<CallData["parties"]>;
  content?: NonNullable<CallData["content"]>;
  interaction?: NonNullable<CallData["interaction"]>;
  collaboration?: NonNullable<CallData["collaboration"]>;
  media?: NonNullable<CallData["media"]>;
  context?: NonNullable<CallData["context"]>;
  transcript?: NamedMonologue[];
}

export function callIdOf(call: CallData): string {
  const id = call.metaData?.id;
  if (typeof id !== "string" || id === "") {
    throw new GongError(
      "invalid_response",
      "Gong returned a call without metaData.id in /v2/calls/extensive",
    );
  }
  return id;
}

export function nameSpeakers(monologues: readonly Monologue[], parties: readonly Party[]): NamedMonologue[] {
  const bySpeaker = new Map<string, Party>();
  for (const party of parties) if (party.speakerId) bySpeaker.set(party.speakerId, party);
  return monologues.map((monologue) => {
    const party = monologue.speakerId ? bySpeaker.get(monologue.speakerId) : undefined;
    return {
      speakerId: monologue.speakerId ?? null,
      speakerName: party?.name ?? party?.emailAddress ?? null,
      affiliation: party?.affiliation ?? null,
      topic: monologue.topic ?? null,
      sentences: monologue.sentences ?? [],
    };
  });
}

const dataParts = ["parties", "content", "interaction", "collaboration", "media", "context"] as const;

/** The record of one call: only the parts asked for; `transcript` when asked, empty if Gong has none. */
export function toCallRecord(
  call: CallData,
  include: readonly ExportPart[],
  monologues: readonly Monologue[] | undefined,
): CallRecord {
  const record: CallRecord = { id: callIdOf(call), metaData: call.metaData ?? {} };
  for (const part of dataParts) {
    const value = call[part];
    if (include.includes(part) && value !== undefined && value !== null)
      Object.assign(record, { [part]: value });
  }
  if (include.includes("transcript")) record.transcript = nameSpeakers(monologues ?? [], call.parties ?? []);
  return record;
}
