import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen, symmetricEigenvalues } from '../../src/analysis/eigen';

type Matrix = number[][];

function matmul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
}

function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

function diag(values: number[]): Matrix {
  return values.map((x, i) => values.map((_, j) => (i === j ? x : 0)));
}

/** Householder reflector I − 2vvᵀ/vᵀv: symmetric and orthogonal. */
function householder(v: number[]): Matrix {
  const vtv = v.reduce((s, x) => s + x * x, 0);
  return v.map((vi, i) => v.map((vj, j) => (i === j ? 1 : 0) - (2 * vi * vj) / vtv));
}

function expectClose(actual: number[], expected: number[], absTol: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, k) => {
    expect(Math.abs(x - expected[k]), `index ${k}: ${x} vs ${expected[k]}`).toBeLessThanOrEqual(
      absTol,
    );
  });
}

/** Checks ‖Hv − λv‖ ≤ tol·‖H‖ and VᵀV = I. */
function checkEigenpairs(H: Matrix, tol: number): void {
  const { values, vectors } = symmetricEigen(H);
  const n = H.length;
  const norm = Math.max(1e-300, Math.max(...H.flat().map(Math.abs)));
  expect(vectors).toHaveLength(n);
  for (let k = 0; k < n; k++) {
    const v = vectors[k];
    for (let i = 0; i < n; i++) {
      const hv = H[i].reduce((s, x, j) => s + x * v[j], 0);
      expect(Math.abs(hv - values[k] * v[i])).toBeLessThanOrEqual(tol * norm);
    }
    for (let l = 0; l < n; l++) {
      const dot = v.reduce((s, x, i) => s + x * vectors[l][i], 0);
      expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThanOrEqual(tol);
    }
  }
}

const HILBERT_4_EIGENVALUES = [
  9.670230402258689e-5, 0.006738273605760748, 0.16914122022145, 1.500214280059243,
];

