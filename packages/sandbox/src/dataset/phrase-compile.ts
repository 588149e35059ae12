// Phrase templates taken apart once (literal text and slots, word count, question or not) so that filling one
// for a sentence costs little; a pool's templates are compiled on first use and shared by every call.

import { numberSlots, slotValues } from "./phrase-slots.js";
import type { Phrase, Subject } from "./phrase-types.js";

/** A slot: its name, and its vocabulary or number range when it has one. */
/** A slot: its name, and its vocabulary or number range (empty when it has none). */
export interface Slot {
  key: string;
  values: readonly string[];
  /** Spaces in each of the values. */
  spaces: readonly number[];
  /** [low, high, step], or empty. */
  range: readonly number[];
  /** The tracker keywords in each value, for the keyword finder last used. */
  keywordsOf: unknown;
  keywords: (readonly string[])[];
}

export type Part = string | Slot;

// Every field is always set (some to undefined) so that all compiled templates share one shape, which keeps
// the hot paths that read them fast.
export interface Compiled {
  template: string;
  /** Undefined for a template without slots. */
  parts: Part[] | undefined;
  /** Spaces in the literal text, for the word count. */
  spaces: number;
  question: boolean;
  /** Starts with a slot, so the filled value is capitalised. */
  capitalize: boolean;
  /** Can follow an opener ("So", "And", ...) once lower-cased. */
  openable: boolean;
  /** The tracker keywords in the template, per competitor (by index), for the keyword finder last used. */
  keywordsOf: unknown;
  keywords: (readonly string[] | undefined)[];
}

/** A pool entry: one template, or alternatives of which a call says one. */
export type Entry = Compiled | readonly Compiled[];

/** A compiled pool of phrases; `id` numbers the pools so a call can keep its place in each in an array. */
export interface Pool {
  id: number;
  entries: Entry[];
  /** The templates with slots (the ones a routine pool may say again). */
  slotted: Compiled[];
}

let pools = 0;
/** How many pools have been compiled. */
export const poolCount = () => pools;

const compiledPools = new WeakMap<readonly Phrase[], Pool>();
// Fields keep one representation from the start (a function, an array, a set, a double), so compiled
// templates never change shape once in use.
const noFinder = () => [];
/** One compiled template per text, so a line two pools share is still said once a call. */
const compiledTemplates = new Map<string, Compiled>();
const starters =
  /^(The|This|That|These|We|We're|We've|We'll|Our|It|It's|There|There's|Here|Here's|Most|Some|Every|Everything|You|You'll|You're|Your|They|They're|A|An|If|When|One|Once|Right now|Honestly|Nobody|What|How|Who|Where|Why|Is|Are|Do|Does|Can|Could|Would|Have)\b/;

export function compiledPool(pool: readonly Phrase[]): Pool {
  let found = compiledPools.get(pool);
  if (!found) {
    const entries = pool.map((phrase) =>
      typeof phrase === "string" ? compile(phrase) : phrase.map(compile),
    );
    const slotted = entries.filter(
      (entry): entry is Compiled => !Array.isArray(entry) && !!(entry as Compiled).parts,
    );
    found = { id: pools++, entries, slotted };
    compiledPools.set(pool, found);
  }
  return found;
}

/** A subject ready to talk from: its phrase pools compiled. */
export interface Lines {
  label: string;
  point: string | undefined;
  ordered: boolean;
  ask: Pool | undefined;
  tell: Pool | undefined;
  answer: Pool | undefined;
  query: Pool | undefined;
}

const compiledSubjects = new WeakMap<Subject, Lines>();

export function compiledLines(subject: Subject): Lines {
  let found = compiledSubjects.get(subject);
  if (!found) {
    const pool = (phrases: readonly Phrase[] | undefined) =>
      phrases?.length ? compiledPool(phrases) : undefined;
    found = {
      label: subject.label,
      point: subject.point,
      ordered: subject.ordered ?? false,
      ask: pool(subject.ask),
      tell: pool(subject.tell),
      answer: pool(subject.answer),
      query: pool(subject.query),
    };
    compiledSubjects.set(subject, found);
  }
  return found;
}

function compile(template: string): Compiled {
  let found = compiledTemplates.get(template);
  if (!found) {
    found = compileNew(template);
    compiledTemplates.set(template, found);
  }
  return found;
}

function compileNew(template: string): Compiled {
  const parts = template.includes("{")
    ? template
        .split(/(\{\w+\})/)
        .filter((part) => part !== "")
        .map((part): Part => (/^\{\w+\}$/.test(part) ? slot(part.slice(1, -1)) : part))
    : undefined;
  const literal = parts ? parts.filter((part) => typeof part === "string").join("") : template;
  return {
    template,
    parts,
    spaces: spacesIn(literal),
    question: template.endsWith("?"),
    capitalize: template.startsWith("{"),
    openable: starters.test(template),
    keywordsOf: noFinder,
    keywords: [],
  };
}

function slot(key: string): Slot {
  const values = slotValues[key] ?? [];
  return {
    key,
    values,
    spaces: values.map(spacesIn),
    range: numberSlots[key] ?? [],
    keywordsOf: noFinder,
    keywords: [],
  };
}

export function spacesIn(text: string): number {
  let count = 0;
  for (let index = text.indexOf(" "); index >= 0; index = text.indexOf(" ", index + 1)) count++;
  return count;
}

/** A small number standing for a text, to tell fills apart (a collision only makes a fill look used). */
export function codeOf(text: string): number {
  return (text.length * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(text.length - 1)) & 1023;
}

/** No keywords; every keyword list a line carries is an array of strings of one kind (keeps emitting fast). */
export const noKeywords: readonly string[] = ["-"].slice(1);
/** The finder's keywords as a list of that kind. */
export const keywordList = (found: readonly string[]): readonly string[] =>
  found.length ? Array.from(found) : noKeywords;
