/**
 * Newton's method on exact derivatives: `minimize` (gradient and Hessian, safeguarded by a
 * modified Hessian and a backtracking line search) and `solve` (F(x) = 0 on the exact Jacobian,
 * damped on ‖F‖).
 *
 * @module
 */
import {
  type HessianMethod,
  type SecondOrderFunction,
  type SecondOrderVectorFunction,
  valueAt,
  valueGradientHessian,
} from '../drivers/hessian.js';
import { jacobian, jvp } from '../drivers/jacobian.js';
import { checkFunction, checkOrder, describe, toVector } from '../errors.js';
import { zeros } from '../zeros.js';
import { type CriticalPointKind, checkCriticalPointOptions, classifyAt } from './critical-point.js';
import { defaultDefinitenessTolerance } from './definiteness.js';
import { symmetricEigen } from './eigen.js';
import { solveLinear } from './linear-solve.js';

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /** The most Newton iterations. Default 100. */
  maxIterations?: number;
  /**
   * Stop when ‖∇f(x)‖∞ ≤ gradientTolerance. Default `2⁻⁵² · ‖H‖∞ · max(1, ‖x‖∞)`, the rounding
   * level of the gradient: a gradient test cannot say how far x is from the minimum when H is
   * ill-conditioned (Rosenbrock's ∇f is 4e-10 at 1.3e-10 from (1, 1)), so by default the step
   * test below ends the iteration, and this one only catches an exactly zero gradient.
   */
  gradientTolerance?: number;
  /**
   * Stop when the Newton step on a positive definite Hessian is small:
   * ‖H⁻¹∇f‖∞ ≤ stepTolerance · max(1, ‖x‖∞). That step estimates the distance to the minimum;
   * it is taken (when it does not increase f) before stopping, and with quadratic convergence
   * the point is then as good as working precision allows. It also ends the iteration at
   * degenerate minima (x⁴ at 0), where steps shrink only linearly. Default 1e-12.
   */
  stepTolerance?: number;
  /** The eigenvalue tolerance of the classification at the stopping point (see `classifyCriticalPoint`). */
  eigenvalueTolerance?: number;
  /** How the Hessian is computed (see `hessian`); by default chosen by size. */
  method?: HessianMethod;
}

/** Why {@link minimize} stopped. */
export type MinimizeStop =
  | 'gradient'
  | 'step'
  | 'max-iterations'
  | 'line-search-failed'
  | 'not-finite';

/** The result of {@link minimize}. */
export interface MinimizeResult {
  /** The point where the iteration stopped. */
  x: number[];
  /** f(x). */
  value: number;
  /** ∇f(x). */
  gradient: number[];
  /** Newton iterations taken (steps accepted). */
  iterations: number;
  /** True when it stopped on the gradient or step tolerance. */
  converged: boolean;
  /** The second-derivative test at x (see `classifyCriticalPoint`). */
  classification: CriticalPointKind;
  /**
   * Why it stopped: `'gradient'` or `'step'` (converged; `'step'` also when the line search
   * could not decrease f any further along a Newton step already below √ε·max(1, ‖x‖∞), i.e.
   * f is flat to rounding there), `'max-iterations'`, `'line-search-failed'` (no step
   * decreased f: a kink, or f flat to rounding away from a minimum), or `'not-finite'` (f, its
   * gradient or Hessian is NaN or infinite at x).
   */
  reason: MinimizeStop;
}

/** Armijo's sufficient-decrease constant (Nocedal & Wright, Numerical Optimization, §3.1). */
const ARMIJO = 1e-4;
/** Halvings of the step before the line search gives up (2⁻⁶⁰ ≈ 1e-18). */
const MAX_HALVINGS = 60;
/** Eigenvalues of the Hessian are floored at this fraction of the largest |λ| in the step. */
const EIGENVALUE_FLOOR = 1e-8;

const EPSILON = 2 ** -52;
const SQRT_EPSILON = 2 ** -26;

