// Joins a transcript's anonymous speaker ids to the call's parties and renders what was said as lines a model
// reads well: `[12:34] Jane Doe (Acme Corp, external): text`.
//
// One line per speaker turn (a Gong monologue), split when a turn runs on past 40 seconds. A line per sentence
// repeats the timestamp and speaker label on every sentence (turns average two or three sentences: 39% more
// tokens on the sandbox's hour-long call, see bench/transcript-result.ts) and breaks arguments apart; a
// line per whole monologue can run for minutes, so its one timestamp drifts from its words and a time window
// cannot cut it. Splitting at 40 s keeps both in check and keeps any one line far below a result budget.

import type { Monologue } from "./call-parties.js";
import {
  type Account,
  accountsOf,
  type CallDetails,
  companyOf,
  emailDomain,
  type PartyDetails,
} from "./call-parties.js";

export interface Party {
  name: string;
  title?: string;
  /** External parties only: the call's CRM account when the party belongs to it, else the email domain. */
  company?: string;
  affiliation: "internal" | "external" | "unknown";
}

interface Speaker {
  name: string;
  label: string;
  external: boolean;
}

export interface SpokenSentence {
  /** Index of the monologue it belongs to. */
  turn: number;
  speaker: Speaker;
  /** Milliseconds from the start of the call. */
  start: number;
  text: string;
}

export interface TranscriptView {
  callId: string;
  title: string;
  started?: string;
  durationSeconds?: number;
  parties: Party[];
  sentences: SpokenSentence[];
}

export interface TranscriptWindow {
  fromSeconds?: number | undefined;
  toSeconds?: number | undefined;
  externalOnly?: boolean | undefined;
}

const lineSpanMs = 40_000;

/** Personal mailboxes say nothing about a company. */
const freeMail = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "yahoo.com",
  "icloud.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
]);

/** The party's CRM account; failing that, its email domain (a personal mailbox names no company). */
function partyCompany(party: PartyDetails, accounts: Map<string, Account>): string | undefined {
  const domain = emailDomain(party.emailAddress);
  return companyOf(party, accounts) ?? (domain && !freeMail.has(domain) ? domain : undefined);
}

function partyOf(party: PartyDetails, accounts: Map<string, Account>): Party | undefined {
  const name = party.name || party.emailAddress;
  if (!name) return undefined;
  const affiliation =
    party.affiliation === "Internal" ? "internal" : party.affiliation === "External" ? "external" : "unknown";
  const out: Party = { name, affiliation };
  if (party.title) out.title = party.title;
  const company = affiliation === "internal" ? undefined : partyCompany(party, accounts);
  if (company) out.company = company;
  return out;
}

/** `Jane Doe (Acme Corp, external)`, `Dana Reyes (internal)`; internal parties need no company. */
export function labelOf(party: Party): string {
  const about = [party.company, party.affiliation === "unknown" ? undefined : party.affiliation].filter(
    Boolean,
  );
  return about.length ? `${party.name} (${about.join(", ")})` : party.name;
}

/** A call's transcript joined to its parties; a speaker no party claims is "Speaker N" in order of appearance. */
export function buildView(
  callId: string,
  call: CallDetails | undefined,
  monologues: readonly Monologue[],
): TranscriptView {
  const accounts = call ? accountsOf(call) : new Map<string, Account>();
  const speakers = new Map<string, Speaker>();
  const parties: Party[] = [];
  for (const data of call?.parties ?? []) {
    const party = partyOf(data, accounts);
    if (!party) continue;
    parties.push(party);
    if (data.speakerId) {
      speakers.set(data.speakerId, {
        name: party.name,
        label: labelOf(party),
        external: party.affiliation === "external",
      });
    }
  }
  let unknown = 0;
  const sentences: SpokenSentence[] = [];
  monologues.forEach((monologue, turn) => {
    const id = monologue.speakerId ?? "";
    let speaker = speakers.get(id);
    if (!speaker) {
      unknown += 1;
      speaker = { name: `Speaker ${unknown}`, label: `Speaker ${unknown}`, external: false };
      speakers.set(id, speaker);
    }
    for (const sentence of monologue.sentences ?? []) {
      const text = String(sentence.text ?? "").trim();
      if (text) sentences.push({ turn, speaker, start: Number(sentence.start ?? 0), text });
    }
  });
  const view: TranscriptView = { callId, title: call?.metaData?.title ?? "", parties, sentences };
  if (call?.metaData?.started) view.started = call.metaData.started;
  if (call?.metaData?.duration != null) view.durationSeconds = Number(call.metaData.duration);
  return view;
}

/** `mm:ss` from milliseconds; minutes keep counting past an hour (`72:05`). */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** The transcript's lines, keeping only sentences that start in the window (and external ones if asked). */
export function renderLines(view: TranscriptView, window: TranscriptWindow = {}): string[] {
  const from = (window.fromSeconds ?? 0) * 1000;
  const to = window.toSeconds === undefined ? Number.POSITIVE_INFINITY : window.toSeconds * 1000;
  const lines: string[] = [];
  let line: { turn: number; start: number; label: string; texts: string[] } | undefined;
  const flush = () => {
    if (line) lines.push(`[${clock(line.start)}] ${line.label}: ${line.texts.join(" ")}`);
  };
  for (const sentence of view.sentences) {
    if (sentence.start < from || sentence.start >= to) continue;
    if (window.externalOnly && !sentence.speaker.external) continue;
    if (line && line.turn === sentence.turn && sentence.start - line.start < lineSpanMs) {
      line.texts.push(sentence.text);
      continue;
    }
    flush();
    line = {
      turn: sentence.turn,
      start: sentence.start,
      label: sentence.speaker.label,
      texts: [sentence.text],
    };
  }
  flush();
  return lines;
}
