/**
 * Where a generated history takes its decisions from: a seeded pseudo-random sequence (benchmarks,
 * reproducible by seed) or a fixed list of numbers (property tests, so fast-check can shrink it).
 */
export interface ChoiceSource {
  /** A whole number from 0 to `bound - 1`. */
  next(bound: number): number;
  /** True once a finite source has handed out all its numbers. */
  readonly exhausted: boolean;
}

/** Mulberry32: small, fast and good enough to vary generated histories; never used for anything secret. */
export function seededChoices(seed: number): ChoiceSource {
  let stateValue = seed >>> 0;
  return {
    exhausted: false,
    next(bound: number): number {
      stateValue = (stateValue + 0x6d2b79f5) >>> 0;
      let mixed = Math.imul(stateValue ^ (stateValue >>> 15), stateValue | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      const unit = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
      return Math.floor(unit * bound);
    },
  };
}

/** Hands out the listed numbers (each reduced modulo the bound asked for), then reports itself exhausted. */
export function listedChoices(values: readonly number[]): ChoiceSource {
  let index = 0;
  return {
    get exhausted() {
      return index >= values.length;
    },
    next(bound: number): number {
      const value = values[index] ?? 0;
      index += 1;
      return Math.abs(value) % Math.max(bound, 1);
    },
  };
}
