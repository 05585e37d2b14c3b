import { describe, expect, it } from 'vitest';
import { Dual } from '../../src/numbers/dual.js';
import { Taylor } from '../../src/numbers/taylor.js';
import { atan2, div, hypot, max, min, pow, sub } from '../../src/ops.js';
import * as R from '../../src/rules.js';

const METHODS = [...Object.keys(R.unaryRules), 'neg'] as (R.UnaryName | 'neg')[];

describe('Taylor: construction and reading', () => {
  it('seeds a variable and a constant', () => {
    const x = Taylor.variable(2, 3, 7);
    expect(x.coefficients).toEqual([2, 1, 0, 0]);
    expect(x.value).toBe(2);
    expect(x.order).toBe(3);
    expect(x.tag).toBe(7);
    expect(Taylor.variable(2, 0).coefficients).toEqual([2]);
    expect(Taylor.constant(5, 2).coefficients).toEqual([5, 0, 0]);
    expect(x.lift(4).coefficients).toEqual([4, 0, 0, 0]);
    expect(x.lift(4).tag).toBe(7);
  });

  it('refuses an order that is not a whole number ≥ 0, and a series with no coefficients', () => {
    for (const make of [Taylor.variable, Taylor.constant]) {
      for (const order of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => make(1, order)).toThrow(RangeError);
        expect(() => make(1, order)).toThrow(/order must be a whole number ≥ 0, got/);
      }
      // @ts-expect-error: a string order
      expect(() => make(1, '2')).toThrow(TypeError);
    }
    expect(() => new Taylor([])).toThrow(RangeError);
    expect(() => new Taylor([])).toThrow(/coefficients must hold at least c_0/);
  });

  it('prints its coefficients and refuses silent conversion to a number', () => {
    const x = new Taylor([1, 2]);
    expect(String(x)).toBe('Taylor([1, 2])');
    expect(`${x}`).toBe('Taylor([1, 2])');
    // @ts-expect-error: arithmetic on a Taylor number
    expect(() => x * 2).toThrow(/a Taylor was used where a plain number was expected/);
    // @ts-expect-error: comparison of a Taylor number
    expect(() => x > 0).toThrow(TypeError);
  });
});

describe('Taylor: every method at order 1 agrees with Dual', () => {
  // Order 1 of a Taylor number is a dual number: the same value, and the tangent up to the
  // rounding of a differently ordered formula. (The rule-table test checks order 2 directly.)
  for (const name of METHODS) {
    it(name, () => {
      for (const x0 of [-1.7, -0.4, 0.3, 0.8, 2.2]) {
        for (const t of [1, -0.6]) {
          const got = new Taylor([x0, t])[name]().coefficients;
          const want = new Dual(x0, t)[name]();
          const what = `${name} at ${x0}, tangent ${t}: ${got}`;
          if (Number.isNaN(want.value)) {
            expect(got.every(Number.isNaN), what).toBe(true);
            continue;
          }
          expect(got[0], what).toBe(want.value);
          expect(Math.abs(got[1] - want.tangent), what).toBeLessThanOrEqual(
            8 * Number.EPSILON * Math.abs(want.tangent),
          );
        }
      }
    });
  }

  it('binary methods with a Taylor or a number on the right', () => {
    const binaries = ['add', 'sub', 'mul', 'div', 'pow', 'atan2', 'hypot', 'min', 'max'] as const;
    for (const name of binaries) {
      for (const [a0, b0] of [
        [0.7, 1.3],
        [2, -0.5],
        [1.5, 1.5],
      ]) {
        const what = `${name}(${a0}, ${b0})`;
        const t = new Taylor([a0, 1])[name](new Taylor([b0, -0.5]));
        const d = new Dual(a0, 1)[name](new Dual(b0, -0.5));
        expect(t.value, what).toBe(d.value);
        expect(Math.abs(t.coefficients[1] - d.tangent), what).toBeLessThanOrEqual(
          8 * Number.EPSILON * Math.abs(d.tangent),
        );
        const tn = new Taylor([a0, 1])[name](b0);
        const dn = new Dual(a0, 1)[name](b0);
        expect(tn.value, `${what}, number`).toBe(dn.value);
        expect(Math.abs(tn.coefficients[1] - dn.tangent), `${what}, number`).toBeLessThanOrEqual(
          8 * Number.EPSILON * Math.abs(dn.tangent),
        );
      }
    }
  });
});

