/**
 * k! as doubles, correctly rounded (exact up to 22!), for k = 0 … 170: 171! exceeds the double
 * range. Used to turn normalized Taylor coefficients c_k = f^(k)/k! into derivatives with one
 * rounding, and by the closed-form recurrences of a linear series.
 *
 * @module
 */

/** The largest k with a finite k! in double precision. */
export const MAX_FACTORIAL = 170;

/** FACTORIALS[k] = k!, rounded once (from exact integers) to the nearest double. */
export const FACTORIALS: readonly number[] = (() => {
  const out = [1];
  let f = 1n;
  for (let k = 1; k <= MAX_FACTORIAL; k++) {
    f *= BigInt(k);
    out.push(Number(f));
  }
  return out;
})();
