/**
 * Taylor-mode drivers: one sweep of f on a Taylor number gives every normalized derivative
 * f^(k)(x0)/k! up to the requested order, in O(d²) per operation.
 *
 * @module
 */
import {
  checkFinite,
  checkFunction,
  checkLength,
  checkOrder,
  checkOutput,
  describe,
  outputName,
  toVector,
} from '../errors.js';
import { Taylor } from '../numbers/taylor.js';
import { newTag } from '../tag.js';
import { TaylorPolynomial } from '../taylor-polynomial.js';
import { zeros } from '../zeros.js';

// The drivers' result type, exported beside them.
export { TaylorPolynomial };

/** A function of one variable written for Taylor numbers (or generically, for any Scalar). */
export type TaylorFunction = (x: Taylor) => Taylor | number;

/** A vector-valued function of one variable, f: R → Rᵐ, written for Taylor numbers. */
export type TaylorVectorFunction = (x: Taylor) => readonly (Taylor | number)[];

/** A scalar function of n variables, f: Rⁿ → R, written for Taylor numbers. */
export type TaylorMultivariateFunction = (x: Taylor[]) => Taylor | number;

/** The coefficients of one output of f: a constant gives [y, 0, …, 0]. */
function readSeries(y: unknown, tag: number, order: number, output?: number): number[] {
  const t = checkOutput(y, Taylor, tag, 'f', output);
  if (t === null) {
    const out = zeros(order + 1);
    out[0] = typeof y === 'number' ? y : (y as Taylor).value;
    return out;
  }
  const c = t.coefficients;
  if (c.length !== order + 1) {
    throw new RangeError(
      `forward-ad: ${outputName('f', output)} returned a Taylor number of order ${c.length - 1}, expected ${order}`,
    );
  }
  // A copy: the polynomial's coefficients are the user's to change, the number's are not.
  return c.slice();
}

/** @throws TypeError when a scalar-only driver's f returned an array. */
function checkScalarOutput(y: unknown, what: string): void {
  if (Array.isArray(y)) {
    throw new TypeError(
      `forward-ad: ${what} must return a number or a Taylor (a scalar), got ${describe(y)}; ` +
        'use taylor() to expand a vector-valued function',
    );
  }
}

/** f(x0 + t) as a series of the given order, with every argument checked. */
function sweep(f: unknown, x0: unknown, order: unknown, point: string, orderName: string): Sweep {
  checkFunction(f);
  checkFinite(x0, point);
  checkOrder(order, orderName);
  const tag = newTag();
  return { y: (f as (x: Taylor) => unknown)(Taylor.variable(x0, order, tag)), tag };
}

/** What f returned on the seed, and the seed's tag. */
interface Sweep {
  y: unknown;
  tag: number;
}

/**
 * The Taylor polynomial of order `order` of f about x0: coefficients c_k = f^(k)(x0)/k!, from one
 * forward sweep. A vector-valued f: R → Rᵐ (returning an array) gives one polynomial per output.
 *
 * @param f - the function, written with Taylor methods, functional ops, or generically
 * @param x0 - the centre, a finite number
 * @param order - the order d ≥ 0 (a whole number)
 * @returns a {@link TaylorPolynomial}, or an array of them for a vector-valued f
 * @throws TypeError when f is not a function, x0 is not a number, or f returns something other
 * than a number, a Taylor or an array of those; RangeError when x0 is not finite or order is
 * negative or fractional
 * @example
 * ```ts
 * import { taylor, exp, sin } from 'forward-ad';
 * taylor((x) => exp(sin(x)), 0, 3).coefficients; // [1, 1, 0.5, 0]
 * taylor((x) => [sin(x), exp(x)], 0, 2).map((p) => p.coefficients); // [[0, 1, 0], [1, 1, 0.5]]
 * ```
 */
export function taylor(f: TaylorFunction, x0: number, order: number): TaylorPolynomial;
export function taylor(f: TaylorVectorFunction, x0: number, order: number): TaylorPolynomial[];
export function taylor(
  f: TaylorFunction | TaylorVectorFunction,
  x0: number,
  order: number,
): TaylorPolynomial | TaylorPolynomial[];
export function taylor(
  f: TaylorFunction | TaylorVectorFunction,
  x0: number,
  order: number,
): TaylorPolynomial | TaylorPolynomial[] {
  const { y, tag } = sweep(f, x0, order, 'x0', 'order');
  if (Array.isArray(y)) {
    const m = y.length;
    const out = new Array<TaylorPolynomial>(m);
    for (let i = 0; i < m; i++) {
      out[i] = new TaylorPolynomial(x0, readSeries(y[i], tag, order, i));
    }
    return out;
  }
  return new TaylorPolynomial(x0, readSeries(y, tag, order));
}

