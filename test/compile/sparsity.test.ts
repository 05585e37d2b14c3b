import { describe, expect, it } from 'vitest';
import { scatter, scatterIndices } from '../../src/compile/sparsity.js';
import {
  add,
  compile,
  gradient,
  hessian,
  hessianSparsity,
  jacobian,
  jacobianSparsity,
  mul,
  type Scalar,
  type SparsityPattern,
  sub,
} from '../../src/index.js';

/** Rosenbrock's function Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)². */
function rosenbrock<T extends Scalar<T>>(x: T[]): T | number {
  let s: T | number = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    const b = sub(1, x[i]);
    s = add(s as T, add(mul(100, mul(a, a)), mul(b, b)));
  }
  return s;
}

/** A banded map: yᵢ = xᵢ₋₁·xᵢ + sin(xᵢ₊₁) (bandwidth 1). */
function banded<T extends Scalar<T>>(x: T[]): (T | number)[] {
  return x.map((xi, i) => {
    let y: T | number = xi;
    if (i > 0) y = mul(x[i - 1], xi);
    if (i + 1 < x.length) y = add(y, x[i + 1].sin());
    return y;
  });
}

function entries(p: SparsityPattern): string[] {
  return p.rowIndices.map((r, k) => `${r},${p.columnIndices[k]}`);
}

function point(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1) + 0.01 * i);
}

describe('sparsity patterns', () => {
  it('Rosenbrock: the Hessian is tridiagonal, the gradient dense', () => {
    const n = 7;
    const p = hessianSparsity(rosenbrock, n);
    const want: string[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) want.push(`${i},${j}`);
    }
    expect(entries(p)).toEqual(want);
    expect([p.rows, p.columns]).toEqual([n, n]);
    // compiled objects index with their pattern, so callers get it frozen
    expect(Object.isFrozen(p.rowIndices) && Object.isFrozen(p)).toBe(true);
    expect(entries(jacobianSparsity(rosenbrock, n))).toEqual(
      Array.from({ length: n }, (_, j) => `0,${j}`),
    );
  });

  it('a banded Jacobian has the band, in row-major order', () => {
    const p = jacobianSparsity(banded, 5);
    expect(entries(p)).toEqual([
      '0,0',
      '0,1',
      '1,0',
      '1,1',
      '1,2',
      '2,1',
      '2,2',
      '2,3',
      '3,2',
      '3,3',
      '3,4',
      '4,3',
      '4,4',
    ]);
  });

  it('the patterns cover every non-zero the drivers find, and the sparse values match', () => {
    const n = 6;
    const x = point(n);
    const c = compile(rosenbrock, { inputs: n });
    const H = hessian(rosenbrock, x);
    const p = c.hessianSparsity();
    const values = c.hessianSparseInto(x, new Float64Array(p.rowIndices.length));
    const inPattern = new Set(entries(p));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (!inPattern.has(`${i},${j}`)) expect(H[i][j]).toBe(0);
    }
    p.rowIndices.forEach((i, k) => {
      expect(values[k]).toBeCloseTo(H[i][p.columnIndices[k]], 10);
    });
    const F = compile(banded, { inputs: n });
    const J = jacobian(banded, x);
    const jp = F.jacobianSparsity();
    const jv = F.jacobianSparseInto(x, new Array(jp.rowIndices.length).fill(0));
    jp.rowIndices.forEach((i, k) => {
      expect(jv[k]).toBe(J[i][jp.columnIndices[k]]);
    });
    expect(F.jacobian(x)).toEqual(J);
  });

  it('x·y + z²: mixed partial of x and y, the diagonal for z, nothing else', () => {
    const p = hessianSparsity(([a, b, c]) => add(mul(a, b), mul(c, c)), 3);
    expect(entries(p)).toEqual(['0,1', '1,0', '2,2']);
    // linear and piecewise-linear pieces add no curvature
    const q = hessianSparsity(([a, b]) => add(a.abs(), b.relu()).add(a.max(b)).mul(3), 2);
    expect(entries(q)).toEqual([]);
  });

  it('compiled Rosenbrock costs O(n): generated code grows linearly with n', () => {
    const size = (n: number) => {
      const c = compile(rosenbrock, { inputs: n });
      return c.source.length;
    };
    const ratio = size(400) / size(100);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
  });

  it('gradients and Hessians of large sparse functions agree with the drivers', () => {
    const n = 1000;
    const x = point(n);
    const c = compile(rosenbrock, { inputs: n });
    const g = gradient(rosenbrock, x);
    const cg = c.gradient(x);
    expect(cg).toHaveLength(n);
    cg.forEach((gi, i) => {
      expect(Math.abs(gi - g[i])).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(g[i])));
    });
    const values = c.hessianSparseInto(x, new Float64Array(c.hessianSparsity().rowIndices.length));
    // diagonal entry i of Rosenbrock's Hessian: 1200xᵢ² − 400xᵢ₊₁ + 2 (+200 for i > 0)
    const p = c.hessianSparsity();
    // Tridiagonal: n diagonal entries and n − 1 on each side of it.
    expect(p.rowIndices.length).toBe(3 * n - 2);
    p.rowIndices.forEach((i, k) => {
      const j = p.columnIndices[k];
      let want = -400 * x[Math.min(i, j)];
      if (i === j) {
        want = i < n - 1 ? 1200 * x[i] ** 2 - 400 * x[i + 1] + 2 : 0;
        if (i > 0) want += 200;
      }
      expect(values[k]).toBeCloseTo(want, 9);
    });
  });

  it('hessianSparsity refuses a vector function; patterns need a function and a count', () => {
    expect(() => hessianSparsity(banded, 3)).toThrow(/f must return a number for hessianSparsity/);
    // @ts-expect-error: not a function
    expect(() => jacobianSparsity(3, 2)).toThrow(TypeError);
    expect(() => jacobianSparsity(banded, -1)).toThrow(RangeError);
  });
});

describe('scatter', () => {
  it('writes a pattern’s values into dense rows, zeros elsewhere, rows revisited or not', () => {
    const pattern = {
      rows: 3,
      columns: 3,
      rowIndices: Object.freeze([0, 0, 2, 1, 2]),
      columnIndices: Object.freeze([0, 2, 1, 1, 0]),
    };
    const indices = scatterIndices(pattern);
    expect(indices.rowIndices).toBeInstanceOf(Int32Array);
    const out = [[9, 9, 9], new Float64Array([9, 9, 9]), [9, 9, 9]];
    scatter(indices, [1, 2, 3, 4, 5], out);
    expect(out.map((row) => Array.from(row))).toEqual([
      [1, 0, 2],
      [0, 4, 0],
      [5, 3, 0],
    ]);
  });
});
