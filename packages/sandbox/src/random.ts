// A small seeded PRNG (mulberry32) so the sandbox's dataset is identical on every run.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A 19-digit id string, unique within this generator. */
  id(): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const issued = new Set<string>();
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (probability) => next() < probability,
    id: () => {
      for (;;) {
        let digits = String(int(1, 8));
        while (digits.length < 19) digits += String(int(0, 9));
        if (!issued.has(digits)) {
          issued.add(digits);
          return digits;
        }
      }
    },
  };
}
