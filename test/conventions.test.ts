import { describe, expect, it } from 'vitest';
import {
  abs,
  acos,
  acosh,
  add,
  asin,
  atan2,
  atanh,
  Dual,
  derivative,
  div,
  gradient,
  hessian,
  hypot,
  Jet2,
  log,
  MultiDual,
  max,
  min,
  mul,
  pow,
  relu,
  type Scalar,
  sqrt,
  Taylor,
  taylor,
  valueAndDerivative,
  valueAndGradient,
} from '../src/index.js';
import * as R from '../src/rules.js';

// Each block below is one convention of docs/conventions.md, checked on Dual (derivative), on
// MultiDual (gradient) and, for second derivatives, on the rule table itself.

describe('kinks: a finite one-sided choice', () => {
  it('abs′(0) = 0 and abs″(0) = 0, also at −0', () => {
    expect(derivative(abs, 0)).toBe(0);
    expect(derivative(abs, -0)).toBe(0);
    expect(gradient(([x]) => abs(x), [0])).toEqual([0]);
    expect(R.abs.d2(0, 0, 0)).toBe(0);
    // Away from the kink: the sign.
    expect([derivative(abs, -2), derivative(abs, 3)]).toEqual([-1, 1]);
  });

  it('relu′(0) = 0 and relu″(0) = 0', () => {
    expect(valueAndDerivative(relu, 0)).toEqual({ value: 0, derivative: 0 });
    expect(gradient(([x]) => relu(x), [0])).toEqual([0]);
    expect(R.relu.d2(0, 0, 0)).toBe(0);
    expect([derivative(relu, -1), derivative(relu, 1)]).toEqual([0, 1]);
  });

  it('min and max at a tie take the average of both sides', () => {
    // ∂/∂x and ∂/∂y of max(x, y) at x = y are ½ each.
    expect(gradient(([x, y]) => max(x, y), [2, 2])).toEqual([0.5, 0.5]);
    expect(gradient(([x, y]) => min(x, y), [2, 2])).toEqual([0.5, 0.5]);
    // max(x, 1) at x = 1: ½; max(x, x) is x, slope 1.
    expect(derivative((x) => max(x, 1), 1)).toBe(0.5);
    expect(derivative((x) => min(1, x), 1)).toBe(0.5);
    expect(derivative((x) => max(x, x), 1)).toBe(1);
    // max(x, 2x) at 0: the average of slopes 1 and 2.
    expect(derivative((x) => max(x, mul(2, x)), 0)).toBe(1.5);
  });

  it('hypot has zero partials at the origin', () => {
    expect(derivative((x) => hypot(x, 0), 0)).toBe(0);
    expect(valueAndGradient(([x, y]) => hypot(x, y), [0, 0])).toEqual({
      value: 0,
      gradient: [0, 0],
    });
    // Away from the origin: (x, y)/r.
    expect(gradient(([x, y]) => hypot(x, y), [3, 4])).toEqual([0.6, 0.8]);
  });

  it('atan2 has NaN partials at the origin (the angle is undefined there)', () => {
    const g = gradient(([y, x]) => atan2(y, x), [0, 0]);
    expect(g[0]).toBeNaN();
    expect(g[1]).toBeNaN();
  });
});

