/**
 * Jacobians of vector functions (chunked multi-tangent sweeps) and Jacobian-vector products (one
 * Dual sweep).
 *
 * @module
 */
import { checkFunction, checkNumber, checkOutput, checkVectorOutput, toVector } from '../errors.js';
import { type Dual, DualRecord } from '../numbers/dual.js';
import { MultiDual } from '../numbers/multi-dual.js';
import { newTag } from '../tag.js';
import { zeroMatrix } from '../zeros.js';
import { otherDualOutput, seedDuals } from './derivative.js';
import { type ChunkOptions, forEachChunk, type MultiDualVectorFunction } from './gradient.js';

/**
 * The Jacobian J(x) of f: Rⁿ → Rᵐ, with J[i][j] = ∂fᵢ/∂xⱼ, by ⌈n / chunkSize⌉ sweeps.
 *
 * @param f - the vector function, returning an array of numbers or MultiDuals
 * @param x - the point
 * @param options - `chunkSize`: tangents per sweep
 * @returns J as an m×n `number[][]`
 * @throws TypeError when f does not return an array
 * @example
 * ```ts
 * import { jacobian, add, sub } from 'forward-ad';
 * jacobian(([a, b]) => [add(a, b), sub(a, b)], [1, 2]); // [[1, 1], [1, -1]]
 * ```
 */
export function jacobian(
  f: MultiDualVectorFunction,
  x: ArrayLike<number>,
  options?: ChunkOptions,
): number[][] {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const n = xs.length;
  let rows: number[][] = [];
  const evaluate = (seeds: MultiDual[], tag: number, start: number, k: number): void => {
    const y = f(seeds);
    checkVectorOutput(y, 'f');
    if (start === 0) rows = zeroMatrix(y.length, n);
    else if (y.length !== rows.length) {
      throw new RangeError(
        `forward-ad: f returned ${y.length} outputs in one sweep and ${rows.length} in another`,
      );
    }
    for (let r = 0; r < y.length; r++) {
      const d = checkOutput(y[r], MultiDual, tag, 'f', r);
      if (d === null) continue;
      const t = d.tangents;
      const row = rows[r];
      for (let i = 0; i < k; i++) row[start + i] = t[i];
    }
  };
  if (n === 0) evaluate([], newTag(), 0, 0);
  else forEachChunk(xs, options, evaluate);
  return rows;
}

/** A function of one variable or of a vector, scalar- or vector-valued, written for duals. */
export type DualJvpFunction = (x: Dual[]) => Dual | number | readonly (Dual | number)[];

/** A function of one variable, scalar- or vector-valued, written for duals. */
export type DualScalarJvpFunction = (x: Dual) => Dual | number | readonly (Dual | number)[];

/** The result of {@link jvp}: f(x) and J(x)·v, each a number or a vector like f's output. */
export interface JvpResult<V> {
  value: V;
  tangent: V;
}

/**
 * f(x) and the Jacobian-vector product J(x)·v, in one forward sweep (no Jacobian is formed).
 *
 * f may take a number or an array, and return a number or an array; `value` and `tangent` have
 * the shape of f's output.
 *
 * @param f - the function
 * @param x - the point: a number, or an array of numbers
 * @param v - the direction, of the same shape as x
 * @returns `{ value, tangent }`
 * @throws RangeError when v and x differ in length; TypeError when their kinds differ
 * @example
 * ```ts
 * import { jvp, add, sub } from 'forward-ad';
 * jvp(([a, b]) => [add(a, b), sub(a, b)], [1, 2], [1, 0]); // { value: [3, -1], tangent: [1, 1] }
 * ```
 */
export function jvp(
  f: (x: Dual[]) => Dual | number,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
): JvpResult<number>;
export function jvp(
  f: (x: Dual[]) => readonly (Dual | number)[],
  x: ArrayLike<number>,
  v: ArrayLike<number>,
): JvpResult<number[]>;
export function jvp(f: (x: Dual) => Dual | number, x: number, v: number): JvpResult<number>;
export function jvp(
  f: (x: Dual) => readonly (Dual | number)[],
  x: number,
  v: number,
): JvpResult<number[]>;
export function jvp(
  f: DualJvpFunction | DualScalarJvpFunction,
  x: number | ArrayLike<number>,
  v: number | ArrayLike<number>,
): JvpResult<number | number[]> {
  checkFunction(f);
  const tag = newTag();
  let y: unknown;
  if (typeof x === 'number') {
    checkNumber(v, 'v (x is a number)');
    y = (f as DualScalarJvpFunction)(new DualRecord(x, v, tag));
  } else {
    y = (f as DualJvpFunction)(seedDuals(x, v, tag));
  }
  if (!Array.isArray(y)) {
    if ((y as Dual)?.tag === tag) return { value: (y as Dual).value, tangent: (y as Dual).tangent };
    return otherDualOutput(y, tag);
  }
  const m = y.length;
  const value = new Array<number>(m);
  const tangent = new Array<number>(m);
  for (let r = 0; r < m; r++) {
    const o = y[r] as Dual;
    if (o?.tag === tag) {
      value[r] = o.value;
      tangent[r] = o.tangent;
    } else {
      const c = otherDualOutput(o, tag, r);
      value[r] = c.value;
      tangent[r] = c.tangent;
    }
  }
  return { value, tangent };
}
