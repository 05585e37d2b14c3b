import { describe, expect, it } from 'vitest';
import {
  add,
  cos,
  type Dual,
  derivative,
  jacobian,
  jvp,
  mul,
  type Scalar,
  sin,
  sub,
} from '../../src/index.js';

/** A fixed 4×4 matrix for f(x) = A·x + sin(x). */
const A = [
  [2, -1, 0.5, 0],
  [0, 3, 1, -2],
  [1.5, 0, -1, 4],
  [-0.25, 2, 0, 1],
];

/** f(x) = A·x + sin(x), elementwise sine, written once generically. */
function affineSine<T extends Scalar<T>>(x: readonly T[]): (T | number)[] {
  return A.map((row, i) => {
    let s: T | number = sin(x[i]);
    for (let j = 0; j < row.length; j++) s = add(s, mul(row[j], x[j]));
    return s;
  });
}

/** Its Jacobian in closed form: A + diag(cos x). */
function affineSineJacobian(x: readonly number[]): number[][] {
  return A.map((row, i) => row.map((a, j) => (i === j ? a + Math.cos(x[i]) : a)));
}

/** Polar to Cartesian, (r, θ) ↦ (r cos θ, r sin θ). */
function polar<T extends Scalar<T>>([r, t]: readonly T[]): T[] {
  return [mul(r, cos(t)), mul(r, sin(t))];
}

/** Its Jacobian: [[cos θ, −r sin θ], [sin θ, r cos θ]]. */
function polarJacobian([r, t]: readonly number[]): number[][] {
  return [
    [Math.cos(t), -r * Math.sin(t)],
    [Math.sin(t), r * Math.cos(t)],
  ];
}

/** The chain-rule example's inner map u = (x₁ + x₂, x₁ − x₂). */
function u<T extends Scalar<T>>([a, b]: readonly T[]): T[] {
  return [add(a, b), sub(a, b)];
}

/** y = u₁² + u₂² of u(x). */
function y<T extends Scalar<T>>(x: readonly T[]): T {
  const [u1, u2] = u(x);
  return add(mul(u1, u1), mul(u2, u2));
}

/**
 * Entrywise agreement to 1e-14 of the matrix's scale: AD and the closed form round a handful of
 * terms of size ≤ max |J| in different orders.
 */
function expectCloseMatrix(got: number[][], want: number[][]): void {
  expect(got.length).toBe(want.length);
  const scale = Math.max(1, ...want.flat().map(Math.abs));
  for (let i = 0; i < want.length; i++) {
    expect(got[i].length).toBe(want[i].length);
    for (let j = 0; j < want[i].length; j++) {
      expect(Math.abs(got[i][j] - want[i][j]), `J[${i}][${j}]`).toBeLessThanOrEqual(1e-14 * scale);
    }
  }
}

/** J·v. */
function times(J: number[][], v: readonly number[]): number[] {
  return J.map((row) => row.reduce((s, a, j) => s + a * v[j], 0));
}

describe('jacobian against closed forms', () => {
  const x = [0.3, -1.2, 2.5, 0.7];
  for (const chunkSize of [1, 2, 3, 4, 9, undefined]) {
    it(`A·x + sin(x), chunkSize ${chunkSize ?? 'default'}`, () => {
      const options = chunkSize === undefined ? undefined : { chunkSize };
      expectCloseMatrix(jacobian(affineSine, x, options), affineSineJacobian(x));
    });
  }

  it('polar → Cartesian', () => {
    for (const p of [
      [2, 0.5],
      [0.5, -2.5],
      [0, 1],
    ]) {
      expectCloseMatrix(jacobian(polar, p), polarJacobian(p));
      expectCloseMatrix(jacobian(polar, p, { chunkSize: 1 }), polarJacobian(p));
    }
  });

  it('the chain-rule example: the Jacobian of u is [[1, 1], [1, −1]]', () => {
    expect(jacobian(u, [3, -2])).toEqual([
      [1, 1],
      [1, -1],
    ]);
  });

  it('a constant output gives a zero row; the output count is f’s', () => {
    expect(jacobian(([a, b]) => [mul(a, b), 5], [2, 3])).toEqual([
      [3, 2],
      [0, 0],
    ]);
    expect(jacobian(() => [], [1, 2])).toEqual([]);
  });
});

