import { describe, expect, it } from 'vitest';
import {
  HYPER_DUAL_MAX_VARIABLES,
  hessian,
  hessianMethodFor,
  hessianTensor,
  hvp,
  type SecondOrderFunction,
  valueGradientHessian,
} from '../../src/drivers/hessian.js';
import { add, cos, div, exp, mul, pow, sin, sub } from '../../src/ops.js';
import type { Scalar } from '../../src/scalar.js';
import { classicRows } from '../helpers/expression-tree.js';

const methods = ['jet', 'hyper-dual'] as const;

/** Rosenbrock's function Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², generically. */
function rosenbrock<T extends Scalar<T>>(x: T[]): T | number {
  const terms: T[] = [];
  for (let i = 0; i + 1 < x.length; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    const b = sub(1, x[i]);
    terms.push(add(mul(100, mul(a, a)), mul(b, b)));
  }
  return terms.length === 0 ? 0 : terms.reduce((s, t) => s.add(t));
}

/** Its Hessian in closed form: tridiagonal, from differentiating the sum by hand. */
function rosenbrockHessian(x: readonly number[]): number[][] {
  const n = x.length;
  const H = x.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    if (i + 1 < n) H[i][i] += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
    if (i > 0) H[i][i] += 200;
    if (i + 1 < n) {
      H[i][i + 1] = -400 * x[i];
      H[i + 1][i] = -400 * x[i];
    }
  }
  return H;
}

/** The test functions of the sympy fixture, written generically. */
const classic: Record<string, SecondOrderFunction> = {
  beale: ([x, y]) =>
    add(
      add(pow(add(sub(1.5, x), mul(x, y)), 2), pow(add(sub(2.25, x), mul(x, mul(y, y))), 2)),
      pow(add(sub(2.625, x), mul(x, pow(y, 3))), 2),
    ),
  booth: ([x, y]) => add(pow(sub(add(x, mul(2, y)), 7), 2), pow(sub(add(mul(2, x), y), 5), 2)),
  himmelblau: ([x, y]) =>
    add(pow(sub(add(mul(x, x), y), 11), 2), pow(sub(add(x, mul(y, y)), 7), 2)),
  sixHumpCamel: ([x, y]) =>
    add(
      add(mul(add(sub(4, mul(2.1, mul(x, x))), div(pow(x, 4), 3)), mul(x, x)), mul(x, y)),
      mul(add(-4, mul(4, mul(y, y))), mul(y, y)),
    ),
  goldsteinPrice: ([x, y]) => {
    const s = add(add(x, y), 1);
    const p = add(
      add(sub(sub(19, mul(14, x)), mul(14, y)), mul(3, mul(x, x))),
      add(mul(6, mul(x, y)), mul(3, mul(y, y))),
    );
    const d = sub(mul(2, x), mul(3, y));
    const q = add(
      add(sub(18, mul(32, x)), mul(12, mul(x, x))),
      add(sub(mul(48, y), mul(36, mul(x, y))), mul(27, mul(y, y))),
    );
    return mul(add(1, mul(mul(s, s), p)), add(30, mul(mul(d, d), q)));
  },
  rosenbrock2: rosenbrock,
  rosenbrock10: rosenbrock,
};

/** max |a − b| / max(|b|) over matrices (normwise relative error). */
function relError(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    for (let j = 0; j < b[i].length; j++) {
      diff = Math.max(diff, Math.abs(a[i][j] - b[i][j]));
      scale = Math.max(scale, Math.abs(b[i][j]));
    }
  }
  return scale === 0 ? diff : diff / scale;
}

