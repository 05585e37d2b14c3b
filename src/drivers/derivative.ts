/**
 * First derivatives of scalar functions of one variable, by one Dual sweep.
 *
 * @module
 */
import { checkFunction, checkNumber, checkOutput } from '../errors.js';
import { Dual } from '../numbers/dual.js';
import { newTag } from '../tag.js';

/** A function of one variable written for dual numbers (or generically, for any Scalar). */
export type DualFunction = (x: Dual) => Dual | number;

/**
 * The output when it is not simply a Dual of this sweep: a constant (a number, or a Dual that
 * never met the seed) has derivative 0; anything else throws. Kept out of the drivers' fast path,
 * which V8 inlines together with the user's function.
 */
function otherOutput(y: unknown, tag: number): { value: number; derivative: number } {
  const d = checkOutput(y, Dual, tag, 'f');
  if (d !== null) return { value: d.value, derivative: d.tangent };
  return { value: typeof y === 'number' ? y : (y as Dual).value, derivative: 0 };
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
  checkFunction(f);
  checkNumber(x, 'x');
  const tag = newTag();
  const y = f(new Dual(x, 1, tag));
  if ((y as Dual)?.tag === tag) return (y as Dual).tangent;
  return otherOutput(y, tag).derivative;
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
  checkFunction(f);
  checkNumber(x, 'x');
  const tag = newTag();
  const y = f(new Dual(x, 1, tag));
  if ((y as Dual)?.tag === tag)
    return { value: (y as Dual).value, derivative: (y as Dual).tangent };
  return otherOutput(y, tag);
}