/** The full step x + p when f(x + p) ≤ f(x), else null (a step at rounding level). */
function fullStepIfNoWorse(
  f: SecondOrderFunction,
  x: readonly number[],
  value: number,
  p: readonly number[],
): { alpha: number; value: number; x: number[] } | null {
  const xt = step(x, 1, p);
  const ft = valueAt(f, xt);
  return ft <= value ? { alpha: 1, value: ft, x: xt } : null;
}

/** ‖H‖∞, the largest absolute row sum. */
function matrixMaxNorm(H: readonly (readonly number[])[]): number {
  let m = 0;
  for (const row of H) {
    let s = 0;
    for (const v of row) s += Math.abs(v);
    m = Math.max(m, s);
  }
  return m;
}

function maxNorm(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function allFinite(v: readonly number[]): boolean {
  for (const x of v) if (!Number.isFinite(x)) return false;
  return true;
}

/** x + α·p in a new array. */
function step(x: readonly number[], alpha: number, p: readonly number[]): number[] {
  return x.map((xi, i) => xi + alpha * p[i]);
}

/** An option that must be a finite number ≥ 0, or its default. */
function nonNegative(v: unknown, name: string, fallback: number | undefined): number | undefined {
  if (v === undefined) return fallback;
  if (typeof v !== 'number') {
    throw new TypeError(`forward-ad: ${name} must be a number, got ${describe(v)}`);
  }
  if (!(v >= 0 && Number.isFinite(v))) {
    throw new RangeError(`forward-ad: ${name} must be a finite number ≥ 0, got ${v}`);
  }
  return v;
}

/** The options object, checked to be an object (or absent). */
function optionsObject<T>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`forward-ad: options must be an object, got ${describe(options)}`);
  }
  return options;
}

/**
 * The Newton direction on the Hessian with its eigenvalues replaced by max(|λ|, floor):
 * p = −V·diag(1/max(|λ|, floor))·Vᵀ·g. Where H is positive definite (every λ above the floor)
 * this is the Newton step −H⁻¹g (`newton: true`); elsewhere it is still a descent direction (the
 * modified matrix is positive definite), and it follows negative curvature downhill instead of
 * uphill (Nocedal & Wright §3.4, eigenvalue modification). Null when H is zero.
 */
function modifiedNewtonDirection(
  H: number[][],
  g: readonly number[],
): { p: number[]; newton: boolean } | null {
  const { values, vectors } = symmetricEigen(H);
  let largest = 0;
  for (const l of values) largest = Math.max(largest, Math.abs(l));
  if (largest === 0) return null;
  const floor = EIGENVALUE_FLOOR * largest;
  const p = zeros(g.length);
  let newton = true;
  for (let k = 0; k < values.length; k++) {
    if (!(values[k] >= floor)) newton = false;
    const v = vectors[k];
    const c = -dot(v, g) / Math.max(Math.abs(values[k]), floor);
    for (let i = 0; i < p.length; i++) p[i] += c * v[i];
  }
  return { p, newton };
}

/**
 * Backtracking from step 1 until f(x + αp) ≤ f(x) + 1e-4·α·gᵀp (Armijo).
 *
 * @returns the accepted α and f there, or null when no step decreased f enough
 */
function lineSearch(
  f: SecondOrderFunction,
  x: readonly number[],
  value: number,
  slope: number,
  p: readonly number[],
): { alpha: number; value: number; x: number[] } | null {
  let alpha = 1;
  for (let k = 0; k <= MAX_HALVINGS; k++) {
    const xt = step(x, alpha, p);
    const ft = valueAt(f, xt);
    // A NaN or +∞ (outside f's domain) fails the test and shortens the step.
    if (ft <= value + ARMIJO * alpha * slope) return { alpha, value: ft, x: xt };
    alpha /= 2;
  }
  return null;
}

