/**
 * Eigen-decomposition of real symmetric matrices by the cyclic Jacobi method.
 *
 * Jacobi is chosen over tridiagonalisation + QR because the matrices met here
 * (Hessians of a handful of variables) are small, and Jacobi is simple, robust
 * and, with a relative stopping test (Demmel & Veselić, 1992), computes the
 * small eigenvalues of graded positive definite matrices (D·M·D with M well
 * conditioned) to high relative accuracy, where QR only gives them to ε·‖H‖.
 * Other eigenvalues are accurate to a modest multiple of ε·‖H‖.
 *
 * References: G. H. Golub & C. F. Van Loan, *Matrix Computations*, 4th ed.,
 * §8.5 (Algorithm 8.5.1 `sym.schur2`, 8.5.3 cyclic Jacobi); H. Rutishauser,
 * "The Jacobi method for real symmetric matrices", Numer. Math. 9 (1966);
 * W. H. Press et al., *Numerical Recipes*, 3rd ed., §11.1 (threshold sweeps).
 *
 * @module
 */

/** Result of {@link symmetricEigen}. */
export interface SymmetricEigenResult {
  /** Eigenvalues in ascending order. */
  values: number[];
  /** `vectors[k]` is the unit eigenvector belonging to `values[k]`. */
  vectors: number[][];
}

const EPSILON = 2 ** -52;
const MIN_NORMAL = 2 ** -1022;

/** Hard cap on sweeps; Jacobi converges quadratically, so ~10 sweeps is typical. */
const MAX_SWEEPS = 100;

/** Sweeps that use the Numerical Recipes threshold `0.2·S/n²` to skip small pivots. */
const THRESHOLD_SWEEPS = 3;

/**
 * Symmetry tolerance, relative to `max|H_ij|`. Loose enough to accept Hessians
 * assembled from separately rounded mixed partials, tight enough to reject
 * genuinely non-symmetric input.
 */
const SYMMETRY_RTOL = 1e-10;

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const length = (value as { length?: unknown }).length;
  return typeof length === 'number' && Number.isInteger(length) && length >= 0;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Validates `H` and copies its symmetrised part `(H + Hᵀ)/2` into a fresh
 * row-major buffer. Returns `null` for the buffer when an entry is not finite,
 * because rotations on Inf/NaN cannot produce meaningful eigenvalues.
 */
function readSymmetric(H: unknown): { n: number; a: Float64Array | null } {
  if (!isArrayLike(H)) {
    throw new TypeError(`forward-ad: H must be an array of arrays of numbers, got ${describe(H)}`);
  }
  const n = H.length;
  let finite = true;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const row = H[i];
    if (!isArrayLike(row)) {
      throw new TypeError(
        `forward-ad: H must be an array of arrays of numbers: H[${i}] is ${describe(row)}, not an array`,
      );
    }
    if (row.length !== n) {
      throw new RangeError(
        `forward-ad: H must be square: H has ${n} rows but H[${i}] has ${row.length} entries`,
      );
    }
    for (let j = 0; j < n; j++) {
      const x = row[j];
      if (typeof x !== 'number') {
        throw new TypeError(
          `forward-ad: H must be an array of arrays of numbers: H[${i}][${j}] is ${describe(x)}`,
        );
      }
      if (!Number.isFinite(x)) finite = false;
      else if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
    }
  }
  if (!finite) return { n, a: null };

  const rows = H as ArrayLike<ArrayLike<number>>;
  const tol = SYMMETRY_RTOL * maxAbs;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    a[i * n + i] = rows[i][i];
    for (let j = i + 1; j < n; j++) {
      const hij = rows[i][j];
      const hji = rows[j][i];
      if (Math.abs(hij - hji) > tol) {
        throw new RangeError(
          `forward-ad: H must be symmetric: |H[${i}][${j}] - H[${j}][${i}]| = ${Math.abs(hij - hji)} ` +
            `exceeds ${SYMMETRY_RTOL}·max|H| = ${tol}`,
        );
      }
      // Halve before adding so that entries near the overflow limit stay finite.
      const s = hij / 2 + hji / 2;
      a[i * n + j] = s;
      a[j * n + i] = s;
    }
  }
  return { n, a };
}

