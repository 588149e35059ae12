// Picks and fills the lines of one call's transcript. Each pool is gone through in a shuffled order and each
// phrase is said at most once a call (of alternatives, one is picked); only a topic's routine templates come
// back, with other values and some minutes later, so nobody says the same sentence twice. Tracker keywords
// are found in the template and in the slot values separately (each cached), never by scanning sentences.
import type { Random } from "../random.js";
import {
  type Compiled,
  codeOf,
  type Entry,
  keywordList,
  noKeywords,
  type Pool,
  poolCount,
  type Slot,
  spacesIn,
} from "./phrase-compile.js";
import { backchannels, competitors, openers, productName, questionOpeners } from "./phrases.js";
import { identity, type KeywordsOf, type Scene } from "./transcript-util.js";

export type { Scene } from "./transcript-util.js";

export interface Voice {
  speakerId: string;
  /** Empty when the speaker's name is not known (nobody addresses them by name). */
  firstName: string;
}

export interface Line {
  text: string;
  keywords: readonly string[];
  words: number;
  question: boolean;
}

interface PoolState {
  order: number[];
  next: number;
  /** Said in the order written rather than shuffled. */
  ordered: boolean;
  /** Templates with slots that may be said again (routine pools only). */
  reusable: Compiled[];
  /** Before this time (ms) every reusable template was said too recently. */
  waitUntil: number;
}

/** The least time between two sentences from the same routine template. */
const routineGap = 120_000;

