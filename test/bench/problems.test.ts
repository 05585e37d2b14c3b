/**
 * The benchmark problems' hand-written derivatives (the reference of every agreement check in
 * bench/) against sympy + mpmath values from test/fixtures/gen_bench_problems.py, and their
 * generic forms against the same values through forward-ad's drivers.
 */
import { describe, expect, it } from 'vitest';
import {
  expSinGeneric,
  expSinPrimal,
  expSinTaylor,
  layerJacobian,
  layerJvp,
  layerPrimal,
  makeLayerGeneric,
  rosenbrockGeneric,
  rosenbrockGradient,
  rosenbrockHessian,
  rosenbrockPrimal,
  scalarDerivative,
  scalarGeneric,
  scalarPrimal,
  scalarSecondDerivative,
} from '../../bench/lib/problems.mjs';
import { derivative, gradient, jacobian, jvp, taylor } from '../../src/index';
import { benchProblems } from '../helpers/bench-problems-fixture.js';

const fixture = benchProblems;

/** max |a − b| / max |b|: entries of gradients and Hessians are sums that may cancel. */
function normError(a: readonly number[], b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  const scale = Math.max(...b.map(Math.abs));
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]))) / scale;
}

/** |a − b| / |b|, or |a − b| when b is 0. */
function relError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

// A few roundings in a dozen operations: 1e-14 leaves room for ~50 ulp and still fails on any
// wrong term (each term of these derivatives is of the size of the result).
const CLOSED_FORM = 1e-14;

describe('scalar f(x) = sin(x²)·exp(x)/(1+x²)', () => {
  for (const { x, f, d1, d2 } of fixture.scalar) {
    it(`f, f′, f″ by hand at x = ${x}`, () => {
      expect(relError(scalarPrimal(x), f)).toBeLessThan(CLOSED_FORM);
      expect(relError(scalarDerivative(x), d1)).toBeLessThan(CLOSED_FORM);
      // f″ is a sum of terms up to about eˣ·(1+x²) in size that cancel (f″(3.1) = −0.026 from
      // terms near 80): its error is measured against that size.
      const termSize = Math.max(1, Math.exp(x) * (1 + x * x));
      expect(Math.abs(scalarSecondDerivative(x) - d2)).toBeLessThan(CLOSED_FORM * termSize);
    });
    it(`the generic form gives f′ through derivative() at x = ${x}`, () => {
      expect(relError(derivative(scalarGeneric, x), d1)).toBeLessThan(CLOSED_FORM);
    });
  }
});

describe('Rosenbrock', () => {
  const { x, f, gradient: g, hessian: h } = fixture.rosenbrock;
  it('value, gradient and Hessian by hand', () => {
    expect(relError(rosenbrockPrimal(x), f)).toBeLessThan(CLOSED_FORM);
    expect(normError(rosenbrockGradient(x), g)).toBeLessThan(CLOSED_FORM);
    expect(normError(rosenbrockHessian(x).flat(), h.flat())).toBeLessThan(CLOSED_FORM);
  });
  it('the generic form gives the gradient through gradient()', () => {
    expect(normError(gradient(rosenbrockGeneric, x), g)).toBeLessThan(CLOSED_FORM);
  });
});

describe('tanh(Wx + b)', () => {
  const { W, b, x, v, value, jacobian: J, tangent } = fixture.layer;
  it('value, Jacobian and JVP by hand', () => {
    expect(normError(layerPrimal(W, b, x), value)).toBeLessThan(CLOSED_FORM);
    expect(normError(layerJacobian(W, b, x).flat(), J.flat())).toBeLessThan(CLOSED_FORM);
    const [y, t] = layerJvp(W, b, x, v);
    expect(normError(y, value)).toBeLessThan(CLOSED_FORM);
    expect(normError(t, tangent)).toBeLessThan(CLOSED_FORM);
  });
  it('the generic form gives J and J·v through jacobian() and jvp()', () => {
    const layer = makeLayerGeneric(W, b);
    expect(normError(jacobian(layer, x).flat(), J.flat())).toBeLessThan(CLOSED_FORM);
    expect(normError(jvp(layer, x, v).tangent, tangent)).toBeLessThan(CLOSED_FORM);
  });
});

describe('Taylor coefficients of exp(sin(x))', () => {
  for (const { x0, coefficients } of fixture.taylor) {
    it(`by the hand recurrences, to order 64, at x0 = ${x0}`, () => {
      const c = expSinTaylor(x0, 64);
      expect(c.length).toBe(65);
      expect(relError(c[0], expSinPrimal(x0))).toBe(0);
      // Each coefficient, however small (down to 1e-30), to a relative 1e-12: the recurrence
      // sums up to 64 terms of mixed sign.
      for (let k = 0; k <= 64; k++) expect(relError(c[k], coefficients[k])).toBeLessThan(1e-12);
    });
    it(`the generic form gives them through taylor() at x0 = ${x0}`, () => {
      const c = taylor(expSinGeneric, x0, 64).coefficients;
      for (let k = 0; k <= 64; k++) expect(relError(c[k], coefficients[k])).toBeLessThan(1e-12);
    });
  }
});
