/**
 * Definiteness of symmetric matrices (e.g. Hessians) from their eigenvalues.
 *
 * @module
 */

import { symmetricEigenvalues } from './eigen';

/** Definiteness class of a real symmetric matrix. */
export type Definiteness =
  | 'positive-definite'
  | 'negative-definite'
  | 'positive-semidefinite'
  | 'negative-semidefinite'
  | 'indefinite';

/** Options for {@link definiteness}. */
export interface DefinitenessOptions {
  /**
   * Eigenvalues with `|λ| ≤ tolerance` count as zero. Must be a finite number
   * `≥ 0`. Defaults to {@link defaultDefinitenessTolerance} of the eigenvalues.
   */
  tolerance?: number;
}

const EPSILON = 2 ** -52;

/**
 * Safety factor on top of `n·ε·max|λ|` (NumPy's `matrix_rank` rule). Jacobi's
 * backward error is a modest multiple of `ε‖H‖`, so a computed eigenvalue of an
 * exactly singular matrix can land a few `n·ε·max|λ|` away from zero.
 */
const SAFETY = 8;

function checkTolerance(tolerance: unknown, name: string): number {
  if (typeof tolerance !== 'number') {
    throw new TypeError(`forward-ad: ${name} must be a number, got ${typeof tolerance}`);
  }
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`forward-ad: ${name} must be a finite number >= 0, got ${tolerance}`);
  }
  return tolerance;
}

/**
 * The default zero-tolerance used by {@link definiteness}:
 * `8 · n · 2⁻⁵² · max|λ|`, where `n` is the number of eigenvalues.
 *
 * This is NumPy's `matrix_rank` threshold (`S.max() · max(M, N) · eps`) with an
 * extra factor 8 of headroom for the rounding error of the eigen-solver. It is
 * relative to the largest eigenvalue, so it is invariant under scaling of the
 * matrix, and it is `0` for the zero matrix and for an empty list.
 *
 * @param eigenvalues - Eigenvalues of an `n×n` symmetric matrix.
 * @returns The tolerance below which `|λ|` is treated as zero (`NaN` if any
 *   eigenvalue is `NaN`).
 * @example
 * ```ts
 * defaultDefinitenessTolerance([1, 2]); // 8 * 2 * 2 ** -52 * 2 ≈ 7.1e-15
 * ```
 */
export function defaultDefinitenessTolerance(eigenvalues: readonly number[]): number {
  let maxAbs = 0;
  for (const lambda of eigenvalues) {
    // Math.max (rather than `>`) so that a NaN eigenvalue propagates.
    maxAbs = Math.max(maxAbs, Math.abs(lambda));
  }
  return SAFETY * eigenvalues.length * EPSILON * maxAbs;
}

/**
 * Classifies a symmetric matrix by the signs of its eigenvalues.
 *
 * An eigenvalue with `|λ| ≤ tolerance` counts as zero. With `p` positive, `m`
 * negative and `z` zero eigenvalues the result is:
 * `indefinite` if `p > 0` and `m > 0`; otherwise `positive-definite` if all are
 * positive, `negative-definite` if all are negative, `negative-semidefinite` if
 * `m > 0` (and some are zero), else `positive-semidefinite`. Hence all-zero
 * and empty lists (the zero matrix, which is both positive and negative
 * semidefinite) give `'positive-semidefinite'`.
 *
 * @param eigenvalues - Eigenvalues of the matrix, in any order.
 * @param tolerance - Finite number `≥ 0`; see {@link defaultDefinitenessTolerance}
 *   for a scale-aware choice.
 * @returns The definiteness class.
 * @throws {TypeError} If `tolerance` is not a number or an eigenvalue is not a number.
 * @throws {RangeError} If `tolerance` is negative or not finite, or an eigenvalue is `NaN`.
 * @example
 * ```ts
 * classifyEigenvalues([-1, 2], 0); // 'indefinite'
 * classifyEigenvalues([1e-20, 3], 1e-12); // 'positive-semidefinite'
 * ```
 */