describe('domains: NaN outside, one-sided limits at the edge', () => {
  it('log′(−2) is NaN (not −0.5), with a NaN value', () => {
    expect(valueAndDerivative(log, -2)).toEqual({ value: NaN, derivative: NaN });
    expect(gradient(([x]) => log(x), [-2])).toEqual([NaN]);
  });

  it('sqrt′(0) = +∞ and asin′(1) = +∞', () => {
    expect(valueAndDerivative(sqrt, 0)).toEqual({ value: 0, derivative: Infinity });
    expect(valueAndDerivative(asin, 1)).toEqual({ value: Math.PI / 2, derivative: Infinity });
    expect(gradient(([x]) => asin(x), [-1])).toEqual([Infinity]);
  });

  it('the other domain edges: acos′(±1) = −∞, atanh′(±1) = +∞, log′(0) = +∞, acosh′(1) = +∞', () => {
    expect(valueAndDerivative(acos, 1)).toEqual({ value: 0, derivative: -Infinity });
    expect(valueAndDerivative(acos, -1)).toEqual({ value: Math.PI, derivative: -Infinity });
    expect(valueAndDerivative(atanh, 1)).toEqual({ value: Infinity, derivative: Infinity });
    expect(valueAndDerivative(atanh, -1)).toEqual({ value: -Infinity, derivative: Infinity });
    expect(valueAndDerivative(log, 0)).toEqual({ value: -Infinity, derivative: Infinity });
    expect(valueAndDerivative(acosh, 1)).toEqual({ value: 0, derivative: Infinity });
    expect(gradient(([x]) => acos(x), [1])).toEqual([-Infinity]);
  });

  it('just outside the domain, asin(1 + 2⁻⁵²) is NaN with a NaN derivative', () => {
    expect(valueAndDerivative(asin, 1 + 2 ** -52)).toEqual({ value: NaN, derivative: NaN });
  });

  it('a zero tangent times an infinite derivative is NaN: ∇(x + √y) at (1, 0) is [NaN, ∞]', () => {
    expect(gradient(([x, y]) => add(x, sqrt(y)), [1, 0])).toEqual([NaN, Infinity]);
  });

  it('acosh(0.5) is NaN with a NaN tangent', () => {
    expect(valueAndDerivative(acosh, 0.5)).toEqual({ value: NaN, derivative: NaN });
    const y = new MultiDual(0.5, [1, 2]).acosh();
    expect(y.value).toBeNaN();
    expect(y.tangents).toEqual([NaN, NaN]);
  });
});

describe('integer powers are exact at 0', () => {
  it('d/dx x² at 0 is 0, x³ has slope 0, x¹ slope 1, x⁰ slope 0', () => {
    expect(valueAndDerivative((x) => pow(x, 2), 0)).toEqual({ value: 0, derivative: 0 });
    expect(valueAndDerivative((x) => pow(x, 3), 0)).toEqual({ value: 0, derivative: 0 });
    expect(valueAndDerivative((x) => pow(x, 1), 0)).toEqual({ value: 0, derivative: 1 });
    expect(valueAndDerivative((x) => pow(x, 0), 0)).toEqual({ value: 1, derivative: 0 });
    expect(gradient(([x]) => pow(x, 2), [0])).toEqual([0]);
    expect(gradient(([x]) => pow(x, 0), [0])).toEqual([0]);
  });

  it('second derivatives at 0 from the rule table: 2, 0, 0, 0 (never 0·∞)', () => {
    expect(R.power.d2(0, 2, 0)).toBe(2);
    expect(R.power.d2(0, 3, 0)).toBe(0);
    expect(R.power.d2(0, 1, 0)).toBe(0);
    expect(R.power.d2(0, 0, 1)).toBe(0);
  });

  it('negative and fractional powers at 0 follow their one-sided limits', () => {
    expect(valueAndDerivative((x) => pow(x, 0.5), 0)).toEqual({ value: 0, derivative: Infinity });
    expect(valueAndDerivative((x) => pow(x, -1), 0)).toEqual({
      value: Infinity,
      derivative: -Infinity,
    });
  });
});

describe('pow with a variable exponent and a zero or negative base', () => {
  it('the value is Math.pow’s', () => {
    for (const [a, b] of [
      [0, 2],
      [0, 0],
      [-2, 3],
      [-8, 1 / 3],
      [0, -1],
    ]) {
      expect(Object.is(pow(new Dual(a, 1), new Dual(b, 1)).value, a ** b)).toBe(true);
    }
  });

  it('0^b for b > 0 is identically 0 in b: ∂b = 0 (not 0·log 0 = NaN)', () => {
    expect(derivative((b) => pow(0, b), 2)).toBe(0);
    expect(derivative((b) => pow(0, b), 0.5)).toBe(0);
    expect(gradient(([a, b]) => pow(a, b), [0, 2])).toEqual([0, 0]);
    expect(gradient(([a, b]) => pow(a, b), [0, 3])).toEqual([0, 0]);
  });

  it('0^b at b = 0 and below: ∂b is the rule’s −∞ (the one-sided limit from b > 0 side)', () => {
    // (0^h − 0^0)/h → −∞ as h → 0⁺; at b < 0, 0^b = +∞ and ∂b = ∞·log 0 = −∞ too.
    expect(derivative((b) => pow(0, b), 0)).toBe(-Infinity);
    expect(R.pow.db(0, 0, 1)).toBe(-Infinity);
  });

  it('a negative base: real a-partial for an integer exponent, NaN b-partial', () => {
    expect(gradient(([a, b]) => pow(a, b), [-2, 3])).toEqual([12, NaN]);
    // With a constant exponent, only the base varies: exact, no NaN.
    expect(derivative((a) => pow(a, new Dual(3)), -2)).toBe(12);
    // The base constant, the exponent varying: NaN (the function is not real near b).
    expect(derivative((b) => pow(-2, b), 3)).toBeNaN();
  });

  it('a side whose perturbation is exactly 0 contributes nothing', () => {
    // √a at a = 0 has an infinite ∂a, but a is constant here: the tangent is b's alone.
    const z = new Dual(0, 0).pow(new Dual(0.5, 1));
    expect(z.value).toBe(0);
    expect(z.tangent).toBe(0);
    const m = new MultiDual(0, [0, 0]).pow(new MultiDual(0.5, [1, 0]));
    expect(m.tangents).toEqual([0, 0]);
  });
});

