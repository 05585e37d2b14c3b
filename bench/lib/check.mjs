/**
 * The agreement check run before any timing: every contender's answer against the case's
 * reference (the hand-written analytic derivative), so that all rows compute the same thing.
 *
 * @module
 */

/**
 * How far each kind of contender may differ from the reference (relative error) and still be
 * counted as computing the same thing. `inexact` methods (finite differences) are not held to a
 * tolerance: their error is shown beside their time, and only a result with no correct digit
 * is refused.
 */
export const TOLERANCE = {
  /** float64 arithmetic with the same formulas up to rounding. */
  exact: 1e-9,
  /** float64, but transcendental functions computed by the peer's own kernels. */
  approx: 1e-6,
  /** float32 tensors. */
  float32: 1e-4,
  /** Finite differences: an error of 50% or more means no correct digit. */
  inexact: 0.5,
};

/**
 * The numbers of a result, in row-major order, as a flat array.
 *
 * @param {unknown} x - a number, an array (possibly nested) or a typed array of numbers
 * @returns {number[]} the numbers
 * @throws TypeError when x holds something other than numbers
 * @example
 * flatten([[1, 2], [3]]); // [1, 2, 3]
 */
export function flatten(x) {
  if (typeof x === 'number') return [x];
  if (ArrayBuffer.isView(x)) return Array.from(/** @type {Float64Array} */ (x));
  if (Array.isArray(x)) return x.flatMap((e) => flatten(e));
  throw new TypeError(`bench check: expected numbers or arrays of numbers, got ${typeof x}`);
}

/**
 * The error of a result against the reference.
 *
 * `norm`: max |a − b| / max |b| (relative to the largest reference entry; for gradients,
 * Jacobians and Hessians, whose small entries are sums that cancel). `componentwise`: the largest
 * relative error of any entry (for Taylor coefficients, which decay by orders of magnitude).
 *
 * @param {unknown} result - the contender's answer
 * @param {unknown} reference - the reference answer, of the same shape
 * @param {'norm' | 'componentwise'} metric - see above
 * @returns {number} the error; Infinity when a shape differs or an entry is not finite where the
 * reference is
 * @example
 * relativeError([1, 2.000001], [1, 2], 'norm'); // 5e-7
 */
export function relativeError(result, reference, metric) {
  const a = flatten(result);
  const b = flatten(reference);
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let scale = 0;
  for (const v of b) scale = Math.max(scale, Math.abs(v));
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (Number.isNaN(d)) return Number.POSITIVE_INFINITY;
    const e = metric === 'componentwise' ? (b[i] === 0 ? d : d / Math.abs(b[i])) : d;
    worst = Math.max(worst, e);
  }
  return metric === 'componentwise' || scale === 0 ? worst : worst / scale;
}

/**
 * Whether a contender of the given kind computes the reference's answer.
 *
 * @param {keyof typeof TOLERANCE} kind - the contender's kind
 * @param {number} error - its {@link relativeError}
 * @returns {boolean} true when the error is within the kind's tolerance
 * @example
 * agrees('exact', 1e-15); // true
 */
export function agrees(kind, error) {
  return error <= TOLERANCE[kind];
}
