/**
 * Dense linear systems A·x = b by LU factorization with partial pivoting (Golub & Van Loan,
 * Matrix Computations, 4th ed., Algorithm 3.4.1), for the Newton steps of `solve`.
 *
 * @module
 */

const EPSILON = 2 ** -52;

/**
 * Solves A·x = b for a square A by Gaussian elimination with partial pivoting (row swaps that
 * bring the largest remaining entry of each column to the pivot).
 *
 * A is treated as singular, and null returned, when a pivot is at most `n · ε · max|Aᵢⱼ|` in
 * magnitude: below that, the computed solution would be dominated by rounding error (or be
 * infinite), so callers get a clear answer instead of a meaningless vector. The inputs are not
 * modified.
 *
 * @param A - the n×n matrix, as rows
 * @param b - the right-hand side, of length n
 * @returns x as `number[]`, or null when A is singular to working precision or not finite
 * @example
 * ```ts
 * solveLinear([[0, 2], [3, 1]], [4, 5]); // [1, 2]
 * solveLinear([[1, 2], [2, 4]], [1, 2]); // null (singular)
 * ```
 */
export function solveLinear(
  A: readonly (readonly number[])[],
  b: readonly number[],
): number[] | null {
  const n = b.length;
  const a = A.map((row) => row.slice());
  const x = b.slice();
  let scale = 0;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  if (!Number.isFinite(scale)) return null;
  const tiny = n * EPSILON * scale;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
    if (!(Math.abs(a[p][k]) > tiny)) return null;
    if (p !== k) {
      [a[p], a[k]] = [a[k], a[p]];
      [x[p], x[k]] = [x[k], x[p]];
    }
    const pivot = a[k][k];
    for (let i = k + 1; i < n; i++) {
      const m = a[i][k] / pivot;
      if (m === 0) continue;
      const ri = a[i];
      const rk = a[k];
      for (let j = k + 1; j < n; j++) ri[j] -= m * rk[j];
      x[i] -= m * x[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    const ri = a[i];
    for (let j = i + 1; j < n; j++) s -= ri[j] * x[j];
    x[i] = s / ri[i];
  }
  return x;
}