/**
 * Minimizes a scalar function of n variables by Newton's method on the exact gradient and
 * Hessian (one `valueGradientHessian` per iteration), safeguarded:
 *
 * - the step solves the Newton system with the Hessian's eigenvalues replaced by
 *   max(|λ|, 1e-8·max|λ|), so it is the plain Newton step where H is positive definite and a
 *   descent direction elsewhere (negative curvature is followed downhill);
 * - a backtracking line search (Armijo, halving from the full step) makes every accepted step
 *   decrease f; if the Newton direction fails it, steepest descent is tried before giving up;
 * - at a point with zero gradient but negative curvature (a saddle), it steps along the
 *   eigenvector of the most negative eigenvalue, rather than stopping there.
 *
 * Stopping rule (defaults in {@link MinimizeOptions}): a small Newton step on a positive
 * definite Hessian, ‖H⁻¹∇f‖∞ ≤ stepTolerance·max(1, ‖x‖∞) (1e-12), taken before stopping; or a
 * gradient at rounding level; or maxIterations (100) steps. The result classifies the stopping
 * point by the second-derivative test.
 *
 * @param f - the scalar function of an array of numbers, written generically
 * @param x0 - the starting point
 * @param options - `maxIterations`, `gradientTolerance`, `stepTolerance`, `eigenvalueTolerance`,
 * `method`
 * @returns `{ x, value, gradient, iterations, converged, classification, reason }`
 * @throws TypeError for a bad f, x0 or options; RangeError for an out-of-range option
 * @example
 * ```ts
 * import { minimize, mul, sub } from 'forward-ad';
 * const rosenbrock = ([x, y]) => {
 *   const a = sub(1, x);
 *   const b = sub(y, mul(x, x));
 *   return a.mul(a).add(b.mul(b).mul(100));
 * };
 * const r = minimize(rosenbrock, [-1.2, 1]);
 * r.x;              // [1, 1]
 * r.classification; // 'minimum'
 * ```
 */
export function minimize(
  f: SecondOrderFunction,
  x0: ArrayLike<number>,
  options?: MinimizeOptions,
): MinimizeResult {
  checkFunction(f);
  let x = toVector(x0, 'x0');
  const o = optionsObject(options);
  const maxIterations = o.maxIterations ?? 100;
  checkOrder(maxIterations, 'options.maxIterations');
  const gradientTolerance = nonNegative(
    o.gradientTolerance,
    'options.gradientTolerance',
    undefined,
  );
  const stepTolerance = nonNegative(o.stepTolerance, 'options.stepTolerance', 1e-12) as number;
  const tolerances = checkCriticalPointOptions({ eigenvalueTolerance: o.eigenvalueTolerance });
  const method = o.method === undefined ? undefined : { method: o.method };

  let iterations = 0;
  let reason: MinimizeStop = 'max-iterations';
  let { value, gradient, hessian } = valueGradientHessian(f, x, method);
  for (;;) {
    if (!Number.isFinite(value) || !allFinite(gradient) || !hessian.every(allFinite)) {
      reason = 'not-finite';
      break;
    }
    const scale = Math.max(1, maxNorm(x));
    const gTol = gradientTolerance ?? EPSILON * matrixMaxNorm(hessian) * scale;
    const gNorm = maxNorm(gradient);
    let p: number[];
    let slope: number;
    let newton = false;
    let negativeCurvature = false;
    if (gNorm <= gTol) {
      // Zero gradient: done, unless the Hessian has a clearly negative eigenvalue (a saddle).
      const { values, vectors } = symmetricEigen(hessian);
      const threshold = tolerances.eigenvalueTolerance ?? defaultDefinitenessTolerance(values);
      if (!(values.length > 0 && values[0] < -threshold)) {
        reason = 'gradient';
        break;
      }
      // Along the most negative curvature, on the side the gradient (if any) slopes down.
      const v = vectors[0];
      const sign = dot(v, gradient) > 0 ? -1 : 1;
      p = v.map((vi) => sign * scale * vi);
      slope = 0.5 * values[0] * scale * scale; // the decrease the curvature promises
      negativeCurvature = true;
    } else {
      const d = modifiedNewtonDirection(hessian, gradient);
      p = d === null ? gradient.map((gi) => -gi) : d.p;
      newton = d?.newton === true;
      slope = dot(gradient, p);
    }
    if (iterations >= maxIterations) break;
    const small = newton && maxNorm(p) <= stepTolerance * scale;
    let found = small ? fullStepIfNoWorse(f, x, value, p) : lineSearch(f, x, value, slope, p);
    if (found === null && !negativeCurvature) {
      if (newton && maxNorm(p) <= SQRT_EPSILON * scale) {
        // No decrease along a tiny Newton step: f is flat to rounding, x is the minimum.
        reason = 'step';
        break;
      }
      // Fallback: steepest descent, scaled to the Newton step's length.
      const length = maxNorm(p) / gNorm;
      p = gradient.map((gi) => -gi * length);
      slope = dot(gradient, p);
      found = lineSearch(f, x, value, slope, p);
    }
    if (found === null) {
      reason = 'line-search-failed';
      break;
    }
    iterations++;
    x = found.x;
    ({ value, gradient, hessian } = valueGradientHessian(f, x, method));
    if (small) {
      reason = 'step';
      break;
    }
  }
  const converged = reason === 'gradient' || reason === 'step';
  const classification = allFinite(gradient)
    ? classifyAt(x, value, gradient, hessian, tolerances).kind
    : 'not-critical';
  return { x, value, gradient, iterations, converged, classification, reason };
}

