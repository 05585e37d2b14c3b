import { describe, expect, it } from 'vitest';
import {
  add,
  DEFAULT_CHUNK_SIZE,
  directionalDerivative,
  gradient,
  mul,
  type Scalar,
  sub,
  valueAndGradient,
} from '../../src/index.js';

/** Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², written once, generically. */
function rosenbrock<T extends Scalar<T>>(x: readonly T[]): T | number {
  let s: T | number = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    const b = sub(1, x[i]);
    s = add(add(mul(100, mul(a, a)), mul(b, b)), s);
  }
  return s;
}

/** Rosenbrock's value on plain numbers. */
function rosenbrockValue(x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
  }
  return s;
}

/**
 * Its gradient in closed form: ∂/∂xᵢ = −400xᵢ(xᵢ₊₁ − xᵢ²) − 2(1 − xᵢ) (for i < n − 1)
 * + 200(xᵢ − xᵢ₋₁²) (for i > 0).
 */
function rosenbrockGradient(x: readonly number[]): number[] {
  const n = x.length;
  return x.map((xi, i) => {
    let g = 0;
    if (i < n - 1) g += -400 * xi * (x[i + 1] - xi * xi) - 2 * (1 - xi);
    if (i > 0) g += 200 * (xi - x[i - 1] * x[i - 1]);
    return g;
  });
}

/** Reproducible points in [−2, 2) (a linear congruential generator). */
function points(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push((s / 2 ** 32) * 4 - 2);
  }
  return out;
}

/**
 * Componentwise agreement to 1e-13 of the gradient's scale: the AD gradient and the closed form
 * are two different sequences of a few dozen roundings of terms of size ≤ max |g|.
 */
function expectCloseVector(got: readonly number[], want: readonly number[]): void {
  expect(got.length).toBe(want.length);
  const scale = Math.max(1, ...want.map(Math.abs));
  for (let i = 0; i < want.length; i++) {
    expect(Math.abs(got[i] - want[i]), `component ${i}`).toBeLessThanOrEqual(1e-13 * scale);
  }
}

describe('gradient: Rosenbrock against its closed form', () => {
  for (const n of [2, 10, 100]) {
    for (const chunkSize of [1, 3, n, n + 5, undefined]) {
      it(`n = ${n}, chunkSize ${chunkSize ?? `default (${DEFAULT_CHUNK_SIZE})`}`, () => {
        const x = points(n, n * 7 + (chunkSize ?? 0));
        const options = chunkSize === undefined ? undefined : { chunkSize };
        expectCloseVector(gradient(rosenbrock, x, options), rosenbrockGradient(x));
      });
    }
  }

  it('is exactly zero at the minimum (1, …, 1)', () => {
    expect(gradient(rosenbrock, new Array(10).fill(1), { chunkSize: 3 })).toEqual(
      new Array(10).fill(0),
    );
  });

  it('accepts any ArrayLike<number> (a Float64Array)', () => {
    const x = points(5, 3);
    expectCloseVector(gradient(rosenbrock, Float64Array.from(x)), rosenbrockGradient(x));
  });
});

describe('valueAndGradient', () => {
  it('gives f(x) and ∇f(x) together, for every chunk size', () => {
    const x = points(12, 11);
    for (const chunkSize of [1, 5, 12]) {
      const r = valueAndGradient(rosenbrock, x, { chunkSize });
      expect(r.value).toBe(rosenbrockValue(x));
      expectCloseVector(r.gradient, rosenbrockGradient(x));
    }
  });

  it('a function returning a constant has a zero gradient', () => {
    expect(valueAndGradient(() => 7, [1, 2, 3])).toEqual({ value: 7, gradient: [0, 0, 0] });
  });

  it('a function of no variables gives an empty gradient', () => {
    expect(valueAndGradient(() => 7, [])).toEqual({ value: 7, gradient: [] });
  });
});

describe('the chain-rule example u = (x₁ + x₂, x₁ − x₂), y = u₁² + u₂²', () => {
  it('has gradient (4x₁, 4x₂)', () => {
    for (const [x1, x2] of [
      [1, 2],
      [-0.5, 3.25],
      [0, 0],
    ]) {
      const g = gradient(
        ([a, b]) => {
          const u1 = add(a, b);
          const u2 = sub(a, b);
          return add(mul(u1, u1), mul(u2, u2));
        },
        [x1, x2],
      );
      expect(g).toEqual([4 * x1, 4 * x2]);
    }
  });
});

