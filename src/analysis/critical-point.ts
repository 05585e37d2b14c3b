/**
 * The second-derivative test: at a point where the gradient is zero, the signs of the Hessian's
 * eigenvalues say minimum, maximum or saddle (or nothing, when one is zero).
 *
 * @module
 */
import { type SecondOrderFunction, valueGradientHessian } from '../drivers/hessian.js';
import { describe } from '../errors.js';
import { classifyEigenvalues, defaultDefinitenessTolerance } from './definiteness.js';
import { symmetricEigen, symmetricEigenvalues } from './eigen.js';
import { dot, matrixMaxNorm, maxNorm } from './norms.js';

/** What kind of point the second-derivative test finds. */
export type CriticalPointKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate' | 'not-critical';

/** Options of {@link classifyCriticalPoint}. */
export interface CriticalPointOptions {
  /**
   * The gradient counts as zero when ‖∇f(x)‖∞ ≤ gradientTolerance, tested at x alone. Without
   * it, the default test is on the Newton step (see {@link classifyCriticalPoint}).
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
  /**
   * The gradient tolerance: the option, or by default {@link defaultGradientTolerance}, a bound
   * every critical point by the default test satisfies (‖∇f‖∞ ≤ ‖H‖∞·‖H⁻¹∇f‖∞).
   */
  gradientTolerance: number;
  /** The eigenvalue tolerance applied (the option, or its default). */
  eigenvalueTolerance: number;
}

/** The relative distance to a critical point that the default gradient test accepts. */
const RELATIVE_DISTANCE = 1e-8;

/**
 * How far (relative) an eigenvalue may still move on the second of two Newton steps from x
 * before the point counts as degenerate (see {@link classifyAt}).
 */
const EIGENVALUE_DRIFT = 0.1;

/**
 * Below this ratio of successive eigenvalue changes, Newton's steps converge faster than the
 * linear rate of a degenerate critical point (1/2 for x³, 4/9 for x⁴).
 */
const LINEAR_RATE = 0.25;

const EPSILON = 2 ** -52;

/**
 * The gradient bound of {@link classifyCriticalPoint}'s default test, reported as its
 * `gradientTolerance`: `1e-8 · ‖H‖∞ · max(1, ‖x‖∞)`.
 *
 * Why: the default test accepts x when the Newton step −H⁻¹∇f, the estimated distance to the
 * critical point, is within 1e-8·max(1, ‖x‖∞): about √ε, what a point located by an optimizer or
 * a root finder in double precision carries, and far above the rounding error of the exact AD
 * gradient (~ε times the size of its terms). Since ∇f = H·(H⁻¹∇f), such a gradient is at most
 * this bound; the converse fails where H is ill-conditioned, which is why the test is on the
 * step. Both scale with f (multiply f by c, they follow) and do not depend on adding a constant
 * to f. Where H = 0 the bound is 0: only an exactly zero gradient counts.
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
  derivativesAt?: (at: number[]) => { gradient: number[]; hessian: number[][] },
): CriticalPoint {
  const gradientTolerance = tolerances.gradientTolerance ?? defaultGradientTolerance(x, hessian);
  const { values: eigenvalues, vectors } = symmetricEigen(hessian);
  const eigenvalueTolerance =
    tolerances.eigenvalueTolerance ?? defaultDefinitenessTolerance(eigenvalues);
  const result = { value, gradient, hessian, eigenvalues, gradientTolerance, eigenvalueTolerance };
  // A NaN gradient is not known to be zero; `<=` is false for NaN.
  if (!(maxNorm(gradient) <= gradientTolerance)) return { kind: 'not-critical', ...result };
  // A critical point whose Hessian is not finite (a kink, a pole): the test says nothing.
  if (eigenvalues.some(Number.isNaN) || !Number.isFinite(eigenvalueTolerance)) {
    return { kind: 'degenerate', ...result };
  }
  let kind = kindOf(classifyEigenvalues(eigenvalues, eigenvalueTolerance));
  if (tolerances.gradientTolerance !== undefined) return { kind, ...result };
  const step = newtonStepToCritical(
    x,
    gradient,
    hessian,
    eigenvalues,
    vectors,
    eigenvalueTolerance,
  );
  if (step === null) return { kind: 'not-critical', ...result };
  // At an exact critical point (no step), a degenerate one shows when the Hessian is probed a
  // critical distance away along the flattest direction: x + sin x at −π has H = 1e-16 there
  // and 3e-8 a distance 1e-8·π away, a regular minimum the same H to about 1e-8.
  if (!step.moved && derivativesAt !== undefined && (kind === 'minimum' || kind === 'maximum')) {
    let flattest = 0;
    for (let k = 1; k < eigenvalues.length; k++) {
      if (Math.abs(eigenvalues[k]) < Math.abs(eigenvalues[flattest])) flattest = k;
    }
    const delta = RELATIVE_DISTANCE * Math.max(1, maxNorm(x));
    const probe = x.map((xi, i) => xi + delta * vectors[flattest][i]);
    const there = symmetricEigenvalues(derivativesAt(probe).hessian);
    for (let k = 0; k < eigenvalues.length; k++) {
      const l = eigenvalues[k];
      if (!(Math.abs(there[k] - l) <= EIGENVALUE_DRIFT * Math.abs(l))) kind = 'degenerate';
    }
  }
  // Near a degenerate critical point (x³ or x⁴ near 0) H(x) is definite but H at the critical
  // point is not, and Newton approaches it only linearly: two Newton steps from x, the
  // eigenvalues still move by a large fraction on the second, where near a non-degenerate one
  // (quadratic convergence) they have settled. A saddle stays one: eigenvalues of both signs
  // already say so, whatever else is zero.
  if (step.moved && derivativesAt !== undefined && (kind === 'minimum' || kind === 'maximum')) {
    const first = derivativesAt(step.to);
    const e1 = symmetricEigen(first.hessian);
    const next = newtonStepToCritical(
      step.to,
      first.gradient,
      first.hessian,
      e1.values,
      e1.vectors,
      defaultDefinitenessTolerance(e1.values),
    );
    if (next?.moved) {
      const there = symmetricEigenvalues(derivativesAt(next.to).hessian);
      for (let k = 0; k < eigenvalues.length; k++) {
        const l = e1.values[k];
        const second = Math.abs(there[k] - l);
        const first = Math.abs(l - eigenvalues[k]);
        // Degenerate: still moving by a tenth of itself, and not converging faster than
        // linearly (x³: each step halves the eigenvalue; a regular point far from the origin,
        // where 1e-8·‖x‖ allows a long first step, settles quadratically on the second).
        if (!(second <= EIGENVALUE_DRIFT * Math.abs(l) || second <= LINEAR_RATE * first)) {
          kind = 'degenerate';
        }
      }
    }
  }
  return { kind, ...result };
}

/**
 * The default critical-point test at x: along every eigenvector v of H (eigenvalue λ) the
 * gradient component c = vᵀ∇f is
 * - within the Newton step's reach, |c/λ| ≤ 1e-8·max(1, ‖x‖∞), or at the gradient's rounding
 *   level |c| ≤ 8·n·ε·‖H‖∞·max(1, ‖x‖∞) (an ill-conditioned H places the critical point only to
 *   about ε·cond(H));
 * - or, where λ is zero to rounding (|λ| ≤ `zero`), at most 8·n·ε·‖H‖∞: no step exists there,
 *   and a gradient beyond that rounding (y + x² along y) leaves no critical point nearby.
 * Returns x − Σ (c/λ)·v over the directions within reach, the estimated critical point, or null
 * when some direction fails.
 */
