/**
 * The accuracy suite shared by the first-order number types (Dual, MultiDual): every method's value
 * and tangents against the mpmath fixture, with numbers on either side.
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import * as R from '../../src/rules.js';
import type { Liftable, Scalar } from '../../src/scalar.js';
import { ErrorLog } from './accuracy.js';
import { type BinaryName, binaryFixture, unaryFixture } from './rules-fixture.js';
import { binaryBounds, powerBounds, unaryBounds } from './tolerances.js';

/** What the suite needs to know about a first-order number type. */
export interface FirstOrderType<T extends Scalar<T> & Liftable<T>> {
  /** The type's name, for test titles. */
  name: string;
  /** A number with value v whose tangents are t·m for each seed multiplier m. */
  make(v: number, t: number): T;
  /** The tangents of a number. */
  tangents(y: T): readonly number[];
  /** The seed multipliers m, so that tangent i of f(make(x, 1)) is mᵢ·f′(x). */
  seeds: readonly number[];
}

/** Binary methods with a fixture, by rule name. */
const binaryMethods: readonly BinaryName[] = ['mul', 'div', 'pow', 'atan2', 'hypot'];

/**
 * Registers the suite. The tangent bound is the rule's d1 bound plus 1 ulp, for the rounding of
 * the seed multiplier mᵢ·f′ on the computed side and on the reference side.
 *
 * @param type - the number type under test
 */
export function firstOrderSuite<T extends Scalar<T> & Liftable<T>>(type: FirstOrderType<T>): void {
  const { make, tangents, seeds } = type;

  /** Records value and tangents of y against f and mᵢ·d. */
  function checkNumber(
    log: ErrorLog,
    what: string,
    y: T,
    f: number,
    d: number,
    bf: number,
    bd: number,
  ): void {
    log.check(`${what} value`, y.value, f, bf);
    const t = tangents(y);
    expect(t.length).toBe(seeds.length);
    for (let i = 0; i < seeds.length; i++)
      log.check(`${what} tangent ${i}`, t[i], seeds[i] * d, bd);
  }

  describe(`${type.name}: every unary method against mpmath`, () => {
    for (const name of Object.keys(R.unaryRules) as R.UnaryName[]) {
      it(`${name}`, () => {
        const [bf, b1] = unaryBounds[name];
        const log = new ErrorLog();
        for (const [x, f, d1] of unaryFixture[name]) {
          const y = make(x, 1)[name]();
          checkNumber(log, `${name}(${x})`, y, f, d1, bf, b1 + 1);
        }
        expect(log.report()).toBe('');
      });
    }

    it('neg', () => {
      for (const x of [2.5, -1e300, 0, 5e-324]) {
        const y = make(x, 1).neg();
        expect(y.value).toBe(-x);
        expect(tangents(y)).toEqual(seeds.map((m) => -m));
      }
    });
  });

  describe(`${type.name}: every binary method against mpmath`, () => {
    for (const name of binaryMethods) {
      const [bf, ba, bb] = binaryBounds[name];
      it(`${name}: the first argument varying, a number on the right`, () => {
        const log = new ErrorLog();
        for (const [a, b, f, da] of binaryFixture[name]) {
          // pow with a number exponent is the power rule.
          const bound = name === 'pow' ? powerBounds[1] : ba;
          const withNumber = make(a, 1)[name](b);
          checkNumber(log, `${name}(${a}, number ${b})`, withNumber, f, da, bf, bound + 1);
          const withConstant = make(a, 1)[name](make(b, 0));
          checkNumber(log, `${name}(${a}, constant ${b})`, withConstant, f, da, bf, ba + 1);
        }
        expect(log.report()).toBe('');
      });

      it(`${name}: the second argument varying, a constant on the left`, () => {
        const log = new ErrorLog();
        for (const [a, b, f, , db] of binaryFixture[name]) {
          const y = make(b, 1);
          const z = y.lift(a)[name](y);
          checkNumber(log, `${name}(constant ${a}, ${b})`, z, f, db, bf, bb + 1);
          if (name === 'pow') {
            const r = y.rpow(a);
            checkNumber(log, `rpow ${a}^${b}`, r, f, db, bf, bb + 1);
          }
        }
        expect(log.report()).toBe('');
      });

      it(`${name}: both arguments varying`, () => {
        const log = new ErrorLog();
        for (const [a, b, f, da, db] of binaryFixture[name]) {
          if (!Number.isFinite(da) || !Number.isFinite(db)) continue;
          const z = make(a, 1)[name](make(b, 1));
          log.check(`${name}(${a}, ${b}) value`, z.value, f, bf);
          // da + db may cancel: bound the error by the size of the terms (ulps of |da| + |db|).
          const scale = Math.abs(da) + Math.abs(db);
          const t = tangents(z);
          for (let i = 0; i < seeds.length; i++) {
            const want = seeds[i] * (da + db);
            log.checkScaled(`${name}(${a}, ${b}) tangent ${i}`, t[i], want, scale, ba + bb + 2);
          }
        }
        expect(log.report()).toBe('');
      });
    }

    it('add and sub, with numbers and numbers of the type on either side', () => {
      for (const [a, b] of [
        [2, 3],
        [-1.5, 1e300],
        [0.1, 0.2],
      ]) {
        const x = make(a, 1);
        const y = make(b, 1);
        expect(x.add(y).value).toBe(a + b);
        expect(tangents(x.add(y))).toEqual(seeds.map((m) => 2 * m));
        expect(tangents(x.sub(y))).toEqual(seeds.map(() => 0));
        expect(x.sub(y).value).toBe(a - b);
        expect(x.add(b).value).toBe(a + b);
        expect(tangents(x.add(b))).toEqual([...seeds]);
        expect(x.sub(b).value).toBe(a - b);
        expect(tangents(x.sub(b))).toEqual([...seeds]);
        const left = y.lift(a).sub(y);
        expect(left.value).toBe(a - b);
        expect(tangents(left)).toEqual(seeds.map((m) => -m));
      }
    });

    it('min and max select a side, with a number on either side', () => {
      const x = make(1, 1);
      const y = make(2, 3);
      expect(x.min(y).value).toBe(1);
      expect(tangents(x.min(y))).toEqual([...seeds]);
      expect(tangents(x.max(y))).toEqual(seeds.map((m) => 3 * m));
      expect(x.max(y).value).toBe(2);
      expect(y.min(x).value).toBe(1);
      expect(tangents(x.max(5))).toEqual(seeds.map(() => 0));
      expect(x.max(5).value).toBe(5);
      expect(tangents(x.max(0))).toEqual([...seeds]);
      expect(tangents(x.lift(5).min(x))).toEqual([...seeds]);
      expect(tangents(x.lift(0).min(x))).toEqual(seeds.map(() => 0));
      expect(x.lift(0).min(x).value).toBe(0);
    });

    it('min and max at a tie average both sides, and give NaN for NaN', () => {
      const x = make(1.5, 1);
      const y = make(1.5, 3);
      expect(tangents(x.max(y))).toEqual(seeds.map((m) => 2 * m));
      expect(tangents(x.min(y))).toEqual(seeds.map((m) => 2 * m));
      expect(tangents(x.max(1.5))).toEqual(seeds.map((m) => 0.5 * m));
      expect(x.max(1.5).value).toBe(1.5);
      const n = make(NaN, 1).max(x);
      expect(n.value).toBeNaN();
      expect(tangents(n).every(Number.isNaN)).toBe(true);
      expect(x.min(NaN).value).toBeNaN();
    });
  });
}
