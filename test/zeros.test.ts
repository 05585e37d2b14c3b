import { describe, expect, it } from 'vitest';
import { zeroMatrix, zeros } from '../src/zeros.js';

describe('zeros', () => {
  it('gives n positive zeros in a fresh array', () => {
    expect(zeros(0)).toEqual([]);
    const a = zeros(5);
    expect(a).toHaveLength(5);
    expect(a.every((x) => Object.is(x, 0))).toBe(true);
    a[2] = 0.25;
    expect(zeros(5)[2]).toBe(0);
    expect(zeros(5)).not.toBe(zeros(5));
  });

  it('gives an m×n matrix of fresh zero rows', () => {
    expect(zeroMatrix(0, 3)).toEqual([]);
    expect(zeroMatrix(2, 0)).toEqual([[], []]);
    const m = zeroMatrix(2, 3);
    expect(m).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(m.flat().every((x) => Object.is(x, 0))).toBe(true);
    expect(m[0]).not.toBe(m[1]);
  });
});