describe('symmetricEigenvalues', () => {
  it('returns [] for the 0×0 matrix', () => {
    expect(symmetricEigenvalues([])).toEqual([]);
    expect(symmetricEigen([])).toEqual({ values: [], vectors: [] });
  });

  it('returns the entry of a 1×1 matrix', () => {
    expect(symmetricEigenvalues([[-4.5]])).toEqual([-4.5]);
    expect(symmetricEigen([[7]])).toEqual({ values: [7], vectors: [[1]] });
  });

  it('returns the sorted diagonal of a diagonal matrix exactly', () => {
    expect(symmetricEigenvalues(diag([3, -1, 0, 2, -7]))).toEqual([-7, -1, 0, 2, 3]);
    expect(symmetricEigenvalues(diag([1e-300, 1e300, -1]))).toEqual([-1, 1e-300, 1e300]);
  });

  it('never returns -0', () => {
    expect(Object.is(symmetricEigenvalues([[-0]])[0], 0)).toBe(true);
  });

  it.each([
    [2, 1, 2],
    [1, 0, 1],
    [4, -3, -4],
    [1, 1e-8, 1],
    [0, 1, 0],
    [5, 2, -1],
    [1e200, 3e200, -2e200],
    [1e-200, 3e-200, -2e-200],
    [1, 1e-12, 1 + 1e-12],
  ])('matches the closed form for [[%d, %d], [%d]]', (a, b, c) => {
    const mean = a / 2 + c / 2;
    const radius = Math.hypot(a / 2 - c / 2, b);
    const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
    expectClose(
      symmetricEigenvalues([
        [a, b],
        [b, c],
      ]),
      [mean - radius, mean + radius],
      4e-16 * scale,
    );
  });

  it.each([1, 2, 3, 5, 10, 25])(
    'matches 2 − 2cos(kπ/(n+1)) for the %i×%i (2, −1) tridiagonal',
    (n) => {
      const T = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0)),
      );
      const expected = Array.from(
        { length: n },
        (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)),
      );
      expectClose(symmetricEigenvalues(T), expected, 1e-14);
      checkEigenpairs(T, 1e-13);
    },
  );

  describe('repeated eigenvalue: Q·diag(3, 3, 3, −1, 5)·Qᵀ with Q a Householder reflector', () => {
    const lambda = [3, 3, 3, -1, 5];
    const Q = householder([1, -2, 3, 0.5, 2]);
    const H = matmul(matmul(Q, diag(lambda)), transpose(Q));
    // Round-off in forming H can leave it asymmetric in the last bit.
    for (let i = 0; i < 5; i++) for (let j = 0; j < i; j++) H[i][j] = H[j][i];

    it('recovers the eigenvalues, including the triple one', () => {
      expectClose(symmetricEigenvalues(H), [-1, 3, 3, 3, 5], 1e-14);
    });

    it('returns orthonormal eigenvectors with small residuals', () => {
      checkEigenpairs(H, 1e-14);
    });

    it('returns the simple eigenvalues’ eigenvectors as the matching columns of Q (up to sign)', () => {
      const { vectors } = symmetricEigen(H);
      const column = (j: number) => Q.map((row) => row[j]);
      for (const [k, j] of [
        [0, 3],
        [4, 4],
      ]) {
        const q = column(j);
        const dot = vectors[k].reduce((s, x, i) => s + x * q[i], 0);
        expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-14);
      }
    });
  });

  it.each([2, 3, 4, 7, 12])('gives 0 (n−1 times) and n for the %i×%i all-ones matrix', (n) => {
    const J = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    const expected = [...new Array<number>(n - 1).fill(0), n];
    expectClose(symmetricEigenvalues(J), expected, 4 * n * 2 ** -52 * n);
    checkEigenpairs(J, 1e-14);
  });

  it('matches the published eigenvalues of the 4×4 Hilbert matrix to 1e-12 relative', () => {
    const H = Array.from({ length: 4 }, (_, i) =>
      Array.from({ length: 4 }, (_, j) => 1 / (i + j + 1)),
    );
    const values = symmetricEigenvalues(H);
    values.forEach((x, k) => {
      const expected = HILBERT_4_EIGENVALUES[k];
      expect(Math.abs(x - expected) / expected).toBeLessThan(1e-12);
    });
    checkEigenpairs(H, 1e-14);
  });

  it('graded positive definite matrices: small eigenvalues to high relative accuracy', () => {
    // A = D·M·D, D = diag(1, g, g²), M = [[2, 1, 1], [1, 2, 1], [1, 1, 2]]: the eigenvalues are
    // 2, (3/2)·g² and det(M)/(2·(3/2))·g⁴ = (4/3)·g⁴, each to a relative O(g²) (Schur
    // complements of M). A test of the off-diagonal against ‖A‖ leaves the smallest wrong by 50%.
    for (const g of [1e-8, 1e-20, 1e-50]) {
      const d = [1, g, g * g];
      const M = [
        [2, 1, 1],
        [1, 2, 1],
        [1, 1, 2],
      ];
      const A = M.map((row, i) => row.map((m, j) => d[i] * m * d[j]));
      const values = symmetricEigenvalues(A);
      const want = [(4 / 3) * g ** 4, 1.5 * g * g, 2];
      for (let k = 0; k < 3; k++) {
        expect(Math.abs(values[k] - want[k]) / want[k], `g = ${g}, λ${k}`).toBeLessThan(1e-14);
      }
    }
  });

  it('entries near the largest double: no overflow in the rotations', () => {
    // [[a, a], [a, −a]] has eigenvalues ±√2·a, which are doubles for a = 1e308.
    const a = 1e308;
    const { values, vectors } = symmetricEigen([
      [a, a],
      [a, -a],
    ]);
    expect(values[0] / (-Math.SQRT2 * a)).toBeCloseTo(1, 14);
    expect(values[1] / (Math.SQRT2 * a)).toBeCloseTo(1, 14);
    // The eigenvector of √2·a is (cos π/8, sin π/8).
    expect(vectors[1][0]).toBeCloseTo(Math.cos(Math.PI / 8), 14);
    expect(vectors[1][1]).toBeCloseTo(Math.sin(Math.PI / 8), 14);
  });

  it('matrices near the smallest doubles: scaled, not rounded away', () => {
    const M = [
      [2, 1, 0.5],
      [1, 3, 0.25],
      [0.5, 0.25, 7],
    ];
    const base = symmetricEigenvalues(M);
    for (const t of [1e-300, 1e-303]) {
      const values = symmetricEigenvalues(M.map((row) => row.map((m) => m * t)));
      for (let k = 0; k < 3; k++) expect(values[k] / t / base[k]).toBeCloseTo(1, 12);
    }
    // Subnormal entries: eigenvalues (−1, 3)·1e-310, indefinite.
    const sub = symmetricEigenvalues([
      [1e-310, 2e-310],
      [2e-310, 1e-310],
    ]);
    expect(sub[0]).toBeLessThan(0);
    expect(sub[1] / 3e-310).toBeCloseTo(1, 10);
  });

  it('accepts typed-array rows', () => {
    const H = [Float64Array.of(2, 1), Float64Array.of(1, 2)];
    expectClose(symmetricEigenvalues(H), [1, 3], 4e-16);
  });

  it('does not mutate its input', () => {
    const H = [
      [4, 1, -2],
      [1, 2, 0],
      [-2, 0, 3],
    ];
    const copy = H.map((row) => [...row]);
    symmetricEigen(H);
    symmetricEigenvalues(H);
    expect(H).toEqual(copy);
    // Frozen rows make any write attempt throw (modules are strict mode).
    const frozen = Object.freeze(copy.map((row) => Object.freeze([...row])));
    expect(() => symmetricEigen(frozen)).not.toThrow();
  });

  it('symmetrises (H + Hᵀ)/2 when the asymmetry is within tolerance', () => {
    const delta = 1e-12;
    const values = symmetricEigenvalues([
      [1, 2 + delta],
      [2 - delta, 1],
    ]);
    expectClose(values, [-1, 3], 1e-15);
  });

  it('returns NaN eigenvalues (without hanging) for non-finite entries', () => {
    expect(
      symmetricEigenvalues([
        [1, Number.NaN],
        [Number.NaN, 1],
      ]),
    ).toEqual([Number.NaN, Number.NaN]);
    expect(
      symmetricEigen([
        [Number.POSITIVE_INFINITY, 0],
        [0, 1],
      ]),
    ).toEqual({
      values: [Number.NaN, Number.NaN],
      vectors: [
        [Number.NaN, Number.NaN],
        [Number.NaN, Number.NaN],
      ],
    });
  });

  it('fixes the eigenvector sign: largest-magnitude component positive', () => {
    const { vectors } = symmetricEigen([
      [2, 0],
      [0, 1],
    ]);
    expect(vectors).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('satisfies trace, Frobenius and residual identities on random symmetric matrices', () => {
    const entry = fc.double({ min: -10, max: 10, noNaN: true });
    const matrix = fc
      .integer({ min: 1, max: 8 })
      .chain((n) =>
        fc
          .array(entry, { minLength: n * n, maxLength: n * n })
          .map((flat) =>
            Array.from({ length: n }, (_, i) =>
              Array.from({ length: n }, (_, j) => flat[Math.min(i, j) * n + Math.max(i, j)]),
            ),
          ),
      );
    fc.assert(
      fc.property(matrix, (H) => {
        const n = H.length;
        const { values } = symmetricEigen(H);
        const fro = Math.hypot(...H.flat());
        const trace = H.reduce((s, row, i) => s + row[i], 0);
        const sum = values.reduce((s, x) => s + x, 0);
        expect(Math.abs(sum - trace)).toBeLessThanOrEqual(1e-13 * (fro + 1));
        expect(Math.abs(Math.hypot(...values) - fro)).toBeLessThanOrEqual(1e-13 * (fro + 1));
        for (let k = 1; k < n; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
        checkEigenpairs(H, 1e-13);
      }),
      { numRuns: 200, seed: 20240601 },
    );
  });
});

describe('input validation', () => {
  it('throws TypeError naming H when it is not an array of arrays of numbers', () => {
    const bad: unknown[] = [
      null,
      undefined,
      3,
      'abc',
      { a: 1 },
      [1, 2],
      [
        [1, 'x'],
        [1, 2],
      ],
      [[null]],
    ];
    for (const H of bad) {
      expect(() => symmetricEigenvalues(H as number[][])).toThrow(TypeError);
      expect(() => symmetricEigenvalues(H as number[][])).toThrow(
        /^forward-ad: H must be an array of arrays of numbers/,
      );
      expect(() => symmetricEigen(H as number[][])).toThrow(TypeError);
    }
  });

  it('throws RangeError naming H when it is not square', () => {
    const call = () => symmetricEigenvalues([[1, 2], [3]]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/^forward-ad: H must be square: H has 2 rows but H\[1\] has 1 entries/);
    expect(() => symmetricEigen([[1, 2, 3]])).toThrow(RangeError);
  });

  it('throws RangeError naming H when it is not symmetric', () => {
    const call = () =>
      symmetricEigenvalues([
        [1, 2],
        [2.001, 1],
      ]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/^forward-ad: H must be symmetric: \|H\[0\]\[1\] - H\[1\]\[0\]\|/);
    // The tolerance is relative to max|H|: a 1e-9 relative mismatch is rejected.
    expect(() =>
      symmetricEigen([
        [1e6, 1],
        [1 + 1e-3, 1],
      ]),
    ).toThrow(RangeError);
  });
});