export function createLinePicker(random: Random, keywordsOf: KeywordsOf, scene: Scene) {
  /** The call's place in each pool, by pool id. */
  const states: (PoolState | undefined)[] = new Array(poolCount());
  /** Templates without slots the call has said. */
  const said = new Set<Compiled>();
  /** Per template with slots, codes of the fills the call has said. */
  const filled = new Map<Compiled, Set<number>>();
  /** When each routine template was last said (ms into the call). */
  const lastSaid = new Map<Compiled, number>();
  /** Per routine template, fills in a row that came out as sentences already said. */
  const misses = new Map<Compiled, number>();

  /** The competitor's place among the known ones, to cache template keywords by (-1: not cached). */
  const rival = competitors.indexOf(scene.competitor);
  /** Per speaker, when each acknowledgement was last said. */
  const backchannelAt = new Map<string, number[]>();
  /** Set by `value` to a number that tells the value from the slot's others. */
  let code = 0;

  function state(pool: Pool, routine: boolean, ordered: boolean): PoolState {
    let found = states[pool.id];
    if (!found) {
      found = {
        order: identity(pool.entries.length),
        next: 0,
        ordered,
        reusable: routine ? pool.slotted.slice() : [],
        waitUntil: Number.NEGATIVE_INFINITY,
      };
      states[pool.id] = found;
    }
    return found;
  }

  function value(part: Slot, speaker: Voice, addressee: Voice | undefined): string {
    if (part.values.length) {
      code = random.int(0, part.values.length - 1);
      return part.values[code] as string;
    }
    if (part.range.length) {
      const [low = 0, high = 0, step = 1] = part.range;
      code = low + step * random.int(0, (high - low) / step);
      return String(code);
    }
    code = 0;
    switch (part.key) {
      case "me":
        code = codeOf(speaker.firstName || "-");
        return speaker.firstName;
      case "name":
        code = codeOf(addressee?.firstName || "everyone");
        return addressee?.firstName || "everyone";
      case "customer":
        code = codeOf(scene.customer || "-");
        return scene.customer;
      case "competitor":
        return scene.competitor;
      case "product":
        return productName;
      case "seats":
        return String(scene.seats);
      case "price":
        return scene.price;
      case "crm":
        return scene.crm;
      case "day":
        return scene.day;
      case "amount":
        code = random.int(4, 80);
        return `$${code * 5},000`;
    }
    throw new Error(`no slot {${part.key}}`);
  }

  /** The tracker keywords in each of a vocabulary slot's values. */
  function valueKeywords(part: Slot): (readonly string[])[] {
    if (part.keywordsOf !== keywordsOf) {
      part.keywords = part.values.map((filling) => keywordList(keywordsOf(filling, scene.competitor)));
      part.keywordsOf = keywordsOf;
    }
    return part.keywords;
  }

  function keywordsIn(shape: Compiled): readonly string[] {
    if (rival < 0) return keywordList(keywordsOf(shape.template, scene.competitor));
    if (shape.keywordsOf !== keywordsOf) {
      shape.keywords.length = 0;
      shape.keywordsOf = keywordsOf;
    }
    let found = shape.keywords[rival];
    if (!found) {
      found = keywordList(keywordsOf(shape.template, scene.competitor));
      shape.keywords[rival] = found;
    }
    return found;
  }

  /** The template with its slots filled; undefined when the call has said that sentence already. */
  function fill(shape: Compiled, speaker: Voice, addressee: Voice | undefined): Line | undefined {
    if (!shape.parts) {
      if (said.has(shape)) return undefined;
      said.add(shape);
      return withOpener(shape.template, shape, keywordsIn(shape), shape.spaces);
    }
    // A sentence is known by its template and a number made of its values' codes.
    let key = 0;
    let text = "";
    let spaces = shape.spaces;
    let keywords = keywordsIn(shape);
    for (const part of shape.parts) {
      if (typeof part === "string") {
        text += part;
        continue;
      }
      const filling = value(part, speaker, addressee);
      key = (key * 1024 + code) % 9_007_199_254_740_881;
      text += filling;
      if (part.values.length) {
        // A vocabulary's value: `code` is its index, its spaces and keywords are known in advance.
        spaces += part.spaces[code] ?? 0;
        const found = valueKeywords(part)[code];
        if (found?.length) keywords = keywords.concat(found);
      } else if (!part.range.length) {
        spaces += spacesIn(filling);
        if (part.key === "customer") {
          const found = keywordsOf(filling, scene.competitor);
          if (found.length) keywords = keywords.concat(keywordList(found));
        }
      }
    }
    let fills = filled.get(shape);
    if (!fills) {
      fills = new Set();
      filled.set(shape, fills);
    }
    if (fills.has(key)) return undefined;
    fills.add(key);
    if (shape.capitalize) text = text.charAt(0).toUpperCase() + text.slice(1);
    return withOpener(text, shape, keywords, spaces);
  }

  function withOpener(text: string, shape: Compiled, keywords: readonly string[], spaces: number): Line {
    if (shape.openable && random.chance(0.18)) {
      const opener = random.pick(shape.question ? questionOpeners : openers);
      text = `${opener} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      spaces += spacesIn(opener) + 1;
    }
    return { text, keywords, words: spaces + 1, question: shape.question };
  }

  return {
    /**
     * A line from `pool` the call has not said yet, at `at` ms into the call; undefined when the pool is
     * spent. A routine pool's templates with slots come back once all its phrases have been said.
     */
    line(
      pool: Pool | undefined,
      speaker: Voice,
      addressee: Voice | undefined,
      at: number,
      routine = false,
      ordered = false,
    ): Line | undefined {
      if (!pool) return undefined;
      const current = state(pool, routine, ordered);
      const { order } = current;
      while (current.next < order.length) {
        // The order is shuffled as it is used (Fisher-Yates, one step per phrase), unless it is kept.
        const next = current.next++;
        if (!current.ordered) {
          const other = random.int(next, order.length - 1);
          const swap = order[other] as number;
          order[other] = order[next] as number;
          order[next] = swap;
        }
        const entry = pool.entries[order[next] as number] as Entry;
        const shape = Array.isArray(entry) ? (random.pick(entry) as Compiled) : (entry as Compiled);
        const line = fill(shape, speaker, addressee);
        if (!line) continue;
        if (routine) lastSaid.set(shape, at);
        return line;
      }
      // The first template (from a random place) not said in the last few minutes; one whose fills keep
      // coming out as sentences already said is dropped, its slots ran dry.
      const { reusable } = current;
      if (reusable.length === 0 || at < current.waitUntil) return undefined;
      const from = random.int(0, reusable.length - 1);
      let soonest = Infinity;
      for (let step = 0; step < reusable.length; step++) {
        const index = (from + step) % reusable.length;
        const shape = reusable[index] as Compiled;
        const free = (lastSaid.get(shape) ?? Number.NEGATIVE_INFINITY) + routineGap;
        if (at < free) {
          soonest = Math.min(soonest, free);
          if (step === reusable.length - 1) current.waitUntil = soonest;
          continue;
        }
        const line = fill(shape, speaker, addressee);
        if (line) {
          misses.delete(shape);
          lastSaid.set(shape, at);
          return line;
        }
        const missed = (misses.get(shape) ?? 0) + 1;
        misses.set(shape, missed);
        if (missed >= 3) {
          reusable[index] = reusable[reusable.length - 1] as Compiled;
          reusable.pop();
        }
        break;
      }
      return undefined;
    },
    /** Whether `pool` still has phrases the call has not gone through. */
    fresh(pool: Pool | undefined): boolean {
      if (!pool) return false;
      const found = states[pool.id];
      return !found || found.next < found.order.length;
    },
    /** A short acknowledgement this speaker has not said in the last minute. */
    backchannel(speaker: Voice, at: number): Line {
      let said = backchannelAt.get(speaker.speakerId);
      if (!said) {
        said = backchannels.map(() => Number.NEGATIVE_INFINITY);
        backchannelAt.set(speaker.speakerId, said);
      }
      const start = random.int(0, backchannels.length - 1);
      let pick = start;
      for (let step = 0; step < backchannels.length; step++) {
        const index = (start + step) % backchannels.length;
        const last = said[index] as number;
        if (last < (said[pick] as number)) pick = index;
        if (at - last > 60_000) {
          pick = index;
          break;
        }
      }
      said[pick] = at;
      const text = backchannels[pick] as string;
      return { text, keywords: noKeywords, words: spacesIn(text) + 1, question: false };
    },
  };
}

export type LinePicker = ReturnType<typeof createLinePicker>;