export function classifyEigenvalues(
  eigenvalues: readonly number[],
  tolerance: number,
): Definiteness {
  checkTolerance(tolerance, 'tolerance');
  let positive = 0;
  let negative = 0;
  for (let k = 0; k < eigenvalues.length; k++) {
    const lambda = eigenvalues[k];
    if (typeof lambda !== 'number') {
      throw new TypeError(`forward-ad: eigenvalues[${k}] must be a number, got ${typeof lambda}`);
    }
    // A NaN has no sign; silently counting it as zero would mislabel the matrix.
    if (Number.isNaN(lambda)) {
      throw new RangeError(`forward-ad: eigenvalues[${k}] is NaN; cannot classify definiteness`);
    }
    if (lambda > tolerance) positive++;
    else if (lambda < -tolerance) negative++;
  }
  const zero = eigenvalues.length - positive - negative;
  if (positive > 0 && negative > 0) return 'indefinite';
  if (negative > 0) return zero === 0 ? 'negative-definite' : 'negative-semidefinite';
  return positive > 0 && zero === 0 ? 'positive-definite' : 'positive-semidefinite';
}

/**
 * Definiteness of a real symmetric matrix, from its eigenvalues
 * ({@link symmetricEigenvalues}) classified by {@link classifyEigenvalues}.
 *
 * The default tolerance is scale-aware: `8 · n · 2⁻⁵² · max|λ|`
 * ({@link defaultDefinitenessTolerance}), so rounding noise in an exactly
 * singular matrix reads as zero. The zero matrix and the 0×0 matrix, being both
 * positive and negative semidefinite, give `'positive-semidefinite'`.
 *
 * @param H - Square symmetric matrix given as an array of rows; see
 *   {@link symmetricEigenvalues} for the accepted input and symmetry tolerance.
 * @param options - `tolerance`: eigenvalues with `|λ| ≤ tolerance` count as zero.
 * @returns The definiteness class.
 * @throws {TypeError} If `H` is not an array of arrays of numbers, `options`
 *   is not an object, or `options.tolerance` is not a number.
 * @throws {RangeError} If `H` is not square or not symmetric, an entry of `H` is
 *   not finite (its eigenvalues are `NaN`), or `options.tolerance` is negative
 *   or not finite.
 * @example
 * ```ts
 * definiteness([[2, 0], [0, 3]]); // 'positive-definite'
 * definiteness([[1, 1], [1, 1]]); // 'positive-semidefinite'
 * definiteness([[1, 0], [0, -1]]); // 'indefinite'
 * definiteness([[1, 0], [0, 1e-6]], { tolerance: 1e-3 }); // 'positive-semidefinite'
 * ```
 */
export function definiteness(
  H: ArrayLike<ArrayLike<number>>,
  options?: DefinitenessOptions,
): Definiteness {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(
      `forward-ad: options must be an object, got ${options === null ? 'null' : typeof options}`,
    );
  }
  const tolerance =
    options?.tolerance === undefined
      ? undefined
      : checkTolerance(options.tolerance, 'options.tolerance');
  let eigenvalues = symmetricEigenvalues(H);
  if (eigenvalues.some(Number.isNaN)) {
    throw new RangeError('forward-ad: H must have finite entries to classify its definiteness');
  }
  let zero = tolerance;
  if (eigenvalues.some((l) => !Number.isFinite(l))) {
    // An eigenvalue beyond the largest double (finite entries near it): definiteness does not
    // change under scaling, and H/256 is exact.
    eigenvalues = symmetricEigenvalues(Array.from(H, (row) => Array.from(row, (h) => h / 256)));
    if (zero !== undefined) zero /= 256;
  }
  return classifyEigenvalues(eigenvalues, zero ?? defaultDefinitenessTolerance(eigenvalues));
}
