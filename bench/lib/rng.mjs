/**
 * Deterministic pseudo-random inputs, so every run (and every contender) sees the same points.
 *
 * @module
 */

/**
 * A mulberry32 generator of uniform numbers in [0, 1).
 *
 * @param {number} seed - any 32-bit integer
 * @returns {() => number} the generator
 * @example
 * const next = seeded(1);
 * next(); // the same number on every run
 */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n numbers uniform in [lo, hi), from a fixed seed.
 *
 * @param {number} n - how many
 * @param {number} lo - lower bound
 * @param {number} hi - upper bound
 * @param {number} seed - the seed
 * @returns {number[]} the numbers
 * @example
 * uniformVector(3, -1, 1, 7);
 */
export function uniformVector(n, lo, hi, seed) {
  const next = seeded(seed);
  return Array.from({ length: n }, () => lo + (hi - lo) * next());
}
