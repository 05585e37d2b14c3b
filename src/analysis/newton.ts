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
import { dot, matrixMaxNorm, maxNorm } from './norms.js';

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /** The most Newton iterations. Default 100. */
  maxIterations?: number;
  /**
   * Stop when ‖∇f(x)‖∞ ≤ gradientTolerance. Default 0: a gradient test cannot say how far x is
   * from the minimum when H is ill-conditioned (Rosenbrock's ∇f is 4e-10 at 1.3e-10 from
   * (1, 1)) or singular (x⁴ + y²: ∇f = (4x³, 2y) is below 1e-16 at x = 3e-6), so by default the
   * step test below ends the iteration, and this one only catches an exactly zero gradient.
   */
  gradientTolerance?: number;
  /**
   * Stop when the Newton step on a positive definite Hessian is small:
   * ‖H⁻¹∇f‖∞ ≤ stepTolerance · max(1, ‖x‖∞). That step estimates the distance to the minimum;
   * it is taken (when it does not increase f) before stopping, and with quadratic convergence
   * the point is then as good as working precision allows, relative to max(1, ‖x‖∞): near 0 the
   * test is absolute, so a minimum at 1e-10 is found to about 1e-16, not to 16 digits of its
   * own. It also ends the iteration at degenerate minima (x⁴ at 0), where steps shrink only
   * linearly. Default 1e-12.
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
   * Why it stopped: `'gradient'` or `'step'` (converged; `'step'` also when neither f nor the
   * gradient can be improved along a Newton step, i.e. x is stationary to rounding),
   * `'max-iterations'`, `'line-search-failed'` (no step decreased f: a kink, or f flat to
   * rounding away from a minimum), or `'not-finite'` (f, its gradient or Hessian is NaN or
   * infinite at x).
   */
  reason: MinimizeStop;
}

/** Armijo's sufficient-decrease constant (Nocedal & Wright, Numerical Optimization, §3.1). */
const ARMIJO = 1e-4;
/** Halvings of the step before the line search gives up (2⁻⁶⁰ ≈ 1e-18). */
const MAX_HALVINGS = 60;

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
 * The Newton direction on the Hessian with its eigenvalues λ ≤ 0 replaced by max(|λ|, floor):
 * p = −V·diag(1/λ̃)·Vᵀ·g, where the floor is the eigenvalues' own rounding level
 * (`defaultDefinitenessTolerance`, 8·n·ε·max|λ|). Where H is positive definite this is the Newton
 * step −H⁻¹g (`newton: true`), however ill-conditioned H is (the line search guards a step
 * blown up by a tiny λ); elsewhere it is still a descent direction (the modified matrix is
 * positive definite), and it follows negative curvature downhill instead of uphill (Nocedal &
 * Wright §3.4, eigenvalue modification). Null when H is zero.
 */
function modifiedNewtonDirection(
  { values, vectors }: { values: number[]; vectors: number[][] },
  g: readonly number[],
): { p: number[]; newton: boolean } | null {
  const floor = defaultDefinitenessTolerance(values);
  if (!(floor > 0)) return null;
  const p = zeros(g.length);
  let newton = true;
  for (let k = 0; k < values.length; k++) {
    const l = values[k];
    if (!(l > 0)) newton = false;
    const v = vectors[k];
    // A positive eigenvalue is used as it is, however small: along a degenerate minimum (x⁴)
    // the Newton step keeps its linear rate, where a floor would shrink the steps to a crawl.
    const c = -dot(v, g) / (l > 0 ? l : Math.max(-l, floor));
    for (let i = 0; i < p.length; i++) p[i] += c * v[i];
  }
  return { p, newton };
}

/**
 * The Newton step restricted to the eigenvectors whose curvature is resolved (|λ| > threshold),
 * when the point is stationary to working precision: that step is at most `stepBound`, and
 * along every unresolved eigenvector the gradient is at its rounding level 8·n·ε·‖H‖∞, as
 * classifyCriticalPoint takes it. Null otherwise, or when every curvature is resolved.
 */
function stationaryStep(
  { values, vectors }: { values: number[]; vectors: number[][] },
  g: readonly number[],
  threshold: number,
  stepBound: number,
  H: readonly (readonly number[])[],
): number[] | null {
  let unresolved = false;
  const gradientBound = 8 * values.length * EPSILON * matrixMaxNorm(H);
  const p = zeros(g.length);
  for (let k = 0; k < values.length; k++) {
    const c = dot(vectors[k], g);
    if (Math.abs(values[k]) <= threshold) {
      unresolved = true;
      if (!(Math.abs(c) <= gradientBound)) return null;
      continue;
    }
    const d = -c / values[k];
    if (!(Math.abs(d) <= stepBound)) return null;
    for (let i = 0; i < p.length; i++) p[i] += d * vectors[k][i];
  }
  return unresolved ? p : null;
}

/**
 * The step out of a saddle or maximum: along the eigenvector of the most negative eigenvalue λ,
 * on the side the gradient (if any) slopes down, of length max(1, ‖x‖∞); `decrease` is what the
 * curvature promises for it, ½λ‖p‖² (the line search shortens it as needed).
 */
