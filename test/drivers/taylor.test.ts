import { describe, expect, it } from 'vitest';
import {
  add,
  atan,
  cos,
  derivatives,
  directionalTaylor,
  div,
  exp,
  log1p,
  maclaurin,
  mul,
  nthDerivative,
  pow,
  sin,
  sqrt,
  sub,
  type Taylor,
  TaylorPolynomial,
  tan,
  taylor,
} from '../../src/index.js';
import { expectCoefficients, TAYLOR_CASES, taylorFixture } from '../helpers/taylor-fixture.js';

// ---------------------------------------------------------------------------------------------
// Exact rational arithmetic for closed-form coefficients (Bernoulli numbers, binomials).

interface Rational {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function rat(n: bigint, d = 1n): Rational {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

const radd = (x: Rational, y: Rational): Rational => rat(x.n * y.d + y.n * x.d, x.d * y.d);
const rmul = (x: Rational, y: Rational): Rational => rat(x.n * y.n, x.d * y.d);

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** The double nearest to n/d (within ½ ulp plus the truncation of a 64-bit quotient). */
function toNumber(x: Rational): number {
  if (x.n === 0n) return 0;
  const neg = x.n < 0n;
  const n = neg ? -x.n : x.n;
  const s = bitLength(x.d) - bitLength(n) + 64;
  const q = s >= 0 ? (n << BigInt(s)) / x.d : n / (x.d << BigInt(-s));
  const v = Number(q) * 2 ** -s;
  return neg ? -v : v;
}

function factorial(k: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(k); i++) f *= i;
  return f;
}

function binomialInt(n: number, k: number): bigint {
  return factorial(n) / (factorial(k) * factorial(n - k));
}

/** B_0 … B_m exactly, from Σ_{j=0..m} C(m+1, j)·B_j = 0. */
function bernoulli(m: number): Rational[] {
  const b: Rational[] = [rat(1n)];
  for (let k = 1; k <= m; k++) {
    let s = rat(0n);
    for (let j = 0; j < k; j++) s = radd(s, rmul(rat(binomialInt(k + 1, j)), b[j]));
    b.push(rmul(s, rat(-1n, BigInt(k + 1))));
  }
  return b;
}

/** Relative comparison for series whose coefficients do not cross zero. */
function expectRelative(
  got: readonly number[],
  want: readonly number[],
  ulps: number,
  what: string,
) {
  expect(got.length, `${what}: length`).toBe(want.length);
  for (let k = 0; k < want.length; k++) {
    const bound = ulps * Number.EPSILON * Math.abs(want[k]);
    expect(
      Math.abs(got[k] - want[k]),
      `${what}: c${k} = ${got[k]}, want ${want[k]}`,
    ).toBeLessThanOrEqual(bound);
  }
}

describe('known series', () => {
  it('exp at 0 to order 80: 1/k!', () => {
    const want = Array.from({ length: 81 }, (_, k) => toNumber(rat(1n, factorial(k))));
    const got = maclaurin(exp, 80).coefficients;
    // c_k = c_{k−1}/k: one rounding per step, so k ulps at most.
    for (let k = 0; k <= 80; k++) {
      expect(Math.abs(got[k] - want[k]), `c${k}`).toBeLessThanOrEqual(
        (k + 1) * Number.EPSILON * want[k],
      );
    }
  });

  it('exp at 1.5 to order 30: e^1.5/k!', () => {
    const e = Math.exp(1.5);
    const want = Array.from({ length: 31 }, (_, k) => e * toNumber(rat(1n, factorial(k))));
    expectRelative(taylor(exp, 1.5, 30).coefficients, want, 64, 'exp at 1.5');
  });

  it('log(1 + x) at 0 to order 60: (−1)^(k+1)/k', () => {
    const want = Array.from({ length: 61 }, (_, k) => (k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) / k));
    expectCoefficients(maclaurin(log1p, 60).coefficients, want, 'log1p');
  });

  it('atan at 0 to order 61: (−1)^n/(2n+1) at odd k, 0 at even k', () => {
    const want = Array.from({ length: 62 }, (_, k) =>
      k % 2 === 0 ? 0 : ((k - 1) / 2) % 2 === 0 ? 1 / k : -1 / k,
    );
    expectCoefficients(maclaurin(atan, 61).coefficients, want, 'atan');
  });

  it('tan at 0 to order 29 through the Bernoulli numbers', () => {
    // tan x = Σ_{n≥1} (−1)^(n−1)·2^(2n)·(2^(2n) − 1)·B_(2n)/(2n)!·x^(2n−1)
    const order = 29;
    const b = bernoulli(order + 1);
    const want = new Array<number>(order + 1).fill(0);
    for (let n = 1; 2 * n - 1 <= order; n++) {
      const p = 2n ** BigInt(2 * n);
      const sign = n % 2 === 1 ? 1n : -1n;
      want[2 * n - 1] = toNumber(rmul(rat(sign * p * (p - 1n), factorial(2 * n)), b[2 * n]));
    }
    expect(want[1]).toBe(1);
    expect(want[3]).toBe(1 / 3);
    expectCoefficients(maclaurin(tan, order).coefficients, want, 'tan');
  });

  it('1/(1 − x) at 0 to order 100: every coefficient exactly 1', () => {
    const got = maclaurin((x) => div(1, sub(1, x)), 100).coefficients;
    expect(got).toEqual(new Array<number>(101).fill(1));
  });

  it('sqrt(1 + x) at 0 to order 40: the binomial series C(1/2, k)', () => {
    // C(1/2, k) = Π_{i<k} (1/2 − i) / k!
    const want: number[] = [];
    let c = rat(1n);
    for (let k = 0; k <= 40; k++) {
      want.push(toNumber(c));
      c = rmul(c, rat(1n - 2n * BigInt(k), 2n * BigInt(k + 1)));
    }
    expectCoefficients(maclaurin((x) => sqrt(add(1, x)), 40).coefficients, want, 'sqrt(1+x)');
  });

  it('sin and cos at 0 to order 60: (−1)^n/(2n+1)! and (−1)^n/(2n)!', () => {
    const s = maclaurin(sin, 60).coefficients;
    const c = maclaurin(cos, 60).coefficients;
    for (let k = 0; k <= 60; k++) {
      const inv = toNumber(rat(1n, factorial(k)));
      const sign = Math.floor(k / 2) % 2 === 0 ? 1 : -1;
      const ws = k % 2 === 1 ? sign * inv : 0;
      const wc = k % 2 === 0 ? sign * inv : 0;
      expect(Math.abs(s[k] - ws), `sin c${k}`).toBeLessThanOrEqual((k + 1) * Number.EPSILON * inv);
      expect(Math.abs(c[k] - wc), `cos c${k}`).toBeLessThanOrEqual((k + 1) * Number.EPSILON * inv);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// High-precision fixtures (test/fixtures/gen_taylor.py; cases in test/helpers/taylor-fixture.ts).

describe('composite functions at non-zero centres against mpmath', () => {
  it('has a JavaScript side for every fixture case', () => {
    expect(taylorFixture.cases.length).toBeGreaterThan(0);
    for (const c of taylorFixture.cases)
      expect(TAYLOR_CASES[c.name], c.name).toBeTypeOf('function');
  });

  for (const c of taylorFixture.cases) {
    it(`${c.name} at ${c.x0}, order ${c.order}`, () => {
      const p = taylor(TAYLOR_CASES[c.name], c.x0, c.order);
      expect(p.center).toBe(c.x0);
      expect(p.order).toBe(c.order);
      expectCoefficients(p.coefficients, c.coefficients, c.name);
    });
  }
});

describe('exactness', () => {
  it('x³ and x² at 0 are the exact monomials', () => {
    expect(taylor((x) => pow(x, 3), 0, 4).coefficients).toEqual([0, 0, 0, 1, 0]);
    expect(taylor((x) => pow(x, 2), 0, 4).coefficients).toEqual([0, 0, 1, 0, 0]);
    expect(taylor((x) => mul(x, mul(x, x)), 0, 4).coefficients).toEqual([0, 0, 0, 1, 0]);
  });

  it('x/x is exactly 1 with a zero tail', () => {
    for (const x0 of [0.3, -2, 7.5]) {
      expect(taylor((x) => div(x, x), x0, 6).coefficients).toEqual([1, 0, 0, 0, 0, 0, 0]);
      const y = (x: Taylor) => exp(sin(x));
      expect(taylor((x) => div(y(x), y(x)), x0, 6).coefficients).toEqual([1, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('a polynomial is its own Taylor polynomial with a zero tail', () => {
    // (x − 1)³ about 3 = (2 + t)³ = 8 + 12t + 6t² + t³
    const p = taylor((x) => pow(sub(x, 1), 3), 3, 6);
    expect(p.coefficients).toEqual([8, 12, 6, 1, 0, 0, 0]);
  });
});

describe('TaylorPolynomial', () => {
  const p = taylor(exp, 0, 20);

  it('evaluates by Horner in x − x0', () => {
    for (const x of [-0.5, 0, 0.25, 1]) expect(p.evaluate(x)).toBeCloseTo(Math.exp(x), 14);
    const q = new TaylorPolynomial(2, [1, -1, 3]);
    expect(q.evaluate(5)).toBe(1 - 3 + 27);
  });

  it('gives derivatives k!·c_k, to order 170 and honestly infinite beyond the double range', () => {
    expect(p.derivative(0)).toBe(1);
    expect(Math.abs(p.derivative(7) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
    const geometric = maclaurin((x) => div(1, sub(1, x)), 171);
    // d^k/dx^k 1/(1 − x) at 0 = k!: 170! is the largest factorial below 2^1024.
    // Every coefficient is exactly 1, so the derivative is 170! rounded once: the double nearest.
    expect(geometric.derivative(170)).toBe(7.257415615307999e306);
    expect(geometric.derivative(171)).toBe(Number.POSITIVE_INFINITY);
    // c_170 = 1/170! rounded, times 170! rounded: within 2 ulps of 1.
    expect(Math.abs(nthDerivative(exp, 0, 170) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
  });

  it('derivative(k) of exp(a·x) at 0 is a^k to 2 ulps (k! applied with one rounding)', () => {
    for (const a of [1, 2, 3, 0.5, -1, -2, 10, 1.5, 0.1]) {
      const p = taylor((x) => exp(mul(a, x)), 0, 40);
      for (let k = 0; k <= 40; k++) {
        const want = a ** k;
        expect(Math.abs(p.derivative(k) - want), `a = ${a}, k = ${k}`).toBeLessThanOrEqual(
          2 * Number.EPSILON * Math.abs(want),
        );
      }
    }
  });

  it('differentiates and integrates as polynomials', () => {
    const s = maclaurin(sin, 7);
    const ds = s.differentiate();
    expect(ds.order).toBe(6);
    expect(ds.center).toBe(0);
    expectCoefficients(ds.coefficients, maclaurin(cos, 6).coefficients, 'sin′');
    const ic = maclaurin(cos, 6).integrate();
    expect(ic.order).toBe(7);
    expect(ic.coefficients[0]).toBe(0);
    expectCoefficients(ic.coefficients, s.coefficients, '∫cos');
    // Integration about a non-zero centre is 0 there: ∫_{1}^{x} 2t dt = x² − 1 = 2(x−1) + (x−1)².
    const line = taylor((x) => mul(2, x), 1, 1).integrate();
    expect(line.coefficients).toEqual([0, 2, 1]);
    expect(line.evaluate(3)).toBe(8);
  });

  it('refuses to differentiate an order-0 polynomial and k above the order', () => {
    expect(() => taylor(exp, 0, 0).differentiate()).toThrow(RangeError);
    expect(() => p.derivative(21)).toThrow(/k must be at most the order of the expansion \(20\)/);
    expect(() => p.derivative(-1)).toThrow(RangeError);
    expect(() => p.derivative(1.5)).toThrow(/k must be a whole number/);
  });

  it('estimates the truncation error within a small factor inside the radius of convergence', () => {
    const cases: [TaylorPolynomial, number, number][] = [
      [taylor(exp, 0, 6), 0.5, Math.exp(0.5)],
      [taylor(exp, 1, 10), 1.8, Math.exp(1.8)],
      [taylor(sin, 0, 7), 0.6, Math.sin(0.6)],
      [taylor(log1p, 0, 12), 0.3, Math.log1p(0.3)],
      [taylor(atan, 0, 15), -0.4, Math.atan(-0.4)],
    ];
    for (const [poly, x, exact] of cases) {
      const trueError = Math.abs(exact - poly.evaluate(x));
      const estimate = poly.errorEstimate(x);
      const what = `order ${poly.order} about ${poly.center} at ${x}: true ${trueError}, est ${estimate}`;
      expect(estimate, what).toBeGreaterThan(trueError / 3);
      expect(estimate, what).toBeLessThan(trueError * 3);
    }
  });

  it('error estimate: 0 at the centre and for a finished polynomial, ∞ outside the radius', () => {
    expect(p.errorEstimate(0)).toBe(0);
    expect(taylor((x) => mul(x, x), 1, 6).errorEstimate(5)).toBe(0);
    expect(taylor(log1p, 0, 12).errorEstimate(1.5)).toBe(Number.POSITIVE_INFINITY);
  });

  it('prints its centre and coefficients', () => {
    expect(String(new TaylorPolynomial(1, [2, 3]))).toBe('TaylorPolynomial(1, [2, 3])');
  });
});

describe('derivative drivers', () => {
  it('nthDerivative and derivatives read k!·c_k', () => {
    // 2^10 to 2 ulps, as for exp(a·x) above.
    expect(Math.abs(nthDerivative((x) => exp(mul(2, x)), 0, 10) - 1024)).toBeLessThanOrEqual(
      2 * 1024 * Number.EPSILON,
    );
    expect(derivatives(sin, 0, 4).map((v) => v + 0)).toEqual([0, 1, 0, -1, 0].map((v) => v + 0));
    // d^k/dx^k x^5 at 2 = 5!/(5−k)!·2^(5−k)
    expect(derivatives((x) => pow(x, 5), 2, 6)).toEqual([32, 80, 160, 240, 240, 120, 0]);
    expect(nthDerivative(() => 3, 1, 2)).toBe(0);
    expect(derivatives(() => 3, 1, 2)).toEqual([3, 0, 0]);
  });

  it('directionalTaylor: coefficients of t ↦ f(x + t·v)', () => {
    // exp(a)·sin(b) along (0.3, 0.7) + t·(1, 2) = Im(e^(0.3+0.7i)·e^((1+2i)t)): c_k = Im(z·w^k)/k!
    const got = directionalTaylor(([a, b]) => mul(exp(a), sin(b)), [0.3, 0.7], [1, 2], 12);
    let re = Math.exp(0.3) * Math.cos(0.7);
    let im = Math.exp(0.3) * Math.sin(0.7);
    const want: number[] = [];
    for (let k = 0; k <= 12; k++) {
      want.push(im / Number(factorial(k)));
      [re, im] = [re * 1 - im * 2, re * 2 + im * 1];
    }
    expectCoefficients(got, want, 'exp(a)·sin(b)');
    // a²·b + b³ along (1, 2) + t·(3, −1): (1+3t)²(2−t) + (2−t)³
    // = (2 + 11t + 12t² − 9t³) + (8 − 12t + 6t² − t³).
    const poly = directionalTaylor(
      ([a, b]) => add(mul(mul(a, a), b), pow(b, 3)),
      [1, 2],
      [3, -1],
      4,
    );
    expect(poly).toEqual([10, -1, 18, -10, 0]);
  });

  it('expands a vector-valued f: R → Rᵐ into one polynomial per output', () => {
    const ps = taylor((x) => [sin(x), exp(x), 3], 0, 3);
    expect(ps).toHaveLength(3);
    expect(ps[0].coefficients).toEqual([0, 1, 0, -1 / 6]);
    expect(ps[1].coefficients).toEqual([1, 1, 0.5, 1 / 6]);
    expect(ps[2].coefficients).toEqual([3, 0, 0, 0]);
    expect(maclaurin((x) => [x, mul(x, x)], 2).map((q) => q.coefficients)).toEqual([
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('treats a constant result as a constant polynomial', () => {
    expect(taylor(() => 2.5, 1, 3).coefficients).toEqual([2.5, 0, 0, 0]);
  });
});

describe('argument checks', () => {
  it('rejects a negative or fractional order', () => {
    expect(() => taylor(exp, 0, -1)).toThrow(RangeError);
    expect(() => taylor(exp, 0, -1)).toThrow(/order must be a whole number ≥ 0, got -1/);
    expect(() => maclaurin(exp, 2.5)).toThrow(/order must be a whole number ≥ 0, got 2.5/);
    expect(() => nthDerivative(exp, 0, -2)).toThrow(/n must be a whole number/);
    expect(() => directionalTaylor(([a]) => a, [1], [1], 0.5)).toThrow(RangeError);
    expect(() => directionalTaylor(([a]) => a, [1], [1], 0.5)).toThrow(
      /order must be a whole number ≥ 0, got 0.5/,
    );
  });

  it('rejects a non-finite or non-number centre', () => {
    expect(() => taylor(exp, Number.POSITIVE_INFINITY, 3)).toThrow(RangeError);
    expect(() => taylor(exp, Number.NaN, 3)).toThrow(/x0 must be a finite number, got NaN/);
    // @ts-expect-error: a string centre
    expect(() => taylor(exp, '1', 3)).toThrow(TypeError);
    // @ts-expect-error: a string centre
    expect(() => taylor(exp, '1', 3)).toThrow(/x0 must be a number, got a string/);
    expect(() => derivatives(exp, Number.NaN, 3)).toThrow(/x must be a finite number/);
    expect(() => directionalTaylor(([a]) => a, [Number.NaN], [1], 2)).toThrow(
      /x\[0\] must be a finite number/,
    );
  });

  it('rejects a direction of the wrong length', () => {
    expect(() => directionalTaylor(([a, b]) => mul(a, b), [1, 2], [1], 3)).toThrow(RangeError);
    expect(() => directionalTaylor(([a, b]) => mul(a, b), [1, 2], [1], 3)).toThrow(
      /v must have the same length as x \(2\), got length 1/,
    );
    // @ts-expect-error: a number direction
    expect(() => directionalTaylor(([a]) => a, [1], 1, 3)).toThrow(/v must be an array/);
  });

  it('rejects bad functions and bad results', () => {
    // @ts-expect-error: not a function
    expect(() => taylor(3, 0, 2)).toThrow(/f must be a function, got the number 3/);
    // @ts-expect-error: f returns undefined
    expect(() => taylor(() => undefined, 0, 2)).toThrow(
      /f must return a number or a Taylor, got undefined/,
    );
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => nthDerivative((x) => [x, x], 0, 2)).toThrow(TypeError);
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => derivatives((x) => [x, x], 0, 2)).toThrow(
      /f must return a number or a Taylor \(a scalar\), got an array of length 2/,
    );
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => directionalTaylor((x) => x, [1, 2], [1, 0], 2)).toThrow(TypeError);
    // @ts-expect-error: a vector where a scalar is needed
    expect(() => nthDerivative((x) => [x, x], 0, 2)).toThrow(/got an array of length 2/);
    // @ts-expect-error: a string inside a vector result
    expect(() => taylor((x) => [x, 'a'], 0, 2)).toThrow(/f \(output 1\) must return/);
  });

  it('refuses a Taylor number from another driver call (perturbation confusion)', () => {
    const outer = (x: Taylor) => nthDerivative((y) => mul(x, y), 1, 1);
    expect(() => taylor(outer, 0, 2)).toThrow(/two different derivative calls/);
  });
});
