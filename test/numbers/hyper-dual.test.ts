import { describe, expect, it } from 'vitest';
import { derivative } from '../../src/drivers/derivative.js';
import { secondDerivative } from '../../src/drivers/second-derivative.js';
import type { Dual } from '../../src/numbers/dual.js';
import { HyperDual } from '../../src/numbers/hyper-dual.js';
import {
  evaluateTree,
  normwiseError,
  perMethodRows,
  randomRows,
  type SecondOrderRow,
  type Tree,
} from '../helpers/expression-tree.js';
import { secondOrderSuite } from '../helpers/second-order-suite.js';

/** Value, gradient and Hessian of a tree by n(n+1)/2 hand-seeded hyper-dual sweeps. */
function hyperDualHessian(t: Tree, x: readonly number[]) {
  const n = x.length;
  const gradient = new Array<number>(n).fill(0);
  const hessian = x.map(() => new Array<number>(n).fill(0));
  let value = Number.NaN;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const seeds = x.map((v, k) => new HyperDual(v, k === i ? 1 : 0, k === j ? 1 : 0));
      const y = evaluateTree(t, seeds) as HyperDual;
      value = y.value;
      if (i === j) gradient[i] = y.e1;
      hessian[i][j] = y.e12;
      hessian[j][i] = y.e12;
    }
  }
  return { value, gradient, hessian };
}

secondOrderSuite<HyperDual>({
  name: 'HyperDual',
  second(g, x) {
    const y = g(new HyperDual(x, 1, 1));
    // ε1 and ε2 were seeded alike, so they must carry the same first derivative.
    expect(Object.is(y.e1, y.e2)).toBe(true);
    return [y.value, y.e1, y.e12];
  },
  second2(g, a, b) {
    // Three sweeps: ε1ε2 along (a, a), (a, b) and (b, b).
    const aa = g(new HyperDual(a, 1, 1), new HyperDual(b, 0, 0));
    const ab = g(new HyperDual(a, 1, 0), new HyperDual(b, 0, 1));
    const bb = g(new HyperDual(a, 0, 0), new HyperDual(b, 1, 1));
    return {
      value: aa.value,
      gradient: [aa.e1, bb.e1],
      hessian: [
        [aa.e12, ab.e12],
        [ab.e12, bb.e12],
      ],
    };
  },
  sameVariable(g, a, b) {
    const y = g(new HyperDual(a, 1, 1), new HyperDual(b, 1, 1));
    return [y.value, y.e1, y.e12];
  },
});

