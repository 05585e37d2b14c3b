/**
 * Hessians of scalar functions of n variables and of vector fields: one Jet2 sweep, or
 * n(n+1)/2 hyper-dual sweeps (one per entry of the upper triangle); Hessian-vector products by
 * n hyper-dual sweeps, without forming the Hessian.
 *
 * @module
 */
import {
  checkFunction,
  checkLength,
  checkOutput,
  checkVectorOutput,
  describe,
  toVector,
} from '../errors.js';
import { HyperDual, HyperDualRecord } from '../numbers/hyper-dual.js';
import { Jet2 } from '../numbers/jet2.js';
import type { Scalar } from '../scalar.js';
import { newTag } from '../tag.js';
import { zeroMatrix, zeros } from '../zeros.js';
import { constantValue, readScalarOutput } from './second-order-output.js';

/**
 * A scalar function of a vector, written generically (with Scalar methods or functional ops) so
 * that the driver can run it on whichever number type suits the size: {@link Jet2} or
 * {@link HyperDual}.
 *
 * @example
 * ```ts
 * import { type SecondOrderFunction, mul, sin } from 'forward-ad';
 * const f: SecondOrderFunction = ([x, y]) => sin(mul(x, y));
 * ```
 */
export type SecondOrderFunction = <T extends Scalar<T>>(x: T[]) => T | number;

/** A vector function of a vector (f: Rⁿ → Rᵐ), written generically; see {@link SecondOrderFunction}. */
export type SecondOrderVectorFunction = <T extends Scalar<T>>(x: T[]) => readonly (T | number)[];

/** A scalar function of a vector written for hyper-dual numbers (or generically). */
export type HyperDualVectorInputFunction = (x: HyperDual[]) => HyperDual | number;

/**
 * How the Hessian is computed: `'jet'`, one {@link Jet2} sweep carrying the gradient and the
 * packed Hessian; `'hyper-dual'`, n(n+1)/2 {@link HyperDual} sweeps, one per entry.
 */
export type HessianMethod = 'jet' | 'hyper-dual';

/** Options of {@link hessian}, {@link valueGradientHessian} and {@link hessianTensor}. */
export interface HessianOptions {
  /**
   * The method; by default {@link hessianMethodFor} picks it by the number of variables, from
   * the measurements in bench/second-order.bench.mjs.
   */
  method?: HessianMethod;
}

/** The result of {@link valueGradientHessian}. */
export interface ValueGradientHessian {
  /** f(x). */
  value: number;
  /** ∇f(x). */
  gradient: number[];
  /** ∇²f(x), n×n and symmetric. */
  hessian: number[][];
}

/**
 * Up to this many variables the default method is `'hyper-dual'`, above it `'jet'`.
 *
 * Measured with bench/second-order.bench.mjs (Node 20, two runs on a shared 2-core machine; time
 * of the n(n+1)/2 hyper-dual sweeps over time of the one jet sweep): a dense function (every
 * variable in every operation) n = 1: 0.44–0.85 (hyper-dual faster: one sweep of plain fields
 * against small arrays), n = 2: 1.1–1.3, n = 3: 1.5–1.8; Rosenbrock n = 2: 1.3, n = 4: 2.4–3.2,
 * n = 8: 7.7–8.2, n = 32: 51–54, n = 100: 82–103. So the crossover is between 1 and 2.
 */
export const HYPER_DUAL_MAX_VARIABLES = 1;

/**
 * The method {@link hessian} uses for n variables unless told otherwise.
 *
 * @param n - the number of variables
 * @returns `'hyper-dual'` for n ≤ {@link HYPER_DUAL_MAX_VARIABLES}, else `'jet'`
 * @example
 * ```ts
 * hessianMethodFor(10); // 'jet'
 * ```
 */
export function hessianMethodFor(n: number): HessianMethod {
  return n <= HYPER_DUAL_MAX_VARIABLES ? 'hyper-dual' : 'jet';
}

/** The method to use: options.method, checked, or the default for n variables. */
function methodOf(options: HessianOptions | undefined, n: number): HessianMethod {
  if (options === undefined) return hessianMethodFor(n);
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`forward-ad: options must be an object, got ${describe(options)}`);
  }
  const m = options.method;
  if (m === undefined) return hessianMethodFor(n);
  if (m !== 'jet' && m !== 'hyper-dual') {
    const got = typeof m === 'string' ? `'${m}'` : describe(m);
    const make = typeof m === 'string' ? RangeError : TypeError;
    throw new make(`forward-ad: options.method must be 'jet' or 'hyper-dual', got ${got}`);
  }
  return m;
}

/** The seeds of one Jet2 sweep: xᵢ as variable i. */
function jetSeeds(xs: readonly number[], tag: number): Jet2[] {
  const seeds = new Array<Jet2>(xs.length);
  for (let i = 0; i < xs.length; i++) seeds[i] = Jet2.variable(xs[i], i, tag);
  return seeds;
}