/**
 * The Maclaurin polynomial of f: its Taylor polynomial about 0, `taylor(f, 0, order)`.
 *
 * @param f - the function (scalar- or vector-valued, as for {@link taylor})
 * @param order - the order d ≥ 0
 * @returns a {@link TaylorPolynomial} about 0, or an array of them for a vector-valued f
 * @throws as {@link taylor}
 * @example
 * ```ts
 * import { maclaurin, div, sub } from 'forward-ad';
 * maclaurin((x) => div(1, sub(1, x)), 4).coefficients; // [1, 1, 1, 1, 1]
 * ```
 */
export function maclaurin(f: TaylorFunction, order: number): TaylorPolynomial;
export function maclaurin(f: TaylorVectorFunction, order: number): TaylorPolynomial[];
export function maclaurin(
  f: TaylorFunction | TaylorVectorFunction,
  order: number,
): TaylorPolynomial | TaylorPolynomial[];
export function maclaurin(
  f: TaylorFunction | TaylorVectorFunction,
  order: number,
): TaylorPolynomial | TaylorPolynomial[] {
  return taylor(f, 0, order);
}

/** The scalar series of f about x to order n, for the derivative drivers. */
function scalarSeries(f: TaylorFunction, x: number, n: number): number[] {
  const { y, tag } = sweep(f, x, n, 'x', 'n');
  checkScalarOutput(y, 'f');
  return readSeries(y, tag, n);
}

/**
 * The n-th derivative f^(n)(x), exact to rounding, from one Taylor sweep of order n.
 *
 * @param f - the function of one variable, scalar-valued
 * @param x - the point, a finite number
 * @param n - the derivative order ≥ 0 (a whole number)
 * @returns f^(n)(x); ±Infinity only when it exceeds the double range
 * @throws TypeError when f returns an array or something other than a number or a Taylor;
 * RangeError when x is not finite or n is negative or fractional
 * @example
 * ```ts
 * import { nthDerivative, exp, mul } from 'forward-ad';
 * nthDerivative((x) => exp(mul(2, x)), 0, 10); // 1024
 * ```
 */
export function nthDerivative(f: TaylorFunction, x: number, n: number): number {
  const c = scalarSeries(f, x, n);
  return new TaylorPolynomial(x, c).derivative(n);
}

/**
 * All derivatives up to order n, [f(x), f′(x), …, f^(n)(x)], from one Taylor sweep.
 *
 * @param f - the function of one variable, scalar-valued
 * @param x - the point, a finite number
 * @param n - the highest derivative order ≥ 0
 * @returns an array of n + 1 numbers
 * @throws as {@link nthDerivative}
 * @example
 * ```ts
 * import { derivatives, sin } from 'forward-ad';
 * derivatives(sin, 0, 4); // [0, 1, 0, -1, 0]
 * ```
 */
export function derivatives(f: TaylorFunction, x: number, n: number): number[] {
  const p = new TaylorPolynomial(x, scalarSeries(f, x, n));
  const out = new Array<number>(n + 1);
  for (let k = 0; k <= n; k++) out[k] = p.derivative(k);
  return out;
}

/**
 * The Taylor coefficients of t ↦ f(x + t·v) for f: Rⁿ → R, from one sweep: c_k is the k-th
 * directional derivative along v divided by k!, so c_1 = ∇f(x)·v and c_2 = vᵀ·H(x)·v / 2.
 *
 * @param f - the function of a vector, scalar-valued
 * @param x - the point, finite numbers
 * @param v - the direction, of the same length as x
 * @param order - the order d ≥ 0
 * @returns c_0 … c_d as a `number[]`
 * @throws TypeError when x or v is not an array of numbers or f returns an array; RangeError
 * when v and x differ in length, x has a non-finite entry, or order is negative or fractional
 * @example
 * ```ts
 * import { directionalTaylor, mul } from 'forward-ad';
 * directionalTaylor(([a, b]) => mul(a, b), [1, 2], [1, 1], 3); // [2, 3, 1, 0]
 * ```
 */
export function directionalTaylor(
  f: TaylorMultivariateFunction,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
  order: number,
): number[] {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const vs = toVector(v, 'v');
  checkLength(vs, xs.length, 'v', 'x');
  for (let i = 0; i < xs.length; i++) checkFinite(xs[i], `x[${i}]`);
  checkOrder(order, 'order');
  const tag = newTag();
  const seeds = new Array<Taylor>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const c = zeros(order + 1);
    c[0] = xs[i];
    if (order >= 1) c[1] = vs[i];
    seeds[i] = new Taylor(c, tag);
  }
  const y = f(seeds);
  checkScalarOutput(y, 'f');
  return readSeries(y, tag, order);
}
