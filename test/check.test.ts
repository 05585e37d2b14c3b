import { describe, expect, it } from 'vitest';
import { add, checkGradient, exp, mul, type Scalar, sin, sqrt, sub } from '../src/index.js';

/** f(x, y, z) = sin(x)·y² + e^(xz) − z. */
function f<T extends Scalar<T>>([x, y, z]: readonly T[]): T {
  return sub(add(mul(sin(x), mul(y, y)), exp(mul(x, z))), z);
}

/** ∇f by hand, as a user's backpropagation would give it. */
function handGradient([x, y, z]: readonly number[]): number[] {
  const e = Math.exp(x * z);
  return [Math.cos(x) * y * y + z * e, 2 * y * Math.sin(x), x * e - 1];
}

const point = [0.7, -1.3, 0.4];

describe('checkGradient against a user’s gradient', () => {
  it('accepts a correct hand-written gradient (array or function)', () => {
    const r = checkGradient(f, point, { gradient: handGradient(point) });
    expect(r.ok).toBe(true);
    expect(r.method).toBe('user-gradient');
    expect(r.maxRelError).toBeLessThan(1e-14);
    expect(r.candidate).toEqual(handGradient(point));
    expect(checkGradient(f, point, { gradient: handGradient }).ok).toBe(true);
  });

  it('rejects a wrong one, with a large relative error', () => {
    // The classic bug: the factor 2 of ∂(y²)/∂y dropped.
    const wrong = handGradient(point);
    wrong[1] /= 2;
    const r = checkGradient(f, point, { gradient: wrong });
    expect(r.ok).toBe(false);
    expect(r.maxRelError).toBeCloseTo(0.5, 12);
    expect(r.maxAbsError).toBeCloseTo(Math.abs(wrong[1]), 12);
  });

  it('rejects a gradient holding NaN', () => {
    const r = checkGradient(f, point, { gradient: [1, Number.NaN, 0] });
    expect(r.ok).toBe(false);
    expect(r.maxRelError).toBeNaN();
  });

  it('a gradient of the wrong length is a RangeError naming options.gradient', () => {
    expect(() => checkGradient(f, point, { gradient: [1, 2] })).toThrow(RangeError);
    expect(() => checkGradient(f, point, { gradient: [1, 2] })).toThrow(
      /options\.gradient must have the same length as x \(3\), got length 2/,
    );
  });
});

describe('checkGradient without a user’s gradient (AD against central differences)', () => {
  it('agrees, with a small error', () => {
    const r = checkGradient(f, point);
    expect(r.ok).toBe(true);
    expect(r.method).toBe('central-differences');
    // Central differences with h ≈ ∛ε are good to about ε^(2/3) ≈ 4e-11 relative.
    expect(r.maxRelError).toBeLessThan(1e-8);
    expect(r.maxRelError).toBeGreaterThan(0);
    // The reference side is the exact AD gradient, here equal to the hand-written one.
    const want = handGradient(point);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(r.exact[i] - want[i])).toBeLessThanOrEqual(1e-15 * Math.abs(want[i]) + 1e-16);
    }
  });

  it('accepts a correct gradient with a zero component (central differences are off by h² there)', () => {
    const cubic = <T extends Scalar<T>>([x, y]: readonly T[]) => add(mul(mul(x, x), x), mul(y, y));
    for (const at of [
      [0, 1],
      [1e-4, 1],
    ]) {
      const r = checkGradient(cubic, at);
      expect(r.exact).toEqual([3 * at[0] * at[0], 2]);
      expect(r.candidate[0]).not.toBe(r.exact[0]);
      expect(r.ok).toBe(true);
      expect(r.maxRelError).toBeLessThan(1e-7);
    }
  });

  it('still fails an f whose AD gradient is wrong (a factor read as a constant through .value)', () => {
    // x·x with one factor taken as x.value: AD gives x, the function's slope is 2x.
    const leaky = <T extends Scalar<T>>([x, y]: readonly T[]) => add(mul(x.value, x), y);
    const r = checkGradient(leaky, [0.5, 1]);
    expect(r.exact).toEqual([0.5, 1]);
    expect(r.ok).toBe(false);
    expect(r.maxRelError).toBeCloseTo(0.5, 6);
    // Also near 0, where the floor applies: AD 1e-4, central differences 2e-4.
    expect(checkGradient(leaky, [1e-4, 1]).ok).toBe(false);
  });

  it('fails where the AD gradient is infinite (√x at 0)', () => {
    const r = checkGradient(([x]) => sqrt(x), [0]);
    expect(r.exact).toEqual([Number.POSITIVE_INFINITY]);
    expect(r.ok).toBe(false);
  });

  it('rejects bad options', () => {
    // @ts-expect-error: options not an object
    expect(() => checkGradient(f, point, 3)).toThrow(/options must be an object/);
    expect(() => checkGradient(f, point, { step: -1 })).toThrow(RangeError);
    expect(() => checkGradient(f, point, { step: -1 })).toThrow(/options\.step must be a positive/);
    expect(() => checkGradient(f, point, { tolerance: -1 })).toThrow(/options\.tolerance/);
    // @ts-expect-error: a string point
    expect(() => checkGradient(f, 'xyz')).toThrow(/x must be an array of numbers/);
  });
});