/**
 * Whether an off-diagonal entry x is negligible beside the diagonal entries app and aqq of its
 * rows: x ≤ ε·√|app·aqq| (Demmel & Veselić, "Jacobi's method is more accurate than QR", SIAM J.
 * Matrix Anal. Appl. 13 (1992)). This relative test, rather than one against ‖A‖, is what gives
 * small eigenvalues high relative accuracy where the entries determine them (graded positive
 * definite matrices). Below the smallest normal double nothing is left to rotate away.
 */
function negligible(x: number, app: number, aqq: number): boolean {
  return x <= EPSILON * Math.sqrt(Math.abs(app)) * Math.sqrt(Math.abs(aqq)) || x < MIN_NORMAL;
}

/**
 * Runs cyclic Jacobi on the row-major symmetric buffer `a` in place, leaving
 * the eigenvalues on its diagonal. When `v` is given (initialised to the
 * identity), the rotations are accumulated into it so that its columns become
 * the eigenvectors.
 */
function jacobi(a: Float64Array, n: number, v: Float64Array | null): void {
  let scale = 0;
  for (let k = 0; k < n * n; k++) scale = Math.max(scale, Math.abs(a[k]));
  if (scale === 0) return;
  // Entries near the overflow limit would overflow aqq − app in a rotation, and entries near
  // the underflow limit lose bits (or fall below the test's smallest normal): scale by a power of
  // 2, exact either way, and scale back.
  const shift = scale > 2 ** 1000 ? 2 ** -24 : scale < 2 ** -500 ? 2 ** 600 : 1;
  if (shift !== 1) for (let k = 0; k < n * n; k++) a[k] *= shift;

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offSum = 0;
    let pending = false;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const x = Math.abs(a[p * n + q]);
        offSum += x;
        if (!negligible(x, a[p * n + p], a[q * n + q])) pending = true;
      }
    }
    if (!pending) break;
    // Early sweeps skip pivots that are small compared with the average, which
    // saves rotations that would mostly be undone by later fill-in.
    const threshold = sweep < THRESHOLD_SWEEPS ? (0.2 * offSum) / (n * n) : 0;

    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        const app = a[p * n + p];
        const aqq = a[q * n + q];
        if (Math.abs(apq) <= threshold || negligible(Math.abs(apq), app, aqq)) continue;
        const h = aqq - app;
        // t = tan θ is the smaller root of t² + 2τt − 1 = 0 (|θ| ≤ π/4), which
        // guarantees convergence (Golub & Van Loan, sym.schur2).
        const tau = h / (2 * apq);
        const t = Number.isFinite(tau)
          ? (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.hypot(1, tau))
          : apq / h; // τ overflowed: t ≈ 1/(2τ) = apq/h without forming τ.
        const c = 1 / Math.hypot(1, t);
        const s = t * c;
        // Rutishauser's form: update each entry by a small correction using
        // ρ = s/(1 + c) = tan(θ/2), which loses far less precision than the
        // textbook c·x − s·y when θ is small.
        const rho = s / (1 + c);
        a[p * n + p] = app - t * apq;
        a[q * n + q] = aqq + t * apq;
        // The pivot is annihilated exactly rather than by rounding.
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let r = 0; r < n; r++) {
          if (r === p || r === q) continue;
          const arp = a[r * n + p];
          const arq = a[r * n + q];
          const nrp = arp - s * (arq + rho * arp);
          const nrq = arq + s * (arp - rho * arq);
          a[r * n + p] = nrp;
          a[p * n + r] = nrp;
          a[r * n + q] = nrq;
          a[q * n + r] = nrq;
        }
        if (v !== null) {
          for (let r = 0; r < n; r++) {
            const vrp = v[r * n + p];
            const vrq = v[r * n + q];
            v[r * n + p] = vrp - s * (vrq + rho * vrp);
            v[r * n + q] = vrq + s * (vrp - rho * vrq);
          }
        }
      }
    }
  }
  if (shift !== 1) for (let i = 0; i < n; i++) a[i * n + i] /= shift;
}

