import { describe, expect, it } from 'vitest';
import {
  classifyEigenvalues,
  type Definiteness,
  defaultDefinitenessTolerance,
  definiteness,
} from '../../src/analysis/definiteness';

const EPSILON = 2 ** -52;

describe('definiteness', () => {
  it.each<[string, number[][], Definiteness]>([
    [
      'positive diagonal',
      [
        [2, 0],
        [0, 3],
      ],
      'positive-definite',
    ],
    [
      'negative diagonal',
      [
        [-2, 0],
        [0, -3],
      ],
      'negative-definite',
    ],
    [
      'mixed-sign diagonal',
      [
        [1, 0],
        [0, -1],
      ],
      'indefinite',
    ],
    // Eigenvalues 1 and 3.
    [
      '[[2, 1], [1, 2]]',
      [
        [2, 1],
        [1, 2],
      ],
      'positive-definite',
    ],
    // Eigenvalues −1 and 3: positive diagonal, yet indefinite.
    [
      '[[1, 2], [2, 1]]',
      [
        [1, 2],
        [2, 1],
      ],
      'indefinite',
    ],
    // Eigenvalues 0 and 2.
    [
      '[[1, 1], [1, 1]]',
      [
        [1, 1],
        [1, 1],
      ],
      'positive-semidefinite',
    ],
    // Eigenvalues −2 and 0.
    [
      '[[-1, 1], [1, -1]]',
      [
        [-1, 1],
        [1, -1],
      ],
      'negative-semidefinite',
    ],
    // Eigenvalues 2 − 2cos(kπ/4) > 0.
    [
      '(2, −1) tridiagonal',
      [
        [2, -1, 0],
        [-1, 2, -1],
        [0, -1, 2],
      ],
      'positive-definite',
    ],
    [
      'negated (2, −1) tridiagonal',
      [
        [-2, 1, 0],
        [1, -2, 1],
        [0, 1, -2],
      ],
      'negative-definite',
    ],
    // Graph Laplacian of a path: eigenvalues 0, 1, 3.
    [
      'path Laplacian',
      [
        [1, -1, 0],
        [-1, 2, -1],
        [0, -1, 1],
      ],
      'positive-semidefinite',
    ],
    [
      'zero matrix',
      [
        [0, 0],
        [0, 0],
      ],
      'positive-semidefinite',
    ],
    ['0×0 matrix', [], 'positive-semidefinite'],
    ['1×1 negative', [[-5]], 'negative-definite'],
    ['1×1 zero', [[0]], 'positive-semidefinite'],
  ])('classifies %s', (_, H, expected) => {
    expect(definiteness(H)).toBe(expected);
  });

  it('classifies the all-ones matrix (eigenvalues 0 ×(n−1) and n) as positive-semidefinite', () => {
    for (const n of [2, 3, 5, 10]) {
      const J = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      expect(definiteness(J)).toBe('positive-semidefinite');
      expect(definiteness(J.map((row) => row.map((x) => -x)))).toBe('negative-semidefinite');
    }
  });

  it('treats eigenvalues within the default scale-aware tolerance as zero', () => {
    expect(
      definiteness([
        [1, 0],
        [0, 1e-18],
      ]),
    ).toBe('positive-semidefinite');
    expect(
      definiteness([
        [1, 0],
        [0, -1e-18],
      ]),
    ).toBe('positive-semidefinite');
    expect(
      definiteness([
        [-1, 0],
        [0, 1e-18],
      ]),
    ).toBe('negative-semidefinite');
    // The rule is relative, so the same shape at another scale classifies alike…
    expect(
      definiteness([
        [1e-30, 0],
        [0, 1e-48],
      ]),
    ).toBe('positive-semidefinite');
    // …while a small but clearly non-zero eigenvalue still counts.
    expect(
      definiteness([
        [1, 0],
        [0, 1e-12],
      ]),
    ).toBe('positive-definite');
    expect(
      definiteness([
        [1e-30, 0],
        [0, 1e-42],
      ]),
    ).toBe('positive-definite');
  });

  it('honours options.tolerance', () => {
    const H = [
      [1, 0],
      [0, 1e-6],
    ];
    expect(definiteness(H)).toBe('positive-definite');
    expect(definiteness(H, { tolerance: 1e-3 })).toBe('positive-semidefinite');
    expect(definiteness(H, { tolerance: 2 })).toBe('positive-semidefinite');
    expect(
      definiteness(
        [
          [1, 0],
          [0, -1e-6],
        ],
        { tolerance: 1e-3 },
      ),
    ).toBe('positive-semidefinite');
    // Tolerance 0: only exact zeros are zero.
    expect(
      definiteness(
        [
          [1, 0],
          [0, 1e-18],
        ],
        { tolerance: 0 },
      ),
    ).toBe('positive-definite');
    expect(
      definiteness(
        [
          [0, 0],
          [0, 0],
        ],
        { tolerance: 0 },
      ),
    ).toBe('positive-semidefinite');
    expect(definiteness(H, {})).toBe('positive-definite');
    expect(definiteness(H, { tolerance: undefined })).toBe('positive-definite');
  });

  it('rejects an invalid options.tolerance, naming it', () => {
    const H = [[1]];
    for (const tolerance of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const call = () => definiteness(H, { tolerance });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/^forward-ad: options\.tolerance must be a finite number >= 0/);
    }
    const call = () => definiteness(H, { tolerance: '1e-3' as unknown as number });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^forward-ad: options\.tolerance must be a number, got string/);
  });

  it('rejects non-object options', () => {
    const call = () => definiteness([[1]], 1e-3 as unknown as { tolerance: number });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^forward-ad: options must be an object/);
  });

  it('propagates matrix validation errors', () => {
    expect(() => definiteness([[1, 2], [3]])).toThrow(RangeError);
    expect(() => definiteness([[1, 2], [3]])).toThrow(/^forward-ad: H must be square/);
    expect(() =>
      definiteness([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      definiteness([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(/^forward-ad: H must be symmetric/);
    expect(() => definiteness('H' as unknown as number[][])).toThrow(TypeError);
    expect(() => definiteness('H' as unknown as number[][])).toThrow(
      /^forward-ad: H must be an array of arrays/,
    );
  });

  it('rejects non-finite entries instead of guessing', () => {
    const call = () => definiteness([[Number.NaN]]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/^forward-ad: H must have finite entries/);
  });

  it('does not mutate its input', () => {
    const H = [
      [2, -1],
      [-1, 2],
    ];
    definiteness(H);
    expect(H).toEqual([
      [2, -1],
      [-1, 2],
    ]);
  });
});

describe('classifyEigenvalues', () => {
  it.each<[number[], number, Definiteness]>([
    [[1, 2, 3], 0, 'positive-definite'],
    [[-3, -2, -1], 0, 'negative-definite'],
    [[0, 1, 2], 0, 'positive-semidefinite'],
    [[-2, -1, 0], 0, 'negative-semidefinite'],
    [[-1, 0, 1], 0, 'indefinite'],
    [[-1, 1], 0, 'indefinite'],
    [[0, 0], 0, 'positive-semidefinite'],
    [[], 0, 'positive-semidefinite'],
    [[1e-9, 1], 1e-9, 'positive-semidefinite'],
    [[-1e-9, 1], 1e-9, 'positive-semidefinite'],
    [[-1e-9, -1], 1e-9, 'negative-semidefinite'],
    [[-1e-9, 1e-9], 1e-9, 'positive-semidefinite'],
    [[-2e-9, 1], 1e-9, 'indefinite'],
    [[Number.NEGATIVE_INFINITY, 1], 0, 'indefinite'],
  ])('classifies %j with tolerance %d as %s', (eigenvalues, tolerance, expected) => {
    expect(classifyEigenvalues(eigenvalues, tolerance)).toBe(expected);
  });

  it('does not depend on the order of the eigenvalues', () => {
    expect(classifyEigenvalues([3, 0, 1], 0)).toBe('positive-semidefinite');
    expect(classifyEigenvalues([0, -3, -1], 0)).toBe('negative-semidefinite');
  });

  it('rejects an invalid tolerance, naming it', () => {
    for (const tolerance of [-1e-12, Number.NaN, Number.POSITIVE_INFINITY]) {
      const call = () => classifyEigenvalues([1], tolerance);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/^forward-ad: tolerance must be a finite number >= 0/);
    }
    const call = () => classifyEigenvalues([1], null as unknown as number);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^forward-ad: tolerance must be a number/);
  });

  it('rejects NaN and non-number eigenvalues', () => {
    expect(() => classifyEigenvalues([1, Number.NaN], 0)).toThrow(RangeError);
    expect(() => classifyEigenvalues([1, Number.NaN], 0)).toThrow(
      /^forward-ad: eigenvalues\[1\] is NaN/,
    );
    expect(() => classifyEigenvalues([1, '2' as unknown as number], 0)).toThrow(TypeError);
  });
});

describe('defaultDefinitenessTolerance', () => {
  it('is 8·n·2⁻⁵²·max|λ|', () => {
    expect(defaultDefinitenessTolerance([1, -4, 2])).toBe(8 * 3 * EPSILON * 4);
    expect(defaultDefinitenessTolerance([0, 0])).toBe(0);
    expect(defaultDefinitenessTolerance([])).toBe(0);
  });
});

describe('definiteness: eigenvalues beyond the largest double', () => {
  it('classifies a matrix whose eigenvalue overflows (2e308), not an error about a tolerance', () => {
    const a = 1e308;
    expect(
      definiteness([
        [a, a],
        [a, a],
      ]),
    ).toBe('positive-semidefinite');
    expect(
      definiteness([
        [-a, -a],
        [-a, -a],
      ]),
    ).toBe('negative-semidefinite');
    // A tolerance is in H’s units, whatever scaling the eigenvalues needed.
    expect(
      definiteness(
        [
          [a, a],
          [a, a],
        ],
        { tolerance: 1e300 },
      ),
    ).toBe('positive-semidefinite');
  });
});
