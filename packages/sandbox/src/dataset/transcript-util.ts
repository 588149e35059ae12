// Small helpers of the transcript builder: facts filled into summaries, shuffled rounds, picking speakers.
import type { Random } from "../random.js";

/** The tracker keywords in a phrase template once `{competitor}` is filled in (other slots never match). */
export type KeywordsOf = (template: string, competitor: string) => readonly string[];

/** The call's facts the slots are filled with; `customer` may change between exchanges (internal calls). */
export interface Scene {
  customer: string;
  competitor: string;
  seats: number;
  price: string;
  crm: string;
  day: string;
}

/** What the builder needs of a speaker to pick one. */
export interface Weighted {
  firstName: string;
  weight: number;
  expert?: boolean;
}

/** A subject's label or point with the call's facts filled in ({host} and {contact} are left for the summary). */
export function facts(template: string, scene: Scene): string {
  if (!template.includes("{")) return template;
  return template
    .replaceAll("{customer}", scene.customer)
    .replaceAll("{competitor}", scene.competitor)
    .replaceAll("{seats}", String(scene.seats))
    .replaceAll("{price}", scene.price)
    .replaceAll("{crm}", scene.crm)
    .replaceAll("{day}", scene.day);
}

/** The items in a shuffled order, reshuffled after each full round; undefined for no items. */
export function cycle<T>(random: Random, items: readonly T[]): (() => T) | undefined {
  if (items.length === 0) return undefined;
  let order: T[] = [];
  return () => {
    if (order.length === 0) {
      order = [...items];
      for (let index = order.length - 1; index > 0; index--) {
        const other = random.int(0, index);
        [order[index], order[other]] = [order[other] as T, order[index] as T];
      }
    }
    return order.pop() as T;
  };
}

export function named<S extends Weighted>(speakers: readonly S[]): S | undefined {
  return speakers.find((speaker) => speaker.firstName);
}

/** A speaker of `speakers` other than `besides`, by weight (experts' times `boost`); undefined if none. */
export function weighted<S extends Weighted>(
  random: Random,
  speakers: readonly S[],
  besides: S | undefined,
  boost: number,
): S | undefined {
  let total = 0;
  for (const speaker of speakers)
    if (speaker !== besides) total += speaker.weight * (speaker.expert ? boost : 1);
  let roll = random.next() * total;
  let last: S | undefined;
  for (const speaker of speakers) {
    if (speaker === besides) continue;
    last = speaker;
    roll -= speaker.weight * (speaker.expert ? boost : 1);
    if (roll <= 0) return speaker;
  }
  return last;
}

const identities: number[][] = [];
/** A fresh array [0, 1, ..., length - 1]. */
export function identity(length: number): number[] {
  let found = identities[length];
  if (!found) {
    found = Array.from({ length }, (_, index) => index);
    identities[length] = found;
  }
  return found.slice();
}
