/**
 * Small statistics for the benchmark harness: medians and the least-squares slope used for the
 * cost-against-order fit.
 *
 * @module
 */

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param {readonly number[]} xs - the numbers, in any order; not modified
 * @returns {number} the median, NaN for an empty list
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(xs) {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = n >> 1;
  return n % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/**
 * Half the range of a list relative to its median, in percent: how far the per-round medians
 * of one contender wandered between rounds.
 *
 * @param {readonly number[]} xs - per-round times
 * @returns {number} (max − min) / 2 / median · 100
 * @example
 * halfRangePercent([9, 10, 11]); // 10
 */
export function halfRangePercent(xs) {
  if (xs.length === 0) return Number.NaN;
  return ((Math.max(...xs) - Math.min(...xs)) / 2 / median(xs)) * 100;
}

/**
 * The least-squares slope of log(y) against log(x): the exponent p of y ≈ c·xᵖ.
 *
 * @param {readonly number[]} xs - positive abscissae
 * @param {readonly number[]} ys - positive ordinates, as many as xs
 * @returns {number} the fitted exponent
 * @example
 * logLogSlope([1, 2, 4], [3, 12, 48]); // 2
 */
export function logLogSlope(xs, ys) {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return Number.NaN;
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / n;
  const my = ly.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
  }
  return sxy / sxx;
}
