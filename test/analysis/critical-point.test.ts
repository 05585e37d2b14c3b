import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CriticalPointKind,
  classifyCriticalPoint,
  defaultGradientTolerance,
} from '../../src/analysis/critical-point.js';
import type { SecondOrderFunction } from '../../src/drivers/hessian.js';
import { add, cos, div, mul, neg, pow, sin, sub } from '../../src/ops.js';
import type { Scalar } from '../../src/scalar.js';

/** test/fixtures/critical-points.json, made by gen_critical_points.py (mpmath.findroot). */
interface FixturePoint {
  kind: CriticalPointKind;
  x: [number, number];
  value: number;
  gradient: number[];
  hessian: number[][];
  eigenvalues: number[];
}
const fixture: Record<'himmelblau' | 'sixHumpCamel', FixturePoint[]> = JSON.parse(
  readFileSync(new URL('../fixtures/critical-points.json', import.meta.url), 'utf8'),
);

const himmelblau: SecondOrderFunction = ([x, y]) =>
  add(pow(sub(add(mul(x, x), y), 11), 2), pow(sub(add(x, mul(y, y)), 7), 2));

const sixHumpCamel: SecondOrderFunction = ([x, y]) =>
  add(
    add(mul(add(sub(4, mul(2.1, mul(x, x))), div(pow(x, 4), 3)), mul(x, x)), mul(x, y)),
    mul(add(-4, mul(4, mul(y, y))), mul(y, y)),
  );

/** Rotation by θ in the (i, j) plane of R^n, as a matrix. */
function rotation(n: number, i: number, j: number, theta: number): number[][] {
  const R = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => +(r === c)));
  R[i][i] = Math.cos(theta);
  R[j][j] = Math.cos(theta);
  R[i][j] = -Math.sin(theta);
  R[j][i] = Math.sin(theta);
  return R;
}

function matmul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => s + a * B[k][c], 0)));
}

/** Q·diag(λ)·Qᵀ for an orthogonal Q built from rotations: a symmetric matrix with spectrum λ. */
function withSpectrum(lambdas: number[]): number[][] {
  const n = lambdas.length;
  let Q = rotation(n, 0, 1, 0.3);
  for (let k = 1; k + 1 < n; k++) Q = matmul(Q, rotation(n, k, k + 1, 0.7 + k));
  const D = lambdas.map((l, r) => lambdas.map((_, c) => (r === c ? l : 0)));
  const Qt = Q[0].map((_, c) => Q.map((row) => row[c]));
  return matmul(matmul(Q, D), Qt);
}

/** xᵀAx/2, generically. */
function quadraticForm(A: number[][]): SecondOrderFunction {
  return <T extends Scalar<T>>(x: T[]) => {
    let s = mul(0.5 * A[0][0], mul(x[0], x[0]));
    for (let i = 0; i < A.length; i++) {
      for (let j = 0; j < A.length; j++) {
        if (i + j > 0) s = s.add(mul(0.5 * A[i][j], mul(x[i], x[j])));
      }
    }
    return s;
  };
}

