import { describe, expect, it } from 'vitest';
import { valueGradientHessian } from '../../src/drivers/hessian.js';
import { secondDerivative } from '../../src/drivers/second-derivative.js';
import { HyperDual } from '../../src/numbers/hyper-dual.js';
import { Jet2 } from '../../src/numbers/jet2.js';
import {
  evaluateTree,
  normwiseError,
  perMethodRows,
  randomRows,
  type SecondOrderRow,
  type Tree,
} from '../helpers/expression-tree.js';
import { secondOrderSuite } from '../helpers/second-order-suite.js';

/** Reads a jet as a full value, gradient and Hessian over n variables. */
function full(y: Jet2 | number, n: number) {
  if (typeof y === 'number') {
    return { value: y, gradient: new Array(n).fill(0), hessian: new Jet2(0, [], []).toHessian(n) };
  }
  return { value: y.value, gradient: y.toGradient(n), hessian: y.toHessian(n) };
}

/** One Jet2 sweep of a tree, with windowed seeds (variable i at offset i). */
function jetHessian(t: Tree, x: readonly number[]) {
  return full(
    evaluateTree(
      t,
      x.map((v, i) => Jet2.variable(v, i)),
    ),
    x.length,
  );
}

/** One Jet2 sweep with full-size seeds: every intermediate on the window [0, n). */
function denseJetHessian(t: Tree, x: readonly number[]) {
  const n = x.length;
  const zero = new Array((n * (n + 1)) / 2).fill(0);
  const seeds = x.map((v, i) => {
    const g = new Array(n).fill(0);
    g[i] = 1;
    return new Jet2(v, g, zero);
  });
  return full(evaluateTree(t, seeds), n);
}

/** The same by n(n+1)/2 hand-seeded hyper-dual sweeps, for comparison. */
function hyperDualHessian(t: Tree, x: readonly number[]) {
  const n = x.length;
  const gradient = new Array<number>(n).fill(0);
  const hessian = x.map(() => new Array<number>(n).fill(0));
  let value = Number.NaN;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const y = evaluateTree(
        t,
        x.map((v, k) => new HyperDual(v, k === i ? 1 : 0, k === j ? 1 : 0)),
      ) as HyperDual;
      value = y.value;
      if (i === j) gradient[i] = y.e1;
      hessian[i][j] = y.e12;
      hessian[j][i] = y.e12;
    }
  }
  return { value, gradient, hessian };
}

secondOrderSuite<Jet2>({
  name: 'Jet2',
  second(g, x) {
    const y = full(g(Jet2.variable(x, 0)), 1);
    return [y.value, y.gradient[0], y.hessian[0][0]];
  },
  second2(g, a, b) {
    return full(g(Jet2.variable(a, 0), Jet2.variable(b, 1)), 2);
  },
  sameVariable(g, a, b) {
    const y = full(g(Jet2.variable(a, 0), Jet2.variable(b, 0)), 1);
    return [y.value, y.gradient[0], y.hessian[0][0]];
  },
});

