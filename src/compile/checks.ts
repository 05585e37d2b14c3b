/**
 * Argument checks of compiled methods. They do not copy or allocate, so the out-parameter
 * methods stay allocation-free; each error names the argument and what was expected.
 *
 * @module
 */
import { checkNumber, checkOrder, describe } from '../errors.js';

export { checkNumber, checkOrder };

/** A writable vector of numbers. */
export type Vector = number[] | Float64Array;

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return (
    typeof x === 'object' && x !== null && typeof (x as { length?: unknown }).length === 'number'
  );
}

/**
 * @throws TypeError unless x is array-like; RangeError unless it has length n. Its elements are
 * checked by the compiled code itself as it loads them (a TypeError naming the element).
 */
export function checkPoint(x: unknown, n: number, name: string): asserts x is ArrayLike<number> {
  if (!isArrayLike(x)) {
    throw new TypeError(
      `forward-ad: ${name} must be an array of ${n} numbers (ArrayLike<number>), got ${describe(x)}`,
    );
  }
  if (x.length !== n) {
    throw new RangeError(
      `forward-ad: ${name} must have length ${n} (the compiled function's inputs), got length ${x.length}`,
    );
  }
  // Each element is checked where the generated code loads it (ir.ts: 'load').
}

/**
 * @param row - for one row of a matrix: its index, named as `name[row]` in the error (the name is
 * built only on failure, not once per row per call)
 * @throws TypeError unless out is a number[] or Float64Array; RangeError unless of length n.
 */
export function checkOut(
  out: unknown,
  n: number,
  name: string,
  row?: number,
): asserts out is Vector {
  if (!Array.isArray(out) && !(out instanceof Float64Array)) {
    throw new TypeError(
      `forward-ad: ${rowName(name, row)} must be a number[] or Float64Array of length ${n}, ` +
        `got ${describe(out)}`,
    );
  }
  if (out.length !== n) {
    throw new RangeError(
      `forward-ad: ${rowName(name, row)} must have length ${n}, got length ${out.length}`,
    );
  }
}

/** `name`, or `name[row]` for one row of a matrix. */
function rowName(name: string, row?: number): string {
  return row === undefined ? name : `${name}[${row}]`;
}

/** @throws TypeError unless out is an array of m rows; RangeError unless each has length n. */
export function checkMatrix(
  out: unknown,
  m: number,
  n: number,
  name: string,
): asserts out is Vector[] {
  if (!Array.isArray(out)) {
    throw new TypeError(
      `forward-ad: ${name} must be an array of ${m} rows (number[][]), got ${describe(out)}`,
    );
  }
  if (out.length !== m) {
    throw new RangeError(`forward-ad: ${name} must have ${m} rows, got ${out.length}`);
  }
  for (let i = 0; i < m; i++) checkOut(out[i], n, name, i);
}
