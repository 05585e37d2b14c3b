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
