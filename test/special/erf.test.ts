import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erf, erfc } from '../../src/special/erf';

/** Reference values from test/fixtures/gen_erf.py (mpmath, 200 bits, rounded to nearest). */
interface Fixture {
  source: string;
  columns: ['x', 'erf', 'erfc'];
  rows: [number, number, number][];
}

const fixture: Fixture = JSON.parse(
  readFileSync(new URL('../fixtures/erf.json', import.meta.url), 'utf8'),
);

const bits = new DataView(new ArrayBuffer(8));

/** Bits of `x` mapped to a signed integer line on which adjacent doubles differ by 1. */
function orderedBits(x: number): bigint {
  bits.setFloat64(0, x);
  const b = bits.getBigInt64(0);
  // Negative doubles are sign-magnitude; reflect them so -0 and +0 both map to 0.
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/** Number of doubles between `a` and `b` (0 when equal, including -0 vs +0). */
function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  }
  const d = orderedBits(a) - orderedBits(b);
  return Number(d < 0n ? -d : d);
}

const MAX_ULPS = 2;

describe('ulpDistance helper', () => {
  it('counts adjacent doubles, across zero and the subnormal range', () => {
    expect(ulpDistance(1, 1 + Number.EPSILON)).toBe(1);
    expect(ulpDistance(1, 1 - Number.EPSILON / 2)).toBe(1);
    expect(ulpDistance(0, -0)).toBe(0);
    expect(ulpDistance(5e-324, -5e-324)).toBe(2);
    expect(ulpDistance(2, 2)).toBe(0);
  });
});

describe('erf / erfc against mpmath reference', () => {
  it('has a meaningful fixture', () => {
    expect(fixture.rows.length).toBeGreaterThan(300);
  });

  it(`erf is within ${MAX_ULPS} ulp at every fixture point`, () => {
    let worst = 0;
    const failures: string[] = [];
    for (const [x, expected] of fixture.rows) {
      const got = erf(x);
      const d = ulpDistance(got, expected);
      worst = Math.max(worst, d);
      if (d > MAX_ULPS) failures.push(`erf(${x}) = ${got}, expected ${expected} (${d} ulp)`);
    }
    expect(failures).toEqual([]);
    expect(worst).toBeLessThanOrEqual(MAX_ULPS);
  });

  it(`erfc is within ${MAX_ULPS} ulp at every fixture point`, () => {
    let worst = 0;
    const failures: string[] = [];
    for (const [x, , expected] of fixture.rows) {
      const got = erfc(x);
      const d = ulpDistance(got, expected);
      worst = Math.max(worst, d);
      if (d > MAX_ULPS) failures.push(`erfc(${x}) = ${got}, expected ${expected} (${d} ulp)`);
    }
    expect(failures).toEqual([]);
    expect(worst).toBeLessThanOrEqual(MAX_ULPS);
  });
});

describe('special values', () => {
  it('propagates NaN', () => {
    expect(erf(Number.NaN)).toBeNaN();
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it('has the right limits at infinity', () => {
    expect(erf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(erf(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
  });

  it('keeps the sign of zero in erf', () => {
    expect(Object.is(erf(0), 0)).toBe(true);
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erfc(0)).toBe(1);
    expect(erfc(-0)).toBe(1);
  });

  it('is accurate for tiny arguments, where erf(x) ~ 2x/sqrt(pi)', () => {
    expect(ulpDistance(erf(1e-300), 1.1283791670955126e-300)).toBeLessThanOrEqual(1);
    expect(ulpDistance(erf(-1e-20), -1.1283791670955125e-20)).toBeLessThanOrEqual(1);
    expect(erf(5e-324)).toBe(5e-324);
  });

  it('saturates far out and underflows erfc only past x ~ 27.2', () => {
    expect(erf(6)).toBe(1);
    expect(erf(-40)).toBe(-1);
    expect(erfc(-6)).toBe(2);
    expect(erfc(27)).toBeGreaterThan(0);
    expect(erfc(28)).toBe(0);
    expect(erfc(1e308)).toBe(0);
  });
});

describe('symmetries', () => {
  const xs = [1e-10, 0.1, 0.3, 0.84375, 1, 1.25, 2, 2.857142857142857, 4, 5.9, 10, 26];

  it('erf is odd', () => {
    for (const x of xs) expect(erf(-x)).toBe(-erf(x));
  });

  it('erfc(x) + erfc(-x) = 2', () => {
    for (const x of xs) {
      // The sum is rounded, so allow the rounding error of the larger term (2 ulp of 2).
      expect(Math.abs(erfc(x) + erfc(-x) - 2)).toBeLessThanOrEqual(4 * Number.EPSILON);
    }
  });
});
