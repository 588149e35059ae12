// gong_find_calls: the calls matching a customer domain, a participant, a rep, a time range and/or title text,
// as compact rows. Gong filters by time and host; the rest is matched here while scanning Gong's pages.

import { callDetailsInput } from "@gongkit/client/internal/client/call-details.js";
import { z } from "zod";
import {
  accountsOf,
  type CallDetails,
  companyOf,
  emailDomain,
  inDomain,
  normalizeDomain,
} from "../call-parties.js";
import { isPrivateDetails } from "../private-calls.js";
import {
  errorText,
  fitCount,
  type McpTool,
  parseToolArgs,
  readOnlyAnnotations,
  requestSummary,
  structuredResult,
  type ToolContext,
  trackRequests,
} from "../tool-kit.js";
import {
  callDetailsAction,
  dateTimeArg,
  domainPattern,
  gongFailed,
  minutesOf,
  participantLabel,
  type Run,
} from "./call-data.js";
import { type Position, positionAfter, readCursor, writeCursor } from "./find-cursor.js";
import { type RepMatch, resolveRep } from "./resolve-rep.js";

/** Gong pages (100 calls each) one use of the tool may read. */
export const scanPageCap = 5;

const limitRule = "must be a whole number from 1 to 100";

const argsSchema = z
  .strictObject({
    companyDomain: z
      .string()
      .transform(normalizeDomain)
      .refine((domain) => domainPattern.test(domain), "must be a domain such as globex.com")
      .optional(),
    participantEmail: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[^\s@]+@[^\s@]+$/, "must be an email address such as priya@globex.com")
      .optional(),
    rep: z.string().trim().min(1, "must be a Gong user's email or name").optional(),
    fromDateTime: dateTimeArg.optional(),
    toDateTime: dateTimeArg.optional(),
    titleContains: z.string().trim().toLowerCase().min(1, "must not be empty").optional(),
    limit: z.int(limitRule).min(1, limitRule).max(100, limitRule).default(20),
    cursor: z.string().min(1, "must be the nextCursor of a previous result").optional(),
  })
  .refine((args) => criteriaOf(args).length > 0, {
    message:
      "give at least one criterion: companyDomain, participantEmail, rep, fromDateTime, toDateTime or titleContains",
  })
  .refine(
    (args) =>
      !args.fromDateTime || !args.toDateTime || Date.parse(args.fromDateTime) < Date.parse(args.toDateTime),
    {
      message: "toDateTime must be after fromDateTime",
      path: ["toDateTime"],
    },
  );

type Args = z.output<typeof argsSchema>;

const criterionNames = [
  "companyDomain",
  "participantEmail",
  "rep",
  "fromDateTime",
  "toDateTime",
  "titleContains",
] as const;

function criteriaOf(args: Partial<Record<(typeof criterionNames)[number], string | undefined>>): string[] {
  return criterionNames.flatMap((name) => (args[name] ? [`${name}=${args[name]}`] : []));
}

function matches(call: CallDetails, args: Args): boolean {
  const parties = call.parties ?? [];
  const { companyDomain: domain, participantEmail: email, titleContains: title } = args;
  if (title && !(call.metaData?.title ?? "").toLowerCase().includes(title)) return false;
  if (email && !parties.some((party) => party.emailAddress?.toLowerCase() === email)) return false;
  if (!domain) return true;
  return (
    parties.some((party) => inDomain(emailDomain(party.emailAddress), domain)) ||
    [...accountsOf(call).values()].some((account) => inDomain(account.domain, domain))
  );
}

function rowOf(call: CallDetails) {
  const meta = call.metaData;
  const parties = call.parties ?? [];
  const accounts = accountsOf(call);
  return {
    id: meta?.id ?? "",
    title: meta?.title ?? "",
    started: meta?.started ?? null,
    durationMinutes: minutesOf(meta?.duration),
    rep: parties.find((party) => party.userId && party.userId === meta?.primaryUserId)?.name ?? null,
    externalParticipants: parties
      .filter((party) => party.affiliation !== "Internal")
      .map((party) => participantLabel(party, companyOf(party, accounts))),
    url: meta?.url ?? null,
  };
}

type Found = { row: ReturnType<typeof rowOf>; after: Position | null }[];
type Stopped = "limit" | "end" | "scanCap" | "budget";

