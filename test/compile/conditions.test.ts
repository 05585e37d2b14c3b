import { describe, expect, it } from 'vitest';
import {
  compile,
  Dual,
  derivative,
  eq,
  ge,
  gradient,
  gt,
  le,
  lt,
  mul,
  ne,
  neg,
  type Scalar,
  sub,
  taylor,
  where,
} from '../../src/index.js';

/** |x| written with where, generically: runs on every number type and traced. */
const absolute = <T extends Scalar<T>>(x: T): T => where(lt(x, 0), neg(x), x);

/** A piecewise function: x² below 1, 2x − 1 from 1 on (C¹ at 1). */
const piecewise = <T extends Scalar<T>>(x: T): T => where(ge(x, 1), sub(mul(x, 2), 1), mul(x, x));

describe('where and the comparison helpers', () => {
  it('compare values on plain and forward-mode numbers', () => {
    expect([lt(1, 2), le(2, 2), gt(1, 2), ge(2, 3), eq(0, -0), ne(1, 1)]).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(lt(new Dual(1, 5), 2)).toBe(true);
    expect(ge(3, new Dual(3, 0))).toBe(true);
    expect(where(true, 1, 2)).toBe(1);
  });

  it('the same generic function runs through the drivers and compiled', () => {
    const c = compile(absolute);
    const p = compile(piecewise);
    for (const x of [-2, -0.5, 0.5, 1, 3]) {
      expect(c.value(x)).toBe(Math.abs(x));
      expect(c.derivative(x)).toBe(derivative(absolute, x));
      expect(p.value(x)).toBe(x >= 1 ? 2 * x - 1 : x * x);
      expect(p.derivative(x)).toBe(derivative(piecewise, x));
      expect(p.secondDerivative(x)).toBe(x >= 1 ? 0 : 2);
      expect(p.taylor(x, 3)).toEqual(taylor(piecewise, x, 3).coefficients);
    }
  });

  it('every comparison selects as JavaScript would, NaN included', () => {
    const ops = { lt, le, gt, ge, eq, ne } as const;
    const js = {
      lt: (a: number, b: number) => a < b,
      le: (a: number, b: number) => a <= b,
      gt: (a: number, b: number) => a > b,
      ge: (a: number, b: number) => a >= b,
      eq: (a: number, b: number) => a === b,
      ne: (a: number, b: number) => a !== b,
    };
    for (const name of Object.keys(ops) as (keyof typeof ops)[]) {
      const c = compile(([a, b]) => where(ops[name](a, b), a, b), { inputs: 2 });
      for (const [a, b] of [
        [1, 2],
        [2, 2],
        [3, 2],
        [Number.NaN, 1],
      ]) {
        const want = js[name](a, b) ? a : b;
        expect(Object.is(c.value([a, b]), want), `${name}(${a}, ${b})`).toBe(true);
        expect(c.gradient([a, b])).toEqual(js[name](a, b) ? [1, 0] : [0, 1]);
      }
    }
  });

  it('a traced condition with number branches gives a traced piecewise constant', () => {
    const sign = compile((x) => x.mul(where(lt(x, 0), -1, 1)));
    expect(sign.value(-3)).toBe(3);
    expect(sign.derivative(-3)).toBe(-1);
    expect(sign.derivative(2)).toBe(1);
    const step = compile(([x, y]) => y.add(where(gt(x, y), 5, 7)), { inputs: 2 });
    expect(step.value([2, 1])).toBe(6);
    expect(step.gradient([2, 1])).toEqual([0, 1]);
  });

  it('a boolean condition lifts a number branch to the other side’s type', () => {
    const g = gradient(([x]) => where(lt(x, 0), 0, x), [-1]);
    expect(g).toEqual([0]);
    const h = gradient(([x]) => where(lt(x, 0), x, 0).mul(2), [1]);
    expect(h).toEqual([0]);
  });

  it('rejects a condition that is not a boolean or a traced comparison', () => {
    // @ts-expect-error: a number is not a condition
    expect(() => where(1, 2, 3)).toThrow(/cond must be a boolean or a condition/);
    // @ts-expect-error: a string is not comparable
    expect(() => lt('a', 1)).toThrow(/a must be a number or a forward-mode number, got a string/);
    expect(() => compile((x) => where(lt(x, 0), x, 'b' as unknown as number))).toThrow(
      /b must be a number or a traced number/,
    );
  });
});