describe('classifyCriticalPoint: Himmelblau and the six-hump camel (mpmath.findroot)', () => {
  const cases = [
    ['himmelblau', himmelblau, { minimum: 4, maximum: 1, saddle: 4 }],
    ['sixHumpCamel', sixHumpCamel, { minimum: 6, maximum: 2, saddle: 7 }],
  ] as const;
  for (const [name, f, counts] of cases) {
    it(`${name}: every critical point gets its kind; value, gradient, Hessian, eigenvalues`, () => {
      const points = fixture[name];
      const found = { minimum: 0, maximum: 0, saddle: 0 } as Record<string, number>;
      for (const p of points) {
        const r = classifyCriticalPoint(f, p.x);
        const what = `${name} ${p.kind} at ${p.x}`;
        expect(r.kind, what).toBe(p.kind);
        found[r.kind]++;
        expect(Math.abs(r.value - p.value), what).toBeLessThanOrEqual(
          1e-13 * Math.max(1, Math.abs(p.value)),
        );
        // The rounded point's gradient is ~1e-15: rounding noise of the same size is allowed.
        for (let i = 0; i < 2; i++) {
          expect(Math.abs(r.gradient[i] - p.gradient[i]), what).toBeLessThanOrEqual(1e-13);
          for (let j = 0; j < 2; j++) {
            expect(r.hessian[i][j], what).toBeCloseTo(p.hessian[i][j], 12);
          }
          expect(r.eigenvalues[i], what).toBeCloseTo(p.eigenvalues[i], 12);
        }
      }
      expect(found).toEqual(counts);
    });
  }

  it('the global minima of the camel are at (±0.0898, ∓0.7126) with value −1.0316', () => {
    const minima = fixture.sixHumpCamel.filter((p) => p.kind === 'minimum');
    const lowest = minima.filter((p) => p.value < -1.03);
    expect(lowest.map((p) => p.x.map((c) => Math.round(c * 1e4) / 1e4))).toEqual([
      [-0.0898, 0.7127],
      [0.0898, -0.7127],
    ]);
    for (const p of lowest) {
      const r = classifyCriticalPoint(sixHumpCamel, p.x);
      expect(r.kind).toBe('minimum');
      expect(r.value).toBeCloseTo(-1.0316284534898774, 14);
    }
  });

  it('Himmelblau’s maximum given to 6 digits is not critical by default, but is with a tolerance', () => {
    const x = [-0.270845, -0.923039];
    expect(classifyCriticalPoint(himmelblau, x).kind).toBe('not-critical');
    expect(classifyCriticalPoint(himmelblau, x, { gradientTolerance: 1e-4 }).kind).toBe('maximum');
  });

  it('a point that is not critical', () => {
    const r = classifyCriticalPoint(himmelblau, [0, 0]);
    expect(r.kind).toBe('not-critical');
    expect(r.gradient).toEqual([-14, -22]);
    expect(r.value).toBe(170);
  });
});

describe('classifyCriticalPoint: the default test is on the Newton step to the critical point', () => {
  it('a small gradient along a small curvature is far from critical: 1e6x² + 1e-6y² at (0, 1)', () => {
    // ∇f = (0, 2e-6) is tiny, but the minimum (0, 0) is a distance 1 away.
    const r = classifyCriticalPoint(
      ([x, y]) => add(mul(1e6, mul(x, x)), mul(1e-6, mul(y, y))),
      [0, 1],
    );
    expect(r.gradient).toEqual([0, 2e-6]);
    expect(r.kind).toBe('not-critical');
  });

  it('a gradient along a zero curvature leaves no critical point: y + 1e10·x² at 0', () => {
    const r = classifyCriticalPoint(([x, y]) => add(y, mul(1e10, mul(x, x))), [0, 0]);
    expect(r.eigenvalues).toEqual([0, 2e10]);
    expect(r.kind).toBe('not-critical');
  });

  it('near a degenerate critical point the kind is degenerate, not the sign of H there', () => {
    // x³ at ±1e-9: H = ±6e-9 is definite, but the critical point 0 has H = 0.
    expect(classifyCriticalPoint(([x]) => pow(x, 3), [1e-9]).kind).toBe('degenerate');
    expect(classifyCriticalPoint(([x]) => pow(x, 3), [-1e-9]).kind).toBe('degenerate');
    expect(classifyCriticalPoint(([x, y]) => add(pow(x, 4), pow(y, 4)), [1e-9, -2e-9]).kind).toBe(
      'degenerate',
    );
    // With an explicit gradient tolerance the test is the plain one, at x itself.
    expect(
      classifyCriticalPoint(([x]) => pow(x, 3), [1e-9], { gradientTolerance: 1e-15 }).kind,
    ).toBe('minimum');
  });

  it('eigenvalues that change with x but keep their kind do not make a point degenerate', () => {
    // x² + 1e-6y² + 1e3·xy²: H(1e-9, 0) = diag(2, 4e-6), H(0, 0) = diag(2, 2e-6): a minimum.
    const f: SecondOrderFunction = ([x, y]) =>
      add(add(mul(x, x), mul(1e-6, mul(y, y))), mul(1e3, mul(x, mul(y, y))));
    expect(classifyCriticalPoint(f, [1e-9, 0]).kind).toBe('minimum');
  });

  it('an exact critical point of an inflection is degenerate: x + sin x at −π, x − sin x near 0', () => {
    // ∇f rounds to exactly 0 at −π, where H = −sin(−π) ≈ 1.2e-16 > 0: probed 1e-8·π away, H ≈ 3e-8.
    const r = classifyCriticalPoint(([x]) => add(x, sin(x)), [-Math.PI]);
    expect(r.gradient).toEqual([0]);
    expect(r.eigenvalues[0]).toBeGreaterThan(0);
    expect(r.kind).toBe('degenerate');
    expect(classifyCriticalPoint(([x]) => sub(x, sin(x)), [1e-9]).kind).toBe('degenerate');
    // A regular exact critical point keeps its kind: cos x at π is a minimum.
    expect(classifyCriticalPoint(([x]) => cos(x), [Math.PI]).kind).toBe('minimum');
  });

  it('a saddle stays a saddle near a degenerate direction: x² − y² + 1e6·z⁴ at (0, 0, 1e-8)', () => {
    const f: SecondOrderFunction = ([x, y, z]) =>
      add(sub(mul(x, x), mul(y, y)), mul(1e6, pow(z, 4)));
    expect(classifyCriticalPoint(f, [0, 0, 1e-8]).kind).toBe('saddle');
  });

  it('a rotated singular minimum near its critical point is degenerate, as the unrotated one', () => {
    const rotated: SecondOrderFunction = ([x, y]) => add(pow(sub(x, y), 4), pow(add(x, y), 2));
    expect(classifyCriticalPoint(rotated, [1e-9, -1e-9]).kind).toBe('degenerate');
    expect(classifyCriticalPoint(([x, y]) => add(pow(x, 4), mul(y, y)), [1e-9, 0]).kind).toBe(
      'degenerate',
    );
  });

  it('near a non-degenerate critical point the kind holds (Himmelblau’s points moved by 1e-9)', () => {
    for (const p of fixture.himmelblau) {
      for (const dx of [
        [1e-9, 0],
        [0, -1e-9],
        [3e-10, 7e-10],
      ]) {
        const at = [p.x[0] + dx[0], p.x[1] + dx[1]];
        expect(classifyCriticalPoint(himmelblau, at).kind, `${p.kind} + ${dx}`).toBe(p.kind);
      }
    }
  });
});

