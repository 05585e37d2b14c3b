/**
 * Arrays of zeros that V8 stores as unboxed doubles from the start.
 *
 * @module
 */

/**
 * n zeros, in a new array of doubles. `new Array(n).fill(0)` makes an array of small integers,
 * which V8 copies into a new double array at the first non-integer written: for a dense 256×256
 * Jacobian that copy cost about as much as the compiled Jacobian itself. A double written first
 * lets this one allocation site make double arrays at once. The Taylor number type and compile()'s
 * Taylor buffers come from here too, so the recurrences see one kind of array and their element
 * loads stay monomorphic: a mix of array kinds made the convolution loops about 1.5× slower at
 * order 16.
 *
 * @param n - the length
 * @returns a number[] of n zeros
 * @example
 * ```ts
 * zeros(3); // [0, 0, 0]
 * ```
 */
export function zeros(n: number): number[] {
  const a = new Array<number>(n);
  if (n > 0) a[0] = 0.5;
  for (let k = 0; k < n; k++) a[k] = 0;
  return a;
}

/**
 * An m×n matrix of zeros: m rows from {@link zeros}.
 *
 * @param m - the number of rows
 * @param n - the length of each row
 * @returns m new rows of n zeros
 * @example
 * ```ts
 * zeroMatrix(2, 3); // [[0, 0, 0], [0, 0, 0]]
 * ```
 */
export function zeroMatrix(m: number, n: number): number[][] {
  const rows = new Array<number[]>(m);
  for (let i = 0; i < m; i++) rows[i] = zeros(n);
  return rows;
}