/** Reads Gong's pages from `start` until `limit` matches, the last page or the scan cap. */
async function scan(
  args: Args,
  filter: Record<string, unknown>,
  start: Position,
  run: Run,
  context: ToolContext,
) {
  const found: Found = [];
  const counts = { scannedCalls: 0, privateCallsOmitted: 0 };
  const done = (end: Position | null, stopped: Stopped) => ({ found, end, stopped, ...counts });
  let position: Position | null = start;
  for (let pages = 0; position && pages < scanPageCap; pages++) {
    const from: Position = position;
    const result = await run(
      callDetailsAction,
      callDetailsInput(filter, ["parties", "context"], from.page ?? undefined),
    );
    if (!result.successful) return { error: result.error };
    const data = result.data as { calls?: CallDetails[] | null; records?: { cursor?: string | null } | null };
    const calls = data.calls ?? [];
    const next = data.records?.cursor ?? null;
    for (let index = from.skip; index < calls.length; index++) {
      const call = calls[index];
      counts.scannedCalls++;
      const after = positionAfter(from.page, index, calls.length, next);
      if (!call || !matches(call, args)) continue;
      if (isPrivateDetails(call) && !context.includePrivate) {
        counts.privateCallsOmitted++;
        continue;
      }
      found.push({ row: rowOf(call), after });
      if (found.length === args.limit) return done(after, "limit");
    }
    position = next ? { page: next, skip: 0 } : null;
  }
  return done(position, position ? "scanCap" : "end");
}

async function findCalls(input: Record<string, unknown>, context: ToolContext) {
  const parsed = parseToolArgs("gong_find_calls", argsSchema, input, {
    companyDomain: "globex.com",
    fromDateTime: "2026-08-01T00:00:00Z",
  });
  if (!parsed.ok) return parsed.result;
  const args = parsed.value;
  const fingerprint = criteriaOf(args).join("|");
  const start = args.cursor ? readCursor(args.cursor, fingerprint) : { page: null, skip: 0 };
  if (!start) {
    return errorText(
      "cursor is not a nextCursor of gong_find_calls for these criteria: repeat exactly the criteria that returned it, or leave cursor out to start over. Nothing was sent to Gong.",
    );
  }
  const { run, used } = trackRequests(context.client);
  let rep: RepMatch | undefined;
  if (args.rep) {
    const resolved = await resolveRep(args.rep, run, used);
    if ("failure" in resolved) return resolved.failure;
    rep = resolved.user;
  }
  const filter = {
    ...(args.fromDateTime ? { fromDateTime: args.fromDateTime } : {}),
    ...(args.toDateTime ? { toDateTime: args.toDateTime } : {}),
    ...(rep ? { primaryUserIds: [rep.id] } : {}),
  };
  const scanned = await scan(args, filter, start, run, context);
  if ("error" in scanned) return gongFailed(scanned.error, used);
  const { found } = scanned;
  // Over budget: rows are dropped from the end, and the cursor resumes right after the last row kept.
  const build = (kept: number) => {
    const whole = kept === found.length;
    const end = whole ? scanned.end : (found[kept - 1]?.after ?? start);
    return {
      calls: found.slice(0, kept).map((entry) => entry.row),
      nextCursor: end ? writeCursor(end, fingerprint) : null,
      scannedCalls: scanned.scannedCalls,
      stopped: whole ? scanned.stopped : "budget",
      privateCallsOmitted: scanned.privateCallsOmitted,
      ...(rep ? { rep } : {}),
      requests: requestSummary(used),
    };
  };
  const rows = found.map((entry) => entry.row);
  // When not even the result without rows fits the budget, that is the answer: it resumes where this one began.
  return structuredResult(fitCount(build, rows, context.budgetTokens)?.value ?? build(0));
}

export const findCallsTool: McpTool = {
  definition: {
    name: "gong_find_calls",
    title: "Find Gong calls",
    description:
      "Find calls by customer domain, participant email, rep (email or name), start-time range and/or title text. Compact rows, oldest first; pass nextCursor back with the same criteria for more. Reads 100 calls per Gong request, at most 5 requests per use.",
    inputSchema: {
      type: "object",
      properties: {
        companyDomain: { type: "string", description: "e.g. globex.com" },
        participantEmail: { type: "string" },
        rep: { type: "string", description: "Gong user's email or name" },
        fromDateTime: { type: "string", format: "date-time", description: "Started at or after" },
        toDateTime: { type: "string", format: "date-time", description: "Started before" },
        titleContains: { type: "string" },
        limit: { type: "integer", minimum: 1, maximum: 100, description: "Default 20" },
        cursor: { type: "string", description: "nextCursor of the previous result" },
      },
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        calls: { type: "array", items: { type: "object" } },
        nextCursor: { type: ["string", "null"] },
        scannedCalls: { type: "integer" },
        stopped: { type: "string", enum: ["limit", "end", "scanCap", "budget"] },
        privateCallsOmitted: { type: "integer" },
        requests: { type: "object" },
      },
    },
    annotations: readOnlyAnnotations,
  },
  call: findCalls,
};
