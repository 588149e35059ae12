// Sandbox handlers for the ai group (paid-credit endpoints in Gong): answer a question about a CRM entity and
// generate a configured brief for it. Both are deterministic: built from what the entity's calls say
// (transcript sentences, key points, next steps, briefs) and its emails, with references to them.
import { type Handler, type HandlerMap, SandboxHttpError } from "../kit.js";
import type { CallRecord } from "../state.js";
import { callInfo, type EntitySources, emailInfo, entitySources } from "./ai-sources.js";

const stopWords = new Set([
  ..."about above after again also been before being could does doing from have having into more most other".split(
    " ",
  ),
  ..."over should some such than that their them then there these they this those through under very what".split(
    " ",
  ),
  ..."when where which while will with would your tell said says give list know".split(" "),
]);

function keywords(question: string): string[] {
  const words = question.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [];
  return [...new Set(words.filter((word) => !stopWords.has(word)))];
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** Transcript sentences that mention a keyword: at most two per call, five in all. */
function mentions(calls: CallRecord[], words: string[]) {
  const found: { call: CallRecord; text: string }[] = [];
  for (const call of calls) {
    const quoted = new Set<string>();
    for (const sentence of call.transcript.flatMap((monologue) => monologue.sentences)) {
      const text = sentence.text.toLowerCase();
      if (quoted.size < 2 && !quoted.has(text) && words.some((word) => text.includes(word))) {
        found.push({ call, text: sentence.text });
        quoted.add(text);
      }
    }
    if (found.length >= 5) break;
  }
  return found.slice(0, 5);
}

function noData(sources: EntitySources): string {
  return `There are no calls or emails with ${sources.entityName} in the selected time period.`;
}

const askEntity: Handler = ({ state, query, now }) => {
  const sources = entitySources(state, query, now);
  const words = keywords(query.get("question") ?? "");
  const hits = mentions(sources.calls, words);
  let answerItems: string[];
  let cited: CallRecord[];
  if (hits.length) {
    answerItems = hits.map((hit) => `${hit.call.title} (${day(hit.call.started)}): "${hit.text}"`);
    cited = [...new Set(hits.map((hit) => hit.call))];
  } else if (sources.calls[0]) {
    const latest = sources.calls[0];
    const points = latest.keyPoints.length ? latest.keyPoints : latest.nextSteps;
    answerItems = [
      `No conversation with ${sources.entityName} addressed this directly. The latest, "${latest.title}" on ${day(latest.started)}, covered:`,
      ...points.slice(0, 3),
    ];
    cited = [latest];
  } else {
    answerItems = [noData(sources)];
    cited = [];
  }
  const emails = sources.emails.filter((message) =>
    words.some((word) => message.subject.toLowerCase().includes(word)),
  );
  return {
    body: {
      numOfCallsSearched: sources.calls.length,
      numOfEmailsSearched: sources.emails.length,
      answer: [
        {
          answerItems,
          callFindings: cited.map(callInfo),
          emailFindings: emails.length ? [{ emails: emails.slice(0, 5).map(emailInfo) }] : [],
        },
      ],
    },
  };
};

/** What a brief section says, chosen by its title; with the calls it drew on. */
function sectionSummary(title: string, sources: EntitySources): { summary: string[]; cited: CallRecord[] } {
  const calls = sources.calls.slice(0, 5);
  const pick = (lines: (call: CallRecord) => string[]) => {
    const used = calls.filter((call) => lines(call).length > 0);
    return { summary: [...new Set(used.flatMap(lines))].slice(0, 5), cited: used };
  };
  if (/next step|action/i.test(title)) return pick((call) => call.nextSteps);
  if (/stakeholder|committee|buying|people/i.test(title)) {
    const titles = new Map<string, string>();
    for (const party of calls.flatMap((call) => call.parties)) {
      if (party.affiliation === "External" && party.name && party.title) titles.set(party.name, party.title);
    }
    const label = (name: string) => (titles.has(name) ? `${name}, ${titles.get(name)}` : name);
    return pick((call) =>
      call.parties.flatMap((party) =>
        party.affiliation === "External" && party.name ? [label(party.name)] : [],
      ),
    );
  }
  if (/overview|summary|status/i.test(title)) return pick((call) => (call.brief ? [call.brief] : []));
  const matching = pick((call) =>
    call.keyPoints.filter((point) =>
      title
        .toLowerCase()
        .split(/\W+/)
        .some((word) => word.length > 3 && point.toLowerCase().includes(word)),
    ),
  );
  return matching.summary.length ? matching : pick((call) => call.keyPoints.slice(0, 1));
}

const generateBrief: Handler = ({ state, query, now }) => {
  const sources = entitySources(state, query, now);
  const briefName = (query.get("briefName") ?? "").trim().toLowerCase();
  const brief = state.briefs.find(
    (item) => item.workspaceId === sources.workspaceId && item.briefName.toLowerCase() === briefName,
  );
  if (!brief) {
    const names = state.briefs
      .filter((item) => item.workspaceId === sources.workspaceId)
      .map((item) => item.briefName);
    throw new SandboxHttpError(404, [
      `No brief named '${query.get("briefName")}' in this workspace (briefs: ${names.join(", ")})`,
    ]);
  }
  const briefSections = brief.sections.map((title) => {
    const { summary, cited } = sectionSummary(title, sources);
    return {
      title,
      sectionSummary: summary.length ? summary : [noData(sources)],
      conversationFindings: {
        callFindings: cited.map(callInfo),
        emailFindings: sources.emails.length ? [{ emails: sources.emails.slice(0, 3).map(emailInfo) }] : [],
      },
      briefSectionType: "Conversations",
    };
  });
  return {
    body: {
      numOfCallsSearched: sources.calls.length,
      numOfEmailsSearched: sources.emails.length,
      briefSections,
    },
  };
};

export const aiHandlers: HandlerMap = { askEntity, generateBrief };
