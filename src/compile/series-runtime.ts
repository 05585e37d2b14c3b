/**
 * What compiled Taylor code calls: every recurrence of `taylor-series.ts` (one source of truth),
 * plus the few buffer moves the graph needs (seeding an input, constants, where).
 *
 * @module
 */
import type { Coefficients } from '../taylor-series.js';

export * from '../taylor-series.js';

/**
 * out = [c0, c1, 0, …, 0]: the series of x0 + c1·t.
 *
 * @param c0 - the value
 * @param c1 - the first-order coefficient
 * @param d - the order
 * @param out - the buffer to write
 * @example
 * ```ts
 * seed(2, 1, 3, out); // out = [2, 1, 0, 0]
 * ```
 */
export function seed(c0: number, c1: number, d: number, out: Coefficients): void {
  out[0] = c0;
  for (let k = 1; k <= d; k++) out[k] = 0;
  if (d >= 1) out[1] = c1;
}

/**
 * out = [c, 0, …, 0].
 *
 * @param c - the constant
 * @param d - the order
 * @param out - the buffer to write
 * @example
 * ```ts
 * constant(5, 2, out); // out = [5, 0, 0]
 * ```
 */
export function constant(c: number, d: number, out: Coefficients): void {
  out[0] = c;
  for (let k = 1; k <= d; k++) out[k] = 0;
}

/**
 * out = cond ? a : b, coefficientwise (where with a traced condition).
 *
 * @param cond - the condition's value, 1 or 0
 * @param a - the series where cond holds
 * @param b - the series where it does not
 * @param d - the order
 * @param out - the buffer to write
 * @example
 * ```ts
 * pick(1, a, b, d, out); // out = a
 * ```
 */
export function pick(
  cond: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const src = cond !== 0 ? a : b;
  for (let k = 0; k <= d; k++) out[k] = src[k];
}

/**
 * Output r's series into the result buffer: o[r·(d+1) + k] = a[k] for k = 0..d.
 *
 * @param a - the series
 * @param d - the order
 * @param o - the result buffer
 * @param r - the output's index
 * @example
 * ```ts
 * storeRow(a, 2, o, 1); // o[3..5] = a[0..2]
 * ```
 */
export function storeRow(a: ArrayLike<number>, d: number, o: Coefficients, r: number): void {
  const offset = r * (d + 1);
  for (let k = 0; k <= d; k++) o[offset + k] = a[k];
}
