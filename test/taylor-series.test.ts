import { describe, expect, it } from 'vitest';
import * as R from '../src/rules.js';
import * as TS from '../src/taylor-series.js';

/** A fixed linear congruential sequence in [0, 1): random-looking inputs, the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * The recurrences against the rule table: for a series a = [x0, s, w], the order-2 chain rule
 * gives c0 = f(x0), c1 = f′·s, c2 = f′·w + f″·s²/2. Walking `unaryRules` and `binaryRules` makes a
 * function added to the table without a recurrence (or with a drifting one) fail here.
 */

/** Any recurrence, called generically with its scratch arrays (see TS.SCRATCH). */
type AnySeries = (...args: unknown[]) => void;

function series(name: string): AnySeries {
  const fn = (TS as unknown as Record<string, AnySeries | undefined>)[name];
  if (typeof fn !== 'function') throw new Error(`taylor-series.ts has no recurrence for ${name}`);
  return fn;
}

function scratchFor(name: string, n: number): number[][] {
  const count = (TS.SCRATCH as Record<string, number>)[name];
  if (count === undefined) throw new Error(`TS.SCRATCH lists no ${name}`);
  return Array.from({ length: count }, () => new Array<number>(n).fill(0));
}

function unary(name: string, a: ArrayLike<number>, d: number): number[] {
  const out = new Array<number>(d + 1).fill(0);
  series(name)(a, d, out, ...scratchFor(name, d + 1));
  return out;
}

function binary(name: string, a: ArrayLike<number>, b: ArrayLike<number>, d: number): number[] {
  const out = new Array<number>(d + 1).fill(0);
  series(name)(a, b, d, out, ...scratchFor(name, d + 1));
  return out;
}

/**
 * Where the rule gives a finite number, the recurrence must agree to a few rounding errors (the
 * two evaluate the same derivative by differently ordered operations). Where the rule gives ±∞ or
 * NaN (a singular point: log at 0, √ at 0, atan2 at the origin), no Taylor coefficient exists and
 * the recurrence must not invent a finite one.
 */
function expectMatch(got: number, want: number, scale: number, what: string): void {
  if (!Number.isFinite(want)) {
    expect(Number.isFinite(got), `${what}: got ${got}, rule gives ${want}`).toBe(false);
    return;
  }
  const err = Math.abs(got - want);
  expect(err, `${what}: got ${got}, rule gives ${want}`).toBeLessThanOrEqual(
    RULE_TOLERANCE * (Math.abs(want) + scale),
  );
}

/**
 * 16 ulps of the result plus the sum of the magnitudes of its terms (`scale`), since c2 can be a
 * sum of terms that cancel: the rules' own error budgets are up to 10 ulps (test/helpers), and the
 * recurrence rounds a few operations of its own.
 */
const RULE_TOLERANCE = 16 * Number.EPSILON;

const POINTS = [-2.5, -1, -0.7, -0.3, 0, 0.2, 0.5, 0.9, 1, 1.7, 3];
const SEEDS: [number, number][] = [
  [1, 0],
  [-0.5, 0.3],
  [2, -1.25],
];

describe('every unary recurrence against the rule table (order 2)', () => {
  const names = Object.keys(R.unaryRules) as R.UnaryName[];

  it('has a recurrence and a scratch count for every unary rule', () => {
    for (const name of names) {
      expect(typeof series(name), name).toBe('function');
      expect(typeof (TS.SCRATCH as Record<string, number>)[name], name).toBe('number');
    }
  });

  for (const name of names) {
    it(`${name}: c0 = f, c1 = f′·s, c2 = f′·w + f″·s²/2`, () => {
      const rule = R.unaryRules[name];
      for (const x of POINTS) {
        const fx = rule.f(x);
        for (const [s, w] of SEEDS) {
          const c = unary(name, [x, s, w], 2);
          const what = `${name} at ${x}, seed [${s}, ${w}]`;
          if (Number.isNaN(fx)) {
            // Outside the domain: value and every coefficient NaN.
            expect(c.every(Number.isNaN), `${what}: ${c}`).toBe(true);
            continue;
          }
          expect(c[0], what).toBe(fx);
          const d1 = rule.d1(x, fx);
          const d2 = rule.d2(x, fx, d1);
          const want1 = d1 * s;
          const want2 = d1 * w + (d2 * s * s) / 2;
          const scale = Math.abs(d1 * w) + Math.abs((d2 * s * s) / 2);
          expectMatch(c[1], want1, Math.abs(want1), `${what}, c1`);
          expectMatch(c[2], want2, scale, `${what}, c2`);
        }
      }
    });
  }
});

