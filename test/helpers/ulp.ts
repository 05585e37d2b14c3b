/**
 * Floating-point distance in units in the last place, for accuracy tests against correctly
 * rounded references.
 *
 * @module
 */

const bits = new DataView(new ArrayBuffer(8));

/** Bits of `x` mapped to a signed integer line on which adjacent doubles differ by 1. */
function orderedBits(x: number): bigint {
  bits.setFloat64(0, x);
  const b = bits.getBigInt64(0);
  // Negative doubles are sign-magnitude; reflect them so −0 and +0 both map to 0.
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/**
 * The number of doubles between `a` and `b`: 0 when equal (also −0 vs +0, NaN vs NaN, and equal
 * infinities), +∞ when exactly one is NaN. Adjacent doubles are 1 apart, across zero too, and the
 * largest finite double is 1 from Infinity.
 *
 * @param a - a double
 * @param b - another double
 * @returns their distance in ulps
 */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  }
  const d = orderedBits(a) - orderedBits(b);
  return Number(d < 0n ? -d : d);
}
