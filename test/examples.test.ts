/**
 * Every example in examples/ runs here, so none can rot; each result is checked against what the
 * example's comment works out by hand.
 */
import { describe, expect, it } from 'vitest';
import * as backprop from '../examples/backprop-network.js';
import * as chainRule from '../examples/chain-rule.js';
import * as degenerate from '../examples/degenerate-critical-point.js';
import * as regression from '../examples/linear-regression.js';
import * as newton from '../examples/newton-critical-points.js';
import * as taylorError from '../examples/taylor-error.js';

describe('examples/linear-regression', () => {
  it('descends to the least-squares line of the normal equations', () => {
    const r = regression.main();
    expect(r.gradientNorm).toBeLessThanOrEqual(1e-10);
    expect(r.w).toBeCloseTo(r.exact[0], 9);
    expect(r.b).toBeCloseTo(r.exact[1], 9);
    // The data lie near y = 2x + 1.
    expect(r.exact[0]).toBeCloseTo(2, 1);
    expect(r.exact[1]).toBeCloseTo(1, 1);
  });
});

describe('examples/backprop-network', () => {
  const r = backprop.main();

  it('finds backprop equal to the exact gradient to rounding, at every check', () => {
    expect(r.backpropChecks).toHaveLength(3);
    for (const c of r.backpropChecks) {
      expect(c.ok).toBe(true);
      expect(c.method).toBe('user-gradient');
      expect(c.maxRelError).toBeLessThan(1e-12);
    }
  });

  it('finds the AD gradient equal to central differences to their accuracy', () => {
    expect(r.centralDifferenceChecks).toHaveLength(3);
    for (const c of r.centralDifferenceChecks) {
      expect(c.ok).toBe(true);
      expect(c.method).toBe('central-differences');
      expect(c.maxRelError).toBeLessThan(1e-5);
    }
  });

  it('catches a backprop that forgets the output sigmoid’s derivative', () => {
    expect(r.buggyCheck.ok).toBe(false);
    expect(r.buggyCheck.maxRelError).toBeGreaterThan(0.1);
  });

  it('learns XOR', () => {
    expect(r.lossAfter).toBeLessThan(r.lossBefore / 10);
    expect(r.outputs.map(Math.round)).toEqual([0, 1, 1, 0]);
  });
});

describe('examples/chain-rule', () => {
  it('gives J_u, ∂y/∂u and ∇y = J_uᵀ·∂y/∂u = (4x1, 4x2) at (1, 2)', () => {
    const r = chainRule.main();
    expect(r.jacobianU).toEqual([
      [1, 1],
      [1, -1],
    ]);
    expect(r.gradientYOfU).toEqual([6, -2]); // (2u1, 2u2) at u = (3, −1)
    expect(r.chainRule).toEqual([4, 8]);
    expect(r.gradientYOfX).toEqual([4, 8]);
  });

  it('gives the JVPs J_u·v and ∇y·v in one sweep each, v = (3, −1)', () => {
    const r = chainRule.main();
    expect(r.jvpU).toEqual({ value: [3, -1], tangent: [2, 4] });
    expect(r.jvpYOfX).toEqual({ value: 10, tangent: 4 }); // 2·1² + 2·2² = 10; (4, 8)·(3, −1) = 4
  });
});

describe('examples/taylor-error', () => {
  it('keeps every error within its bound, and shows factorial against geometric decay', () => {
    const r = taylorError.main();
    expect(r.exp).toHaveLength(13);
    for (const row of [...r.exp, ...r.log1p]) {
      expect(row.error).toBeLessThanOrEqual(row.bound + 4e-16);
    }
    // Order 0: |e^0.5 − 1| and |log 1.5 − 0|.
    expect(r.exp[0].error).toBeCloseTo(Math.exp(0.5) - 1, 15);
    expect(r.log1p[0].error).toBeCloseTo(Math.log(1.5), 15);
    // By order 12, eˣ errs by about e^0.5·0.5¹³/13! ≈ 3e-14, log(1 + x) by about 0.5¹³/13 ≈ 1e-5.
    expect(r.exp[12].error).toBeLessThan(1e-13);
    expect(r.log1p[12].error).toBeGreaterThan(1e-6);
    for (let n = 1; n < 13; n++) expect(r.log1p[n].error).toBeLessThan(r.log1p[n - 1].error);
  });
});

describe('examples/newton-critical-points', () => {
  const r = newton.main();

  it('finds all nine critical points of (x² − 1)² + (y² − 1)²/2, each classified as by hand', () => {
    // H = diag(12x² − 4, 6y² − 2): x = ±1 gives 8, x = 0 gives −4; y = ±1 gives 4, y = 0 gives −2.
    const expected = (x: number, y: number): string => {
      if (x !== 0 && y !== 0) return 'minimum';
      if (x === 0 && y === 0) return 'maximum';
      return 'saddle';
    };
    const seen = new Set<string>();
    for (const p of r.found) {
      const [x, y] = p.x.map((v) => Math.round(v) + 0);
      expect(Math.abs(p.x[0] - x)).toBeLessThan(1e-14);
      expect(Math.abs(p.x[1] - y)).toBeLessThan(1e-14);
      expect(p.kind).toBe(expected(x, y));
      // f = (x² − 1)² + (y² − 1)²/2 at the rounded point.
      expect(p.value).toBeCloseTo((x * x - 1) ** 2 + (y * y - 1) ** 2 / 2, 14);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).toBe(9);
  });

  it('has minimize descend from next to the maximum to a minimum instead', () => {
    expect(r.minimized.classification).toBe('minimum');
    for (const v of r.minimized.x) expect(Math.abs(Math.abs(v) - 1)).toBeLessThan(1e-10);
  });
});

describe('examples/degenerate-critical-point', () => {
  it('finds x²y + xy² degenerate at the origin, with cubic terms of both signs', () => {
    const r = degenerate.main();
    expect(r.kind).toBe('degenerate');
    expect(r.gradient).toEqual([0, 0]);
    expect(r.hessian).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(r.eigenvalues).toEqual([0, 0]);
    // f(t·v) = t³·f(v): f(1, 1) = 2, f(−1, −1) = −2.
    expect(r.along).toEqual([0, 0, 0, 2]);
    expect(r.against).toEqual([0, 0, 0, -2]);
  });
});
