/**
 * The few helpers generated code and the interpreter call besides the rule table: the select
 * that min and max trace to. They follow `Dual`'s min/max exactly, so compiled and object paths
 * agree at ties and at NaN.
 *
 * @module
 */

import { describe } from '../errors.js';

/**
 * Throws the error for an element of a point or direction that is not a number. Generated code
 * calls it right after loading the element, so checking costs no separate pass over the input.
 *
 * @param what - the element, as written in the source (`x[3]`)
 * @param got - what it holds
 * @throws TypeError always
 * @example
 * ```ts
 * notANumber('x[1]', '2'); // TypeError: forward-ad: x[1] must be a number, got a string
 * ```
 */
export function notANumber(what: string, got: unknown): never {
  throw new TypeError(`forward-ad: ${what} must be a number, got ${describe(got)}`);
}

/**
 * The value of min/max given the weight w of the first argument (`R.minWeight`/`R.maxWeight`):
 * a when w is 1 or ½ (a tie), b when w is 0, NaN when w is NaN.
 *
 * @param w - the weight of a: 1, 0, ½ or NaN
 * @param a - the first argument's value
 * @param b - the second argument's value
 * @returns the selected value
 * @example
 * ```ts
 * selectValue(maxWeight(2, 3), 2, 3); // 3
 * ```
 */
export function selectValue(w: number, a: number, b: number): number {
  return w === 0 ? b : Number.isNaN(w) ? Number.NaN : a;
}

/**
 * A derivative part of min/max: a's when w is 1, b's when w is 0, their average at a tie
 * (w = ½), NaN when w is NaN.
 *
 * @param w - the weight of a: 1, 0, ½ or NaN
 * @param a - the first argument's derivative part
 * @param b - the second argument's derivative part
 * @returns the weighted part
 * @example
 * ```ts
 * selectPart(0.5, 2, 4); // 3
 * ```
 */
export function selectPart(w: number, a: number, b: number): number {
  return w === 1 ? a : w === 0 ? b : w === 0.5 ? 0.5 * a + 0.5 * b : Number.NaN;
}

/**
 * Σ_k coefs[k]·x[indices[k]], added in order from the first product: what a `dot` instruction
 * (a long sum fused by `fuse.ts`) computes, in generated code and in the interpreter alike. The
 * elements were loaded and checked by earlier loads.
 *
 * @param x - the array the elements come from
 * @param indices - their indices (at least one)
 * @param coefs - their coefficients, as many
 * @returns the sum
 * @example
 * ```ts
 * dot([1, 2, 3], new Int32Array([0, 2]), new Float64Array([10, 100])); // 310
 * ```
 */
export function dot(x: ArrayLike<number>, indices: Int32Array, coefs: Float64Array): number {
  return addProducts(x[indices[0]] * coefs[0], x, indices, coefs, 1);
}

/**
 * base + Σ_k coefs[k]·x[indices[k]], added in order to base: a fused sum that started from a
 * value other than a term (a bias, or a partial sum used elsewhere too).
 *
 * @param base - the value the sum starts from
 * @param x - the array the elements come from
 * @param indices - their indices
 * @param coefs - their coefficients, as many
 * @returns the sum
 * @example
 * ```ts
 * dotFrom(0.5, [1, 2, 3], new Int32Array([0, 2]), new Float64Array([10, 100])); // 310.5
 * ```
 */
export function dotFrom(
  base: number,
  x: ArrayLike<number>,
  indices: Int32Array,
  coefs: Float64Array,
): number {
  return addProducts(base, x, indices, coefs, 0);
}

/** sum + coefs[k]·x[indices[k]] for k = from, from + 1, …, in order. */
function addProducts(
  sum: number,
  x: ArrayLike<number>,
  indices: Int32Array,
  coefs: Float64Array,
  from: number,
): number {
  let s = sum;
  for (let k = from; k < indices.length; k++) s += x[indices[k]] * coefs[k];
  return s;
}

/**
 * out[indices[k]] = factor·coefs[k] for each k: what a `scale` instruction (a run of stores
 * fused by `fuse.ts`) does, in generated code and in the interpreter alike.
 *
 * @param out - the array written
 * @param indices - where (at least one index)
 * @param factor - the common factor
 * @param coefs - the constants, one per index
 * @example
 * ```ts
 * const out = [0, 0, 0];
 * scale(out, new Int32Array([0, 2]), 2, new Float64Array([10, 100])); // out = [20, 0, 200]
 * ```
 */
export function scale(
  out: { [k: number]: number },
  indices: Int32Array,
  factor: number,
  coefs: Float64Array,
): void {
  for (let k = 0; k < indices.length; k++) out[indices[k]] = factor * coefs[k];
}