function escapeStep(
  { values, vectors }: { values: number[]; vectors: number[][] },
  g: readonly number[],
  scale: number,
): { p: number[]; decrease: number } {
  const v = vectors[0];
  const sign = dot(v, g) > 0 ? -1 : 1;
  return { p: v.map((vi) => sign * scale * vi), decrease: 0.5 * values[0] * scale * scale };
}

/**
 * Backtracking from the full step until ‖∇f(x + αp)‖₂ < ‖∇f(x)‖₂ (at most 30 halvings), for
 * where f's rounding hides the decrease; the derivatives there, or null.
 */
function gradientLineSearch(
  f: SecondOrderFunction,
  x: readonly number[],
  gradient: readonly number[],
  p: readonly number[],
  method: { method: HessianMethod } | undefined,
): { x: number[]; value: number; gradient: number[]; hessian: number[][] } | null {
  const g0 = norm2(gradient);
  let alpha = 1;
  for (let k = 0; k <= 30; k++) {
    const xt = step(x, alpha, p);
    const t = valueGradientHessian(f, xt, method);
    if (Number.isFinite(t.value) && norm2(t.gradient) < g0) return { x: xt, ...t };
    alpha /= 2;
  }
  return null;
}

/**
 * Backtracking from step 1 until f(x + αp) < f(x) and f(x + αp) ≤ f(x) + 1e-4·αᵏ·m, where m is
 * the decrease the model promises for the full step: the slope gᵀp with k = 1 (Armijo), or, along
 * negative curvature from a zero gradient, ½λ‖p‖² with k = 2 (the model is quadratic in α there,
 * and a test linear in α would fail every short step).
 *
 * The strict decrease matters where 1e-4·αᵏ·m falls below f's rounding: without it a short step
 * that leaves f unchanged would pass, and count as progress. The full step of a (modified)
 * Newton direction (`full`) may leave f unchanged: it is the step Newton's method takes, and
 * where f's rounding hides its decrease (a large constant in f) it is still the right one.
 *
 * @returns the accepted α and f there, or null when no step decreased f enough
 */
function lineSearch(
  f: SecondOrderFunction,
  x: readonly number[],
  value: number,
  m: number,
  power: 1 | 2,
  p: readonly number[],
  full = false,
): { alpha: number; value: number; x: number[] } | null {
  let alpha = 1;
  for (let k = 0; k <= MAX_HALVINGS; k++) {
    const xt = step(x, alpha, p);
    const ft = valueAt(f, xt);
    // A NaN or +∞ (outside f's domain) fails the test and shortens the step.
    const model = power === 1 ? alpha * m : alpha * alpha * m;
    if (ft < value && ft <= value + ARMIJO * model) return { alpha, value: ft, x: xt };
    if (full && k === 0 && ft === value) return { alpha, value: ft, x: xt };
    alpha /= 2;
  }
  return null;
}