/** Value, gradient and Hessian by one Jet2 sweep. */
function jetSweep(f: SecondOrderFunction, xs: readonly number[]): ValueGradientHessian {
  const n = xs.length;
  const tag = newTag();
  const y = f(jetSeeds(xs, tag));
  const d = readScalarOutput(y, Jet2, tag, 'f');
  if (d === null) {
    return {
      value: constantValue(y),
      gradient: zeros(n),
      hessian: zeroMatrix(n, n),
    };
  }
  return { value: d.value, gradient: d.toGradient(n), hessian: d.toHessian(n) };
}

/**
 * Runs the n(n+1)/2 hyper-dual sweeps of the upper triangle: for each i ≤ j, calls `read` with
 * f's output for x seeded with ε1 along eᵢ and ε2 along eⱼ (so its e12 is ∂²/∂xᵢ∂xⱼ).
 */
function forEachEntry<Y>(
  f: (x: HyperDual[]) => Y,
  xs: readonly number[],
  tag: number,
  read: (y: Y, i: number, j: number) => void,
): void {
  const n = xs.length;
  // The unperturbed inputs, allocated once; each sweep copies the array and seeds two entries.
  const base = new Array<HyperDual>(n);
  for (let k = 0; k < n; k++) base[k] = new HyperDualRecord(xs[k], 0, 0, 0, tag);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const seeds = base.slice();
      if (i === j) seeds[i] = new HyperDualRecord(xs[i], 1, 1, 0, tag);
      else {
        seeds[i] = new HyperDualRecord(xs[i], 1, 0, 0, tag);
        seeds[j] = new HyperDualRecord(xs[j], 0, 1, 0, tag);
      }
      read(f(seeds), i, j);
    }
  }
}

/** Value, gradient and Hessian by n(n+1)/2 hyper-dual sweeps. */
function hyperDualSweeps(f: SecondOrderFunction, xs: readonly number[]): ValueGradientHessian {
  const n = xs.length;
  const tag = newTag();
  const gradient = zeros(n);
  const hessian = zeroMatrix(n, n);
  let value = Number.NaN;
  forEachEntry<HyperDual | number>(f, xs, tag, (y, i, j) => {
    const d = readScalarOutput(y, HyperDual, tag, 'f');
    if (d === null) {
      value = constantValue(y);
      return;
    }
    value = d.value;
    if (i === j) gradient[i] = d.e1;
    hessian[i][j] = d.e12;
    hessian[j][i] = d.e12;
  });
  return { value, gradient, hessian };
}

/** Value, gradient and Hessian by the chosen method; n = 0 takes the one (empty) jet sweep. */
function secondOrderSweeps(
  f: SecondOrderFunction,
  x: ArrayLike<number>,
  options: HessianOptions | undefined,
): ValueGradientHessian {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const method = methodOf(options, xs.length);
  return method === 'jet' || xs.length === 0 ? jetSweep(f, xs) : hyperDualSweeps(f, xs);
}

/**
 * The Hessian ∇²f(x) of a scalar function of n variables, exact to rounding.
 *
 * By default (see {@link hessianMethodFor}) one forward sweep of {@link Jet2} numbers, which carry
 * the gradient and the packed Hessian; `options.method: 'hyper-dual'` runs n(n+1)/2 sweeps of
 * {@link HyperDual} numbers instead, one per entry of the upper triangle.
 *
 * @param f - the function of an array of numbers, written generically (Scalar methods or
 * functional ops) since it may run on either number type
 * @param x - the point (any `ArrayLike<number>`)
 * @param options - `method: 'jet' | 'hyper-dual'`
 * @returns H as an n×n `number[][]`, H[i][j] = ∂²f/∂xᵢ∂xⱼ
 * @throws TypeError when f is not a function, x is not an array of numbers, or f returns a vector
 * or undefined; RangeError for an unknown method
 * @example
 * ```ts
 * import { hessian, mul } from 'forward-ad';
 * hessian(([x, y]) => mul(mul(x, x), y), [1, 2]); // [[4, 2], [2, 0]]
 * ```
 */
export function hessian(
  f: SecondOrderFunction,
  x: ArrayLike<number>,
  options?: HessianOptions,
): number[][] {
  return secondOrderSweeps(f, x, options).hessian;
}

/**
 * f(x), ∇f(x) and ∇²f(x) together, from the same sweep(s) as {@link hessian}.
 *
 * @param f - the function of an array of numbers, written generically
 * @param x - the point
 * @param options - `method: 'jet' | 'hyper-dual'`
 * @returns `{ value, gradient, hessian }`
 * @throws as {@link hessian}
 * @example
 * ```ts
 * import { valueGradientHessian, mul } from 'forward-ad';
 * valueGradientHessian(([x, y]) => mul(x, y), [2, 3]);
 * // { value: 6, gradient: [3, 2], hessian: [[0, 1], [1, 0]] }
 * ```
 */
export function valueGradientHessian(
  f: SecondOrderFunction,
  x: ArrayLike<number>,
  options?: HessianOptions,
): ValueGradientHessian {
  return secondOrderSweeps(f, x, options);
}