describe('every binary recurrence against the rule table (order 2)', () => {
  const names = Object.keys(R.binaryRules) as (keyof typeof R.binaryRules)[];
  const PAIRS: [number, number][] = [
    [0.7, 1.3],
    [-0.4, 2],
    [2, -0.5],
    [1.5, 0.8],
    [-1.2, -0.6],
    [0, 2],
    [0, 3],
    [3, 0],
    [0, 0],
  ];
  // [α, a2, β, b2]: a = [a0, α, a2], b = [b0, β, b2].
  const DIRECTIONS: [number, number, number, number][] = [
    [1, 0, 0, 0],
    [0, 0, 1, 0],
    [1, 0, 1, 0],
    [0.5, 0.25, -2, -0.1],
  ];

  it('has a recurrence for every binary rule', () => {
    for (const name of names) expect(typeof series(name), name).toBe('function');
  });

  for (const name of names) {
    it(`${name}: c1 = ∂a·α + ∂b·β, c2 from the second partials`, () => {
      const rule = R.binaryRules[name];
      // pow's convention (as Dual.pow): a side with exactly zero perturbation contributes
      // nothing, even where its partial is ±∞ or NaN.
      const guarded = name === 'pow';
      const term = (partial: number, dir: number): number =>
        guarded && dir === 0 ? 0 : partial * dir;
      for (const [a0, b0] of PAIRS) {
        const f = rule.f(a0, b0);
        for (const [al, a2, be, b2] of DIRECTIONS) {
          const c = binary(name, [a0, al, a2], [b0, be, b2], 2);
          const what = `${name}(${a0}, ${b0}), directions [${al}, ${a2}] [${be}, ${b2}]`;
          if (Number.isNaN(f)) {
            expect(c.every(Number.isNaN), `${what}: ${c}`).toBe(true);
            continue;
          }
          expect(c[0], what).toBe(f);
          const da = rule.da(a0, b0, f);
          const db = rule.db(a0, b0, f);
          const want1 = term(da, al) + term(db, be);
          const second = [
            term(rule.daa(a0, b0, f), (al * al) / 2),
            term(rule.dab(a0, b0, f), al * be),
            term(rule.dbb(a0, b0, f), (be * be) / 2),
            term(da, a2),
            term(db, b2),
          ];
          const want2 = second.reduce((x, y) => x + y, 0);
          const scale = second.reduce((x, y) => x + Math.abs(y), 0);
          expectMatch(c[1], want1, Math.abs(term(da, al)) + Math.abs(term(db, be)), `${what}, c1`);
          expectMatch(c[2], want2, scale, `${what}, c2`);
        }
      }
    });
  }

  it('power (constant exponent) matches R.power, also at 0 for integer exponents', () => {
    for (const p of [0, 1, 2, 3, 5, -1, -2, 0.5, 2.5, -0.5, 1 / 3]) {
      for (const x of [-1.5, -0.3, 0, 0.4, 2]) {
        const fx = R.power.f(x, p);
        const c = new Array<number>(3);
        TS.power([x, 1, 0], p, 2, c);
        const what = `x^${p} at ${x}`;
        if (Number.isNaN(fx)) {
          expect(c.every(Number.isNaN), what).toBe(true);
          continue;
        }
        expect(c[0], what).toBe(fx);
        const d1 = R.power.d1(x, p, fx);
        const d2 = R.power.d2(x, p, fx);
        expectMatch(c[1], d1, Math.abs(d1), `${what}, c1`);
        expectMatch(c[2], d2 / 2, Math.abs(d2 / 2), `${what}, c2`);
      }
    }
  });

  it('min and max take the branch of R.minWeight/maxWeight, averaging at a tie', () => {
    const a = [1, 2, 3];
    const b = [1, -4, 5];
    const out = new Array<number>(3);
    for (const [a0, b0] of [
      [1, 2],
      [2, 1],
      [1, 1],
    ]) {
      a[0] = a0;
      b[0] = b0;
      const wMax = R.maxWeight(a0, b0);
      TS.max(a, b, 2, out);
      expect(out).toEqual([Math.max(a0, b0), 2 * wMax - 4 * (1 - wMax), 3 * wMax + 5 * (1 - wMax)]);
      const wMin = R.minWeight(a0, b0);
      TS.min(a, b, 2, out);
      expect(out).toEqual([Math.min(a0, b0), 2 * wMin - 4 * (1 - wMin), 3 * wMin + 5 * (1 - wMin)]);
    }
    TS.max([Number.NaN, 1], [0, 1], 1, out);
    expect(out.slice(0, 2).every(Number.isNaN)).toBe(true);
  });
});