/** Options of {@link solve}. */
export interface SolveOptions {
  /** The most Newton iterations. Default 50. */
  maxIterations?: number;
  /**
   * Stop when ‖F(x)‖₂ ≤ tolerance. Default 0: a residual test cannot say how far x is from the
   * root (F's scale is the user's), so by default the step test ends the iteration.
   */
  tolerance?: number;
  /**
   * Stop when the Newton step is small, ‖J⁻¹F‖∞ ≤ stepTolerance · max(1, ‖x‖∞): that step
   * estimates the distance to the root; it is taken (when it does not increase ‖F‖) before
   * stopping, and with quadratic convergence x is then as good as working precision allows.
   * Default 1e-12.
   */
  stepTolerance?: number;
}

/** Why {@link solve} stopped. */
export type SolveStop =
  | 'residual'
  | 'step'
  | 'max-iterations'
  | 'singular-jacobian'
  | 'line-search-failed'
  | 'not-finite';

/** The result of {@link solve}. */
export interface SolveResult {
  /** The point where the iteration stopped. */
  x: number[];
  /** ‖F(x)‖₂. */
  residual: number;
  /** F(x). */
  value: number[];
  /** Newton iterations taken (steps accepted). */
  iterations: number;
  /** True when it stopped on the residual or step tolerance. */
  converged: boolean;
  /**
   * Why it stopped: `'residual'` or `'step'` (converged; `'step'` also when no damped step could
   * reduce ‖F‖ any further along a Newton step already below √ε·max(1, ‖x‖∞)),
   * `'max-iterations'`, `'singular-jacobian'` (J(x) is singular to working precision: no Newton
   * step exists), `'line-search-failed'` (no damped step reduced ‖F‖), or `'not-finite'`.
   */
  reason: SolveStop;
}

/** F(x) as plain numbers, from one Dual sweep with a zero tangent (no Jacobian). */
function residualAt(F: SecondOrderVectorFunction, x: readonly number[]): number[] {
  const { value } = jvp(F, x, zeros(x.length));
  if (!Array.isArray(value)) {
    throw new TypeError(
      `forward-ad: F must return an array (a vector function), got ${describe(value)}`,
    );
  }
  return value;
}

function norm2(v: readonly number[]): number {
  let scale = 0;
  for (const x of v) scale = Math.max(scale, Math.abs(x));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (const x of v) s += (x / scale) ** 2;
  return scale * Math.sqrt(s);
}

