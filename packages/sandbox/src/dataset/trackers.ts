// Keyword trackers and how they hit: a tracker hits wherever one of its keywords is said in the transcript
// (by anyone, or only by one side for Company and NonCompany trackers).
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { Random } from "../random.js";
import type { TrackerHit, TrackerRecord } from "../state.js";
import type { KeywordsOf, Mention } from "./transcript.js";

interface TrackerDefinition {
  name: string;
  keywords: string[];
  affiliation: "Anyone" | "Company" | "NonCompany";
  /** Workspaces (1 = main, 2 = EMEA) that define it. */
  workspaces: (1 | 2)[];
}

const definitions: TrackerDefinition[] = [
  {
    name: "Competitor mention",
    keywords: ["Contoso", "Fabrikam", "Northwind", "other vendors"],
    affiliation: "Anyone",
    workspaces: [1, 2],
  },
  {
    name: "Pricing",
    keywords: ["pricing", "price", "discount", "budget", "per seat"],
    affiliation: "Anyone",
    workspaces: [1, 2],
  },
  {
    name: "Next steps",
    keywords: ["next step", "follow up", "calendar invite", "send over"],
    affiliation: "Anyone",
    workspaces: [1],
  },
  {
    name: "Security review",
    keywords: ["SOC 2", "security review", "SSO", "GDPR", "penetration test"],
    affiliation: "Anyone",
    workspaces: [1, 2],
  },
  {
    name: "Implementation",
    keywords: ["onboarding", "implementation", "rollout", "integration"],
    affiliation: "Company",
    workspaces: [1],
  },
  {
    name: "Churn risk",
    keywords: ["cancel", "reduce seats", "cut costs"],
    affiliation: "NonCompany",
    workspaces: [1, 2],
  },
];

export function buildTrackers(
  random: Random,
  workspaceIds: [string, string],
  creatorUserId: string,
  datasetFrom: number,
): TrackerRecord[] {
  const trackers: TrackerRecord[] = [];
  for (const workspace of [1, 2] as const) {
    for (const definition of definitions) {
      if (!definition.workspaces.includes(workspace)) continue;
      const isSample = workspace === 1 && definition.name === "Competitor mention";
      const created = datasetFrom - random.int(120, 400) * 86_400_000;
      trackers.push({
        id: isSample ? sampleIds.trackerId : random.id(),
        name: definition.name,
        workspaceId: workspace === 1 ? workspaceIds[0] : workspaceIds[1],
        type: "KEYWORD",
        keywords: definition.keywords,
        created: new Date(created).toISOString(),
        creatorUserId,
        affiliation: definition.affiliation,
        updated: new Date(created + random.int(5, 90) * 86_400_000).toISOString(),
        updaterUserId: creatorUserId,
      });
    }
  }
  return trackers;
}

/** A `KeywordsOf` for every tracker keyword defined in any workspace, cached per template and competitor. */
export function createKeywordFinder(trackers: readonly TrackerRecord[]): KeywordsOf {
  const keywords = [...new Set(trackers.flatMap((tracker) => tracker.keywords))];
  const alternatives = keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`\\b(${alternatives.join("|")})\\b`, "gi");
  const canonical = new Map(keywords.map((keyword) => [keyword.toLowerCase(), keyword]));
  // Keyed by competitor, then by the template string itself (phrase-bank strings hash once).
  const cache = new Map<string, Map<string, string[]>>();
  return (template, competitor) => {
    let byTemplate = cache.get(competitor);
    if (!byTemplate) {
      byTemplate = new Map();
      cache.set(competitor, byTemplate);
    }
    let found = byTemplate.get(template);
    if (!found) {
      const text = template.replaceAll("{competitor}", competitor).replace(/\{\w+\}/g, "_");
      found = [...text.matchAll(pattern)].map((match) => canonical.get((match[1] ?? "").toLowerCase()) ?? "");
      byTemplate.set(template, found);
    }
    return found;
  };
}

/** The hits of a workspace's trackers among a call's keyword mentions. */
export function trackerHits(
  trackers: readonly TrackerRecord[],
  mentions: readonly Mention[],
  isCompany: (speakerId: string) => boolean,
): TrackerHit[] {
  const hits: TrackerHit[] = [];
  for (const tracker of trackers) {
    const occurrences = mentions
      .filter((mention) => tracker.keywords.includes(mention.keyword))
      .filter((mention) => {
        if (tracker.affiliation === "Company") return isCompany(mention.speakerId);
        if (tracker.affiliation === "NonCompany") return !isCompany(mention.speakerId);
        return true;
      })
      .map((mention) => ({
        startTime: mention.startTime,
        speakerId: mention.speakerId,
        phrase: mention.keyword,
      }));
    if (occurrences.length) hits.push({ trackerId: tracker.id, name: tracker.name, occurrences });
  }
  return hits;
}
