import { describe, expect, it } from 'vitest';
import { zeros } from '../src/zeros.js';

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
});