describe('HyperDual: compositions against sympy (test/fixtures/second-order.json)', () => {
  const check = (rows: SecondOrderRow[], tolerance: number) => {
    const misses: string[] = [];
    for (const row of rows) {
      const e = normwiseError(hyperDualHessian(row.tree, row.x), row);
      if (!(e.value <= tolerance && e.gradient <= tolerance && e.hessian <= tolerance)) {
        misses.push(`${JSON.stringify(row.tree)} at ${row.x}: ${JSON.stringify(e)}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  };

  it('every method applied to functions of three variables: full 3×3 Hessians', () => {
    expect(perMethodRows.length).toBeGreaterThanOrEqual(60);
    check(perMethodRows, 2e-14);
  });

  it('random compositions of depth up to 4', () => {
    expect(randomRows.length).toBeGreaterThanOrEqual(40);
    check(randomRows, 2e-14);
  });
});

/** A HyperDual seeded by a secondDerivative call, carrying its tag, kept after the call. */
function taggedHyperDual(x: number): HyperDual {
  let seed: HyperDual | undefined;
  secondDerivative((d) => {
    seed = d;
    return d;
  }, x);
  return seed!;
}

describe('HyperDual: construction and reading', () => {
  it('takes e1 and e2, with e12 defaulting to 0 and the tag to the hand-made HyperDual tag -3', () => {
    const c = new HyperDual(3, 1, 2);
    expect([c.value, c.e1, c.e2, c.e12, c.tag]).toEqual([3, 1, 2, 0, -3]);
    const d = new HyperDual(3, 1, 2, 4, 7);
    expect([d.value, d.e1, d.e2, d.e12, d.tag]).toEqual([3, 1, 2, 4, 7]);
  });

  it('results of operations and driver seeds are HyperDuals like hand-made ones', () => {
    // Operations and drivers build HyperDuals with an internal constructor sharing the prototype.
    const x = taggedHyperDual(2);
    const made = [x, x.sin(), x.add(1), x.mul(x), new HyperDual(1, 2, 3).div(3), x.lift(4)];
    for (const d of made) {
      expect(d).toBeInstanceOf(HyperDual);
      expect(d.constructor).toBe(HyperDual);
      expect(Object.keys(d)).toEqual(['value', 'e1', 'e2', 'e12', 'tag']);
    }
    expect(new HyperDual(1, 2, 3).mul(3)).toEqual(new HyperDual(3, 6, 9));
  });

  it('carries the mixed second derivative of a product: x·y with ε1 on x and ε2 on y', () => {
    const x = new HyperDual(2, 1, 0);
    const y = new HyperDual(5, 0, 1);
    const p = x.mul(y);
    expect([p.value, p.e1, p.e2, p.e12]).toEqual([10, 5, 2, 1]);
  });

  it('lift gives a constant with the same tag; rpow is base^x with both derivatives', () => {
    const x = taggedHyperDual(2);
    const c = x.lift(5);
    expect([c.value, c.e1, c.e2, c.e12, c.tag]).toEqual([5, 0, 0, 0, x.tag]);
    const p = x.rpow(3);
    expect(p.value).toBe(9);
    expect(p.e1).toBeCloseTo(9 * Math.log(3), 14);
    expect(p.e12).toBeCloseTo(9 * Math.log(3) ** 2, 14);
    expect(p.tag).toBe(x.tag);
  });

  it('x / x is exactly 1 with every derivative exactly 0', () => {
    for (const v of [3, 0.1, -7.25, 1e-150, 1e150]) {
      const x = new HyperDual(v, 1, 1);
      const q = x.div(x);
      expect([q.value, q.e1, q.e2, q.e12]).toEqual([1, 0, 0, 0]);
    }
  });

  it('integer powers are exact at 0: x², x³ and x⁰ have second derivatives 2, 0 and 0', () => {
    const x = new HyperDual(0, 1, 1);
    expect([x.pow(2).e1, x.pow(2).e12]).toEqual([0, 2]);
    expect([x.pow(3).e1, x.pow(3).e12]).toEqual([0, 0]);
    expect([x.pow(0).value, x.pow(0).e1, x.pow(0).e12]).toEqual([1, 0, 0]);
    expect(x.mul(x).e12).toBe(2);
  });

  it('pow with both sides variable: a side with zero perturbation contributes nothing', () => {
    // (−2)^y has NaN y-partials; with y a constant of the type they must not leak into x.
    const x = new HyperDual(-2, 1, 1);
    const c = x.lift(3);
    const p = x.pow(c);
    expect([p.value, p.e1, p.e12]).toEqual([-8, 12, -12]);
    // 0^y for y > 0 is identically 0: no NaN from log 0 when only y varies.
    const y = new HyperDual(2.5, 1, 1);
    const q = y.lift(0).pow(y);
    expect([q.value, q.e1, q.e12]).toEqual([0, 0, 0]);
  });
});

describe('HyperDual: perturbation tags', () => {
  it('numbers from two driver calls refuse to mix, naming the cause', () => {
    const a = taggedHyperDual(1);
    const b = taggedHyperDual(2);
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
      expect(op).toThrow(/perturbation tags \d+ and \d+/);
      expect(op).not.toThrow(TypeError);
    }
  });

  it('a hand-made constant (tag −3, zero ε parts) combines with a tagged number and takes its tag', () => {
    const a = taggedHyperDual(1);
    const c = new HyperDual(2, 0, 0);
    expect(a.mul(c).tag).toBe(a.tag);
    expect(c.mul(a).tag).toBe(a.tag);
    expect(c.add(a).e1).toBe(1);
  });

  it('a hand-made number with any non-zero ε part refuses a tagged one', () => {
    const a = taggedHyperDual(1);
    for (const c of [new HyperDual(2, 1, 0), new HyperDual(2, 0, 1), new HyperDual(2, 0, 0, 1)]) {
      expect(() => a.mul(c)).toThrow(
        /made by hand with a non-zero perturbation .* met a number of a derivative call/,
      );
      expect(() => c.add(a)).toThrow(
        /made by hand with a non-zero perturbation .* met a number of a derivative call/,
      );
    }
  });

  it('a HyperDual combined with a Dual of a driver call throws a TypeError', () => {
    let seed: Dual | undefined;
    derivative((d) => {
      seed = d;
      return d;
    }, 1);
    const d = seed! as unknown as HyperDual;
    const h = new HyperDual(1, 1, 1);
    expect(() => h.add(d)).toThrow(TypeError);
    expect(() => h.mul(d)).toThrow(/cannot combine a HyperDual with a Dual/);
    expect(() => h.pow(d)).toThrow(/cannot combine a HyperDual with a Dual/);
    expect(() => h.max(d)).toThrow(/cannot combine a HyperDual with a Dual/);
  });
});

describe('HyperDual: conversion to a primitive', () => {
  it('x * 2 and x > 0 throw the TypeError that points to the methods', () => {
    const x = new HyperDual(2, 1, 1) as unknown as number;
    expect(() => x * 2).toThrow(/used where a plain number was expected/);
    expect(() => x > 0).toThrow(TypeError);
  });

  it('template strings and String() show every part', () => {
    const x = new HyperDual(2, 1, 1);
    expect(`${x}`).toBe('HyperDual(2, 1, 1, 0)');
    expect(String(x.mul(x))).toBe('HyperDual(4, 4, 4, 2)');
  });
});
