/**
 * The small vector and matrix measures the Newton iterations and the critical-point test share.
 *
 * @module
 */

/** ‖v‖∞; NaN when an entry is NaN. */
export function maxNorm(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

/** ‖H‖∞, the largest absolute row sum; NaN when an entry is NaN. */
export function matrixMaxNorm(H: readonly (readonly number[])[]): number {
  let m = 0;
  for (const row of H) {
    let s = 0;
    for (const x of row) s += Math.abs(x);
    m = Math.max(m, s);
  }
  return m;
}

/** aᵀb. */
export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