/**
 * The Hessian-vector product ∇²f(x)·v, without forming the Hessian: n hyper-dual sweeps, sweep i
 * seeded with ε1 along v and ε2 along eᵢ, so its ε1ε2 part is (H·v)ᵢ. Memory is O(n); each
 * sweep costs about one evaluation of f. (Where the jet's windows make the whole Hessian cheap,
 * forming it can be faster: Rosenbrock at n = 32, hvp took 3–3.7× the time of `hessian` then
 * H·v in bench/second-order.bench.mjs. hvp's advantage is memory, O(n) instead of O(n²).)
 *
 * @param f - the scalar function of an array of numbers
 * @param x - the point
 * @param v - the vector, of the same length as x
 * @returns H(x)·v as `number[]`
 * @throws TypeError when f is not a function, x or v is not an array of numbers, or f returns a
 * vector or undefined; RangeError when v and x differ in length
 * @example
 * ```ts
 * import { hvp, mul } from 'forward-ad';
 * hvp(([x, y]) => mul(mul(x, x), y), [1, 2], [1, 0]); // [4, 2]
 * ```
 */
export function hvp(
  f: HyperDualVectorInputFunction,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
): number[] {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const vs = toVector(v, 'v');
  const n = xs.length;
  checkLength(vs, n, 'v', 'x');
  const tag = newTag();
  const base = new Array<HyperDual>(n);
  for (let k = 0; k < n; k++) base[k] = new HyperDualRecord(xs[k], vs[k], 0, 0, tag);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const seeds = base.slice();
    seeds[i] = new HyperDualRecord(xs[i], vs[i], 1, 0, tag);
    const d = readScalarOutput(f(seeds), HyperDual, tag, 'f');
    out[i] = d === null ? 0 : d.e12;
  }
  return out;
}

/**
 * The Hessians of a vector field f: Rⁿ → Rᵐ, as an m×n×n tensor T with
 * T[i][j][k] = ∂²fᵢ/∂xⱼ∂xₖ. One {@link Jet2} sweep gives every output's Hessian; with
 * `options.method: 'hyper-dual'`, each of the n(n+1)/2 sweeps gives one entry of every output.
 *
 * @param f - the vector function, returning an array of numbers (any number type or constants)
 * @param x - the point
 * @param options - `method: 'jet' | 'hyper-dual'`
 * @returns T as `number[][][]`
 * @throws TypeError when f does not return an array, or returns undefined in it; RangeError when
 * two sweeps return different numbers of outputs
 * @example
 * ```ts
 * import { hessianTensor, mul, sin } from 'forward-ad';
 * hessianTensor(([x, y]) => [mul(x, y), sin(x)], [0, 1]);
 * // [[[0, 1], [1, 0]], [[-0, 0], [0, 0]]]
 * ```
 */
export function hessianTensor(
  f: SecondOrderVectorFunction,
  x: ArrayLike<number>,
  options?: HessianOptions,
): number[][][] {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const n = xs.length;
  const method = methodOf(options, n);
  if (method === 'jet' || n === 0) {
    const tag = newTag();
    const y = f(jetSeeds(xs, tag));
    checkVectorOutput(y, 'f');
    return y.map((yr, r) => {
      const d = checkOutput(yr, Jet2, tag, 'f', r);
      return d === null ? zeroMatrix(n, n) : d.toHessian(n);
    });
  }
  const tag = newTag();
  let out: number[][][] = [];
  forEachEntry<readonly (HyperDual | number)[]>(f, xs, tag, (y, i, j) => {
    checkVectorOutput(y, 'f');
    if (i === 0 && j === 0) out = y.map(() => zeroMatrix(n, n));
    else if (y.length !== out.length) {
      throw new RangeError(
        `forward-ad: f returned ${y.length} outputs in one sweep and ${out.length} in another`,
      );
    }
    for (let r = 0; r < y.length; r++) {
      const d = checkOutput(y[r], HyperDual, tag, 'f', r);
      if (d === null) continue;
      out[r][i][j] = d.e12;
      out[r][j][i] = d.e12;
    }
  });
  return out;
}

/**
 * f(x) on plain values, by one sweep of perturbation-free hyper-dual numbers (for line searches,
 * which need values only).
 *
 * @param f - the scalar function of an array of numbers
 * @param xs - the point
 * @returns f(x)
 * @example
 * ```ts
 * valueAt(([x, y]) => mul(x, y), [2, 3]); // 6
 * ```
 */
export function valueAt(f: HyperDualVectorInputFunction, xs: readonly number[]): number {
  const tag = newTag();
  const seeds = new Array<HyperDual>(xs.length);
  for (let k = 0; k < xs.length; k++) seeds[k] = new HyperDualRecord(xs[k], 0, 0, 0, tag);
  const y = f(seeds);
  const d = readScalarOutput(y, HyperDual, tag, 'f');
  return d === null ? constantValue(y) : d.value;
}