function decompose(H: ArrayLike<ArrayLike<number>>, wantVectors: boolean): SymmetricEigenResult {
  const { n, a } = readSymmetric(H);
  if (a === null) {
    return {
      values: new Array<number>(n).fill(Number.NaN),
      vectors: wantVectors
        ? Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN))
        : [],
    };
  }
  let v: Float64Array | null = null;
  if (wantVectors) {
    v = new Float64Array(n * n);
    for (let i = 0; i < n; i++) v[i * n + i] = 1;
  }
  jacobi(a, n, v);

  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => a[i * n + i] - a[j * n + j]);
  // `+ 0` turns a computed −0 into +0 so callers never see a signed zero.
  const values = order.map((i) => a[i * n + i] + 0);
  const vectors: number[][] = [];
  if (v !== null) {
    for (const k of order) {
      const vec = new Array<number>(n);
      // Eigenvectors are defined up to sign; fix it (largest-magnitude
      // component positive) so results are reproducible.
      let big = 0;
      for (let r = 0; r < n; r++) {
        vec[r] = v[r * n + k];
        if (Math.abs(vec[r]) > Math.abs(vec[big])) big = r;
      }
      if (vec[big] < 0) for (let r = 0; r < n; r++) vec[r] = -vec[r];
      vectors.push(vec);
    }
  }
  return { values, vectors };
}

/**
 * Eigenvalues of a real symmetric matrix, in ascending order.
 *
 * Uses the cyclic Jacobi method (threshold sweeps, Rutishauser's stable
 * rotation update) on a symmetrised copy `(H + Hᵀ)/2`; the input is never
 * modified. Iteration stops once every off-diagonal entry is negligible beside
 * its diagonal entries, |a_pq| ≤ 2⁻⁵²·√|a_pp·a_qq| (so small eigenvalues of
 * graded positive definite matrices come out to high relative accuracy), or
 * after 100 sweeps. Repeated eigenvalues are handled accurately; matrices with
 * entries near the largest or the smallest doubles are scaled by a power of 2
 * so that no rotation overflows or underflows.
 *
 * Symmetry is checked with the tolerance `|H_ij − H_ji| ≤ 1e-10·max|H|`.
 * If any entry is `NaN` or `±Infinity` the symmetry check is skipped and every
 * eigenvalue is `NaN` (no iteration takes place).
 *
 * @param H - Square symmetric matrix given as an array of rows (any array-like
 *   of array-likes of numbers, e.g. `number[][]` or `Float64Array[]`). A 0×0
 *   matrix (`[]`) gives `[]`.
 * @returns The `n` eigenvalues, sorted ascending.
 * @throws {TypeError} If `H` is not an array of arrays of numbers.
 * @throws {RangeError} If `H` is not square, or not symmetric within tolerance.
 * @example
 * ```ts
 * symmetricEigenvalues([[2, 1], [1, 2]]); // [1, 3] (up to rounding)
 * ```
 */
export function symmetricEigenvalues(H: ArrayLike<ArrayLike<number>>): number[] {
  return decompose(H, false).values;
}

/**
 * Eigenvalues and orthonormal eigenvectors of a real symmetric matrix.
 *
 * Same algorithm, tolerances and input rules as {@link symmetricEigenvalues},
 * additionally accumulating the Jacobi rotations. Each eigenvector is scaled to
 * unit length with its largest-magnitude component positive (first such
 * component on ties), so the output is deterministic. For a repeated
 * eigenvalue, the returned vectors are one orthonormal basis of its eigenspace.
 * With non-finite input every value and vector component is `NaN`.
 *
 * @param H - Square symmetric matrix given as an array of rows.
 * @returns `values` ascending, and `vectors` with `vectors[k]` the unit
 *   eigenvector for `values[k]` (so `H·vectors[k] ≈ values[k]·vectors[k]`).
 * @throws {TypeError} If `H` is not an array of arrays of numbers.
 * @throws {RangeError} If `H` is not square, or not symmetric within tolerance.
 * @example
 * ```ts
 * const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
 * // values  ≈ [1, 3]
 * // vectors ≈ [[0.7071, -0.7071], [0.7071, 0.7071]]
 * ```
 */
export function symmetricEigen(H: ArrayLike<ArrayLike<number>>): SymmetricEigenResult {
  return decompose(H, true);
}
