import { describe, expect, it } from 'vitest';
import {
  derivativeName,
  formatMatrix,
  formatNumber,
  formatPoint,
  formatPolynomial,
  formatTable,
  toJson,
} from '../../src/cli/format.js';

describe('CLI formatting', () => {
  it('prints numbers exactly, −0 as 0', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('aligns matrix columns and table names', () => {
    expect(
      formatMatrix(
        [
          [1, -10],
          [100, 2],
        ],
        '',
      ),
    ).toBe('[   1  -10 ]\n[ 100    2 ]');
    expect(
      formatTable(
        [
          ['f', '1'],
          ['∇f', '[2]'],
        ],
        '',
      ),
    ).toBe('f  = 1\n∇f = [2]');
    expect(formatPoint(['x', 'y'], [1, -2])).toBe('(x, y) = (1, -2)');
  });

  it('names derivatives with primes, then with superscript orders', () => {
    expect([0, 1, 2, 3, 4, 12].map((k) => derivativeName(k))).toEqual([
      'f',
      'f′',
      'f″',
      'f‴',
      'f⁽⁴⁾',
      'f⁽¹²⁾',
    ]);
  });

  it('writes JSON with non-finite numbers as strings, and arrays of numbers on one line', () => {
    expect(
      toJson({ a: [Number.NaN, Number.POSITIVE_INFINITY, -Number.POSITIVE_INFINITY, 1] }),
    ).toBe('{\n  "a": ["NaN", "Infinity", "-Infinity", 1]\n}');
    expect(
      toJson({
        m: [
          [1, 2],
          [3, 4],
        ],
        s: 'x, y',
        e: [],
      }),
    ).toBe('{\n  "m": [\n    [1, 2],\n    [3, 4]\n  ],\n  "s": "x, y",\n  "e": []\n}');
  });

  it('writes a polynomial without zero terms or unit coefficients', () => {
    expect(formatPolynomial([1, 0, -0.5, 0, 1], 'x')).toBe('1 - 0.5·x^2 + x^4');
    expect(formatPolynomial([0, -1, 2], '(x - 1)')).toBe('-(x - 1) + 2·(x - 1)^2');
    expect(formatPolynomial([0, 0], 't')).toBe('0');
  });
});
