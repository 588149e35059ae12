// Gong's CallData for /v2/calls/extensive: metaData always, every other part only when the content selector
// asks for it (context, parties, content, interaction, collaboration, media), like Gong.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import { badRequest } from "../kit.js";
import type { CallRecord, PartyRecord, SandboxState } from "../state.js";
import { callBasicData, defined, type Json, objectField } from "./common.js";
import { hostStats, round, talkTimes } from "./interaction.js";

export interface Selector {
  context: "None" | "Basic" | "Extended";
  timing: ("Now" | "TimeOfCall")[];
  parties: boolean;
  content: Record<string, boolean>;
  interaction: Record<string, boolean>;
  publicComments: boolean;
  media: boolean;
}

export function readSelector(value: unknown): Selector {
  const selector = objectField(value);
  const exposed = objectField(selector.exposedFields);
  const context = (selector.context as Selector["context"] | undefined) ?? "None";
  const timing = selector.contextTiming as Selector["timing"] | undefined;
  if (timing && context !== "Extended")
    badRequest("contextTiming can be provided only when context is 'Extended'");
  return {
    context,
    timing: timing?.length ? timing : ["Now"],
    parties: exposed.parties === true,
    content: objectField(exposed.content) as Record<string, boolean>,
    interaction: objectField(exposed.interaction) as Record<string, boolean>,
    publicComments: objectField(exposed.collaboration).publicComments === true,
    media: exposed.media === true,
  };
}

export function callData(call: CallRecord, selector: Selector, state: SandboxState, now: Date): Json {
  const data: Json = { metaData: callBasicData(call) };
  if (selector.context !== "None") data.context = callContext(call, selector, state);
  if (selector.parties) data.parties = call.parties.map((party) => partyData(party, selector));
  const content = contentData(call, selector.content, state);
  if (Object.keys(content).length) data.content = content;
  const interaction = interactionData(call, selector.interaction);
  if (Object.keys(interaction).length) data.interaction = interaction;
  if (selector.publicComments) {
    data.collaboration = {
      publicComments: (call.comments ?? []).map((comment) => defined({ ...comment })),
    };
  }
  if (selector.media) data.media = mediaUrls(call, now);
  return data;
}

function callContext(call: CallRecord, selector: Selector, state: SandboxState): Json[] {
  const account = state.customerAccounts?.find((candidate) => candidate.crmAccountId === call.crm.accountId);
  const objects: Json[] = [];
  for (const timing of selector.context === "Extended" ? selector.timing : [undefined]) {
    const extended = (fields: { name: string; value: unknown }[]) =>
      timing ? { fields: fields.map(contextField), timing } : {};
    if (call.crm.accountId) {
      objects.push({
        objectType: "Account",
        objectId: call.crm.accountId,
        ...extended(
          account
            ? [
                { name: "Name", value: account.name },
                { name: "Industry", value: account.industry },
                { name: "Website", value: account.domain },
              ]
            : [],
        ),
      });
    }
    if (call.crm.dealId) {
      const deal = account?.deal.crmDealId === call.crm.dealId ? account.deal : undefined;
      objects.push({
        objectType: "Opportunity",
        objectId: call.crm.dealId,
        ...extended(
          deal
            ? [
                { name: "Name", value: deal.name },
                { name: "StageName", value: timing === "TimeOfCall" ? "Discovery" : deal.stage },
                { name: "Amount", value: deal.amount },
                { name: "CloseDate", value: deal.closeDate },
              ]
            : [],
        ),
      });
    }
  }
  return objects.length ? [{ system: "Generic", objects }] : [];
}

/**
 * The official spec declares a context field's `value` as an object (a generator artifact of Java's `Object`;
 * its example is the string "Gong Inc."). The referee and gongkit's decoder both follow the spec, so the
 * sandbox wraps each value: `{ "value": "Globex" }`.
 */
