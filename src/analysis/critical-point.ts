/**
 * The second-derivative test: at a point where the gradient is zero, the signs of the Hessian's
 * eigenvalues say minimum, maximum or saddle (or nothing, when one is zero).
 *
 * @module
 */
import { type SecondOrderFunction, valueGradientHessian } from '../drivers/hessian.js';
import { describe } from '../errors.js';
import { classifyEigenvalues, defaultDefinitenessTolerance } from './definiteness.js';
import { symmetricEigenvalues } from './eigen.js';

/** What kind of point the second-derivative test finds. */
export type CriticalPointKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate' | 'not-critical';

/** Options of {@link classifyCriticalPoint}. */
export interface CriticalPointOptions {
  /**
   * The gradient counts as zero when ‖∇f(x)‖∞ ≤ gradientTolerance. Default
   * {@link defaultGradientTolerance}: `1e-8 · ‖H‖∞ · max(1, ‖x‖∞)`.
   */
  gradientTolerance?: number;
  /**
   * An eigenvalue λ of the Hessian counts as zero when |λ| ≤ eigenvalueTolerance. Default
   * `defaultDefinitenessTolerance(eigenvalues)`: `8 · n · 2⁻⁵² · max|λ|`, the rounding level of
   * the eigenvalues of an exactly singular matrix.
   */
  eigenvalueTolerance?: number;
}

/** The result of {@link classifyCriticalPoint}. */
export interface CriticalPoint {
  /** What the second-derivative test says about x. */
  kind: CriticalPointKind;
  /** f(x). */
  value: number;
  /** ∇f(x). */
  gradient: number[];
  /** ∇²f(x). */
  hessian: number[][];
  /** The Hessian's eigenvalues, ascending. */
  eigenvalues: number[];
  /** The gradient tolerance applied (the option, or its default). */
  gradientTolerance: number;
  /** The eigenvalue tolerance applied (the option, or its default). */
  eigenvalueTolerance: number;
}

/** The relative distance to a critical point that {@link defaultGradientTolerance} accepts. */
const RELATIVE_DISTANCE = 1e-8;

/** ‖v‖∞, NaN when an entry is NaN. */
function maxNorm(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

/** ‖H‖∞, the largest absolute row sum; NaN when an entry is NaN. */
function matrixMaxNorm(H: readonly (readonly number[])[]): number {
  let m = 0;
  for (const row of H) {
    let s = 0;
    for (const x of row) s += Math.abs(x);
    m = Math.max(m, s);
  }
  return m;
}

/**
 * The default "the gradient is zero" tolerance of {@link classifyCriticalPoint}:
 * `1e-8 · ‖H‖∞ · max(1, ‖x‖∞)`.
 *
 * Why: near a critical point x*, ∇f(x) ≈ H·(x − x*), so ‖∇f(x)‖∞ ≤ ‖H‖∞·‖x − x*‖∞. The default
 * therefore accepts points within a relative distance 1e-8 of a critical point (absolute near
 * the origin): about √ε, what a point located by an optimizer or a root finder in double
 * precision carries, and far above the rounding error of the exact AD gradient (~ε times the
 * size of its terms). It scales with f (multiply f by c, the tolerance follows) and does not
 * depend on adding a constant to f. Where H = 0 it is 0: only an exactly zero gradient counts,
 * since nothing sets a scale for "small" there.
 *
 * @param x - the point
 * @param hessian - ∇²f(x)
 * @returns the tolerance for ‖∇f(x)‖∞
 * @example
 * ```ts
 * defaultGradientTolerance([3, 1], [[2, 0], [0, 4]]); // 1e-8 · 4 · 3 = 1.2e-7
 * ```
 */
export function defaultGradientTolerance(
  x: readonly number[],
  hessian: readonly (readonly number[])[],
): number {
  return RELATIVE_DISTANCE * matrixMaxNorm(hessian) * Math.max(1, maxNorm(x));
}

/** A tolerance option: undefined, or a finite number ≥ 0. */
function checkTolerance(t: unknown, name: string): number | undefined {
  if (t === undefined) return undefined;
  if (typeof t !== 'number') {
    throw new TypeError(`forward-ad: ${name} must be a number, got ${describe(t)}`);
  }
  if (!(t >= 0 && Number.isFinite(t))) {
    throw new RangeError(`forward-ad: ${name} must be a finite number ≥ 0, got ${t}`);
  }
  return t;
}

/**
 * The options of {@link classifyCriticalPoint}, checked.
 *
 * @param options - undefined, or an object with optional `gradientTolerance` and
 * `eigenvalueTolerance`
 * @returns the tolerances given (undefined where absent)
 * @throws TypeError for a non-object or a non-number tolerance; RangeError for a negative or
 * non-finite one
 * @example
 * ```ts
 * checkCriticalPointOptions({ gradientTolerance: 1e-6 }).gradientTolerance; // 1e-6
 * ```
 */
export function checkCriticalPointOptions(options: unknown): {
  gradientTolerance: number | undefined;
  eigenvalueTolerance: number | undefined;
} {
  if (options === undefined)
    return { gradientTolerance: undefined, eigenvalueTolerance: undefined };
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`forward-ad: options must be an object, got ${describe(options)}`);
  }
  const o = options as CriticalPointOptions;
  return {
    gradientTolerance: checkTolerance(o.gradientTolerance, 'options.gradientTolerance'),
    eigenvalueTolerance: checkTolerance(o.eigenvalueTolerance, 'options.eigenvalueTolerance'),
  };
}

