/** mulberry32: a tiny, well-distributed PRNG. The same seed gives the same history on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  /** Uniform in [from, to). */
  const between = (from: number, to: number) => from + next() * (to - from);
  const chance = (p: number) => next() < p;
  return { next, int, pick, between, chance };
}

export type Prng = ReturnType<typeof prng>;