describe('hessian and valueGradientHessian against closed forms', () => {
  for (const method of methods) {
    it(`classic test functions against sympy (${method})`, () => {
      expect(Object.keys(classicRows).sort()).toEqual(Object.keys(classic).sort());
      for (const [name, rows] of Object.entries(classicRows)) {
        for (const row of rows) {
          const r = valueGradientHessian(classic[name], row.x, { method });
          const what = `${name} at ${row.x}`;
          expect(Math.abs(r.value - row.value), what).toBeLessThanOrEqual(
            1e-14 * Math.max(1, Math.abs(row.value)),
          );
          // Near a critical point the gradient is small by cancellation: judge it against
          // its natural scale ‖H‖·max(1, ‖x‖), as well as its own size.
          const gScale = Math.max(
            ...row.gradient.map(Math.abs),
            Math.max(...row.hessian.flat().map(Math.abs)) * Math.max(1, ...row.x.map(Math.abs)),
          );
          for (let i = 0; i < row.x.length; i++) {
            expect(Math.abs(r.gradient[i] - row.gradient[i]), what).toBeLessThanOrEqual(
              1e-14 * gScale,
            );
          }
          expect(relError(r.hessian, row.hessian), what).toBeLessThanOrEqual(1e-14);
          expect(hessian(classic[name], row.x, { method })).toEqual(r.hessian);
        }
      }
    });

    it(`Rosenbrock n = 2 and n = 10 against its tridiagonal closed form (${method})`, () => {
      for (const x of [
        [-1.2, 1],
        [0, 1],
        [1, 1],
        [-1.2, 1, 0.3, -0.7, 2, 1.5, -0.25, 0.8, 1.1, -2],
      ]) {
        const H = hessian(rosenbrock, x, { method });
        expect(relError(H, rosenbrockHessian(x))).toBeLessThanOrEqual(1e-15);
        // Far from the diagonal the entries are exactly zero, not rounding noise.
        for (let i = 0; i < x.length; i++) {
          for (let j = 0; j < x.length; j++) if (Math.abs(i - j) > 1) expect(H[i][j]).toBe(0);
        }
      }
    });

    it(`Booth's Hessian is [[10, 8], [8, 10]] everywhere, exactly (${method})`, () => {
      for (const x of [
        [0, 0],
        [1, 3],
        [-7.5, 1e3],
      ]) {
        expect(hessian(classic.booth, x, { method })).toEqual([
          [10, 8],
          [8, 10],
        ]);
      }
    });

    it(`a quadratic form xᵀAx/2 + bᵀx has Hessian A and gradient Ax + b (${method})`, () => {
      const A = [
        [4, 1, -2, 0.5],
        [1, 3, 0, 1],
        [-2, 0, 5, -1],
        [0.5, 1, -1, 2],
      ];
      const b = [1, -2, 0.5, 3];
      const f = <T extends Scalar<T>>(x: T[]): T => {
        let s = mul(b[0], x[0]);
        for (let i = 0; i < 4; i++) {
          if (i > 0) s = s.add(mul(b[i], x[i]));
          for (let j = 0; j < 4; j++) s = s.add(mul(0.5 * A[i][j], mul(x[i], x[j])));
        }
        return s;
      };
      const x = [0.5, -1, 2, 0.25];
      const r = valueGradientHessian(f, x, { method });
      expect(r.hessian).toEqual(A);
      const Ax = A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
      for (let i = 0; i < 4; i++) expect(r.gradient[i]).toBeCloseTo(Ax[i] + b[i], 14);
      const xAx = x.reduce((s, xi, i) => s + xi * Ax[i], 0);
      expect(r.value).toBeCloseTo(xAx / 2 + x.reduce((s, xi, i) => s + xi * b[i], 0), 14);
    });
  }

  it('the two methods agree to rounding on functions mixing every variable', () => {
    const f: SecondOrderFunction = ([x, y, z]) =>
      add(mul(sin(mul(x, y)), exp(z)), div(pow(add(x, 2), y), add(mul(z, z), 1)));
    for (const x of [
      [0.3, 1.2, -0.5],
      [1, 2, 3],
    ]) {
      const a = valueGradientHessian(f, x, { method: 'jet' });
      const b = valueGradientHessian(f, x, { method: 'hyper-dual' });
      expect(a.value).toBe(b.value);
      expect(relError([a.gradient], [b.gradient])).toBeLessThanOrEqual(1e-15);
      expect(relError(a.hessian, b.hessian)).toBeLessThanOrEqual(1e-15);
    }
  });

  it('the two methods give a quotient the same Hessian to the last bit (one rule for a/b)', () => {
    // Both number types take a/b's partials from the rule table (rules.ts: div).
    const q: SecondOrderFunction = ([a, b]) => div(a, b);
    for (const x of [
      [0.3, 1.7],
      [2.9, 0.23],
      [-1.1, 3.3],
      [1e-3, 7],
      [5, -0.4],
      [0.77, 0.61],
    ]) {
      expect(hessian(q, x, { method: 'hyper-dual' })).toStrictEqual(
        hessian(q, x, { method: 'jet' }),
      );
    }
  });

  it('the default method: hyper-dual sweeps for n ≤ HYPER_DUAL_MAX_VARIABLES, else the jet', () => {
    expect(hessianMethodFor(HYPER_DUAL_MAX_VARIABLES)).toBe('hyper-dual');
    expect(hessianMethodFor(HYPER_DUAL_MAX_VARIABLES + 1)).toBe('jet');
    expect(hessian(rosenbrock, [-1.2, 1])).toEqual(rosenbrockHessian([-1.2, 1]));
    expect(hessian(([x]) => mul(x, mul(x, x)), [2])).toEqual([[12]]);
  });

  it('constants, and functions of no variables', () => {
    expect(valueGradientHessian(() => 5, [1, 2])).toEqual({
      value: 5,
      gradient: [0, 0],
      hessian: [
        [0, 0],
        [0, 0],
      ],
    });
    expect(valueGradientHessian(() => 5, [1, 2], { method: 'hyper-dual' }).value).toBe(5);
    expect(valueGradientHessian(() => 5, [])).toEqual({ value: 5, gradient: [], hessian: [] });
    expect(hessian(() => 5, [], { method: 'hyper-dual' })).toEqual([]);
    // An array-like point (a Float64Array) is accepted.
    expect(hessian(rosenbrock, new Float64Array([1, 1]))).toEqual(rosenbrockHessian([1, 1]));
  });
});

