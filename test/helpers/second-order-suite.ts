/**
 * The accuracy suite shared by the second-order number types (HyperDual, Jet2): every method's
 * value, first and second derivatives against the mpmath fixture of the rule table
 * (test/fixtures/rules.json), with numbers of the type or plain numbers on either side.
 *
 * With unit seeds the chain rule only multiplies by 1 and adds 0, so each computed derivative is
 * the rule's value itself: the bounds are the rule table's (test/helpers/tolerances.ts). Where a
 * first derivative is infinite (a domain edge), the second derivative is 0·∞ = NaN by the
 * documented convention (docs/conventions.md, "Domains"), and that is what is checked.
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import * as R from '../../src/rules.js';
import type { Liftable, Scalar } from '../../src/scalar.js';
import { ErrorLog } from './accuracy.js';
import { type BinaryName, binaryFixture, powerFixture, unaryFixture } from './rules-fixture.js';
import { binaryBounds, powerBounds, unaryBounds } from './tolerances.js';

/** Value, first and second derivative of a function of one variable. */
export type Second = readonly [value: number, d1: number, d2: number];

/** Value, gradient and Hessian of a function of two variables. */
export interface Second2 {
  value: number;
  gradient: readonly number[];
  hessian: readonly (readonly number[])[];
}

/** How the suite runs a function on a second-order number type. */
export interface SecondOrderType<T extends Scalar<T> & Liftable<T>> {
  /** The type's name, for test titles. */
  name: string;
  /** g(x), g′(x), g″(x), by seeding x as the variable. */
  second(g: (x: T) => T, x: number): Second;
  /** Value, gradient and Hessian of g(a, b), a and b two distinct variables. */
  second2(g: (a: T, b: T) => T, a: number, b: number): Second2;
  /** g(a, b) with a and b both the same variable t (values a and b, both moving with t). */
  sameVariable(g: (a: T, b: T) => T, a: number, b: number): Second;
}

const binaryMethods: readonly BinaryName[] = ['mul', 'div', 'pow', 'atan2', 'hypot'];

/**
 * Checks a second derivative: within `bound` ulps of `want`, or NaN when the first derivative
 * `d1` is not finite (0·∞ in the chain rule, by the convention).
 */
function checkSecond(
  log: ErrorLog,
  what: string,
  got: number,
  want: number,
  d1: number,
  bound: number,
): void {
  if (Number.isFinite(d1)) log.check(what, got, want, bound);
  else log.check(`${what} (0·∞ after an infinite first derivative)`, got, Number.NaN, 0);
}

/**
 * Registers the suite.
 *
 * @param type - the number type under test
 */
