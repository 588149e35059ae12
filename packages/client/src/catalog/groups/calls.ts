// Overlay of the calls group: agent-facing text, safety, paging, quirks and examples per action.
// Safety conventions are in ./safety.ts. Judgement calls here: adding a call and adding its media are not
// idempotent (a repeat is rejected with 409 on the clientUniqueId, or re-uploads media); nothing here is
// destructive.
import { sampleIds as ids } from "../sample-ids.js";
import type { GroupOverlay } from "../types.js";
import { read, write } from "./safety.js";

const transcriptByCall = {
  title: "Transcript of the sample call",
  input: { filter: { callIds: [ids.callId] } },
};
const transcriptsByDay = {
  title: "Transcripts of every call on one day in the main workspace",
  input: {
    filter: {
      fromDateTime: "2026-08-18T00:00:00Z",
      toDateTime: "2026-08-19T00:00:00Z",
      workspaceId: ids.companyWorkspaceId,
    },
  },
};
const transcriptNotes = [
  "Up to 100 call ids per request; pass callIds and/or a fromDateTime/toDateTime range (from inclusive, to exclusive).",
  "Sentence start/end are milliseconds from the start of the call.",
  "Gong answers 404 'No calls found' when nothing matches; gongkit returns an empty callTranscripts list.",
];

