// Sandbox handlers for the calls group: listing and reading calls, their details and transcripts, creating
// calls and uploading their media, and the (legacy) manual CRM associations.
import type { HandlerContext, HandlerMap } from "../kit.js";
import { emptyList, paginate } from "../kit.js";
import type { CallRecord } from "../state.js";
import { callData, readSelector } from "./call-details.js";
import { addCall, addCallRecording } from "./call-uploads.js";
import {
  bodyOf,
  callBasicData,
  dateTimeRange,
  findCall,
  inRange,
  objectField,
  stringList,
} from "./common.js";

/** Calls matching a body `filter` (date range on `started`, workspace, ids, hosts), oldest first. */
function filteredCalls(context: HandlerContext, filter: Record<string, unknown>): CallRecord[] {
  const range = dateTimeRange(filter.fromDateTime, filter.toDateTime, ["fromDateTime", "toDateTime"]);
  const callIds = stringList(filter.callIds);
  const hosts = stringList(filter.primaryUserIds);
  return context.state.calls.filter(
    (call) =>
      inRange(call.started, range) &&
      (!filter.workspaceId || call.workspaceId === filter.workspaceId) &&
      (!callIds || callIds.includes(call.id)) &&
      (!hosts || hosts.includes(call.primaryUserId)),
  );
}

export const callsHandlers: HandlerMap = {
  listCalls: (context) => {
    const { query } = context;
    const calls = filteredCalls(context, {
      fromDateTime: query.get("fromDateTime") ?? undefined,
      toDateTime: query.get("toDateTime") ?? undefined,
      workspaceId: query.get("workspaceId") ?? undefined,
    });
    if (calls.length === 0) emptyList("No calls found corresponding to the provided filters");
    const page = paginate(calls, context, query.get("cursor") ?? undefined);
    return { body: { records: page.records, calls: page.items.map(callBasicData) } };
  },

  getCall: ({ state, path }) => ({ body: { call: callBasicData(findCall(state, path.id ?? "")) } }),

  listCallsExtensive: (context) => {
    const body = bodyOf(context);
    const selector = readSelector(body.contentSelector);
    const calls = filteredCalls(context, objectField(body.filter));
    if (calls.length === 0) emptyList("No calls found corresponding to the provided filters");
    const page = paginate(calls, context, typeof body.cursor === "string" ? body.cursor : undefined);
    return {
      body: {
        records: page.records,
        calls: page.items.map((call) => callData(call, selector, context.state, context.now)),
      },
    };
  },

  getCallTranscripts: (context) => {
    const body = bodyOf(context);
    const calls = filteredCalls(context, objectField(body.filter)).filter(
      (call) => call.transcript.length > 0,
    );
    if (calls.length === 0) emptyList("No transcripts found corresponding to the provided filters");
    const page = paginate(calls, context, typeof body.cursor === "string" ? body.cursor : undefined);
    return {
      body: {
        records: page.records,
        callTranscripts: page.items.map((call) => ({ callId: call.id, transcript: call.transcript })),
      },
    };
  },

  listCRMCallsManualAssociation: (context) => {
    const { query, state } = context;
    const range = dateTimeRange(query.get("fromDateTime") ?? undefined, undefined, [
      "fromDateTime",
      "toDateTime",
    ]);
    const associations = (state.manualCrmAssociations ?? []).filter((association) =>
      inRange(association.created, range),
    );
    const page = paginate(associations, context, query.get("cursor") ?? undefined);
    return { body: { records: page.records, associations: page.items } };
  },

  addCall,
  addCallRecording,
};
