import { describe, expect, it } from 'vitest';
import { Dual, derivative, gradient, sqrt, sub } from '../../src/index.js';
import { MultiDual } from '../../src/numbers/multi-dual.js';
import { firstOrderSuite } from '../helpers/first-order-suite.js';

// Value and tangents of every method against the mpmath fixture (test/fixtures/rules.json); three
// tangents per number, seeded 1, −0.75 and 0.5 times the same direction.
const seeds = [1, -0.75, 0.5] as const;
firstOrderSuite<MultiDual>({
  name: 'MultiDual',
  make: (v, t) =>
    new MultiDual(
      v,
      seeds.map((m) => m * t),
    ),
  tangents: (y) => y.tangents,
  seeds,
});

/** MultiDuals seeded by a gradient call, carrying that call's tag, kept after the call returns. */
function taggedMultiDuals(x: number[]): MultiDual[] {
  let seed: MultiDual[] = [];
  gradient((v) => {
    seed = v;
    return v[0];
  }, x);
  return seed;
}

describe('MultiDual: construction and reading', () => {
  it('defaults to the hand-made MultiDual tag -2', () => {
    expect(new MultiDual(3, [1, 2]).tag).toBe(-2);
  });

  it('lift gives zero tangents even when a tangent is infinite (√x at 0)', () => {
    const r = sqrt(new MultiDual(0, [1, 0.5]));
    expect(r.tangents).toEqual([Infinity, Infinity]);
    const c = r.lift(1);
    expect(c.tangents).toEqual([0, 0]);
    // 1 − √x at 0: tangent −∞, as Dual gives, not NaN.
    expect(sub(1, r).tangents).toEqual([-Infinity, -Infinity]);
    expect(sub(1, sqrt(new Dual(0, 1))).tangent).toBe(-Infinity);
  });

  it('dividing by a number divides each tangent (no 1/b rounding or overflow)', () => {
    const x = new MultiDual(1, [1e-300, 0.1]);
    const q = x.div(1e-310);
    expect(q.tangents).toEqual([1e-300 / 1e-310, 0.1 / 1e-310]);
    expect(new MultiDual(1, [0.1]).div(3).tangents).toEqual([0.1 / 3]);
  });

  it('x / x is exactly 1 with tangents exactly 0', () => {
    const x = new MultiDual(0.1, [1, -3, 1e-300]);
    const q = x.div(x);
    expect(q.value).toBe(1);
    expect(q.tangents).toEqual([0, 0, 0]);
  });

  it('numbers with different numbers of tangents refuse to combine', () => {
    expect(() => new MultiDual(1, [1]).add(new MultiDual(2, [1, 2]))).toThrow(RangeError);
    expect(() => new MultiDual(1, [1]).mul(new MultiDual(2, [1, 2]))).toThrow(/1 and 2 tangents/);
  });
});

describe('MultiDual: perturbation tags', () => {
  it('numbers from two driver calls refuse to mix', () => {
    const [a] = taggedMultiDuals([1]);
    const [b] = taggedMultiDuals([2]);
    for (const op of [() => a.add(b), () => a.mul(b), () => a.pow(b), () => a.max(b)]) {
      expect(op).toThrow(/perturbation tags \d+ and \d+/);
      expect(op).not.toThrow(TypeError);
    }
  });

  it('numbers from one driver call combine', () => {
    const [a, b] = taggedMultiDuals([1, 2]);
    const p = a.mul(b);
    expect(p.tag).toBe(a.tag);
    expect(p.tangents).toEqual([2, 1]);
  });

  it('a MultiDual combined with a Dual of a driver call throws a TypeError', () => {
    const [m] = taggedMultiDuals([1]);
    let d: Dual | undefined;
    derivative((x) => {
      d = x;
      return x;
    }, 1);
    const message = /cannot combine a MultiDual with a Dual/;
    expect(() => m.add(d as unknown as MultiDual)).toThrow(TypeError);
    expect(() => m.mul(d as unknown as MultiDual)).toThrow(message);
    expect(() => m.add(new Dual(1, 1) as unknown as MultiDual)).toThrow(message);
  });
});

describe('MultiDual: conversion to a primitive', () => {
  it('x * 2 throws the TypeError; template strings work', () => {
    const x = new MultiDual(2, [1, 0]);
    expect(() => (x as unknown as number) * 2).toThrow(TypeError);
    expect(`${x}`).toBe('MultiDual(2, [1, 0])');
  });
});
