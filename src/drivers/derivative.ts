/**
 * First derivatives of scalar functions of one variable, by one Dual sweep.
 *
 * @module
 */
import { checkFunctionAndNumber, checkLength, checkOutput, toVector } from '../errors.js';
import { Dual, DualRecord } from '../numbers/dual.js';
import { newTag } from '../tag.js';

/** A function of one variable written for dual numbers (or generically, for any Scalar). */
export type DualFunction = (x: Dual) => Dual | number;

/**
 * An output that is not simply a Dual of this sweep (`y?.tag !== tag`): a constant (a number, or
 * a Dual that never met the seed) has tangent 0; anything else throws. The Dual drivers test the
 * tag inline and call this only otherwise, because their fast path is inlined together with the
 * user's function into one V8 inlining budget, and `instanceof` costs more than the tag test.
 *
 * @param output - the index of the output, for one output of a vector function
 */
export function otherDualOutput(
  y: unknown,
  tag: number,
  output?: number,
): { value: number; tangent: number } {
  const d = checkOutput(y, Dual, tag, 'f', output);
  if (d !== null) return { value: d.value, tangent: d.tangent };
  return { value: typeof y === 'number' ? y : (y as Dual).value, tangent: 0 };
}

/** The seeds x + t·v of a directional sweep (jvp, directionalDerivative), after checking x and v. */
export function seedDuals(
  x: ArrayLike<number>,
  v: number | ArrayLike<number>,
  tag: number,
): Dual[] {
  const xs = toVector(x, 'x');
  const vs = toVector(v, 'v');
  checkLength(vs, xs.length, 'v', 'x');
  const seeds = new Array<Dual>(xs.length);
  for (let i = 0; i < xs.length; i++) seeds[i] = new DualRecord(xs[i], vs[i], tag);
  return seeds;
}

/**
 * The derivative f′(x) of a scalar function, exact to rounding, in one forward sweep.
 *
 * @param f - the function, written with Dual methods, functional ops, or generically
 * @param x - the point
 * @returns f′(x)
 * @throws TypeError when f is not a function, x is not a number, or f returns something other
 * than a number or a Dual
 * @example
 * ```ts
 * import { derivative, sin, mul } from 'forward-ad';
 * derivative((x) => sin(mul(x, x)), 1); // 2·cos(1)
 * ```
 */
export function derivative(f: DualFunction, x: number): number {
  if (typeof f !== 'function' || typeof x !== 'number') checkFunctionAndNumber(f, x, 'x');
  const tag = newTag();
  const y = f(new DualRecord(x, 1, tag));
  if ((y as Dual)?.tag === tag) return (y as Dual).tangent;
  return otherDualOutput(y, tag).tangent;
}

/**
 * f(x) and f′(x) together, from one forward sweep.
 *
 * @param f - the function
 * @param x - the point
 * @returns `{ value, derivative }`
 * @example
 * ```ts
 * import { valueAndDerivative, exp } from 'forward-ad';
 * valueAndDerivative(exp, 0); // { value: 1, derivative: 1 }
 * ```
 */
export function valueAndDerivative(
  f: DualFunction,
  x: number,
): { value: number; derivative: number } {
  if (typeof f !== 'function' || typeof x !== 'number') checkFunctionAndNumber(f, x, 'x');
  const tag = newTag();
  const y = f(new DualRecord(x, 1, tag));
  if ((y as Dual)?.tag === tag)
    return { value: (y as Dual).value, derivative: (y as Dual).tangent };
  const o = otherDualOutput(y, tag);
  return { value: o.value, derivative: o.tangent };
}
