import { describe, expect, it } from 'vitest';
import { dot, matrixMaxNorm, maxNorm } from '../../src/analysis/norms.js';

describe('norms', () => {
  it('‖v‖∞, ‖H‖∞ (largest absolute row sum) and aᵀb', () => {
    expect(maxNorm([3, -7, 2])).toBe(7);
    expect(maxNorm([])).toBe(0);
    expect(
      matrixMaxNorm([
        [1, -2],
        [-3, 0.5],
      ]),
    ).toBe(3.5);
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
  });

  it('NaN propagates, so a NaN gradient is never small', () => {
    expect(maxNorm([1, Number.NaN])).toBeNaN();
    expect(matrixMaxNorm([[Number.NaN, 1]])).toBeNaN();
  });
});
