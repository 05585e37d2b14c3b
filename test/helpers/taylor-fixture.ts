/**
 * The Taylor fixture (test/fixtures/gen_taylor.py, mpmath at 50 and 80 digits), the JavaScript
 * side of each of its cases written generically, and the comparison both the number-type and the
 * compiled Taylor tests use.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  acos,
  add,
  atan,
  cos,
  div,
  exp,
  mul,
  pow,
  type Scalar,
  sin,
  sqrt,
  sub,
  tan,
} from '../../src/index.js';

export interface TaylorFixtureCase {
  name: string;
  x0: number;
  order: number;
  coefficients: number[];
}

export const taylorFixture: { source: string; cases: TaylorFixtureCase[] } = JSON.parse(
  readFileSync(new URL('../fixtures/taylor.json', import.meta.url), 'utf8'),
);

/** The JavaScript side of each fixture case, written with methods and functional ops. */
export const TAYLOR_CASES: Record<string, <T extends Scalar<T>>(x: T) => T> = {
  'exp(sin(x))': (x) => exp(sin(x)),
  'sqrt(1+x^2)*atan(x)': (x) => mul(sqrt(add(1, mul(x, x))), atan(x)),
  'erf(x)*log1p(x)': (x) => x.erf().mul(x.log1p()),
  'sigmoid(x)^2/cosh(x)': (x) => x.sigmoid().pow(2).div(x.cosh()),
  'x^2.5': (x) => pow(x, 2.5),
  'hypot(x,1-x)': (x) => x.hypot(sub(1, x)),
  'acosh(x^2+1.5)': (x) => x.mul(x).add(1.5).acosh(),
  'tan(cbrt(x))': (x) => tan(x.cbrt()),
  'asin(tanh(x)/2)': (x) => x.tanh().div(2).asin(),
  'atan2(x^2-1,2x+3)': (x) => x.mul(x).sub(1).atan2(x.mul(2).add(3)),
  'log2(2+sinh(x))*log10(3+x)': (x) => x.sinh().add(2).log2().mul(x.add(3).log10()),
  'x^x': (x) => pow(x, x),
  'softplus(expm1(x))': (x) => x.expm1().softplus(),
  'asinh(x)*atanh(x/2)': (x) => x.asinh().mul(x.div(2).atanh()),
  'erfc(x)*cosh(x)': (x) => x.erfc().mul(x.cosh()),
  '2^sin(x)': (x) => pow(2, sin(x)),
  'acos(x/3)*log(x)': (x) => acos(div(x, 3)).mul(x.log()),
  'sqrt(x)/(1+x)^3': (x) => x.sqrt().div(x.add(1).pow(3)),
  'exp(sin(x)) order 40': (x) => exp(sin(x)),
  'sin(x^2)*cos(sqrt(x))': (x) => sin(mul(x, x)).mul(cos(sqrt(x))),
  'cosh(sin(x))+sinh(x^2)': (x) => x.sin().cosh().add(x.mul(x).sinh()),
  'max(sin(x),cos(x))*abs(x-2)+relu(x-1)-min(x,3)': (x) =>
    x.sin().max(x.cos()).mul(x.sub(2).abs()).add(x.sub(1).relu()).sub(x.min(3)),
};

// A recurrence accumulates about k rounding errors into c_k, each relative to the size of the
// terms that make it, which is the local size of the coefficients (a coefficient that crosses
// zero between its neighbours is a cancellation of terms of their size).
const PER_ORDER_ULPS = 8;

/** got against the fixture's coefficients, within 8·(k + 1) ulps of their local size. */
export function expectCoefficients(
  got: readonly number[],
  want: readonly number[],
  what: string,
): void {
  expect(got.length, `${what}: length`).toBe(want.length);
  for (let k = 0; k < want.length; k++) {
    const local = Math.max(
      Math.abs(want[k - 1] ?? 0),
      Math.abs(want[k]),
      Math.abs(want[k + 1] ?? 0),
    );
    const bound = PER_ORDER_ULPS * (k + 1) * Number.EPSILON * local;
    expect(
      Math.abs(got[k] - want[k]),
      `${what}: c${k} = ${got[k]}, want ${want[k]}`,
    ).toBeLessThanOrEqual(bound);
  }
}