describe('classifyCriticalPoint: degenerate points', () => {
  it('the monkey saddle x³ − 3xy² at 0 is degenerate (zero Hessian)', () => {
    const monkey: SecondOrderFunction = ([x, y]) => sub(pow(x, 3), mul(3, mul(x, mul(y, y))));
    const r = classifyCriticalPoint(monkey, [0, 0]);
    expect(r.kind).toBe('degenerate');
    expect(r.gradient).toEqual([0, 0]);
    expect(r.hessian).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(r.eigenvalues).toEqual([0, 0]);
  });

  it('x⁴ + y⁴ and −x⁴ − y⁴ at 0 are degenerate (the test says nothing)', () => {
    const quartic: SecondOrderFunction = ([x, y]) => add(pow(x, 4), pow(y, 4));
    expect(classifyCriticalPoint(quartic, [0, 0]).kind).toBe('degenerate');
    const negative: SecondOrderFunction = ([x, y]) => neg(add(pow(x, 4), pow(y, 4)));
    expect(classifyCriticalPoint(negative, [0, 0]).kind).toBe('degenerate');
  });

  it('a Hessian that is not finite at a critical point gives degenerate', () => {
    // x^1.5 + y² at 0: gradient 0, ∂²/∂x² = +∞ (the power rule's one-sided limit).
    const r = classifyCriticalPoint(([x, y]) => add(pow(x, 1.5), mul(y, y)), [0, 0]);
    expect(r.gradient).toEqual([0, 0]);
    expect(r.hessian[0][0]).toBe(Number.POSITIVE_INFINITY);
    expect(r.kind).toBe('degenerate');
  });
});