describe('Taylor: order 0 is the plain value', () => {
  it('every method gives [f(x0)] at order 0', () => {
    for (const name of METHODS) {
      for (const x0 of [-0.4, 0.3, 2.2]) {
        const got = new Taylor([x0])[name]().coefficients;
        expect(got, `${name}(${x0})`).toEqual([new Dual(x0)[name]().value]);
      }
    }
    const a = new Taylor([0.5]);
    expect(a.pow(new Taylor([2])).coefficients).toEqual([0.25]);
    expect(a.atan2(new Taylor([2])).coefficients).toEqual([Math.atan2(0.5, 2)]);
  });
});

describe('Taylor: a number on either side', () => {
  const x = Taylor.variable(0.5, 4);

  it('adds, subtracts, multiplies and divides by numbers', () => {
    expect(x.add(2).coefficients).toEqual([2.5, 1, 0, 0, 0]);
    expect(x.sub(2).coefficients).toEqual([-1.5, 1, 0, 0, 0]);
    expect(x.mul(3).coefficients).toEqual([1.5, 3, 0, 0, 0]);
    expect(x.div(4).coefficients).toEqual([0.125, 0.25, 0, 0, 0]);
    expect(sub(1, x).coefficients).toEqual([0.5, -1, 0, 0, 0]);
  });

  it('c/x is the geometric series: 1/(0.5 + t) = Σ 2·(−2t)^k', () => {
    expect(div(1, x).coefficients).toEqual([2, -4, 8, -16, 32]);
  });

  it('base^x for a constant base: 2^(0.5 + t) = √2·Σ (t·ln 2)^k/k!', () => {
    const got = pow(2, x).coefficients;
    let term = Math.SQRT2;
    for (let k = 0; k <= 4; k++) {
      expect(got[k]).toBeCloseTo(term, 15);
      term *= Math.LN2 / (k + 1);
    }
    expect(x.rpow(2).coefficients).toEqual(got);
  });

  it('atan2, hypot, min and max with a number on the left', () => {
    // atan2(1, 0.5 + t) and hypot(0.5 + t, 1) against their first derivatives.
    const a = atan2(1, x).coefficients;
    expect(a[0]).toBe(Math.atan2(1, 0.5));
    expect(a[1]).toBeCloseTo(-1 / 1.25, 15);
    const h = hypot(1, x).coefficients;
    expect(h[0]).toBe(Math.hypot(1, 0.5));
    expect(h[1]).toBeCloseTo(0.5 / Math.hypot(1, 0.5), 15);
    expect(min(0, x).coefficients).toEqual([0, 0, 0, 0, 0]);
    expect(max(0, x).coefficients).toEqual([0.5, 1, 0, 0, 0]);
    // A tie averages the two series.
    expect(max(0.5, x).coefficients).toEqual([0.5, 0.5, 0, 0, 0]);
  });

  it('pow with a number exponent is the constant-exponent power (exact at 0)', () => {
    expect(Taylor.variable(0, 4).pow(3).coefficients).toEqual([0, 0, 0, 1, 0]);
    expect(Taylor.variable(-2, 3).pow(2).coefficients).toEqual([4, -4, 1, 0]);
  });
});

describe('Taylor: tags and orders', () => {
  it('combines a hand-made number (tag 0) with a driver number, keeping the driver tag', () => {
    const seeded = Taylor.variable(1, 2, 5);
    const hand = Taylor.constant(2, 2);
    expect(seeded.mul(hand).tag).toBe(5);
    expect(hand.add(seeded).tag).toBe(5);
  });

  it('refuses numbers of two different driver calls', () => {
    const a = Taylor.variable(1, 2, 5);
    const b = Taylor.variable(1, 2, 6);
    expect(() => a.mul(b)).toThrow(/perturbation tags 5 and 6/);
  });

  it('refuses mixing with another number type', () => {
    const a = Taylor.variable(1, 2, 5);
    // @ts-expect-error: a Dual is not a Taylor
    expect(() => a.add(new Dual(1, 1, 5))).toThrow(TypeError);
  });

  it('refuses mismatched orders with a RangeError', () => {
    const a = Taylor.variable(1, 2);
    const b = Taylor.variable(1, 3);
    for (const op of ['add', 'sub', 'mul', 'div', 'pow', 'atan2', 'hypot', 'min', 'max'] as const) {
      expect(() => a[op](b), op).toThrow(RangeError);
    }
    expect(() => a.mul(b)).toThrow(/Taylor numbers of order 2 and 3/);
  });

  it('never changes its operands, even through the shared scratch buffer', () => {
    const x = Taylor.variable(0.3, 6);
    const s = x.sin();
    const before = s.coefficients.slice();
    x.tan();
    x.cos().erf().sigmoid().pow(x);
    expect(s.coefficients).toEqual(before);
    expect(x.coefficients).toEqual([0.3, 1, 0, 0, 0, 0, 0]);
  });
});
