import { describe, expect, it } from 'vitest';
import { Dual } from '../src/numbers/dual.js';
import { HyperDual } from '../src/numbers/hyper-dual.js';
import { Jet2 } from '../src/numbers/jet2.js';
import { MultiDual } from '../src/numbers/multi-dual.js';
import { Taylor } from '../src/numbers/taylor.js';
import * as ops from '../src/ops.js';
import * as R from '../src/rules.js';
import { unaryFixture } from './helpers/rules-fixture.js';

/** The functional ops the contract lists (docs: /work/shared/API.md, "Functional ops"). */
const contract = [
  'add',
  'sub',
  'mul',
  'div',
  'pow',
  'neg',
  'sqrt',
  'cbrt',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'abs',
  'hypot',
  'min',
  'max',
  'sigmoid',
  'softplus',
  'relu',
  'erf',
  'erfc',
];

const unaryNames = Object.keys(R.unaryRules) as R.UnaryName[];
type UnaryOp = (x: number | Dual | MultiDual) => number | Dual | MultiDual;
type BinaryOp = (
  a: number | Dual | MultiDual,
  b: number | Dual | MultiDual,
) => number | Dual | MultiDual;
const unaryOp = (name: string) => (ops as unknown as Record<string, UnaryOp>)[name];
const binaryOp = (name: string) => (ops as unknown as Record<string, BinaryOp>)[name];

/** Math's function of the same name, where Math has one. */
const mathOf = (name: string) =>
  (Math as unknown as Record<string, ((x: number) => number) | undefined>)[name];

describe('the functional ops', () => {
  it('are exactly the contract’s list', () => {
    expect(Object.keys(ops).sort()).toEqual([...contract].sort());
  });
});

describe('unary ops on plain numbers', () => {
  for (const name of unaryNames) {
    it(`${name} gives a number equal to the rule’s value (and Math’s, where Math has it)`, () => {
      const op = unaryOp(name);
      const math = mathOf(name);
      for (const [x] of unaryFixture[name]) {
        const y = op(x);
        expect(typeof y).toBe('number');
        expect(Object.is(y, R.unaryRules[name].f(x)), `${name}(${x})`).toBe(true);
        if (math) expect(Object.is(y, math(x)), `${name}(${x}) vs Math`).toBe(true);
      }
    });
  }

  it('neg negates', () => {
    expect(ops.neg(3)).toBe(-3);
    expect(Object.is(ops.neg(0), -0)).toBe(true);
  });
});

describe('unary ops on Dual and MultiDual', () => {
  for (const name of unaryNames) {
    it(`${name} gives the same number type, equal to the method`, () => {
      const op = unaryOp(name);
      for (const [x] of unaryFixture[name]) {
        const d = new Dual(x, 0.5);
        const r = op(d) as Dual;
        expect(r).toBeInstanceOf(Dual);
        expect(r).toEqual(d[name]());
        const m = new MultiDual(x, [1, -2]);
        const s = op(m) as MultiDual;
        expect(s).toBeInstanceOf(MultiDual);
        expect(s).toEqual(m[name]());
      }
    });
  }

  it('neg', () => {
    expect(ops.neg(new Dual(2, 1))).toEqual(new Dual(-2, -1));
    expect(ops.neg(new MultiDual(2, [1, 3]))).toEqual(new MultiDual(-2, [-1, -3]));
  });
});

describe('binary ops on plain numbers', () => {
  const pairs = [
    [2, 3],
    [-1.5, 0.25],
    [0, 0],
    [3, 0],
    [0, -2],
    [-8, 1 / 3],
    [1e300, 1e300],
    [-0.5, -0.75],
  ];
  const reference: Record<string, (a: number, b: number) => number> = {
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    pow: Math.pow,
    atan2: Math.atan2,
    hypot: Math.hypot,
    min: Math.min,
    max: Math.max,
  };
  for (const [name, f] of Object.entries(reference)) {
    it(`${name} gives the number JavaScript gives`, () => {
      for (const [a, b] of pairs) {
        const y = binaryOp(name)(a, b);
        expect(typeof y).toBe('number');
        expect(Object.is(y, f(a, b)), `${name}(${a}, ${b})`).toBe(true);
      }
    });
  }
});