function newtonStepToCritical(
  x: readonly number[],
  gradient: readonly number[],
  hessian: readonly (readonly number[])[],
  eigenvalues: readonly number[],
  vectors: readonly (readonly number[])[],
  zero: number,
): { to: number[]; moved: boolean } | null {
  const scale = Math.max(1, maxNorm(x));
  const reach = RELATIVE_DISTANCE * scale;
  const unit = 8 * eigenvalues.length * EPSILON * matrixMaxNorm(hessian);
  const rounding = unit * scale;
  const to = x.slice();
  let moved = false;
  for (let k = 0; k < eigenvalues.length; k++) {
    const c = dot(vectors[k], gradient);
    if (c === 0) continue;
    if (Math.abs(eigenvalues[k]) <= zero) {
      if (!(Math.abs(c) <= unit)) return null;
      continue;
    }
    const d = c / eigenvalues[k];
    if (Math.abs(d) <= reach) {
      for (let i = 0; i < to.length; i++) to[i] -= d * vectors[k][i];
      moved = true;
    } else if (!(Math.abs(c) <= rounding)) {
      return null;
    }
  }
  return { to, moved };
}

/** The critical-point kind of a definiteness. */
function kindOf(d: ReturnType<typeof classifyEigenvalues>): CriticalPointKind {
  return d === 'positive-definite'
    ? 'minimum'
    : d === 'negative-definite'
      ? 'maximum'
      : d === 'indefinite'
        ? 'saddle'
        : 'degenerate';
}

/**
 * Classifies x by the second-derivative test, on the exact gradient and Hessian (one
 * {@link valueGradientHessian} call, and up to two more for the degeneracy check):
 *
 * - `'not-critical'` when x is not within a relative 1e-8 of a critical point: by default when
 *   ‖∇f(x)‖∞ exceeds {@link defaultGradientTolerance}, or when along some eigenvector of H the
 *   Newton step −H⁻¹∇f exceeds 1e-8·max(1, ‖x‖∞) and the gradient is above its rounding level
 *   (8·n·ε·‖H‖∞·max(1, ‖x‖∞); along a zero eigenvalue, 8·n·ε·‖H‖∞); with the
 *   `gradientTolerance` option, when ‖∇f(x)‖∞ exceeds it;
 * - otherwise, by the Hessian's eigenvalues, with |λ| ≤ eigenvalueTolerance counted as zero:
 *   all positive `'minimum'`, all negative `'maximum'`, both signs `'saddle'` (even when some
 *   are zero: a saddle in the plane they span), and `'degenerate'` when some are zero and the
 *   rest share a sign (the test says nothing: x⁴ + y⁴ and −x⁴ at 0 both land here), or when
 *   the Hessian is not finite; by default also when x is near but not at the critical point and
 *   Newton's steps toward it converge only linearly (x³ at 1e-9: H(x) = 6e-9, but the critical
 *   point 0 has H = 0): a minimum or maximum whose eigenvalue, on the second of two Newton steps
 *   from x, still moves by more than a tenth of itself and more than a quarter of its first move;
 *   at an exact critical point, one whose eigenvalue moves by more than a tenth of itself a
 *   distance 1e-8·max(1, ‖x‖∞) away along the flattest eigenvector (x + sin x at −π).
 *
 * Default tolerances are scale-aware: the relative distance 1e-8 for the critical point, and
 * `defaultDefinitenessTolerance` for the eigenvalues (`8 · n · 2⁻⁵² · max|λ|`). Both follow f
 * when it is scaled.
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
  return classifyAt(Array.from(x), value, gradient, hessian, tolerances, (at) =>
    valueGradientHessian(f, at),
  );
}