/**
 * The second-derivative test on a value, gradient and Hessian already computed (as
 * {@link classifyCriticalPoint} does, and `minimize` at its stopping point).
 *
 * @param x - the point
 * @param value - f(x)
 * @param gradient - ∇f(x)
 * @param hessian - ∇²f(x)
 * @param tolerances - the checked tolerances; undefined ones take their defaults
 * @returns the classification
 * @example
 * ```ts
 * classifyAt([0, 0], 0, [0, 0], [[2, 0], [0, -2]], {}).kind; // 'saddle'
 * ```
 */
export function classifyAt(
  x: readonly number[],
  value: number,
  gradient: number[],
  hessian: number[][],
  tolerances: { gradientTolerance?: number; eigenvalueTolerance?: number },
): CriticalPoint {
  const gradientTolerance = tolerances.gradientTolerance ?? defaultGradientTolerance(x, hessian);
  const eigenvalues = symmetricEigenvalues(hessian);
  const eigenvalueTolerance =
    tolerances.eigenvalueTolerance ?? defaultDefinitenessTolerance(eigenvalues);
  const result = { value, gradient, hessian, eigenvalues, gradientTolerance, eigenvalueTolerance };
  // A NaN gradient is not known to be zero; `<=` is false for NaN.
  if (!(maxNorm(gradient) <= gradientTolerance)) return { kind: 'not-critical', ...result };
  // A critical point whose Hessian is not finite (a kink, a pole): the test says nothing.
  if (eigenvalues.some(Number.isNaN) || !Number.isFinite(eigenvalueTolerance)) {
    return { kind: 'degenerate', ...result };
  }
  const kind = classifyEigenvalues(eigenvalues, eigenvalueTolerance);
  return {
    kind:
      kind === 'positive-definite'
        ? 'minimum'
        : kind === 'negative-definite'
          ? 'maximum'
          : kind === 'indefinite'
            ? 'saddle'
            : 'degenerate',
    ...result,
  };
}

/**
 * Classifies x by the second-derivative test, on the exact gradient and Hessian (one
 * {@link valueGradientHessian} call):
 *
 * - `'not-critical'` when ‖∇f(x)‖∞ > gradientTolerance;
 * - otherwise, by the Hessian's eigenvalues, with |λ| ≤ eigenvalueTolerance counted as zero:
 *   all positive `'minimum'`, all negative `'maximum'`, both signs `'saddle'` (even when some
 *   are zero: a saddle in the plane they span), and `'degenerate'` when some are zero and the
 *   rest share a sign (the test says nothing: x⁴ + y⁴ and −x⁴ at 0 both land here), or when
 *   the Hessian is not finite.
 *
 * Default tolerances are scale-aware: see {@link defaultGradientTolerance} for the gradient
 * (`1e-8 · ‖H‖∞ · max(1, ‖x‖∞)`), and `defaultDefinitenessTolerance` for the eigenvalues
 * (`8 · n · 2⁻⁵² · max|λ|`). Both follow f when it is scaled.
 *
 * @param f - the scalar function of an array of numbers, written generically
 * @param x - the point
 * @param options - `gradientTolerance`, `eigenvalueTolerance` (finite numbers ≥ 0)
 * @returns `{ kind, value, gradient, hessian, eigenvalues }` and the tolerances applied
 * @throws TypeError for a bad f, x or options (as `hessian` does); RangeError for a negative or
 * non-finite tolerance
 * @example
 * ```ts
 * import { classifyCriticalPoint, mul, sub } from 'forward-ad';
 * classifyCriticalPoint(([x, y]) => sub(mul(x, x), mul(y, y)), [0, 0]).kind; // 'saddle'
 * ```
 */
export function classifyCriticalPoint(
  f: SecondOrderFunction,
  x: ArrayLike<number>,
  options?: CriticalPointOptions,
): CriticalPoint {
  const tolerances = checkCriticalPointOptions(options);
  const { value, gradient, hessian } = valueGradientHessian(f, x);
  return classifyAt(Array.from(x), value, gradient, hessian, tolerances);
}