describe('exactness', () => {
  it('x³ and x² at 0 are the exact monomials', () => {
    const x = [0, 1, 0, 0, 0];
    const out = new Array<number>(5);
    TS.power(x, 3, 4, out);
    expect(out).toEqual([0, 0, 0, 1, 0]);
    TS.power(x, 2, 4, out);
    expect(out).toEqual([0, 0, 1, 0, 0]);
    TS.mul(x, x, 4, out);
    expect(out).toEqual([0, 0, 1, 0, 0]);
    // (2t)^5 truncated at order 6 and t^7 beyond the order.
    const y = new Array<number>(7);
    TS.power([0, 2, 0, 0, 0, 0, 0], 5, 6, y);
    expect(y).toEqual([0, 0, 0, 0, 0, 32, 0]);
    TS.power([0, 1, 0, 0, 0, 0, 0], 7, 6, y);
    expect(y).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('integer powers of t²·(1 + t) at 0 shift the leading zeros', () => {
    // (t² + t³)³ = t⁶ + 3t⁷ + 3t⁸ + t⁹
    const a = [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const out = new Array<number>(11);
    TS.power(a, 3, 10, out);
    expect(out).toEqual([0, 0, 0, 0, 0, 0, 1, 3, 3, 1, 0]);
  });

  it('integer powers of a linear series have the exact binomial coefficients and zero tail', () => {
    const out = new Array<number>(8);
    TS.power([3, 1, 0, 0, 0, 0, 0, 0], 5, 7, out);
    // (3 + t)^5 = 243 + 405t + 270t² + 90t³ + 15t⁴ + t⁵
    expect(out).toEqual([243, 405, 270, 90, 15, 1, 0, 0]);
    TS.power([2, 1, 0, 0, 0, 0, 0, 0], -1, 7, out);
    // 1/(2 + t) = Σ (−1)^k t^k / 2^(k+1), exact in binary
    expect(out).toEqual([0.5, -0.25, 0.125, -0.0625, 0.03125, -0.015625, 0.0078125, -0.00390625]);
  });

  it('x/x is exactly [1, 0, …, 0]', () => {
    for (const a of [
      [0.3, 1, 0, 0, 0, 0],
      [-7.1, 0.2, 3.3, -1e-3, 5, 0.7],
    ]) {
      const out = new Array<number>(6);
      TS.div(a, a, 5, out);
      expect(out).toEqual([1, 0, 0, 0, 0, 0]);
    }
  });

  it('non-integer powers at 0: zeros below t^(mp), NaN where the function is not analytic', () => {
    const out = new Array<number>(5);
    TS.power([0, 1, 0, 0, 0], 2.5, 4, out);
    expect(out.slice(0, 3)).toEqual([0, 0, 0]);
    expect(out.slice(3).every(Number.isNaN)).toBe(true);
    TS.power([0, 0, 1, 0, 0], 0.5, 4, out); // √(t²) = |t|
    expect(out[0]).toBe(0);
    expect(out.slice(1).every(Number.isNaN)).toBe(true);
  });

  it('pow with both sides variable at a_0 = 0, integer b_0', () => {
    // (2t)^(3 + t) = 8t³ + 8t⁴·log(2t) + …: c3 = 8, then a t⁴·log t term (no coefficient).
    const out = new Array<number>(6);
    TS.pow([0, 2, 0, 0, 0, 0], [3, 1, 0, 0, 0, 0], 5, out, new Array<number>(6));
    expect(out.slice(0, 4)).toEqual([0, 0, 0, 8]);
    expect(out.slice(4).every(Number.isNaN)).toBe(true);
  });

  it('rpow: 1^b is exactly 1, 0^b ≡ 0 for b_0 > 0, negative bases have NaN derivatives', () => {
    const out = new Array<number>(4);
    TS.rpow(1, [0.3, 1, 2, 3], 3, out);
    expect(out).toEqual([1, 0, 0, 0]);
    TS.rpow(0, [2, 1, 0, 0], 3, out);
    expect(out).toEqual([0, 0, 0, 0]);
    TS.rpow(-2, [2, 1, 0, 0], 3, out);
    expect(out[0]).toBe(4);
    expect(out.slice(1).every(Number.isNaN)).toBe(true);
    // A constant exponent contributes no perturbation: (−2)^2 stays a constant.
    TS.rpow(-2, [2, 0, 0, 0], 3, out);
    expect(out).toEqual([4, 0, 0, 0]);
  });

  it('abs and relu at their kink give the zero series; hypot at the origin too', () => {
    const out = new Array<number>(4);
    TS.abs([0, 1, -2, 3], 3, out);
    expect(out).toEqual([0, 0, 0, 0]);
    TS.abs([-2, 1, -2, 3], 3, out);
    expect(out).toEqual([2, -1, 2, -3]);
    TS.relu([0, 1, -2, 3], 3, out);
    expect(out).toEqual([0, 0, 0, 0]);
    TS.relu([0.5, 1, -2, 3], 3, out);
    expect(out).toEqual([0.5, 1, -2, 3]);
    TS.hypot([0, 1, 0, 0], [0, 1, 0, 0], 3, out);
    expect(out).toEqual([0, 0, 0, 0]);
  });
});

describe('the calling convention', () => {
  it('writes only coefficients 0..d and accepts Float64Array inputs and outputs', () => {
    const a = new Float64Array([0.4, 1, 0, 0, 99]);
    const out = new Float64Array(6).fill(-1);
    const scratch = new Float64Array(6);
    TS.tan(a, 3, out, scratch);
    expect(out[4]).toBe(-1);
    expect(out[5]).toBe(-1);
    const plain = new Array<number>(4);
    TS.tan([0.4, 1, 0, 0], 3, plain, new Array<number>(4));
    expect(Array.from(out.subarray(0, 4))).toEqual(plain);
  });

  it('mul, sqrt and div may write over their documented inputs', () => {
    const a = [1.5, 0.2, -0.3, 0.7];
    const b = [0.8, -1, 0.4, 0.1];
    const want = new Array<number>(4);
    TS.mul(a, b, 3, want);
    const alias = a.slice();
    TS.mul(alias, b, 3, alias);
    expect(alias).toEqual(want);
    const alias2 = b.slice();
    TS.mul(a, alias2, 3, alias2);
    expect(alias2).toEqual(want);

    TS.sqrt(a, 3, want);
    const s = a.slice();
    TS.sqrt(s, 3, s);
    expect(s).toEqual(want);

    TS.div(a, b, 3, want);
    const q = a.slice();
    TS.div(q, b, 3, q);
    expect(q).toEqual(want);
  });

  it('sinCos and sinhCosh fill both outputs', () => {
    const s = new Array<number>(3);
    const c = new Array<number>(3);
    TS.sinCos([0.5, 1, 0], 2, s, c);
    expect(s[0]).toBe(Math.sin(0.5));
    expect(c[0]).toBe(Math.cos(0.5));
    expect(s[1]).toBe(Math.cos(0.5));
    expect(c[1]).toBe(-Math.sin(0.5));
    TS.sinhCosh([0.5, 1, 0], 2, s, c);
    expect(s[1]).toBe(Math.cosh(0.5));
    expect(c[1]).toBe(Math.sinh(0.5));
  });

  it('writes a zero coefficient as 0, never −0 (so sin at 0 equals [0, 1, 0, −1/6, …])', () => {
    const inputs = [
      [0, 1, 0, 0, 0, 0, 0],
      [0, -1, 0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 0, 0],
      [0.5, 1, 0, 0, 0, 0, 0],
    ];
    const negativeZeros: string[] = [];
    for (const name of Object.keys(R.unaryRules)) {
      for (const a of inputs) {
        const c = unary(name, a, 6);
        c.forEach((v, k) => {
          if (Object.is(v, -0)) negativeZeros.push(`${name}([${a}]) c${k}`);
        });
      }
    }
    for (const name of ['add', 'sub', 'mul', 'div', 'pow', 'atan2', 'hypot', 'min', 'max']) {
      for (const [a, b] of [
        [
          [0, 1, 0, 0],
          [0, 1, 0, 0],
        ],
        [
          [1, 1, 0, 0],
          [2, -1, 0, 0],
        ],
        [
          [-1, 1, 0, 0],
          [0.5, 0, 0, 0],
        ],
      ]) {
        binary(name, a, b, 3).forEach((v, k) => {
          if (Object.is(v, -0)) negativeZeros.push(`${name}([${a}], [${b}]) c${k}`);
        });
      }
    }
    expect(negativeZeros).toEqual([]);
  });

  it('every coefficient is NaN when the value is NaN', () => {
    const out = new Array<number>(4);
    for (const [name, x] of [
      ['log', -1],
      ['sqrt', -1],
      ['asin', 2],
      ['acosh', 0.5],
      ['atanh', 1.5],
      ['log1p', -2],
      ['exp', Number.NaN],
      ['erf', Number.NaN],
    ] as const) {
      series(name)([x, 1, 0.5, 0.25], 3, out, ...scratchFor(name, 4));
      expect(out.every(Number.isNaN), `${name}(${x})`).toBe(true);
    }
  });
});

describe('exp of a series of full degree (two orders per pass)', () => {
  /** k·e_k = Σ j·w_j·e_{k−j} one order at a time, in the partial sums the pairing must keep. */
  function expOneOrderAtATime(w: readonly number[], d: number): number[] {
    const e = [Math.exp(w[0])];
    for (let k = 1; k <= d; k++) {
      let even = 0;
      let odd = 0;
      let j = k;
      for (; j >= 2; j -= 2) {
        even += j * w[j] * e[k - j];
        odd += (j - 1) * w[j - 1] * e[k - j + 1];
      }
      if (j === 1) odd += w[1] * e[k - 1];
      e.push((even + odd) / k);
    }
    return e;
  }

  it('gives the same coefficients, bit for bit, at every order from 2 to 41', () => {
    const random = sequence(12345);
    const next = () => (random() - 0.5) * 4;
    const out = new Array<number>(42);
    let compared = 0;
    for (let trial = 0; trial < 400; trial++) {
      const d = 2 + (trial % 40);
      const w = Array.from({ length: d + 1 }, next);
      TS.exp(w, d, out);
      const expected = expOneOrderAtATime(w, d);
      for (let k = 0; k <= d; k++) {
        expect(Object.is(out[k], expected[k]), `order ${d}, k = ${k}`).toBe(true);
        compared++;
      }
    }
    // Orders 2..41, ten trials each, d + 1 coefficients per trial.
    expect(compared).toBe(9000);
  });

  it('gives the same bits for the series of sin(0.5 + t) to order 16 (the benchmark case)', () => {
    // sin(0.5 + t) has coefficients sin(0.5)·(−1)^{k/2}/k! (k even), cos(0.5)·(−1)^{(k−1)/2}/k!.
    const d = 16;
    const w = Array.from({ length: d + 1 }, (_, k) => {
      let f = 1;
      for (let i = 2; i <= k; i++) f *= i;
      const sign = Math.floor(k / 2) % 2 === 0 ? 1 : -1;
      return (sign * (k % 2 === 0 ? Math.sin(0.5) : Math.cos(0.5))) / f;
    });
    const out = new Array<number>(d + 1);
    TS.exp(w, d, out);
    expect(out).toEqual(expOneOrderAtATime(w, d));
  });
});

describe('mul (two orders per pass)', () => {
  /** out_k = Σ a_i·b_{k−i} one order at a time, ascending i, as the pairing must keep. */
  function mulOneOrderAtATime(a: readonly number[], b: readonly number[], d: number): number[] {
    const out: number[] = [];
    for (let k = 0; k <= d; k++) {
      let s = 0;
      for (let i = 0; i <= k; i++) s += a[i] * b[k - i];
      out.push(s);
    }
    return out;
  }

  it('gives the same coefficients, bit for bit, for any degrees and with out aliasing a, b or both', () => {
    const next = sequence(777);
    let compared = 0;
    for (let trial = 0; trial < 600; trial++) {
      const d = trial % 30;
      const degreeA = Math.floor(next() * (d + 1));
      const degreeB = Math.floor(next() * (d + 1));
      const a = Array.from({ length: d + 1 }, (_, i) => (i <= degreeA ? next() - 0.5 : 0));
      const b = Array.from({ length: d + 1 }, (_, i) => (i <= degreeB ? next() - 0.5 : 0));
      if (trial % 5 === 0) a[Math.floor(next() * (d + 1))] = 0; // an interior zero
      if (trial % 11 === 0) a[0] = -0; // a signed zero
      const expected = mulOneOrderAtATime(a, b, d);
      const alias = trial % 4;
      const out = alias === 1 ? a.slice() : alias === 2 ? b.slice() : alias === 3 ? a.slice() : [];
      const left = alias === 1 || alias === 3 ? out : a;
      const right = alias === 2 ? out : alias === 3 ? out : b;
      if (alias === 3) {
        // a = b = out: the square of a, in place.
        const squared = mulOneOrderAtATime(a, a, d);
        TS.mul(left, right, d, out);
        for (let k = 0; k <= d; k++)
          expect(Object.is(out[k], squared[k]), `a², d = ${d}, k = ${k}`).toBe(true);
      } else {
        TS.mul(left, right, d, out);
        for (let k = 0; k <= d; k++) {
          expect(Object.is(out[k], expected[k]), `d = ${d}, alias ${alias}, k = ${k}`).toBe(true);
        }
      }
      compared += d + 1;
    }
    expect(compared).toBe((20 * (30 * 31)) / 2);
  });

  it('adds no term past either degree, so an infinite coefficient there gives no NaN', () => {
    // a of degree 0, b of degree 1 with b_1 = ∞: a·b = [1, ∞, 0, 0, 0], no 0·∞ anywhere.
    const out: number[] = [];
    TS.mul([1, 0, 0, 0, 0], [1, Number.POSITIVE_INFINITY, 0, 0, 0], 4, out);
    expect(out).toEqual([1, Number.POSITIVE_INFINITY, 0, 0, 0]);
    TS.mul([1, Number.POSITIVE_INFINITY, 0, 0, 0], [2, 0, 0, 0, 0], 4, out);
    expect(out).toEqual([2, Number.POSITIVE_INFINITY, 0, 0, 0]);
  });
});

describe('div and log (two orders per pass)', () => {
  const next = sequence(4242);
  /** A random series of order d and degree at most d, with an occasional interior zero. */
  const series = (d: number, trial: number): number[] => {
    const degree = Math.floor(next() * (d + 1));
    const s = Array.from({ length: d + 1 }, (_, i) => (i <= degree ? next() - 0.5 : 0));
    if (trial % 5 === 0 && d > 1) s[1 + Math.floor(next() * (d - 1))] = 0;
    s[0] = 0.5 + next(); // away from 0: a divisor, and log's argument
    return s;
  };

  it('div gives the same quotient, bit for bit, for any degrees and with out aliasing a', () => {
    let compared = 0;
    for (let trial = 0; trial < 600; trial++) {
      const d = trial % 30;
      const a = series(d, trial);
      const b = series(d, trial + 1);
      const expected = [a[0] / b[0]];
      for (let k = 1; k <= d; k++) {
        let s = a[k];
        for (let j = 0; j < k; j++) if (k - j <= d) s -= expected[j] * b[k - j];
        expected.push(s / b[0] + 0);
      }
      const out = trial % 2 === 0 ? a.slice() : [];
      TS.div(trial % 2 === 0 ? out : a, b, d, out);
      for (let k = 0; k <= d; k++) {
        expect(Object.is(out[k], expected[k]), `d = ${d}, k = ${k}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe((20 * (30 * 31)) / 2);
  });

  it('log and log1p (c_k = (a_k − (1/k)·Σ j·c_j·g_{k−j}) / g_0) give the same bits', () => {
    let compared = 0;
    for (let trial = 0; trial < 600; trial++) {
      const d = trial % 30;
      const a = series(d, trial);
      const onePlus = trial % 2 === 1;
      const g0 = onePlus ? 1 + a[0] : a[0];
      const expected = [onePlus ? Math.log1p(a[0]) : Math.log(a[0])];
      for (let k = 1; k <= d; k++) {
        let s = 0;
        for (let j = 1; j < k; j++) s += j * expected[j] * a[k - j];
        expected.push((a[k] - s / k) / g0);
      }
      const out: number[] = [];
      (onePlus ? TS.log1p : TS.log)(a, d, out);
      for (let k = 0; k <= d; k++) {
        expect(
          Object.is(out[k], expected[k]),
          `${onePlus ? 'log1p' : 'log'}, d = ${d}, k = ${k}`,
        ).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe((20 * (30 * 31)) / 2);
  });
});

describe('sin/cos and sinh/cosh of a non-linear series (two orders per pass)', () => {
  /** s′ = a′·c, c′ = σ·a′·s one order at a time, from j = k down, as the pairing must keep. */
  function pairOneOrderAtATime(a: readonly number[], d: number, sign: number) {
    const ta = a.reduce((t, v, i) => (v !== 0 ? i : t), 0);
    const s = [sign < 0 ? Math.sin(a[0]) : Math.sinh(a[0])];
    const c = [sign < 0 ? Math.cos(a[0]) : Math.cosh(a[0])];
    for (let k = 1; k <= d; k++) {
      let sk = 0;
      let ck = 0;
      for (let j = Math.min(k, ta); j >= 1; j--) {
        const ja = j * a[j];
        sk += ja * c[k - j];
        ck += ja * s[k - j];
      }
      s.push(sk / k + 0);
      c.push((sign * ck) / k + 0);
    }
    return { s, c };
  }

  it('gives the same coefficients, bit for bit, for any degree from 2 up', () => {
    const next = sequence(2024);
    let compared = 0;
    for (let trial = 0; trial < 600; trial++) {
      const d = 2 + (trial % 30);
      const degree = 2 + Math.floor(next() * (d - 1));
      const a = Array.from({ length: d + 1 }, (_, i) => (i <= degree ? next() - 0.5 : 0));
      if (trial % 5 === 0) a[1] = 0; // an interior zero
      a[degree] = a[degree] || 0.25;
      const sign = trial % 2 === 0 ? -1 : 1;
      const expected = pairOneOrderAtATime(a, d, sign);
      const outS: number[] = [];
      const outC: number[] = [];
      (sign < 0 ? TS.sinCos : TS.sinhCosh)(a, d, outS, outC);
      for (let k = 0; k <= d; k++) {
        expect(Object.is(outS[k], expected.s[k]), `σ = ${sign}, d = ${d}, s${k}`).toBe(true);
        expect(Object.is(outC[k], expected.c[k]), `σ = ${sign}, d = ${d}, c${k}`).toBe(true);
        compared++;
      }
    }
    // Orders 2..31, twenty trials each, d + 1 coefficients per trial.
    expect(compared).toBe(20 * ((32 * 33) / 2 - 3));
  });
});