describe('x / x', () => {
  it('is exactly 1 with tangent exactly 0, on Dual and MultiDual', () => {
    for (const v of [3, 0.1, -7.25, 1e-300, 1e300, -2.5e-308]) {
      expect(valueAndDerivative((x) => div(x, x), v)).toEqual({ value: 1, derivative: 0 });
      expect(valueAndGradient(([x]) => div(x, x), [v])).toEqual({ value: 1, gradient: [0] });
    }
  });
});

describe('x / x at a subnormal x', () => {
  it('is 1 with a NaN tangent: 1/x overflows and the two terms are ∞ − ∞', () => {
    for (const v of [5e-324, -1e-310]) {
      expect(valueAndDerivative((x) => div(x, x), v)).toEqual({ value: 1, derivative: NaN });
      expect(valueAndGradient(([x]) => div(x, x), [v])).toEqual({ value: 1, gradient: [NaN] });
    }
  });
});

describe('perturbation tags', () => {
  it('a nested derivative through a closure throws an Error that says why', () => {
    const nested = () =>
      derivative(
        (x) =>
          mul(
            x,
            derivative((y) => mul(x, y), 1),
          ),
        2,
      );
    expect(nested).toThrow(Error);
    expect(nested).toThrow(/two different derivative calls/);
    expect(nested).toThrow(/secondDerivative, hessian, nthDerivative or taylor/);
  });

  it('two number types never combine: a Dual with a MultiDual throws a TypeError', () => {
    const mixed = () => new Dual(1, 1).mul(new MultiDual(1, [1]) as unknown as Dual);
    expect(mixed).toThrow(TypeError);
    expect(mixed).toThrow(/cannot combine a Dual with a MultiDual/);
  });

  it('hand-made constants combine with a driver’s numbers; hand-made numbers with a perturbation are refused', () => {
    const c = new Dual(3, 0);
    expect(derivative((x) => mul(x, c), 2)).toBe(3);
    // ForwardDiff would treat c's tangent as a second perturbation (3 here); adding it to the
    // driver's (5) would be a derivative of neither, so it throws.
    const perturbed = new Dual(3, 1);
    expect(() => derivative((x) => mul(x, perturbed), 2)).toThrow(
      /made by hand with a non-zero perturbation/,
    );
    // hessian's f is generic; the one-sweep jet method runs it on Jet2s.
    const withHandMadeJet = <T extends Scalar<T>>([y, z]: T[]): T =>
      mul(Jet2.variable(3, 0) as unknown as T, mul(y, z));
    expect(() => hessian(withHandMadeJet, [1, 1], { method: 'jet' })).toThrow(
      /a Jet2 made by hand/,
    );
    expect(() => taylor((y) => mul(Taylor.variable(3, 2), y), 1, 2)).toThrow(
      /a Taylor made by hand/,
    );
    // Alone, a hand-made output is a constant.
    expect(derivative(() => perturbed, 2)).toBe(0);
  });
});

describe('conversion to a primitive', () => {
  it('arithmetic operators and comparisons throw; string conversion works', () => {
    const x = new Dual(2, 1);
    const n = x as unknown as number;
    expect(() => n * 2).toThrow(TypeError);
    expect(() => n < 1).toThrow(/x\.value to compare/);
    expect(`${x}`).toBe('Dual(2, 1)');
    expect(() => derivative((t) => (t as unknown as number) * 2, 1)).toThrow(TypeError);
  });
});