describe('hvp', () => {
  it('equals H·v from the closed-form Rosenbrock Hessian', () => {
    const x = [-1.2, 1, 0.3, -0.7, 2];
    const v = [1, -0.5, 2, 0.25, -1];
    const H = rosenbrockHessian(x);
    const Hv = H.map((row) => row.reduce((s, h, j) => s + h * v[j], 0));
    const got = hvp(rosenbrock, x, v);
    for (let i = 0; i < x.length; i++) {
      expect(Math.abs(got[i] - Hv[i])).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(Hv[i])));
    }
  });

  it('equals hessian(f, x)·v on a function mixing every variable', () => {
    const f: SecondOrderFunction = ([x, y, z]) => mul(mul(sin(x), exp(mul(y, z))), cos(z));
    const x = [0.4, -0.3, 1.1];
    const v = [2, 0, -1];
    const H = hessian(f, x);
    const want = H.map((row) => row.reduce((s, h, j) => s + h * v[j], 0));
    const got = hvp(f, x, v);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(want[i], 14);
  });

  it('is zero for a constant or linear function; v = 0 gives 0', () => {
    expect(hvp(() => 3, [1, 2], [1, 1])).toEqual([0, 0]);
    expect(hvp(([x, y]) => add(x, mul(2, y)), [1, 2], [1, 1])).toEqual([0, 0]);
    expect(hvp(rosenbrock, [1, 2], [0, 0])).toEqual([0, 0]);
  });

  it('rejects a v of the wrong length or kind, naming it', () => {
    expect(() => hvp(rosenbrock, [1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => hvp(rosenbrock, [1, 2], [1, 2, 3])).toThrow(
      /v must have the same length as x \(2\), got length 3/,
    );
    // @ts-expect-error: v is a number
    expect(() => hvp(rosenbrock, [1, 2], 1)).toThrow(/v must be an array of numbers/);
  });
});

describe('hessianTensor', () => {
  // F(x, y, z) = [x·y·z, sin(x)·y², e^(x + 2z), 3]: Hessians by hand.
  const F = <T extends Scalar<T>>([x, y, z]: T[]) => [
    mul(mul(x, y), z),
    mul(sin(x), mul(y, y)),
    exp(add(x, mul(2, z))),
    3,
  ];
  const closed = ([x, y, z]: number[]) => {
    const e = Math.exp(x + 2 * z);
    return [
      [
        [0, z, y],
        [z, 0, x],
        [y, x, 0],
      ],
      [
        [-Math.sin(x) * y * y, 2 * y * Math.cos(x), 0],
        [2 * y * Math.cos(x), 2 * Math.sin(x), 0],
        [0, 0, 0],
      ],
      [
        [e, 0, 2 * e],
        [0, 0, 0],
        [2 * e, 0, 4 * e],
      ],
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    ];
  };

  for (const method of methods) {
    it(`is the m×n×n tensor of the outputs' Hessians (${method})`, () => {
      for (const x of [
        [0.5, -1.5, 0.25],
        [2, 3, -1],
      ]) {
        const T = hessianTensor(F, x, { method });
        const want = closed(x);
        expect(T.length).toBe(4);
        for (let i = 0; i < 4; i++) {
          expect(T[i].length).toBe(3);
          expect(relError(T[i], want[i])).toBeLessThanOrEqual(1e-15);
        }
      }
    });
  }

  it('refuses a scalar-valued f and output counts that change between sweeps', () => {
    // @ts-expect-error: f is scalar-valued
    expect(() => hessianTensor(rosenbrock, [1, 2])).toThrow(/f must return an array/);
    let calls = 0;
    const changing = <T extends Scalar<T>>(x: T[]) => (calls++ === 0 ? [x[0]] : [x[0], x[1]]);
    expect(() => hessianTensor(changing, [1, 2], { method: 'hyper-dual' })).toThrow(
      /f returned 2 outputs in one sweep and 1 in another/,
    );
  });
});