describe('directionalDerivative', () => {
  it('runs f once (one sweep), where gradient runs it ⌈n / chunkSize⌉ times', () => {
    let calls = 0;
    const counted = <T extends Scalar<T>>(x: readonly T[]) => {
      calls++;
      return rosenbrock(x);
    };
    const x = Array.from({ length: 10 }, (_, i) => i / 10);
    directionalDerivative(counted, x, x);
    expect(calls).toBe(1);
    for (const [chunkSize, sweeps] of [
      [1, 10],
      [4, 3],
      [10, 1],
      [64, 1],
    ]) {
      calls = 0;
      gradient(counted, x, { chunkSize });
      expect(calls, `chunkSize ${chunkSize}`).toBe(sweeps);
    }
  });

  it('is ∇f(x)·v, from the closed-form gradient', () => {
    const x = points(10, 5);
    const v = points(10, 6);
    const g = rosenbrockGradient(x);
    const want = g.reduce((s, gi, i) => s + gi * v[i], 0);
    const scale = g.reduce((s, gi, i) => s + Math.abs(gi * v[i]), 0);
    const got = directionalDerivative(rosenbrock, x, v);
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-13 * scale);
  });

  it('of a constant is 0', () => {
    expect(directionalDerivative(() => 3, [1, 2], [1, 1])).toBe(0);
  });
});

describe('gradient: argument errors name the argument', () => {
  it('a string point or a point holding a non-number is a TypeError', () => {
    // @ts-expect-error: a string point
    expect(() => gradient(rosenbrock, 'ab')).toThrow(TypeError);
    // @ts-expect-error: a string point
    expect(() => gradient(rosenbrock, 'ab')).toThrow(
      /x must be an array of numbers .*got a string/,
    );
    // @ts-expect-error: a number where a vector is needed
    expect(() => gradient(rosenbrock, 3)).toThrow(
      /x must be an array of numbers .*got the number 3/,
    );
    // @ts-expect-error: a non-number component
    expect(() => gradient(rosenbrock, [1, '2'])).toThrow(/x\[1\] must be a number, got a string/);
  });

  it('f must be a function returning a scalar', () => {
    // @ts-expect-error: not a function
    expect(() => gradient(3, [1])).toThrow(/f must be a function, got the number 3/);
    // @ts-expect-error: f returns undefined
    expect(() => gradient(() => undefined, [1])).toThrow(TypeError);
    // @ts-expect-error: f returns undefined
    expect(() => gradient(() => undefined, [1])).toThrow(
      /f must return a number or a MultiDual, got undefined/,
    );
    // @ts-expect-error: f returns a vector
    expect(() => gradient((x) => x, [1, 2])).toThrow(TypeError);
    // @ts-expect-error: f returns a vector
    expect(() => gradient((x) => x, [1, 2])).toThrow(/got an array of length 2 .*use jacobian/);
  });

  it('chunkSize must be a whole number ≥ 1', () => {
    for (const chunkSize of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => gradient(rosenbrock, [1, 2], { chunkSize })).toThrow(RangeError);
      expect(() => gradient(rosenbrock, [1, 2], { chunkSize })).toThrow(
        /options\.chunkSize must be a whole number ≥ 1/,
      );
    }
    // @ts-expect-error: a string chunk size
    expect(() => gradient(rosenbrock, [1, 2], { chunkSize: '2' })).toThrow(TypeError);
  });

  it('directionalDerivative: v of the wrong length is a RangeError naming v', () => {
    expect(() => directionalDerivative(rosenbrock, [1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => directionalDerivative(rosenbrock, [1, 2], [1, 2, 3])).toThrow(
      /v must have the same length as x \(2\), got length 3/,
    );
    // @ts-expect-error: v is not an array
    expect(() => directionalDerivative(rosenbrock, [1, 2], 1)).toThrow(/v must be an array/);
    // @ts-expect-error: f returns a vector
    expect(() => directionalDerivative((x) => x, [1, 2], [1, 0])).toThrow(/use jacobian or jvp/);
  });
});

describe('gradient: nested calls through a closure', () => {
  it('throw the perturbation Error rather than give a wrong number', () => {
    // d/dx of ∂/∂y (x·y) would need nesting; the inner gradient sees the outer x.
    const nested = () =>
      gradient(
        ([x]) => {
          const inner = gradient(([y]) => mul(x, y), [1]);
          return mul(x, inner[0]);
        },
        [2],
      );
    expect(nested).toThrow(Error);
    expect(nested).toThrow(/perturbation tags/);
    expect(nested).not.toThrow(TypeError);
  });

  it('pass when the inner call only uses the outer value (x.value)', () => {
    const g = gradient(
      ([x]) => {
        const inner = gradient(([y]) => mul(x.value, y), [1]);
        return mul(x, inner[0]);
      },
      [3],
    );
    expect(g).toEqual([3]);
  });
});
