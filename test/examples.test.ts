/**
 * Every example in examples/ runs here, so none can rot; each result is checked against what the
 * example's comment works out by hand.
 */
import { describe, expect, it } from 'vitest';
import * as backprop from '../examples/backprop-network.js';
import * as chainRule from '../examples/chain-rule.js';
import * as regression from '../examples/linear-regression.js';
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