/**
 * Solves F(x) = 0 for F: Rⁿ → Rⁿ by Newton's method on the exact Jacobian (`jacobian`), each
 * step J·Δx = −F solved by LU with partial pivoting, and damped: the step is halved until
 * ‖F(x + αΔx)‖₂ ≤ (1 − 1e-4·α)·‖F(x)‖₂.
 *
 * A Jacobian singular to working precision ends the iteration with `converged: false` and
 * `reason: 'singular-jacobian'` (no exception).
 *
 * @param F - the vector function, written generically, returning n outputs for n inputs
 * @param x0 - the starting point
 * @param options - `maxIterations` (50), `tolerance` (on ‖F‖₂, default 0), `stepTolerance` (1e-12)
 * @returns `{ x, residual, value, iterations, converged, reason }`
 * @throws TypeError for a bad F, x0 or options, or when F does not return an array;
 * RangeError when F returns a different number of outputs than inputs
 * @example
 * ```ts
 * import { solve, mul, sub } from 'forward-ad';
 * // x² = 2, x·y = 1
 * solve(([x, y]) => [sub(mul(x, x), 2), sub(mul(x, y), 1)], [1, 1]).x; // [√2, 1/√2]
 * ```
 */
export function solve(
  F: SecondOrderVectorFunction,
  x0: ArrayLike<number>,
  options?: SolveOptions,
): SolveResult {
  checkFunction(F, 'F');
  let x = toVector(x0, 'x0');
  const n = x.length;
  const o = optionsObject(options);
  const maxIterations = o.maxIterations ?? 50;
  checkOrder(maxIterations, 'options.maxIterations');
  const tolerance = nonNegative(o.tolerance, 'options.tolerance', 0) as number;
  const stepTolerance = nonNegative(o.stepTolerance, 'options.stepTolerance', 1e-12) as number;

  let value = residualAt(F, x);
  if (value.length !== n) {
    throw new RangeError(
      `forward-ad: F must return as many outputs as it has inputs (${n}), got ${value.length}`,
    );
  }
  let residual = norm2(value);
  let iterations = 0;
  let reason: SolveStop = 'max-iterations';
  for (;;) {
    if (!Number.isFinite(residual) || !allFinite(x)) {
      reason = 'not-finite';
      break;
    }
    if (residual <= tolerance) {
      reason = 'residual';
      break;
    }
    if (iterations >= maxIterations) break;
    const J = jacobian(F, x);
    if (!J.every(allFinite)) {
      reason = 'not-finite';
      break;
    }
    const p = solveLinear(
      J,
      value.map((v) => -v),
    );
    if (p === null) {
      reason = 'singular-jacobian';
      break;
    }
    const scale = Math.max(1, maxNorm(x));
    const small = maxNorm(p) <= stepTolerance * scale;
    let accepted: { x: number[]; value: number[]; residual: number } | null = null;
    let alpha = 1;
    for (let k = 0; k <= (small ? 0 : MAX_HALVINGS); k++) {
      const xt = step(x, alpha, p);
      const vt = residualAt(F, xt);
      const rt = norm2(vt);
      // A small step is taken unless it makes ‖F‖ worse; others must reduce it (Armijo).
      if (small ? rt <= residual : rt <= (1 - ARMIJO * alpha) * residual) {
        accepted = { x: xt, value: vt, residual: rt };
        break;
      }
      alpha /= 2;
    }
    if (accepted === null) {
      // No reduction along a Newton step at rounding level: x is the root to working precision.
      reason = maxNorm(p) <= SQRT_EPSILON * scale ? 'step' : 'line-search-failed';
      break;
    }
    iterations++;
    x = accepted.x;
    value = accepted.value;
    residual = accepted.residual;
    if (small) {
      reason = residual <= tolerance ? 'residual' : 'step';
      break;
    }
  }
  const converged = reason === 'residual' || reason === 'step';
  return { x, residual, value, iterations, converged, reason };
}
