/** The bench's agreement check (bench/lib/check.mjs) and statistics (bench/lib/stats.mjs). */
import { describe, expect, it } from 'vitest';
import { agrees, flatten, relativeError, TOLERANCE } from '../../bench/lib/check.mjs';
import { halfRangePercent, logLogSlope, median } from '../../bench/lib/stats.mjs';

describe('relativeError', () => {
  it('is relative to the largest reference entry in norm mode', () => {
    expect(relativeError([1, 2.5], [1, 2], 'norm')).toBe(0.25);
    expect(
      relativeError(
        [
          [1, 2],
          [3, 4.4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        'norm',
      ),
    ).toBeCloseTo(0.1, 15);
  });
  it('is the worst entry’s own relative error in componentwise mode', () => {
    expect(relativeError([1, 1e-20 * 1.5], [1, 1e-20], 'componentwise')).toBeCloseTo(0.5, 12);
  });
  it('is infinite for a shape mismatch or a NaN', () => {
    expect(relativeError([1, 2], [1, 2, 3], 'norm')).toBe(Number.POSITIVE_INFINITY);
    expect(relativeError([Number.NaN], [1], 'norm')).toBe(Number.POSITIVE_INFINITY);
  });
  it('flattens typed arrays and nested arrays, and refuses other things', () => {
    expect(flatten([new Float32Array([1, 2]), [3]])).toEqual([1, 2, 3]);
    expect(() => flatten({ value: 1 })).toThrow(TypeError);
  });
});

describe('agrees', () => {
  it('holds each kind to its tolerance', () => {
    expect(agrees('exact', TOLERANCE.exact)).toBe(true);
    expect(agrees('exact', 2 * TOLERANCE.exact)).toBe(false);
    expect(agrees('float32', 1e-5)).toBe(true);
    expect(agrees('inexact', 0.6)).toBe(false);
  });
});

describe('statistics', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('half range in percent of the median', () => {
    expect(halfRangePercent([9, 10, 11])).toBe(10);
  });
  it('log-log slope recovers the exponent of a power law', () => {
    expect(
      logLogSlope([8, 16, 32, 64], [3 * 8 ** 2, 3 * 16 ** 2, 3 * 32 ** 2, 3 * 64 ** 2]),
    ).toBeCloseTo(2, 12);
    expect(logLogSlope([1, 2, 4], [5, 5, 5])).toBe(0);
  });
});