export function secondOrderSuite<T extends Scalar<T> & Liftable<T>>(
  type: SecondOrderType<T>,
): void {
  const { second, second2, sameVariable } = type;

  describe(`${type.name}: every unary method against mpmath (value, f′, f″)`, () => {
    for (const name of Object.keys(R.unaryRules) as R.UnaryName[]) {
      it(name, () => {
        const [bf, b1, b2] = unaryBounds[name];
        const log = new ErrorLog();
        for (const [x, f, d1, d2] of unaryFixture[name]) {
          const [v, g1, g2] = second((y) => y[name](), x);
          log.check(`${name}(${x}) value`, v, f, bf);
          log.check(`${name}(${x}) f′`, g1, d1, b1);
          checkSecond(log, `${name}(${x}) f″`, g2, d2, d1, b2);
        }
        expect(log.report()).toBe('');
      });
    }

    it('neg', () => {
      for (const x of [2.5, -1e300, 0]) {
        const [v, d1, d2] = second((y) => y.mul(y).neg(), x);
        expect(v).toBe(-(x * x));
        expect(d1).toBe(-2 * x);
        expect(d2).toBe(-2);
      }
    });
  });

  describe(`${type.name}: pow with a constant exponent against mpmath`, () => {
    it('x^p, d/dx, d²/dx² (the power rule)', () => {
      const [bf, b1, b2] = powerBounds;
      const log = new ErrorLog();
      for (const [x, p, f, d1, d2] of powerFixture) {
        const [v, g1, g2] = second((y) => y.pow(p), x);
        log.check(`${x}^${p} value`, v, f, bf);
        log.check(`${x}^${p} d1`, g1, d1, b1);
        checkSecond(log, `${x}^${p} d2`, g2, d2, d1, b2);
      }
      expect(log.report()).toBe('');
    });
  });

  describe(`${type.name}: every binary method against mpmath (five partials)`, () => {
    for (const name of binaryMethods) {
      const [bf, ba, bb, baa, bab, bbb] = binaryBounds[name];
      // pow guards each term (a side with zero perturbation adds nothing), so every row maps
      // onto the fixture exactly, NaN partials included; the other rules follow IEEE 0·∞ = NaN,
      // so rows with an infinite partial are left to the conventions tests.
      const usable = (row: readonly number[]) => name === 'pow' || row.every(Number.isFinite);

      it(`${name}: the first argument varying, a number on the right`, () => {
        const log = new ErrorLog();
        for (const [a, b, f, da, , daa] of binaryFixture[name]) {
          // pow with a number exponent is the power rule.
          const [b1, b2] = name === 'pow' ? [powerBounds[1], powerBounds[2]] : [ba, baa];
          const [v, g1, g2] = second((y) => y[name](b), a);
          log.check(`${name}(${a}, number ${b}) value`, v, f, bf);
          log.check(`${name}(${a}, number ${b}) ∂a`, g1, da, b1);
          checkSecond(log, `${name}(${a}, number ${b}) ∂aa`, g2, daa, da, b2);
        }
        expect(log.report()).toBe('');
      });

      it(`${name}: the second argument varying, a constant on the left`, () => {
        const log = new ErrorLog();
        for (const row of binaryFixture[name]) {
          const [a, b, f, , db, , , dbb] = row;
          if (!usable(row)) continue;
          const [v, g1, g2] = second((y) => y.lift(a)[name](y), b);
          log.check(`${name}(constant ${a}, ${b}) value`, v, f, bf);
          log.check(`${name}(constant ${a}, ${b}) ∂b`, g1, db, bb);
          log.check(`${name}(constant ${a}, ${b}) ∂bb`, g2, dbb, bbb);
          if (name === 'pow') {
            const [rv, r1, r2] = second((y) => y.rpow(a), b);
            log.check(`rpow ${a}^${b} value`, rv, f, bf);
            log.check(`rpow ${a}^${b} ∂b`, r1, db, bb);
            checkSecond(log, `rpow ${a}^${b} ∂bb`, r2, dbb, db, bbb);
          }
        }
        expect(log.report()).toBe('');
      });

      it(`${name}: both arguments varying independently (gradient and 2×2 Hessian)`, () => {
        const log = new ErrorLog();
        for (const row of binaryFixture[name]) {
          const [a, b, f, da, db, daa, dab, dbb] = row;
          if (!usable(row)) continue;
          const r = second2((x, y) => x[name](y), a, b);
          const what = `${name}(${a}, ${b})`;
          log.check(`${what} value`, r.value, f, bf);
          log.check(`${what} ∂a`, r.gradient[0], da, ba);
          log.check(`${what} ∂b`, r.gradient[1], db, bb);
          log.check(`${what} ∂aa`, r.hessian[0][0], daa, baa);
          if (name === 'pow' && a > 0) {
            // a^(b−1)·(1 + b·ln a) cancels near a = e^(−1/b): bounded in units of ε·(size of
            // the cancelling terms), as in test/rules.test.ts.
            const scale = Math.abs(f / a) + Math.abs((b * db) / a);
            log.checkScaled(`${what} ∂ab`, r.hessian[0][1], dab, scale, bab);
            log.checkScaled(`${what} ∂ba`, r.hessian[1][0], dab, scale, bab);
          } else {
            log.check(`${what} ∂ab`, r.hessian[0][1], dab, bab);
            log.check(`${what} ∂ba`, r.hessian[1][0], dab, bab);
          }
          log.check(`${what} ∂bb`, r.hessian[1][1], dbb, bbb);
        }
        expect(log.report()).toBe('');
      });

      it(`${name}: both arguments the same variable (partials summed)`, () => {
        const log = new ErrorLog();
        for (const row of binaryFixture[name]) {
          const [a, b, f, da, db, daa, dab, dbb] = row;
          if (!row.every(Number.isFinite)) continue;
          const [v, g1, g2] = sameVariable((x, y) => x[name](y), a, b);
          log.check(`${name}(${a}, ${b}) value`, v, f, bf);
          // Sums may cancel: bound the error by the size of the terms.
          const s1 = Math.abs(da) + Math.abs(db);
          log.checkScaled(`${name}(${a}, ${b}) d/dt`, g1, da + db, s1, ba + bb + 2);
          const s2 = Math.abs(daa) + 2 * Math.abs(dab) + Math.abs(dbb);
          const want = daa + 2 * dab + dbb;
          log.checkScaled(`${name}(${a}, ${b}) d²/dt²`, g2, want, s2, baa + bab + bbb + 4);
        }
        expect(log.report()).toBe('');
      });
    }
  });

  describe(`${type.name}: add, sub, min, max`, () => {
    it('add and sub carry both orders, with numbers on either side', () => {
      // a² + b and a² − b³: gradient (2a, ±3b²…), Hessians diagonal.
      const r = second2((x, y) => x.mul(x).add(y), 3, 5);
      expect(r).toEqual({
        value: 14,
        gradient: [6, 1],
        hessian: [
          [2, 0],
          [0, 0],
        ],
      });
      const s = second2((x, y) => x.mul(x).sub(y.mul(y).mul(y)), 3, 2);
      expect(s).toEqual({
        value: 1,
        gradient: [6, -12],
        hessian: [
          [2, 0],
          [0, -12],
        ],
      });
      expect(second((x) => x.mul(x).add(2.5), 2)).toEqual([6.5, 4, 2]);
      expect(second((x) => x.mul(x).sub(2.5), 2)).toEqual([1.5, 4, 2]);
      expect(second((x) => x.lift(1).sub(x.mul(x)), 2)).toEqual([-3, -4, -2]);
    });

    it('min and max select one side with all its derivatives', () => {
      // x² against 2x at x = 3 (x² larger) and at x = 1 (2x larger).
      expect(second((x) => x.mul(x).max(x.mul(2)), 3)).toEqual([9, 6, 2]);
      expect(second((x) => x.mul(x).max(x.mul(2)), 1)).toEqual([2, 2, 0]);
      expect(second((x) => x.mul(x).min(x.mul(2)), 3)).toEqual([6, 2, 0]);
      expect(second((x) => x.mul(x).min(5), 3)).toEqual([5, 0, 0]);
      expect(second((x) => x.mul(x).max(5), 3)).toEqual([9, 6, 2]);
      const r = second2((x, y) => x.mul(x).max(y.mul(y).mul(y)), 2, 1);
      expect(r).toEqual({
        value: 4,
        gradient: [4, 0],
        hessian: [
          [2, 0],
          [0, 0],
        ],
      });
    });

    it('min and max at a tie average both sides, second derivatives too; NaN stays NaN', () => {
      // x² and 2x meet at x = 2: slopes 4 and 2, curvatures 2 and 0.
      expect(second((x) => x.mul(x).max(x.mul(2)), 2)).toEqual([4, 3, 1]);
      expect(second((x) => x.mul(x).min(x.mul(2)), 2)).toEqual([4, 3, 1]);
      expect(second((x) => x.mul(x).max(4), 2)).toEqual([4, 2, 1]);
      const [v, d1, d2] = second((x) => x.mul(Number.NaN).max(x), 1);
      expect([v, d1, d2].every(Number.isNaN)).toBe(true);
    });
  });
}