/**
 * Minimizes a scalar function of n variables by Newton's method on the exact gradient and
 * Hessian (one `valueGradientHessian` per iteration), safeguarded:
 *
 * - the step solves the Newton system on the Hessian's eigen-decomposition, with eigenvalues
 *   λ ≤ 0 replaced by max(|λ|, 8·n·ε·max|λ|): the plain Newton step wherever H is positive
 *   definite, however ill-conditioned, and a descent direction elsewhere (negative curvature is
 *   followed downhill);
 * - a backtracking line search (Armijo, halving from the full step) makes every accepted step
 *   strictly decrease f; if the Newton direction fails it, the negative-curvature step below and
 *   then steepest descent are tried before giving up;
 * - where the Newton step's predicted decrease ½∇fᵀH⁻¹∇f is below f's rounding, f cannot judge
 *   a step and ‖∇f‖∞ does instead: the Newton step is taken when it shrinks the gradient;
 * - at a saddle or maximum (a clearly negative eigenvalue, where the gradient is zero or too
 *   small to move along) it steps along the eigenvector of the most negative eigenvalue, with a
 *   line search on the decrease that curvature promises, rather than stopping there.
 *
 * Stopping rule (defaults in {@link MinimizeOptions}): a small Newton step on a positive
 * definite Hessian, ‖H⁻¹∇f‖∞ ≤ stepTolerance·max(1, ‖x‖∞) (1e-12), taken before stopping; at a
 * singular minimum (some curvature at rounding level, as in Powell's function), a small step
 * along the resolved curvature with the gradient along the rest at rounding level; or a
 * Newton step that f and the gradient both find no better; or an exactly zero gradient (or one
 * within `gradientTolerance`); or maxIterations (100) steps. The result classifies the stopping
 * point by the second-derivative test (`'degenerate'` at singular minima such as x⁴ + y²).
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
    0,
  ) as number;
  const stepTolerance = nonNegative(o.stepTolerance, 'options.stepTolerance', 1e-12) as number;
  const tolerances = checkCriticalPointOptions({ eigenvalueTolerance: o.eigenvalueTolerance });
  const method = o.method === undefined ? undefined : { method: o.method };

  let iterations = 0;
  let reason: MinimizeStop = 'max-iterations';
  let { value, gradient, hessian } = valueGradientHessian(f, x, method);
  /** Accepts the step to `to`, with its derivatives when a gradient search already has them. */
  const take = (
    to: number[],
    at: { value: number; gradient: number[]; hessian: number[][] } = valueGradientHessian(
      f,
      to,
      method,
    ),
  ): void => {
    iterations++;
    x = to;
    ({ value, gradient, hessian } = at);
  };
  for (;;) {
    if (!Number.isFinite(value) || !allFinite(gradient) || !hessian.every(allFinite)) {
      reason = 'not-finite';
      break;
    }
    const scale = Math.max(1, maxNorm(x));
    const gNorm = maxNorm(gradient);
    const eigen = symmetricEigen(hessian);
    const threshold = tolerances.eigenvalueTolerance ?? defaultDefinitenessTolerance(eigen.values);
    // A clearly negative eigenvalue: where the gradient is zero, or too small to move along, the
    // way out of a saddle or maximum.
    const leave = eigen.values[0] < -threshold ? escapeStep(eigen, gradient, scale) : null;
    if (gNorm <= gradientTolerance && leave === null) {
      reason = 'gradient';
      break;
    }
    if (iterations >= maxIterations) break;
    let found: { value: number; x: number[] } | null = null;
    let small = false;
    if (gNorm > gradientTolerance) {
      const d = modifiedNewtonDirection(eigen, gradient);
      const p = d === null ? gradient.map((gi) => -gi) : d.p;
      const newton = d?.newton === true;
      const slope = dot(gradient, p);
      // Where some curvature is below its rounding level (a singular minimum such as Powell's),
      // the Newton step along it is noise: stationary when the step along the rest is small and
      // the gradient along it is at its own rounding level (the same rounding level, not growing
      // with ‖x‖, that classifyCriticalPoint allows there: y + x² run far down in y is neither).
      const resolved =
        leave === null && !newton
          ? stationaryStep(eigen, gradient, threshold, stepTolerance * scale, hessian)
          : null;
      if (resolved !== null) {
        // Stationary: the resolved part of the Newton step, when it shrinks the gradient, and stop.
        const t = gradientLineSearch(f, x, gradient, resolved, method);
        if (t !== null) take(t.x, t);
        reason = 'step';
        break;
      }
      // Along negative curvature with a gradient too small to move along (the modified Newton
      // step is below √ε of x), the curvature step is the way out: try it first.
      if (leave !== null && maxNorm(p) <= SQRT_EPSILON * scale) {
        found = lineSearch(f, x, value, leave.decrease, 2, leave.p);
        if (found !== null) {
          take(found.x);
          continue;
        }
      }
      small = newton && maxNorm(p) <= stepTolerance * scale;
      found = small
        ? fullStepIfNoWorse(f, x, value, p)
        : lineSearch(f, x, value, slope, 1, p, true);
      if (found === null && small) {
        // A Newton step below the step tolerance that f finds no better: x is the minimum.
        reason = 'step';
        break;
      }
      if (found === null && newton) {
        // f's rounding hides the decrease (a large constant in f, or the last steps before the
        // minimum, where ½∇fᵀH⁻¹∇f is below f's ulp): the gradient judges instead, exact to its
        // own rounding (Dennis & Schnabel, Numerical Methods for Unconstrained Optimization,
        // §6.5).
        const t = gradientLineSearch(f, x, gradient, p, method);
        if (t !== null) {
          take(t.x, t);
          continue;
        }
        if (maxNorm(p) <= SQRT_EPSILON * scale) {
          // Neither f nor the gradient improves along a tiny Newton step: x is the minimum.
          reason = 'step';
          break;
        }
      }
      if (found === null && leave !== null) {
        found = lineSearch(f, x, value, leave.decrease, 2, leave.p);
      }
      if (found === null) {
        // Fallback: steepest descent, scaled to the Newton step's length.
        const length = maxNorm(p) / gNorm;
        const q = gradient.map((gi) => -gi * length);
        found = lineSearch(f, x, value, dot(gradient, q), 1, q);
      }
    } else if (leave !== null) {
      found = lineSearch(f, x, value, leave.decrease, 2, leave.p);
    }
    if (found === null) {
      reason = 'line-search-failed';
      break;
    }
    take(found.x);
    if (small) {
      reason = 'step';
      break;
    }
  }
  const converged = reason === 'gradient' || reason === 'step';
  const classification = allFinite(gradient)
    ? classifyAt(x, value, gradient, hessian, tolerances, (at) =>
        valueGradientHessian(f, at, method),
      ).kind
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
   * stopping, and with quadratic convergence x is then as good as working precision allows,
   * relative to max(1, ‖x‖∞): near 0 the test is absolute (x² = 1e-20 gives x = 1e-10 to about
   * 1e-16, not to 16 digits of its own; scale x, or pass a smaller stepTolerance, for that).
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
