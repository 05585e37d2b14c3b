import { describe, expect, it } from 'vitest';
import {
  add,
  Dual,
  derivative,
  div,
  exp,
  MultiDual,
  mul,
  pow,
  sin,
  sub,
  valueAndDerivative,
} from '../../src/index.js';

describe('derivative', () => {
  // f(x) = sin(x²)·eˣ/(1+x²), against its derivative by the quotient and chain rules.
  it('matches the closed form of sin(x²)eˣ/(1+x²)', () => {
    for (const x of [-2, -0.5, 0, 0.3, 1, 2.5]) {
      const g = Math.sin(x * x) * Math.exp(x);
      const dg = (2 * x * Math.cos(x * x) + Math.sin(x * x)) * Math.exp(x);
      const h = 1 + x * x;
      const expected = (dg * h - g * 2 * x) / (h * h);
      const got = derivative((y) => div(mul(sin(mul(y, y)), exp(y)), y.mul(y).add(1)), x);
      // Both sides round a few times: within 8 ulps, relative (measured: 1 at most).
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.abs(expected));
    }
  });

  it('runs f once (one sweep)', () => {
    let calls = 0;
    derivative((x) => {
      calls++;
      return sin(mul(x, x));
    }, 0.5);
    expect(calls).toBe(1);
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
    // @ts-expect-error: not a function
    expect(() => derivative(3, 1)).toThrow(/f must be a function, got the number 3/);
    // @ts-expect-error: f returns undefined
    expect(() => derivative(() => undefined, 1)).toThrow(
      /f must return a number or a Dual, got undefined/,
    );
  });
});

describe('derivative: closed forms', () => {
  it('xˣ has derivative xˣ(1 + ln x) (pow with both sides variable)', () => {
    for (const x of [0.5, 1, 2, 3.7]) {
      const got = derivative((t) => pow(t, t), x);
      const want = x ** x * (1 + Math.log(x));
      expect(Math.abs(got - want)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(want));
    }
  });

  it('a Horner polynomial, against its derivative polynomial', () => {
    // p(x) = 3x⁴ − 2x³ + x − 5, p′(x) = 12x³ − 6x² + 1
    for (const x of [-2, -0.5, 0, 1, 1.5]) {
      const got = derivative((t) => add(mul(add(mul(sub(mul(3, t), 2), mul(t, t)), 1), t), -5), x);
      expect(got).toBe(12 * x ** 3 - 6 * x ** 2 + 1);
    }
  });

  it('valueAndDerivative gives f(x) as plain evaluation gives it', () => {
    const f = (t: Dual) => div(sin(t), add(1, mul(t, t)));
    const r = valueAndDerivative(f, 0.75);
    expect(r.value).toBe(Math.sin(0.75) / (1 + 0.75 * 0.75));
    const want = (Math.cos(0.75) * (1 + 0.5625) - Math.sin(0.75) * 1.5) / (1 + 0.5625) ** 2;
    expect(r.derivative).toBeCloseTo(want, 15);
  });

  it('a hand-made Dual returned by f (tag 0) is a constant', () => {
    expect(valueAndDerivative(() => new Dual(2, 5), 1)).toEqual({ value: 2, derivative: 0 });
  });
});

describe('derivative: argument errors', () => {
  it('a point that is not a number is a TypeError naming x', () => {
    // @ts-expect-error: an array point
    expect(() => derivative(sin, [1])).toThrow(/x must be a number, got an array of length 1/);
    // @ts-expect-error: no point
    expect(() => derivative(sin)).toThrow(/x must be a number, got undefined/);
  });

  it('f returning a vector or another number type is a TypeError', () => {
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => derivative((t) => [t, t], 1)).toThrow(TypeError);
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => derivative((t) => [t, t], 1)).toThrow(
      /got an array of length 2 .*use jacobian or jvp/,
    );
    // @ts-expect-error: another number type
    expect(() => derivative(() => new MultiDual(1, [1]), 1)).toThrow(
      /f must return a number or a Dual, got a MultiDual/,
    );
  });
});

describe('derivative: nested calls through a closure', () => {
  it('throw the perturbation Error, never a wrong number', () => {
    // d/dx [x · d/dy (x·y)] = 2x would need nesting; the inner call sees the outer x.
    const nested = () =>
      derivative(
        (x) =>
          mul(
            x,
            derivative((y) => mul(x, y), 1),
          ),
        2,
      );
    expect(nested).toThrow(Error);
    expect(nested).toThrow(/perturbation tags \d+ and \d+.*closure/);
    expect(nested).not.toThrow(TypeError);
    // The inner function returning the outer variable itself is caught as well.
    expect(() => derivative((x) => derivative(() => x, 1), 2)).toThrow(/perturbation tags/);
  });

  it('an inner call on the outer value (x.value) gives the documented answer', () => {
    // d/dx [x · c] with c = d/dy (x.value · y) = x.value held constant: c = 3.
    expect(
      derivative(
        (x) =>
          mul(
            x,
            derivative((y) => mul(x.value, y), 1),
          ),
        3,
      ),
    ).toBe(3);
  });
});