describe('classifyCriticalPoint: quadratic forms with known eigenvalues', () => {
  const cases: [number[], CriticalPointKind][] = [
    [[1, 2, 3], 'minimum'],
    [[-4, -0.5, -2, -1e-3], 'maximum'],
    [[-1, 2, 5], 'saddle'],
    [[0, 1, 2], 'degenerate'],
    [[-3, 0, 0], 'degenerate'],
    [[2, 2, 2], 'minimum'], // repeated eigenvalues
    [[-1, 0, 1], 'saddle'], // both signs: a saddle although one eigenvalue is 0
    [[0, 0, 0], 'degenerate'],
  ];
  for (const [lambdas, kind] of cases) {
    it(`spectrum [${lambdas}] at 0 is ${kind}`, () => {
      const r = classifyCriticalPoint(
        quadraticForm(withSpectrum(lambdas)),
        [0, 0, 0, 0].slice(0, lambdas.length),
      );
      expect(r.kind).toBe(kind);
      const sorted = [...lambdas].sort((a, b) => a - b);
      for (let k = 0; k < sorted.length; k++) {
        expect(Math.abs(r.eigenvalues[k] - sorted[k])).toBeLessThanOrEqual(1e-14 * 5);
      }
    });
  }

  it('scale-aware defaults: multiplying f by 1e-12 or 1e12 changes no kind', () => {
    for (const [lambdas, kind] of cases) {
      for (const c of [1e-12, 1e12]) {
        const A = withSpectrum(lambdas.map((l) => l * c));
        const r = classifyCriticalPoint(quadraticForm(A), new Array(lambdas.length).fill(0));
        expect(r.kind, `${lambdas} × ${c}`).toBe(kind);
      }
    }
    // Away from the critical point, at every scale, the gradient is seen.
    for (const c of [1e-12, 1, 1e12]) {
      const A = withSpectrum([1, 2, 3].map((l) => l * c));
      expect(classifyCriticalPoint(quadraticForm(A), [1e-3, 0, 0]).kind).toBe('not-critical');
    }
  });

  it('the eigenvalue tolerance option decides what counts as zero', () => {
    const f = quadraticForm(withSpectrum([1e-9, 1, 2]));
    expect(classifyCriticalPoint(f, [0, 0, 0]).kind).toBe('minimum');
    const r = classifyCriticalPoint(f, [0, 0, 0], { eigenvalueTolerance: 1e-6 });
    expect(r.kind).toBe('degenerate');
    expect(r.eigenvalueTolerance).toBe(1e-6);
  });
});

describe('classifyCriticalPoint: tolerances and options', () => {
  it('defaultGradientTolerance is 1e-8·‖H‖∞·max(1, ‖x‖∞)', () => {
    expect(
      defaultGradientTolerance(
        [3, 1],
        [
          [2, 0],
          [0, 4],
        ],
      ),
    ).toBeCloseTo(1.2e-7, 20);
    expect(defaultGradientTolerance([0.5], [[-6]])).toBeCloseTo(6e-8, 20);
    expect(
      defaultGradientTolerance(
        [1, 1],
        [
          [1, -2],
          [-2, 1],
        ],
      ),
    ).toBeCloseTo(3e-8, 20);
    const r = classifyCriticalPoint(himmelblau, [3, 2]);
    expect(r.gradientTolerance).toBeCloseTo(1e-8 * 94 * 3, 20);
  });

  it('rejects bad options, naming them', () => {
    expect(() => classifyCriticalPoint(himmelblau, [3, 2], { gradientTolerance: -1 })).toThrow(
      /options.gradientTolerance must be a finite number ≥ 0, got -1/,
    );
    expect(() =>
      classifyCriticalPoint(himmelblau, [3, 2], { eigenvalueTolerance: Number.NaN }),
    ).toThrow(RangeError);
    // @ts-expect-error: a string tolerance
    expect(() => classifyCriticalPoint(himmelblau, [3, 2], { gradientTolerance: '0' })).toThrow(
      /options.gradientTolerance must be a number, got a string/,
    );
    // @ts-expect-error: options is not an object
    expect(() => classifyCriticalPoint(himmelblau, [3, 2], 1)).toThrow(TypeError);
    // @ts-expect-error: x is not an array
    expect(() => classifyCriticalPoint(himmelblau, 3)).toThrow(/x must be an array of numbers/);
    // @ts-expect-error: a vector-valued f
    expect(() => classifyCriticalPoint((x) => x, [1, 2])).toThrow(/a vector: use hessianTensor/);
  });
});
