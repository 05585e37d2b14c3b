import { expectError, expectType } from 'tsd';
import {
  add,
  Dual,
  derivative,
  div,
  gradient,
  jacobian,
  jvp,
  MultiDual,
  mul,
  pow,
  type Scalar,
  sin,
  sub,
} from '../dist/index.js';

const d = new Dual(1, 1);
const m = new MultiDual(1, [1, 0]);

// Functional ops: numbers give numbers, a number type on either side gives that type.
expectType<number>(sin(2));
expectType<Dual>(sin(d));
expectType<MultiDual>(sin(m));
expectType<Dual>(add(1, d));
expectType<Dual>(add(d, 1));
expectType<number>(add(1, 2));
expectType<Dual>(sub(1, d));
expectType<Dual>(div(2, d));
expectType<Dual>(pow(2, d));
expectType<Dual>(d.mul(d).sin());
expectError(add(d, m));
expectError(sin('x'));

// A number-or-Dual operand (an accumulator that starts at 0) gives a number-or-Dual.
declare const u: Dual | number;
expectType<Dual | number>(sin(u));
expectType<Dual | number>(add(u, d));
expectType<Dual | number>(mul(u, u));
expectType<Dual | number>(pow(u, 2));
expectError(add(u, m));
const sumOfSquares = <T extends Scalar<T>>(xs: T[]): T | number => {
  let s: T | number = 0;
  for (const x of xs) s = add(s, mul(x, x));
  return s;
};
expectType<number[]>(gradient(sumOfSquares, [1, 2]));

// A generic user function is accepted by every driver.
const generic = <T extends Scalar<T>>(x: T): T => x.mul(x).sin();
const genericVec = <T extends Scalar<T>>(x: T[]): T => x[0].mul(x[1]);
const genericField = <T extends Scalar<T>>(x: T[]): T[] => [x[0].add(x[1]), x[0].sub(x[1])];
expectType<number>(derivative(generic, 1));
expectType<number[]>(gradient(genericVec, [1, 2]));
expectType<number[][]>(jacobian(genericField, [1, 2]));
expectType<{ value: number[]; tangent: number[] }>(jvp(genericField, [1, 2], [1, 0]));
expectType<{ value: number; tangent: number }>(jvp(genericVec, [1, 2], [1, 0]));

// Wrong calls are rejected.
expectError(derivative(generic, '1'));
expectError(derivative((x: MultiDual) => x, 1));
expectError(gradient(genericVec, 1));
expectError(derivative((_x) => 'a', 1));
