import { describe, expect, it } from 'vitest';
import { derivative, gradient, type MultiDual } from '../../src/index.js';
import { Dual } from '../../src/numbers/dual.js';
import { HAND_MADE } from '../../src/tag.js';
import { firstOrderSuite } from '../helpers/first-order-suite.js';

// Value and tangent of every method against the mpmath fixture (test/fixtures/rules.json).
firstOrderSuite<Dual>({
  name: 'Dual',
  make: (v, t) => new Dual(v, t),
  tangents: (y) => [y.tangent],
  seeds: [1],
});

/** A Dual seeded by a derivative call, carrying that call's tag, kept after the call returns. */
function taggedDual(x: number): Dual {
  let seed: Dual | undefined;
  derivative((d) => {
    seed = d;
    return d;
  }, x);
  return seed!;
}

describe('Dual: construction and reading', () => {
  it('defaults to a constant with the hand-made Dual tag (0)', () => {
    const c = new Dual(3);
    expect([c.value, c.tangent, c.tag]).toEqual([3, 0, HAND_MADE.Dual]);
    expect(HAND_MADE.Dual).toBe(0);
  });

  it('results of operations and driver seeds are Duals like hand-made ones', () => {
    // Operations build their results with an internal constructor sharing Dual's prototype.
    const x = taggedDual(2);
    for (const d of [x, x.sin(), x.add(1), new Dual(1, 2).mul(3), x.lift(4)]) {
      expect(d).toBeInstanceOf(Dual);
      expect(d.constructor).toBe(Dual);
      expect(Object.keys(d)).toEqual(['value', 'tangent', 'tag']);
    }
    expect(new Dual(1, 2).mul(3)).toEqual(new Dual(3, 6));
  });

  it('lift gives a constant with the same tag; rpow is base^x', () => {
    const x = taggedDual(2);
    const c = x.lift(5);
    expect([c.value, c.tangent, c.tag]).toEqual([5, 0, x.tag]);
    const p = x.rpow(3);
    expect(p.value).toBe(9);
    expect(p.tangent).toBe(9 * Math.log(3));
    expect(p.tag).toBe(x.tag);
  });

  it('x / x is exactly 1 with tangent exactly 0', () => {
    for (const v of [3, 0.1, -7.25, 1e-300, 1e300]) {
      const x = new Dual(v, 1);
      const q = x.div(x);
      expect(q.value).toBe(1);
      expect(q.tangent).toBe(0);
    }
  });
});

describe('Dual: perturbation tags', () => {
  it('numbers from two driver calls refuse to mix, naming the cause', () => {
    const a = taggedDual(1);
    const b = taggedDual(2);
    expect(a.tag).not.toBe(b.tag);
    for (const op of [
      () => a.add(b),
      () => a.sub(b),
      () => a.mul(b),
      () => a.div(b),
      () => a.pow(b),
      () => a.atan2(b),
      () => a.hypot(b),
      () => a.min(b),
      () => a.max(b),
    ]) {
      expect(op).toThrow(Error);
      expect(op).toThrow(/perturbation tags \d+ and \d+/);
      expect(op).not.toThrow(TypeError);
    }
  });

  it('a hand-made constant (tag 0, tangent 0) combines with a tagged number and takes its tag', () => {
    const a = taggedDual(1);
    const c = new Dual(2, 0);
    expect(a.mul(c).tag).toBe(a.tag);
    expect(c.mul(a).tag).toBe(a.tag);
    expect(c.mul(a).tangent).toBe(2);
  });

  it('a hand-made number with a tangent refuses a tagged one, either side, naming both', () => {
    const a = taggedDual(1);
    const c = new Dual(2, 1);
    for (const op of [
      () => a.mul(c),
      () => c.mul(a),
      () => c.add(a),
      () => a.sub(c),
      () => c.pow(a),
    ]) {
      expect(op).toThrow(
        /made by hand with a non-zero perturbation .* met a number of a derivative call/,
      );
      expect(op).toThrow(`Dual(2, 1)`);
    }
    // NaN is a perturbation too: it is refused, not dropped.
    expect(() => a.mul(new Dual(2, Number.NaN))).toThrow(
      /made by hand with a non-zero perturbation .* met a number of a derivative call/,
    );
  });

  it('a Dual combined with a MultiDual of a driver call throws a TypeError', () => {
    let seed: MultiDual | undefined;
    gradient(
      (x) => {
        seed = x[0];
        return x[0];
      },
      [1],
    );
    const m = seed!;
    const d = taggedDual(1);
    const hand = new Dual(1, 1);
    const message = /cannot combine a Dual with a MultiDual/;
    expect(() => d.add(m as unknown as Dual)).toThrow(TypeError);
    expect(() => d.mul(m as unknown as Dual)).toThrow(message);
    // Both from driver calls: two drivers nested, and the message says so.
    expect(() => d.mul(m as unknown as Dual)).toThrow(/two different derivative calls/);
    expect(() => hand.mul(m as unknown as Dual)).not.toThrow(/two different derivative calls/);
    expect(() => hand.add(m as unknown as Dual)).toThrow(message);
    expect(() => hand.pow(m as unknown as Dual)).toThrow(message);
    expect(() => hand.max(m as unknown as Dual)).toThrow(message);
  });
});

describe('Dual: conversion to a primitive', () => {
  it('x * 2 and x > 0 throw the TypeError that points to the methods', () => {
    const x = new Dual(2, 1);
    const asNumber = x as unknown as number;
    expect(() => asNumber * 2).toThrow(TypeError);
    expect(() => asNumber * 2).toThrow(/used where a plain number was expected.*x\.mul\(2\)/);
    expect(() => asNumber > 0).toThrow(TypeError);
    expect(() => `${asNumber + 1}`).toThrow(TypeError);
  });

  it('template strings and String() show value and tangent', () => {
    const x = new Dual(2, 1);
    expect(`${x}`).toBe('Dual(2, 1)');
    expect(String(x.mul(x))).toBe('Dual(4, 4)');
  });
});