export const callsOverlay: GroupOverlay = {
  GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA: {
    summary: "Upload the audio or video recording of a call created with the add-call action",
    description:
      "Uploads the media file for a call that was created with GONG_ADD_NEW_CALL_V2_CALLS without a downloadMediaUrl; Gong then transcribes and analyses it. The id is the callId that add-call returned. Do not use it when add-call was given a downloadMediaUrl. For stereo files, say which channel is the rep with parties[].mediaChannelId when creating the call. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      uploads: { mediaFile: { maxBytes: 1.5 * 1024 ** 3, formats: ["wav", "mp3", "mp4", "mkv", "flac"] } },
      notes: [
        "mediaFile is the path of a local file; gongkit streams it as multipart field 'mediaFile'.",
        "mediaFile up to 1.5 GB: WAV, MP3, MP4, MKV, FLAC.",
        "Success is HTTP 201 with { callId, url }; processing (transcript, trackers) continues asynchronously.",
      ],
    },
    examples: [
      {
        title: "Upload the recording of the call that is waiting for media",
        input: { id: ids.callAwaitingMediaId, mediaFile: "test/fixtures/sample-call.mp3" },
      },
    ],
  },

  GONG_ADD_NEW_CALL_V2_CALLS: {
    summary: "Create a call record in Gong (e.g. from a dialer or PBX) and get its callId",
    description:
      "Creates a call in Gong from an external telephony or recording system and returns its callId. Either give downloadMediaUrl so Gong fetches the recording itself, or upload the file afterwards with GONG_ADD_CALL_MEDIA_V2_CALLS_ID_MEDIA. A party must be given for the primaryUser (a Gong user id); use speakersTimeline or parties[].mediaChannelId, not both, to tell Gong who spoke. One request against the company budget (3 requests/s, 10,000/day).",
    safety: write({ destructive: false, idempotent: false }),
    quirks: {
      dedupKey: "clientUniqueId",
      notes: [
        "clientUniqueId de-duplicates uploads: reusing one is rejected with 409 (the call already exists).",
        "409 also when recording is not enabled for the primary user.",
        "speakersTimeline and parties[].mediaChannelId are mutually exclusive.",
        "downloadMediaUrl must be unique; the file at most 1.5 GB (WAV, MP3, MP4, MKV, FLAC).",
      ],
    },
    examples: [
      {
        title: "Log an outbound dialer call with the customer, media to be uploaded next",
        input: {
          clientUniqueId: "acme-dialer-2026-08-31-000417",
          title: "Globex follow-up on Q3 proposal",
          actualStart: "2026-08-31T15:00:00Z",
          duration: 1260,
          direction: "Outbound",
          primaryUser: ids.repUserId,
          workspaceId: ids.companyWorkspaceId,
          parties: [
            { userId: ids.repUserId, emailAddress: ids.repEmail, name: "Dana Reyes" },
            { emailAddress: ids.customerEmail, phoneNumber: ids.customerPhone, name: "Priya Natarajan" },
          ],
          context: [{ system: "Generic", objects: [{ objectType: "Account", objectId: ids.crmAccountId }] }],
        },
      },
    ],
  },

  GONG_GET_CALL_BY_ID: {
    summary: "Get the basic metadata of one call by its id",
    description:
      "Returns one call's basic metadata: title, start time, duration, direction, workspace, primary user and URL. For parties, trackers, topics, brief or CRM context use GONG_RETRIEVE_FILTERED_CALL_DETAILS with the call id instead, and for what was said use GONG_GET_CALL_TRANSCRIPT. One request against the company budget (3 requests/s, 10,000/day); a 404 means the id does not exist.",
    safety: read,
    examples: [{ title: "Metadata of the sample discovery call", input: { id: ids.callId } }],
  },

  GONG_GET_CALL_TRANSCRIPT: {
    summary: "Get the transcripts of calls by call ids or by a date range",
    description:
      "Returns speaker-attributed, timestamped transcripts for calls chosen by id and/or by start time. It is the way to read what was said: ask for up to 100 call ids in one request instead of one request per call. Each page holds up to 100 transcripts and costs one request against the company budget (3 requests/s, 10,000/day). Pair it with GONG_RETRIEVE_FILTERED_CALL_DETAILS (parties.speakerId) to name the speakers.",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "callTranscripts" },
    quirks: { emptyOn404: true, notes: transcriptNotes },
    examples: [transcriptByCall, transcriptsByDay],
  },

  GONG_RETRIEVE_TRANSCRIPTS_OF_CALLS_V2_CALLS_TRANSCRIPT: {
    summary: "Deprecated alias of GONG_GET_CALL_TRANSCRIPT: get call transcripts",
    description:
      "Deprecated: this id is kept for compatibility and calls exactly the same endpoint (POST /v2/calls/transcript) as GONG_GET_CALL_TRANSCRIPT, which new code should use. Returns transcripts for calls chosen by id (up to 100 per request) and/or by start time. Each page holds up to 100 transcripts and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "callTranscripts" },
    quirks: {
      emptyOn404: true,
      notes: [...transcriptNotes, "Deprecated alias of GONG_GET_CALL_TRANSCRIPT."],
    },
    examples: [transcriptByCall],
  },

  GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS: {
    summary: "List calls (basic metadata) that started within a date-time range",
    description:
      "Lists calls that started in [fromDateTime, toDateTime), optionally in one workspace, with basic metadata only. Use it to enumerate call ids; when you need parties, trackers, topics or CRM context, or want to filter by call ids or hosts, use GONG_RETRIEVE_FILTERED_CALL_DETAILS instead. Each page holds up to 100 calls and costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "calls" },
    quirks: {
      emptyOn404: true,
      notes: [
        "fromDateTime and toDateTime are required here (ISO-8601 with offset or Z); from inclusive, to exclusive.",
        "Web-conference calls recorded by Gong are dated by their scheduled start.",
      ],
    },
    examples: [
      {
        title: "All calls in the dataset window",
        input: { fromDateTime: ids.datasetFrom, toDateTime: ids.sandboxNow },
      },
      {
        title: "Calls of the main workspace in August 2026",
        input: {
          fromDateTime: "2026-08-01T00:00:00Z",
          toDateTime: "2026-09-01T00:00:00Z",
          workspaceId: ids.companyWorkspaceId,
        },
      },
    ],
  },

  GONG_RETRIEVE_FILTERED_CALL_DETAILS: {
    summary: "Get detailed call data (parties, trackers, topics, brief, CRM context) by filter",
    description:
      "Returns rich call data for calls chosen by ids, host user ids and/or a start-time range: parties, speakers, trackers, topics, brief and outline, interaction stats, comments and CRM context, as selected in contentSelector. Prefer it over GONG_GET_CALL_BY_ID whenever you need more than basic metadata, and over one request per call (callIds takes many ids). Each page holds up to 100 calls and costs one request against the company budget (3 requests/s, 10,000/day). It is a read even though it is a POST.",
    safety: read,
    paging: { cursorIn: "body", itemsKey: "calls" },
    quirks: {
      emptyOn404: true,
      notes: [
        "contentSelector.exposedFields.media=true also needs scope api:calls:read:media-url; media URLs expire after 8 hours.",
        "contentSelector.contextTiming applies only with context 'Extended'.",
        "trackerOccurrences are available only for calls since 2023-01-01; pointsOfInterest is deprecated.",
      ],
    },
    examples: [
      {
        title: "Parties, trackers, topics and brief of the sample call with CRM context",
        input: {
          filter: { callIds: [ids.callId] },
          contentSelector: {
            context: "Extended",
            exposedFields: {
              parties: true,
              content: { trackers: true, topics: true, brief: true },
              interaction: { speakers: true },
            },
          },
        },
      },
      {
        title: "The rep's calls in August 2026 with their parties",
        input: {
          filter: {
            fromDateTime: "2026-08-01T00:00:00Z",
            toDateTime: "2026-09-01T00:00:00Z",
            primaryUserIds: [ids.repUserId],
          },
          contentSelector: { exposedFields: { parties: true } },
        },
      },
    ],
  },

  GONG_RETRIEVE_MANUAL_CRM_CALL_ASSOCIATIONS: {
    summary: "List calls that users manually associated with CRM accounts or deals (beta)",
    description:
      "Lists, in time order, the calls that users manually associated or re-associated with a CRM account and deal since fromDateTime; a call re-associated later appears once per event. This endpoint was in beta and appears only in the older official spec copy (2025-01), not in the 2026 one, so Gong may have retired it: expect 404 or 403 on some tenants. Each page costs one request against the company budget (3 requests/s, 10,000/day).",
    safety: read,
    paging: { cursorIn: "query", itemsKey: "associations" },
    quirks: {
      notes: [
        "Beta; declared only in the 2025-01 copy of Gong's official spec.",
        "fromDateTime is optional; without it every association event is listed.",
      ],
    },
    examples: [
      { title: "Manual associations made since the dataset start", input: { fromDateTime: ids.datasetFrom } },
    ],
  },
};