describe('second-order drivers: argument checks', () => {
  it('name the bad argument, with TypeError for kinds and RangeError for values', () => {
    // @ts-expect-error: not a function
    expect(() => hessian(3, [1])).toThrow(/f must be a function, got the number 3/);
    // @ts-expect-error: x is not an array
    expect(() => hessian(rosenbrock, 1)).toThrow(/x must be an array of numbers/);
    // @ts-expect-error: x holds a string
    expect(() => hessian(rosenbrock, [1, '2'])).toThrow(/x\[1\] must be a number, got a string/);
    for (const method of methods) {
      // @ts-expect-error: f returns undefined
      expect(() => hessian(() => undefined, [1, 2], { method })).toThrow(
        /f must return a number or a (Jet2|HyperDual), got undefined/,
      );
      // @ts-expect-error: a vector where a scalar is needed
      expect(() => hessian((x) => x, [1, 2], { method })).toThrow(TypeError);
      // @ts-expect-error: a vector where a scalar is needed
      expect(() => valueGradientHessian((x) => x, [1, 2], { method })).toThrow(
        /got an array of length 2 \(a vector: use hessianTensor/,
      );
    }
    // @ts-expect-error: an unknown method
    expect(() => hessian(rosenbrock, [1, 2], { method: 'finite' })).toThrow(RangeError);
    // @ts-expect-error: an unknown method
    expect(() => hessian(rosenbrock, [1, 2], { method: 'finite' })).toThrow(
      /options.method must be 'jet' or 'hyper-dual', got 'finite'/,
    );
    // @ts-expect-error: method is not a string
    expect(() => hessian(rosenbrock, [1, 2], { method: 2 })).toThrow(TypeError);
    // @ts-expect-error: options is not an object
    expect(() => hessian(rosenbrock, [1, 2], 'jet')).toThrow(/options must be an object/);
  });

  it('refuse a nested hessian through a closure instead of answering wrongly', () => {
    const outer: SecondOrderFunction = ([x, y]) => {
      const inner = hessian(([u]) => mul(mul(u, u), x as never), [1]);
      return mul(y, inner[0][0]);
    };
    // The inner call (n = 1) sweeps hyper-duals, the outer (n = 2) a jet: a type mismatch.
    expect(() => hessian(outer, [1, 2])).toThrow(/cannot combine a HyperDual with a Jet2/);
    // With one method for both, the tags tell the two calls apart.
    const sameType: SecondOrderFunction = ([x, y]) => {
      const inner = hessian(([u]) => mul(mul(u, u), x as never), [1], { method: 'jet' });
      return mul(y, inner[0][0]);
    };
    expect(() => hessian(sameType, [1, 2], { method: 'jet' })).toThrow(
      /perturbation tags \d+ and \d+/,
    );
    const sameHyperDual: SecondOrderFunction = ([x, y]) => {
      const inner = hessian(([u]) => mul(mul(u, u), x as never), [1], { method: 'hyper-dual' });
      return mul(y, inner[0][0]);
    };
    expect(() => hessian(sameHyperDual, [1, 2], { method: 'hyper-dual' })).toThrow(
      /perturbation tags \d+ and \d+/,
    );
    expect(() => hessian(sameHyperDual, [1, 2], { method: 'hyper-dual' })).not.toThrow(TypeError);
  });
});
