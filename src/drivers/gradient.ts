/**
 * Gradients of scalar functions of n variables: chunked multi-tangent sweeps (ForwardDiff.jl's
 * chunk mode), and the one-sweep directional derivative.
 *
 * @module
 */
import { checkFunction, checkNumber, checkOutput, toVector } from '../errors.js';
import type { Dual } from '../numbers/dual.js';
import { MultiDual } from '../numbers/multi-dual.js';
import { newTag } from '../tag.js';
import { zeros } from '../zeros.js';
import { otherDualOutput, seedDuals } from './derivative.js';

/** A scalar function of a vector, written for multi-tangent duals (or generically). */
export type MultiDualFunction = (x: MultiDual[]) => MultiDual | number;

/** A vector function of a vector, written for multi-tangent duals (or generically). */
export type MultiDualVectorFunction = (x: MultiDual[]) => readonly (MultiDual | number)[];

/** Options of the chunked drivers. */
export interface ChunkOptions {
  /**
   * How many tangents each sweep carries (ForwardDiff.jl's chunk size). The default,
   * {@link DEFAULT_CHUNK_SIZE} (or n when smaller), was the fastest in bench/ on Node 20.
   */
  chunkSize?: number;
}

/**
 * The default number of tangents per sweep. 64 measured 15–35% faster than 16 on Rosenbrock
 * gradients (n = 100, 200, 1000) and 23% on a 256×256 Jacobian, and no slower below 64 inputs
 * (bench/workloads/chunk-size.mjs; Node 20, docs/benchmarks.md).
 */
export const DEFAULT_CHUNK_SIZE = 64;

/** The chunk size to use for n inputs. */
function chunkSizeFor(n: number, options: ChunkOptions | undefined): number {
  const k = options?.chunkSize;
  if (k === undefined) return Math.max(1, Math.min(n, DEFAULT_CHUNK_SIZE));
  checkNumber(k, 'options.chunkSize');
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`forward-ad: options.chunkSize must be a whole number ≥ 1, got ${k}`);
  }
  return Math.max(1, Math.min(n, k));
}

/**
 * The inputs of one sweep: x seeded with unit tangents for inputs start..start+k−1, zero
 * tangents (one shared array) for the others.
 */
function seedChunk(x: readonly number[], start: number, k: number, tag: number): MultiDual[] {
  const n = x.length;
  const zero = zeros(k);
  const seeds = new Array<MultiDual>(n);
  for (let j = 0; j < n; j++) {
    const i = j - start;
    if (i >= 0 && i < k) {
      const t = zeros(k);
      t[i] = 1;
      seeds[j] = new MultiDual(x[j], t, tag);
    } else {
      seeds[j] = new MultiDual(x[j], zero, tag);
    }
  }
  return seeds;
}

/**
 * Runs the chunked sweeps of a function of n inputs: for each chunk, calls `sweep` with the
 * seeded inputs, the call's tag, and the chunk's first input index and size.
 */
export function forEachChunk(
  xs: readonly number[],
  options: ChunkOptions | undefined,
  sweep: (seeds: MultiDual[], tag: number, start: number, k: number) => void,
): void {
  const n = xs.length;
  const size = chunkSizeFor(n, options);
  const tag = newTag();
  for (let start = 0; start < n; start += size) {
    const k = Math.min(size, n - start);
    sweep(seedChunk(xs, start, k, tag), tag, start, k);
  }
}

/**
 * ∇f(x) and f(x) by chunked multi-tangent sweeps.
 */
function gradientSweeps(
  f: MultiDualFunction,
  x: ArrayLike<number>,
  options: ChunkOptions | undefined,
): { value: number; gradient: number[] } {
  checkFunction(f);
  const xs = toVector(x, 'x');
  const n = xs.length;
  const gradient = zeros(n);
  let value = Number.NaN;
  const evaluate = (seeds: MultiDual[], tag: number, start: number, k: number): void => {
    const y = f(seeds);
    const d = checkOutput(y, MultiDual, tag, 'f');
    if (d === null) {
      value = typeof y === 'number' ? y : (y as MultiDual).value;
      return;
    }
    value = d.value;
    const t = d.tangents;
    for (let i = 0; i < k; i++) gradient[start + i] = t[i];
  };
  if (n === 0) evaluate([], newTag(), 0, 0);
  else forEachChunk(xs, options, evaluate);
  return { value, gradient };
}

/**
 * The gradient ∇f(x) of a scalar function of n variables, exact to rounding.
 *
 * Runs ⌈n / chunkSize⌉ forward sweeps, each carrying `chunkSize` tangents.
 *
 * @param f - the function of an array of numbers
 * @param x - the point (any `ArrayLike<number>`)
 * @param options - `chunkSize`: tangents per sweep
 * @returns ∇f(x) as `number[]`
 * @throws TypeError when x is not an array of numbers or f returns a vector or undefined
 * @example
 * ```ts
 * import { gradient } from 'forward-ad';
 * const rosenbrock = ([x, y]) => x.sub(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100));
 * gradient(rosenbrock, [1, 1]); // [0, 0]
 * ```
 */
export function gradient(
  f: MultiDualFunction,
  x: ArrayLike<number>,
  options?: ChunkOptions,
): number[] {
  return gradientSweeps(f, x, options).gradient;
}

/**
 * f(x) and ∇f(x) together.
 *
 * @param f - the function of an array of numbers
 * @param x - the point
 * @param options - `chunkSize`: tangents per sweep
 * @returns `{ value, gradient }`
 * @example
 * ```ts
 * import { valueAndGradient, mul } from 'forward-ad';
 * valueAndGradient(([x, y]) => mul(x, y), [2, 3]); // { value: 6, gradient: [3, 2] }
 * ```
 */
export function valueAndGradient(
  f: MultiDualFunction,
  x: ArrayLike<number>,
  options?: ChunkOptions,
): { value: number; gradient: number[] } {
  return gradientSweeps(f, x, options);
}

/** A scalar function of a vector, written for duals (or generically). */
export type DualVectorInputFunction = (x: Dual[]) => Dual | number;

/**
 * The directional derivative ∇f(x)·v, in one Dual sweep (no gradient is formed).
 *
 * @param f - the scalar function of an array of numbers
 * @param x - the point
 * @param v - the direction, of the same length as x
 * @returns ∇f(x)·v
 * @throws RangeError when v and x differ in length
 * @example
 * ```ts
 * import { directionalDerivative, mul } from 'forward-ad';
 * directionalDerivative(([x, y]) => mul(x, y), [2, 3], [1, 1]); // 5
 * ```
 */
export function directionalDerivative(
  f: DualVectorInputFunction,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
): number {
  checkFunction(f);
  const tag = newTag();
  const y = f(seedDuals(x, v, tag));
  if ((y as Dual)?.tag === tag) return (y as Dual).tangent;
  return otherDualOutput(y, tag).tangent;
}
