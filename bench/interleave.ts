// Timing helpers shared by the benchmarks: interleaved rounds so machine noise hits both sides alike.
import { performance } from "node:perf_hooks";

export const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
export const perRound = Number(process.env.BENCH_PER_ROUND ?? 25);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeBatch(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < perRound; i++) await task();
  return (performance.now() - start) / perRound;
}

/** Median per-call milliseconds of `a` and `b`, measured in alternating order over `rounds` rounds. */
export async function compare(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<{ a: number; b: number }> {
  for (let i = 0; i < 10; i++) await Promise.all([a(), b()]); // warm-up
  const times = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      times.a.push(await timeBatch(a));
      times.b.push(await timeBatch(b));
    } else {
      times.b.push(await timeBatch(b));
      times.a.push(await timeBatch(a));
    }
  }
  return { a: median(times.a), b: median(times.b) };
}