describe('binary ops with a number type on either side', () => {
  // Left: op(number, x) must equal the rule's value and ∂b; right: op(x, number) equals the method.
  const types = [
    { name: 'Dual', make: (v: number) => new Dual(v, 1), tangent: (y: Dual) => y.tangent },
    {
      name: 'MultiDual',
      make: (v: number) => new MultiDual(v, [1, 0.5]),
      tangent: (y: MultiDual) => y.tangents[0],
    },
  ] as const;
  for (const type of types) {
    const make = type.make as (v: number) => Dual | MultiDual;
    const tangent = type.tangent as (y: Dual | MultiDual) => number;

    it(`${type.name}: sub(1, x), div(2, x), add(1, x), mul(2, x)`, () => {
      const x = make(4);
      const s = ops.sub(1, x);
      expect(s.value).toBe(-3);
      expect(tangent(s)).toBe(-1);
      const q = ops.div(2, x);
      expect(q.value).toBe(0.5);
      expect(tangent(q)).toBe(-2 / 16);
      expect(ops.add(1, x).value).toBe(5);
      expect(tangent(ops.add(1, x))).toBe(1);
      expect(tangent(ops.mul(2, x))).toBe(2);
      expect(ops.mul(2, x).value).toBe(8);
      expect(ops.sub(x, 1).value).toBe(3);
      expect(ops.div(x, 2).value).toBe(2);
    });

    it(`${type.name}: pow(2, x) is 2ˣ with tangent 2ˣ·ln 2; pow(x, 3) is the cube`, () => {
      for (const v of [-1.5, 0, 0.5, 3, 10]) {
        const p = ops.pow(2, make(v));
        expect(p.value).toBe(2 ** v);
        expect(tangent(p)).toBe(2 ** v * Math.LN2);
      }
      const c = ops.pow(make(-2), 3);
      expect(c.value).toBe(-8);
      expect(tangent(c)).toBe(12);
    });

    it(`${type.name}: pow(0, x) is 0 with tangent 0 for x > 0`, () => {
      for (const v of [0.5, 1, 2, 7.25]) {
        const p = ops.pow(0, make(v));
        expect(p.value).toBe(0);
        expect(tangent(p)).toBe(0);
      }
      // x ≤ 0: the value is Math.pow's, the tangent the pow rule's ∂b (see docs/conventions.md).
      const one = ops.pow(0, make(0));
      expect(one.value).toBe(1);
      expect(tangent(one)).toBe(R.pow.db(0, 0, 1));
    });

    it(`${type.name}: atan2(1, x) and atan2(x, 1) in every quadrant`, () => {
      for (const v of [2, -2, 0.5, -0.5]) {
        for (const c of [1, -1]) {
          const left = ops.atan2(c, make(v));
          expect(left.value).toBe(Math.atan2(c, v));
          // ∂/∂x atan2(c, x) = −c/(c² + x²)
          expect(tangent(left)).toBeCloseTo(-c / (c * c + v * v), 15);
          const right = ops.atan2(make(v), c);
          expect(right.value).toBe(Math.atan2(v, c));
          expect(tangent(right)).toBeCloseTo(c / (c * c + v * v), 15);
        }
      }
    });

    it(`${type.name}: hypot(3, x) and hypot(x, 3)`, () => {
      const h = ops.hypot(3, make(4));
      expect(h.value).toBe(5);
      expect(tangent(h)).toBe(4 / 5);
      const k = ops.hypot(make(4), 3);
      expect(k.value).toBe(5);
      expect(tangent(k)).toBe(4 / 5);
    });

    it(`${type.name}: min and max with a number on either side`, () => {
      const x = make(2);
      expect(ops.min(1, x).value).toBe(1);
      expect(tangent(ops.min(1, x))).toBe(0);
      expect(tangent(ops.min(3, x))).toBe(1);
      expect(ops.max(3, x).value).toBe(3);
      expect(tangent(ops.max(3, x))).toBe(0);
      expect(tangent(ops.max(x, 1))).toBe(1);
      expect(tangent(ops.max(2, x))).toBe(0.5);
      expect(tangent(ops.min(x, 2))).toBe(0.5);
    });
  }

  it('div(c, x) is the rule c/x of x: as lift(c)/x where that is finite, and −∞ (not NaN) for 1/x at 0', () => {
    const numbers = [
      new Dual(0.3, 1.5),
      new MultiDual(-2.7, [1, -0.25]),
      new HyperDual(5e10, 1, 0.5, 0.25),
      Jet2.variable(-0.6, 1),
      Taylor.variable(1.7, 5),
    ];
    for (const x of numbers) {
      for (const c of [1, -3.5]) {
        const byRule = ops.div(c, x as Dual);
        const lifted = (x as Dual).lift(c).div(x as Dual);
        expect(byRule.constructor).toBe(x.constructor);
        expect(byRule).toEqual(lifted);
      }
      // 0/x: the same zeros but for their signs (the rule's ∂ is −0/x); JSON drops the sign.
      const zero = ops.div(0, x as Dual);
      expect(JSON.stringify(zero)).toBe(JSON.stringify((x as Dual).lift(0).div(x as Dual)));
    }
    // At 0 the value is +∞ and the slope the one-sided limit −∞, as for pow(x, −1); through a
    // lifted 1 the zero tangent times the partial 1/x = ∞ would give NaN.
    expect(ops.div(1, new Dual(0, 1))).toEqual(
      new Dual(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    expect(ops.div(1, new Dual(0, 1))).toEqual(ops.pow(new Dual(0, 1), -1));
    expect(ops.div(1, new MultiDual(0, [1, 0])).tangents[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(ops.div(2, new HyperDual(0, 1, 1)).e1).toBe(Number.NEGATIVE_INFINITY);
  });

  it('ops on a number type without lift/rpow fall back to x·0 + c and c^x', () => {
    const foreign = (v: number) => {
      const d = new Dual(v, 1);
      Object.defineProperty(d, 'lift', { value: undefined });
      Object.defineProperty(d, 'rpow', { value: undefined });
      Object.defineProperty(d, 'rdiv', { value: undefined });
      return d;
    };
    expect(ops.sub(1, foreign(4))).toEqual(new Dual(-3, -1));
    expect(ops.div(2, foreign(4))).toEqual(new Dual(0.5, -0.125));
    expect(ops.pow(2, foreign(3))).toEqual(new Dual(8, 8 * Math.LN2));
    expect(ops.atan2(1, foreign(1)).tangent).toBe(-0.5);
  });

  it('a number type on both sides gives that type', () => {
    const z = ops.hypot(new Dual(3, 1), new Dual(4, 1));
    expect(z).toBeInstanceOf(Dual);
    expect(z.value).toBe(5);
    expect(z.tangent).toBe(3 / 5 + 4 / 5);
  });
});
