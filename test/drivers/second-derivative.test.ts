import { describe, expect, it } from 'vitest';
import { derivative } from '../../src/drivers/derivative.js';
import { secondDerivative } from '../../src/drivers/second-derivative.js';
import { add, div, exp, mul, pow, sin } from '../../src/ops.js';

describe('secondDerivative', () => {
  it('matches closed forms', () => {
    const check = (
      f: Parameters<typeof secondDerivative>[0],
      closed: (x: number) => number,
      points: number[],
    ) => {
      for (const x of points) {
        const want = closed(x);
        const got = secondDerivative(f, x);
        expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(want)));
      }
    };
    check(
      (x) => x.mul(x).mul(x),
      (x) => 6 * x,
      [-2, 0, 0.5, 3],
    );
    check(
      (x) => exp(mul(x, 2)),
      (x) => 4 * Math.exp(2 * x),
      [-1, 0, 1.5],
    );
    check(
      (x) => div(1, x),
      (x) => 2 / x ** 3,
      [-2, 0.5, 3],
    );
    check(
      (x) => sin(mul(x, x)),
      (x) => 2 * Math.cos(x * x) - 4 * x * x * Math.sin(x * x),
      [0, 1, 2],
    );
    check(
      (x) => pow(x, 2.5),
      (x) => 2.5 * 1.5 * x ** 0.5,
      [0.25, 4],
    );
  });

  it('matches the closed form of sin(x²)·eˣ/(1+x²) (second derivative by sympy)', () => {
    // sympy.diff(sin(x**2)*exp(x)/(1+x**2), x, 2), simplified, printed with sympy.jscode.
    const closed = (x: number) => {
      const s = Math.sin(x * x);
      const c = Math.cos(x * x);
      const h = x * x + 1;
      return (
        ((-4 * x * h * (2 * x * c + s) +
          h * h * (-4 * x * x * s + 4 * x * c + s + 2 * c) +
          (6 * x * x - 2) * s) *
          Math.exp(x)) /
        h ** 3
      );
    };
    const f = (y: Parameters<Parameters<typeof secondDerivative>[0]>[0]) =>
      div(mul(sin(mul(y, y)), exp(y)), add(mul(y, y), 1));
    for (const x of [-2, -0.5, 0, 0.3, 1, 2.5]) {
      const want = closed(x);
      expect(Math.abs(secondDerivative(f, x) - want)).toBeLessThanOrEqual(
        1e-13 * Math.max(1, Math.abs(want)),
      );
    }
  });

  it('is 0 for a constant function, whether it returns a number or a lifted constant', () => {
    expect(secondDerivative(() => 3, 1)).toBe(0);
    expect(secondDerivative((x) => x.lift(3), 1)).toBe(0);
    expect(secondDerivative((x) => x.mul(2).add(1), 1)).toBe(0);
  });

  it('rejects bad arguments with errors that name them', () => {
    // @ts-expect-error: a string point
    expect(() => secondDerivative(sin, '1')).toThrow(/x must be a number, got a string/);
    // @ts-expect-error: not a function
    expect(() => secondDerivative(3, 1)).toThrow(/f must be a function, got the number 3/);
    // @ts-expect-error: f returns undefined
    expect(() => secondDerivative(() => undefined, 1)).toThrow(
      /f must return a number or a HyperDual, got undefined/,
    );
    // @ts-expect-error: f returns a vector
    expect(() => secondDerivative((x) => [x, x], 1)).toThrow(TypeError);
    // @ts-expect-error: f returns a vector
    expect(() => secondDerivative((x) => [x, x], 1)).toThrow(
      /got an array of length 2 \(a vector: differentiate each output separately\)/,
    );
  });

  it('refuses a nested derivative through a closure instead of answering wrongly', () => {
    // d/dx of x·(d/dy (x·y)) would need nesting: the inner call's numbers meet the outer x.
    const nested = () =>
      secondDerivative((x) => mul(x, derivative((y) => mul(y, x as never), 1) as never), 2);
    expect(nested).toThrow(/cannot combine a Dual with a HyperDual/);
    // The same type at both levels: the tags tell the two calls apart.
    const sameType = () =>
      secondDerivative(
        (x) =>
          mul(
            x,
            secondDerivative((y) => mul(mul(y, y), x as never), 1),
          ),
        2,
      );
    expect(sameType).toThrow(/perturbation tags \d+ and \d+/);
    expect(sameType).not.toThrow(TypeError);
  });
});
