/**
 * Second derivatives of scalar functions of one variable, by one hyper-dual sweep.
 *
 * @module
 */
import { checkFunctionAndNumber } from '../errors.js';
import { HyperDual, HyperDualRecord } from '../numbers/hyper-dual.js';
import { newTag } from '../tag.js';
import { readScalarOutput } from './second-order-output.js';

/** A function of one variable written for hyper-dual numbers (or generically, for any Scalar). */
export type HyperDualFunction = (x: HyperDual) => HyperDual | number;

/**
 * The second derivative f″(x) of a scalar function, exact to rounding, in one forward sweep of a
 * hyper-dual number seeded x + ε1 + ε2 (no step size, no cancellation).
 *
 * @param f - the function, written with HyperDual methods, functional ops, or generically
 * @param x - the point
 * @returns f″(x); 0 when f returns a constant
 * @throws TypeError when f is not a function, x is not a number, or f returns something other
 * than a number or a HyperDual (a vector, undefined)
 * @example
 * ```ts
 * import { secondDerivative, sin, mul } from 'forward-ad';
 * secondDerivative((x) => sin(mul(x, x)), 1); // 2·cos(1) − 4·sin(1)
 * ```
 */
export function secondDerivative(f: HyperDualFunction, x: number): number {
  // The common case stays small (argument checks and unusual outputs out of line): V8 inlines f
  // and its operations into the caller within a fixed bytecode budget, and every operation
  // inlined there keeps no allocation. Measured: 26% less time on sin(x²)·eˣ/(1+x²) (benchmark.js).
  if (typeof f !== 'function' || typeof x !== 'number') checkFunctionAndNumber(f, x, 'x');
  const tag = newTag();
  const y = f(new HyperDualRecord(x, 1, 1, 0, tag));
  if ((y as HyperDual)?.tag === tag) return (y as HyperDual).e12;
  return otherOutput(y, tag);
}

/** f″ from an output other than a HyperDual of this call: 0 for a constant, or an error. */
function otherOutput(y: unknown, tag: number): number {
  const d = readScalarOutput(y, HyperDual, tag, 'f', 'differentiate each output separately');
  return d === null ? 0 : d.e12;
}