// CRM field values are plain JSON values (the spec's `type: object` is patched: see scripts/spec-patches.ts).
function contextField(field: { name: string; value: unknown }): Json {
  return { name: field.name, value: field.value };
}

function partyData(party: PartyRecord, selector: Selector): Json {
  const { context, ...rest } = party;
  const data: Json = defined({ ...rest });
  if (context && selector.context !== "None") {
    data.context = context.map((link) => ({
      system: link.system,
      objects: link.objects.flatMap((object) =>
        selector.context === "Basic"
          ? [{ objectType: object.objectType, objectId: object.objectId }]
          : selector.timing.map((timing) => ({ ...object, fields: object.fields.map(contextField), timing })),
      ),
    }));
  }
  return data;
}

function contentData(call: CallRecord, wanted: Record<string, boolean>, state: SandboxState): Json {
  const content: Json = {};
  if (wanted.structure) content.structure = call.structure ?? [];
  if (wanted.topics) content.topics = call.topics;
  if (wanted.trackers) {
    content.trackers = state.trackers
      .filter((tracker) => tracker.workspaceId === call.workspaceId)
      .map((tracker) => {
        const occurrences = call.trackers.find((hit) => hit.trackerId === tracker.id)?.occurrences ?? [];
        const phrases = [...new Set(occurrences.map((occurrence) => occurrence.phrase))].map((phrase) => {
          const said = occurrences.filter((occurrence) => occurrence.phrase === phrase);
          return {
            phrase,
            count: said.length,
            ...(wanted.trackerOccurrences ? { occurrences: said.map(timing) } : {}),
          };
        });
        return {
          id: tracker.id,
          name: tracker.name,
          count: occurrences.length,
          type: tracker.type,
          ...(wanted.trackerOccurrences ? { occurrences: occurrences.map(timing) } : {}),
          phrases,
        };
      });
  }
  if (wanted.brief && call.brief) content.brief = call.brief;
  if (wanted.outline) content.outline = call.outline;
  if (wanted.highlights) content.highlights = call.highlights ?? [];
  if (wanted.callOutcome && call.callOutcomeId) {
    const outcome = state.callOutcomes.find((candidate) => candidate.id === call.callOutcomeId);
    if (outcome) content.callOutcome = { id: outcome.id, category: outcome.category, name: outcome.name };
  }
  if (wanted.keyPoints) content.keyPoints = call.keyPoints.map((text) => ({ text }));
  return content;
}

function timing(occurrence: { startTime: number; speakerId: string }) {
  return { startTime: occurrence.startTime, speakerId: occurrence.speakerId };
}

function interactionData(call: CallRecord, wanted: Record<string, boolean>): Json {
  const interaction: Json = {};
  if (wanted.speakers) {
    const times = talkTimes(call);
    interaction.speakers = call.parties
      .filter((party) => party.speakerId && times.has(party.speakerId))
      .map((party) =>
        defined({
          id: party.id,
          userId: party.userId,
          talkTime: round(times.get(party.speakerId ?? "") ?? 0, 2),
        }),
      );
  }
  if (wanted.personInteractionStats) {
    const stats = hostStats(call);
    interaction.interactionStats = stats
      ? Object.entries(stats).map(([name, value]) => ({ name, value }))
      : [];
  }
  if (wanted.video) interaction.video = call.video ?? [];
  if (wanted.questions) interaction.questions = call.questions;
  return interaction;
}

/** Media links valid for 8 hours, as Gong's are; none until a recording exists. */
function mediaUrls(call: CallRecord, now: Date): Json {
  if (!call.recording) return {};
  const expires = isoUtc(now.getTime() + 8 * 3_600_000);
  const signed = (url: string) => `${url}?expires=${encodeURIComponent(expires)}&signature=sandbox`;
  return call.media === "Video"
    ? { audioUrl: signed(call.recording.url.replace(/\.\w+$/, ".m4a")), videoUrl: signed(call.recording.url) }
    : { audioUrl: signed(call.recording.url) };
}
