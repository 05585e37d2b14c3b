/**
 * Gradient checking, as users do it for hand-written backpropagation: a candidate gradient
 * against the exact forward-mode gradient.
 *
 * @module
 */

import { type ChunkOptions, type MultiDualFunction, valueAndGradient } from './drivers/gradient.js';
import { checkLength, checkNumber, describe, toVector } from './errors.js';
import { MultiDual } from './numbers/multi-dual.js';
import { newTag } from './tag.js';

/** Options of {@link checkGradient}. */
export interface CheckGradientOptions extends ChunkOptions {
  /**
   * The gradient to check (for example from hand-written backpropagation): an array, or a
   * function of the point returning one. Without it, the exact AD gradient is checked against
   * central differences instead.
   */
  gradient?: ArrayLike<number> | ((x: number[]) => ArrayLike<number>);
  /**
   * Largest accepted relative error per component. Default: 1e-7 against a user's gradient
   * (it should agree with the exact one to rounding), 1e-5 against central differences (whose
   * truncation and rounding errors are about ε^(2/3) ≈ 4e-11 times the function's scale).
   */
  tolerance?: number;
  /** Central-difference step for input i is `step · max(1, |xᵢ|)`. Default ∛ε ≈ 6.06e-6. */
  step?: number;
}

/** What {@link checkGradient} found. */
export interface GradientCheck {
  /** True when every component's relative error is within the tolerance. */
  ok: boolean;
  /** The largest |exact − candidate| over the components. */
  maxAbsError: number;
  /**
   * The largest relative error, |exact − candidate| / max(|exact|, |candidate|, floor), so that
   * components that are both about 0 compare by absolute error: floor = 1e-8 · max(1, max |exact|)
   * against a user's gradient, and 1e-3 · max(1, |f(x)|, max |exact|) against central differences,
   * whose own error (about ε^(2/3) times the scale of f and its derivatives) a relative test of a
   * zero component would flag.
   */
  maxRelError: number;
  /** The tolerance applied to `maxRelError`. */
  tolerance: number;
  /** What was checked: the user's gradient, or central differences. */
  method: 'user-gradient' | 'central-differences';
  /** The reference: the exact AD gradient. */
  exact: number[];
  /** The gradient checked against it: the user's, or the central-difference one. */
  candidate: number[];
}

const CBRT_EPS = Math.cbrt(Number.EPSILON);

/** f(x) on plain values, by one sweep of tangent-free MultiDuals. */
function valueAt(f: MultiDualFunction, x: readonly number[]): number {
  const tag = newTag();
  const empty: number[] = [];
  const y = f(x.map((xi) => new MultiDual(xi, empty, tag)));
  return typeof y === 'number' ? y : y.value;
}

/**
 * Checks a gradient: the user's (`options.gradient`, e.g. from backpropagation) against the exact
 * forward-mode gradient, or, without one, the exact gradient against central differences (as
 * textbooks teach gradient checking).
 *
 * @param f - the scalar function of an array of numbers
 * @param x - the point
 * @param options - `gradient` to check, `tolerance`, `step`, `chunkSize`
 * @returns `{ ok, maxAbsError, maxRelError, tolerance, method, exact, candidate }`
 * @throws RangeError when the user's gradient has the wrong length or an option is out of range
 * @example
 * ```ts
 * import { checkGradient, mul } from 'forward-ad';
 * const f = ([x, y]) => mul(x, y);
 * checkGradient(f, [2, 3], { gradient: [3, 2] }).ok; // true
 * checkGradient(f, [2, 3]).ok; // true: AD agrees with central differences
 * ```
 */
export function checkGradient(
  f: MultiDualFunction,
  x: ArrayLike<number>,
  options: CheckGradientOptions = {},
): GradientCheck {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`forward-ad: options must be an object, got ${describe(options)}`);
  }
  const xs = toVector(x, 'x');
  const { value, gradient: exact } = valueAndGradient(f, xs, options);
  const user = options.gradient;
  const method = user === undefined ? 'central-differences' : 'user-gradient';
  let candidate: number[];
  if (user === undefined) {
    const step = options.step ?? CBRT_EPS;
    checkNumber(step, 'options.step');
    if (!(step > 0 && Number.isFinite(step))) {
      throw new RangeError(`forward-ad: options.step must be a positive number, got ${step}`);
    }
    candidate = xs.map((xi, i) => {
      const h = step * Math.max(1, Math.abs(xi));
      const plus = xs.slice();
      const minus = xs.slice();
      plus[i] = xi + h;
      minus[i] = xi - h;
      // The step actually taken, after rounding of xi ± h.
      return (valueAt(f, plus) - valueAt(f, minus)) / (plus[i] - minus[i]);
    });
  } else {
    const g = typeof user === 'function' ? user(xs.slice()) : user;
    candidate = toVector(g, 'options.gradient');
    checkLength(candidate, xs.length, 'options.gradient', 'x');
  }
  const tolerance = options.tolerance ?? (user === undefined ? 1e-5 : 1e-7);
  checkNumber(tolerance, 'options.tolerance');
  if (!(tolerance >= 0)) {
    throw new RangeError(`forward-ad: options.tolerance must be ≥ 0, got ${tolerance}`);
  }
  let scale = 1;
  for (const g of exact) scale = Math.max(scale, Math.abs(g));
  // Components that are both about 0 are compared by absolute error, down to this floor: rounding
  // for a user's gradient; for central differences their own error, h²·|f‴|/6 + ε·|f|/h (x³ at
  // 0 gives h² ≈ 4e-11 where the exact derivative is 0), which a relative test would flag.
  const floor = user === undefined ? 1e-3 * Math.max(scale, Math.abs(value)) : 1e-8 * scale;
  let maxAbsError = 0;
  let maxRelError = 0;
  for (let i = 0; i < exact.length; i++) {
    const a = exact[i];
    const b = candidate[i];
    const err = Math.abs(a - b);
    const rel = err / Math.max(Math.abs(a), Math.abs(b), floor);
    // NaN anywhere makes the check fail rather than pass silently.
    maxAbsError = err > maxAbsError || Number.isNaN(err) ? err : maxAbsError;
    maxRelError = rel > maxRelError || Number.isNaN(rel) ? rel : maxRelError;
  }
  const ok = maxRelError <= tolerance;
  return { ok, maxAbsError, maxRelError, tolerance, method, exact, candidate };
}
