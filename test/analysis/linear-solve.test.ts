import { describe, expect, it } from 'vitest';
import { solveLinear } from '../../src/analysis/linear-solve.js';

describe('solveLinear', () => {
  it('solves systems with known solutions', () => {
    expect(solveLinear([[2]], [4])).toEqual([2]);
    expect(
      solveLinear(
        [
          [2, 1],
          [1, 3],
        ],
        [3, 5],
      ),
    ).toEqual([0.8, 1.4]);
    // A permutation matrix needs pivoting: without it the first pivot is 0.
    expect(
      solveLinear(
        [
          [0, 0, 1],
          [1, 0, 0],
          [0, 1, 0],
        ],
        [3, 1, 2],
      ),
    ).toEqual([1, 2, 3]);
  });

  it('is accurate where elimination without pivoting is not', () => {
    // [[ε, 1], [1, 1]]·x = [1, 2]: x ≈ (1, 1). Without row swaps x₁ comes out 0.
    const x = solveLinear(
      [
        [1e-20, 1],
        [1, 1],
      ],
      [1, 2],
    )!;
    expect(x[0]).toBeCloseTo(1, 15);
    expect(x[1]).toBeCloseTo(1, 15);
  });

  it('solves a 6×6 Hilbert system to the accuracy its condition (1.5e7) allows', () => {
    const n = 6;
    const H = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => 1 / (i + j + 1)),
    );
    const ones = new Array(n).fill(1);
    const b = H.map((row) => row.reduce((s, h) => s + h, 0));
    const x = solveLinear(H, b)!;
    for (let i = 0; i < n; i++) expect(Math.abs(x[i] - ones[i])).toBeLessThan(1e-8);
  });

  it('returns null for singular or non-finite matrices, and leaves its inputs alone', () => {
    const A = [
      [1, 2],
      [2, 4],
    ];
    const b = [1, 2];
    expect(solveLinear(A, b)).toBeNull();
    expect(A).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(b).toEqual([1, 2]);
    expect(
      solveLinear(
        [
          [0, 0],
          [0, 0],
        ],
        [0, 0],
      ),
    ).toBeNull();
    expect(
      solveLinear(
        [
          [1, Number.NaN],
          [0, 1],
        ],
        [1, 1],
      ),
    ).toBeNull();
    // Singular to working precision: the second pivot is 2⁻⁵², below n·ε·max|A| = 2⁻⁵¹.
    expect(
      solveLinear(
        [
          [1, 1],
          [1, 1 + 2 ** -52],
        ],
        [1, 2],
      ),
    ).toBeNull();
    expect(solveLinear([], [])).toEqual([]);
  });
});