describe('Jet2: compositions against sympy (test/fixtures/second-order.json)', () => {
  const check = (rows: SecondOrderRow[], sweep: typeof jetHessian, tolerance: number) => {
    const misses: string[] = [];
    for (const row of rows) {
      const e = normwiseError(sweep(row.tree, row.x), row);
      if (!(e.value <= tolerance && e.gradient <= tolerance && e.hessian <= tolerance)) {
        misses.push(`${JSON.stringify(row.tree)} at ${row.x}: ${JSON.stringify(e)}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  };

  it('every method applied to functions of three variables: full 3×3 Hessians', () => {
    check(perMethodRows, jetHessian, 2e-14);
  });

  it('random compositions of depth up to 4', () => {
    check(randomRows, jetHessian, 2e-14);
  });

  it('full-size seeds (every operation on one window) give the same as windowed seeds', () => {
    check(perMethodRows, denseJetHessian, 2e-14);
    check(randomRows, denseJetHessian, 2e-14);
  });
});

describe('Jet2 and HyperDual agree on random compositions', () => {
  it('value, gradient and Hessian to rounding (one jet sweep vs six hyper-dual sweeps)', () => {
    const misses: string[] = [];
    for (const row of [...perMethodRows, ...randomRows]) {
      const e = normwiseError(jetHessian(row.tree, row.x), hyperDualHessian(row.tree, row.x));
      if (!(e.value === 0 && e.gradient <= 1e-14 && e.hessian <= 1e-13)) {
        misses.push(`${JSON.stringify(row.tree)}: ${JSON.stringify(e)}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  });
});

describe('Jet2: windows', () => {
  it('a seed carries one variable: gradient eᵢ, zero Hessian, at its offset', () => {
    const x = Jet2.variable(3, 2);
    expect([x.value, x.offset, x.gradient, x.hessian]).toEqual([3, 2, [1], [0]]);
    expect(x.toGradient(4)).toEqual([0, 0, 1, 0]);
    expect(x.toHessian(3)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('merges windows that are apart, overlapping, nested or empty', () => {
    const [x0, x1, x2, x3] = [1, 2, 3, 4].map((v, i) => Jet2.variable(v, i));
    // x0·x3 + x1·x2²: windows [0], [3], [1], [2] combined in different orders.
    const f = x0.mul(x3).add(x1.mul(x2.mul(x2)));
    expect(f.value).toBe(4 + 2 * 9);
    expect(f.toGradient(4)).toEqual([4, 9, 12, 1]);
    expect(f.toHessian(4)).toEqual([
      [0, 0, 0, 1],
      [0, 0, 6, 0],
      [0, 6, 4, 0],
      [1, 0, 0, 0],
    ]);
    // A constant (empty window) on either side, and a nested window.
    const g = x1
      .lift(2)
      .mul(x1.mul(x2))
      .sub(x1.add(x2).mul(x2.lift(3)));
    expect(g.toGradient(4)).toEqual([0, 2 * 3 - 3, 2 * 2 - 3, 0]);
    expect(g.toHessian(4)[1][2]).toBe(2);
  });

  it('a constant has an empty window; toGradient and toHessian fill zeros', () => {
    const c = Jet2.variable(1, 5).lift(7);
    expect([c.value, c.gradient, c.hessian]).toEqual([7, [], []]);
    expect(c.toGradient(2)).toEqual([0, 0]);
  });

  it('the constructor checks the packed Hessian length; variable checks the index', () => {
    expect(() => new Jet2(1, [1, 0], [0, 0])).toThrow(RangeError);
    expect(() => new Jet2(1, [1, 0], [0, 0])).toThrow(
      /gradient of length 2 needs a packed hessian of length 3, got length 2/,
    );
    expect(() => Jet2.variable(1, -1)).toThrow(/index must be a whole number ≥ 0, got -1/);
    expect(() => Jet2.variable(1, 0.5)).toThrow(RangeError);
  });

  it('toGradient and toHessian refuse an n the window does not fit in', () => {
    const x = Jet2.variable(1, 3);
    expect(() => x.toGradient(3)).toThrow(/derivatives up to variable 3, beyond n = 3/);
    expect(() => x.toHessian(2)).toThrow(RangeError);
    expect(() => x.toGradient(-1)).toThrow(/n must be a whole number ≥ 0/);
  });

  it('a hand-made jet with a full window (offset 0) works like the seeds', () => {
    const x = new Jet2(2, [1, 0], [0, 0, 0]);
    const y = new Jet2(3, [0, 1], [0, 0, 0]);
    const p = x.mul(x).mul(y);
    expect(p.toGradient(2)).toEqual([12, 4]);
    expect(p.toHessian(2)).toEqual([
      [6, 4],
      [4, 0],
    ]);
  });
});

describe('Jet2: conventions', () => {
  it('x / x is exactly 1 with zero derivatives; integer powers are exact at 0', () => {
    const x = Jet2.variable(0.1, 0);
    const q = x.div(x);
    expect([q.value, q.gradient, q.hessian]).toEqual([1, [0], [0]]);
    const z = Jet2.variable(0, 0);
    expect([z.pow(2).gradient, z.pow(2).hessian]).toEqual([[0], [2]]);
    expect([z.pow(3).gradient, z.pow(3).hessian]).toEqual([[0], [0]]);
    expect([z.pow(0).value, z.pow(0).gradient, z.pow(0).hessian]).toEqual([1, [0], [0]]);
  });

  it('pow with both sides variable: a side with zero perturbation contributes nothing', () => {
    const x = Jet2.variable(-2, 0);
    const p = x.pow(x.lift(3));
    expect([p.value, p.gradient, p.hessian]).toEqual([-8, [12], [-12]]);
    // (−2)^y with y variable: the y-partials are NaN, the x-partials of x^y are real.
    const [a, b] = [Jet2.variable(-2, 0), Jet2.variable(3, 1)];
    const q = a.pow(b);
    expect(q.gradient[0]).toBe(12);
    expect(q.gradient[1]).toBeNaN();
    expect(q.hessian[0]).toBe(-12);
    expect(q.hessian[1]).toBeNaN();
  });
});

describe('Jet2: tags, mixed types and conversion', () => {
  /** A Jet2 seeded by a driver call (the hessian driver's jet sweep), kept after the call. */
  function taggedJet(x: number): Jet2 {
    let seed: Jet2 | undefined;
    valueGradientHessian(
      (v) => {
        seed = v[0] as unknown as Jet2;
        return v[0];
      },
      [x, 0],
      { method: 'jet' },
    );
    return seed!;
  }

  it('numbers from two driver calls refuse to mix, naming the cause', () => {
    const a = taggedJet(1);
    const b = taggedJet(2);
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
    }
    // A hand-made constant jet takes the driver's tag; a hand-made variable is refused.
    expect(new Jet2(1, [0, 0], [0, 0, 0]).mul(a).tag).toBe(a.tag);
    expect(() => Jet2.variable(1, 0).mul(a)).toThrow(
      /made by hand with a non-zero perturbation .* met a number of a derivative call/,
    );
    expect(() => a.mul(new Jet2(1, [0, 0], [0, 1, 0]))).toThrow(
      /made by hand with a non-zero perturbation .* met a number of a derivative call/,
    );
  });

  it('a Jet2 combined with a HyperDual of a driver call throws a TypeError', () => {
    let seed: HyperDual | undefined;
    secondDerivative((d) => {
      seed = d;
      return d;
    }, 1);
    const h = seed! as unknown as Jet2;
    const j = Jet2.variable(1, 0);
    expect(() => j.mul(h)).toThrow(TypeError);
    expect(() => j.mul(h)).toThrow(/cannot combine a Jet2 with a HyperDual/);
    expect(() => j.pow(h)).toThrow(/cannot combine a Jet2 with a HyperDual/);
    expect(() => j.add(h)).toThrow(/cannot combine a Jet2 with a HyperDual/);
  });

  it('refuses conversion to a number; prints its parts', () => {
    const x = Jet2.variable(2, 1) as unknown as number;
    expect(() => x * 2).toThrow(/used where a plain number was expected/);
    expect(`${Jet2.variable(2, 1).mul(Jet2.variable(3, 1))}`).toBe('Jet2(6, [5], [2], 1)');
  });
});
