/**
 * The minimal dual classes timed beside forward-ad in bench/ (for scale): each method against a
 * closed form, and the benchmark functions against the sympy + mpmath values of
 * test/fixtures/bench-problems.json, so that their rows time a right answer.
 */
import { describe, expect, it } from 'vitest';
import {
  MinimalDual,
  MinimalHyperDual,
  minimalJvp,
  minimalSecondDerivative,
} from '../../bench/lib/minimal-duals.mjs';
import { makeLayerGeneric, scalarGeneric } from '../../bench/lib/problems.mjs';
import { benchProblems } from '../helpers/bench-problems-fixture.js';

const fixture = benchProblems;

function close(a: number, b: number, tol = 1e-14): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
}

describe('MinimalHyperDual', () => {
  const x = 0.7;
  const seed = () => new MinimalHyperDual(x, 1, 1, 0);
  it('sin, exp: (f, f′, f′, f″)', () => {
    const s = seed().sin();
    expect([s.value, s.e1, s.e2, s.e12]).toEqual([
      Math.sin(x),
      Math.cos(x),
      Math.cos(x),
      -Math.sin(x),
    ]);
    const e = seed().exp();
    expect([e.value, e.e1, e.e2, e.e12]).toEqual([
      Math.exp(x),
      Math.exp(x),
      Math.exp(x),
      Math.exp(x),
    ]);
  });
  it('mul, div, add with numbers and hyper-duals', () => {
    // x³/(x + 2): f″ = 2(x³ + 6x² + 12x)/(x + 2)³, at 0.7.
    const h = seed();
    const f = h.mul(h).mul(h).div(h.add(2));
    close(f.value, x ** 3 / (x + 2));
    close(f.e1, (2 * x ** 3 + 6 * x * x) / (x + 2) ** 2);
    close(f.e12, (2 * (x ** 3 + 6 * x * x + 12 * x)) / (x + 2) ** 3);
    const g = h.mul(3).div(4).add(1);
    expect([g.value, g.e1, g.e2, g.e12]).toEqual([(3 * x) / 4 + 1, 0.75, 0.75, 0]);
  });
  it('the scalar benchmark function: f″ as sympy + mpmath give it', () => {
    const f = scalarGeneric as unknown as (x: MinimalHyperDual) => MinimalHyperDual;
    expect(fixture.scalar.length).toBeGreaterThan(3);
    for (const { x: at, d2 } of fixture.scalar) {
      // As in problems.test.ts: f″ cancels terms up to eˣ·(1 + x²) in size.
      close(minimalSecondDerivative(f, at), d2, 1e-14 * Math.exp(at) * (1 + at * at));
    }
  });
});

describe('MinimalDual', () => {
  it('add, mul, tanh', () => {
    const d = new MinimalDual(0.3, 2);
    const y = d.mul(d).add(d.mul(5)).add(1).tanh();
    const u = 0.09 + 1.5 + 1;
    expect(y.value).toBe(Math.tanh(u));
    close(y.tangent, (1 - Math.tanh(u) ** 2) * (2 * 0.3 * 2 + 5 * 2));
  });
  it('the layer benchmark function: value and J·v as sympy + mpmath give them', () => {
    const { W, b, x, v, value, tangent } = fixture.layer;
    const f = makeLayerGeneric(W, b) as unknown as (x: MinimalDual[]) => MinimalDual[];
    const r = minimalJvp(f, x, v);
    expect(r.value.length).toBe(value.length);
    expect(r.tangent.length).toBe(tangent.length);
    for (let i = 0; i < value.length; i++) {
      close(r.value[i], value[i]);
      close(r.tangent[i], tangent[i]);
    }
  });
});
