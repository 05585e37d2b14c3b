/**
 * The central-difference contender of bench/: each estimate against the sympy + mpmath values
 * of test/fixtures/bench-problems.json, within the error its step size predicts (ε^(2/3) for
 * first differences, ε^(1/2) for second), so a wrong stencil or step fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  centralDerivative,
  centralGradient,
  centralHessian,
  centralJacobian,
  centralJvp,
  centralSecondDerivative,
  centralTaylor,
} from '../../bench/lib/central-differences.mjs';
import {
  expSinPrimal,
  layerPrimal,
  rosenbrockPrimal,
  scalarPrimal,
} from '../../bench/lib/problems.mjs';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/bench-problems.json', import.meta.url), 'utf8'),
);

/** max |a − b| / max |b|. */
function normError(a: readonly number[], b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  const scale = Math.max(...b.map(Math.abs));
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]))) / scale;
}

// Truncation and rounding balance at ε^(2/3) ≈ 4e-11 (first differences) and ε^(1/2) ≈ 1.5e-8
// (second differences), times the size of the derivatives; a factor of 100 covers that size.
const FIRST = 100 * Number.EPSILON ** (2 / 3);
const SECOND = 100 * Number.EPSILON ** 0.5;

describe('central differences', () => {
  it('f′ and f″ of the scalar f', () => {
    for (const { x, d1, d2 } of fixture.scalar) {
      const scale = Math.max(1, Math.abs(d1));
      expect(Math.abs(centralDerivative(scalarPrimal, x) - d1)).toBeLessThan(FIRST * scale);
      const scale2 = Math.max(1, Math.abs(d2), Math.exp(x) * (1 + x * x));
      expect(Math.abs(centralSecondDerivative(scalarPrimal, x) - d2)).toBeLessThan(SECOND * scale2);
    }
  });

  it('the Rosenbrock gradient (2n evaluations) and Hessian (2n(n+1))', () => {
    const { x, gradient, hessian } = fixture.rosenbrock;
    let calls = 0;
    const counted = (v: number[]) => {
      calls++;
      return rosenbrockPrimal(v);
    };
    expect(normError(centralGradient(counted, x), gradient)).toBeLessThan(FIRST);
    expect(calls).toBe(2 * x.length);
    calls = 0;
    const H = centralHessian(counted, x);
    expect(normError(H.flat(), hessian.flat())).toBeLessThan(SECOND);
    expect(calls).toBe(2 * x.length * (x.length + 1));
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < x.length; j++) expect(H[i][j]).toBe(H[j][i]);
    }
  });

  it('the layer Jacobian and JVP', () => {
    const { W, b, x, v, value, jacobian, tangent } = fixture.layer;
    const F = (u: number[]) => layerPrimal(W, b, u);
    expect(normError(centralJacobian(F, x).flat(), jacobian.flat())).toBeLessThan(FIRST);
    const [y, t] = centralJvp(F, x, v);
    expect(y).toEqual(layerPrimal(W, b, x));
    expect(normError(y, value)).toBeLessThan(1e-15);
    expect(normError(t, tangent)).toBeLessThan(FIRST);
  });

  it('Taylor coefficients: close at order 4, and no correct digit by order 16', () => {
    const { x0, coefficients } = fixture.taylor[0];
    const c4 = centralTaylor(expSinPrimal, x0, 4);
    // The k-th difference with step ε^(1/(k+2)) is good to about ε^(2/(k+2)): 1e-5 at k = 4.
    for (let k = 0; k <= 4; k++) {
      expect(Math.abs(c4[k] - coefficients[k])).toBeLessThan(1e-4 * Math.abs(coefficients[k]));
    }
    const c16 = centralTaylor(expSinPrimal, x0, 16);
    const worst = Math.max(
      ...c16.map((c, k) => Math.abs(c - coefficients[k]) / Math.abs(coefficients[k])),
    );
    expect(worst).toBeGreaterThan(0.5);
  });
});