describe('jvp', () => {
  it('runs f once (one sweep), and jacobian ⌈n / chunkSize⌉ times', () => {
    let calls = 0;
    const counted = <T extends Scalar<T>>(x: T[]) => {
      calls++;
      return affineSine(x);
    };
    jvp(counted, [0.3, -1.2, 2.5, 0.7], [1, -0.5, 0.25, 2]);
    expect(calls).toBe(1);
    calls = 0;
    jacobian(counted, [0.3, -1.2, 2.5, 0.7], { chunkSize: 3 });
    expect(calls).toBe(2);
  });

  it('gives f(x) and J·v of A·x + sin(x), against the closed form', () => {
    const x = [0.3, -1.2, 2.5, 0.7];
    const v = [1, -0.5, 0.25, 2];
    const r = jvp(affineSine, x, v);
    expect(r.value).toEqual(
      A.map((row, i) => row.reduce((s, a, j) => s + a * x[j], Math.sin(x[i]))),
    );
    const want = times(affineSineJacobian(x), v);
    expectCloseMatrix([r.tangent], [want]);
  });

  it('of polar → Cartesian equals J·v', () => {
    const p = [2, 0.5];
    const v = [0.5, -1];
    const r = jvp(polar, p, v);
    expect(r.value).toEqual([2 * Math.cos(0.5), 2 * Math.sin(0.5)]);
    expectCloseMatrix([r.tangent], [times(polarJacobian(p), v)]);
  });

  it('the chain-rule example: y’s JVP is 4x₁v₁ + 4x₂v₂, u’s is (v₁ + v₂, v₁ − v₂)', () => {
    const r = jvp(y, [1.5, -2], [0.5, 3]);
    expect(r).toEqual({ value: 12.5, tangent: 4 * 1.5 * 0.5 + 4 * -2 * 3 });
    expect(jvp(u, [1.5, -2], [0.5, 3])).toEqual({ value: [-0.5, 3.5], tangent: [3.5, -2.5] });
  });

  it('of a function of one number takes a number x and v', () => {
    const r = jvp((t: Dual) => [cos(t), sin(t)], 0.5, 2);
    expect(r.value).toEqual([Math.cos(0.5), Math.sin(0.5)]);
    expect(r.tangent).toEqual([-2 * Math.sin(0.5), 2 * Math.cos(0.5)]);
    expect(jvp((t: Dual) => mul(t, t), 3, 0.5)).toEqual({ value: 9, tangent: 3 });
  });

  it('constant outputs have zero tangents', () => {
    expect(jvp(() => [1, 2], [1], [1])).toEqual({ value: [1, 2], tangent: [0, 0] });
    expect(jvp(() => 4, [1], [1])).toEqual({ value: 4, tangent: 0 });
  });
});

describe('argument errors name the argument', () => {
  it('jacobian: a non-array point, or f not returning a vector, is a TypeError', () => {
    // @ts-expect-error: a string point
    expect(() => jacobian(polar, '12')).toThrow(/x must be an array of numbers .*got a string/);
    // @ts-expect-error: f returns a scalar
    expect(() => jacobian(([a]) => a, [1])).toThrow(TypeError);
    // @ts-expect-error: f returns a scalar
    expect(() => jacobian(([a]) => a, [1])).toThrow(/f must return an array \(a vector function\)/);
    // @ts-expect-error: an output is undefined
    expect(() => jacobian(([a]) => [a, undefined], [1])).toThrow(
      /f \(output 1\) must return a number or a MultiDual, got undefined/,
    );
  });

  it('jacobian: f returning a different number of outputs per sweep is a RangeError', () => {
    let calls = 0;
    const f = (x: readonly Dual[] | readonly never[]) => {
      calls++;
      return calls === 1 ? [x[0], x[1]] : [x[0]];
    };
    // @ts-expect-error: deliberately inconsistent
    expect(() => jacobian(f, [1, 2], { chunkSize: 1 })).toThrow(RangeError);
    calls = 0;
    // @ts-expect-error: deliberately inconsistent
    expect(() => jacobian(f, [1, 2], { chunkSize: 1 })).toThrow(
      /f returned 1 outputs in one sweep and 2 in another/,
    );
  });

  it('jvp: v of the wrong length is a RangeError naming v; a kind mismatch a TypeError', () => {
    expect(() => jvp(polar, [1, 2], [1])).toThrow(RangeError);
    expect(() => jvp(polar, [1, 2], [1])).toThrow(
      /v must have the same length as x \(2\), got length 1/,
    );
    // @ts-expect-error: x a number, v an array
    expect(() => jvp((t: Dual) => t, 1, [1])).toThrow(/v \(x is a number\) must be a number/);
    // @ts-expect-error: x an array, v a number
    expect(() => jvp(polar, [1, 2], 1)).toThrow(/v must be an array of numbers/);
    // @ts-expect-error: f returns undefined
    expect(() => jvp(() => undefined, [1], [1])).toThrow(
      /f must return a number or a Dual, got undefined/,
    );
    // @ts-expect-error: output 1 is a string
    expect(() => jvp(([a]) => [a, 'b'], [1], [1])).toThrow(
      /f \(output 1\) must return a number or a Dual, got a string/,
    );
    // Constants among the outputs have tangent 0.
    expect(jvp(([a]) => [a, 3], [2], [1])).toEqual({ value: [2, 3], tangent: [1, 0] });
  });

  it('a nested derivative through a closure throws the perturbation Error', () => {
    const nested = () =>
      jvp(
        ([a]) => [
          mul(
            a,
            derivative((t) => mul(t, a), 1),
          ),
        ],
        [2],
        [1],
      );
    expect(nested).toThrow(/perturbation tags/);
    expect(nested).not.toThrow(TypeError);
  });
});
