import { describe, expect, it } from 'vitest';
import { derivative, div, exp, mul, sin, valueAndDerivative } from '../../src/index.js';

describe('derivative', () => {
  // f(x) = sin(x²)·eˣ/(1+x²), against its derivative by the quotient and chain rules.
  it('matches the closed form of sin(x²)eˣ/(1+x²)', () => {
    for (const x of [-2, -0.5, 0, 0.3, 1, 2.5]) {
      const g = Math.sin(x * x) * Math.exp(x);
      const dg = (2 * x * Math.cos(x * x) + Math.sin(x * x)) * Math.exp(x);
      const h = 1 + x * x;
      const expected = (dg * h - g * 2 * x) / (h * h);
      const got = derivative((y) => div(mul(sin(mul(y, y)), exp(y)), y.mul(y).add(1)), x);
      expect(got).toBeCloseTo(expected, 13);
    }
  });

  it('gives value and derivative together', () => {
    expect(valueAndDerivative(exp, 0)).toEqual({ value: 1, derivative: 1 });
  });

  it('treats a constant function as having zero derivative', () => {
    expect(derivative(() => 3, 1)).toBe(0);
  });

  it('rejects bad arguments with errors that name them', () => {
    // @ts-expect-error: a string point
    expect(() => derivative(sin, '1')).toThrow(/x must be a number, got a string/);
    // @ts-expect-error: not a function
    expect(() => derivative(3, 1)).toThrow(TypeError);
    // @ts-expect-error: f returns undefined
    expect(() => derivative(() => undefined, 1)).toThrow(
      /f must return a number or a Dual, got undefined/,
    );
  });
});
