import { expectError, expectType } from 'tsd';
import {
  add,
  derivatives,
  directionalTaylor,
  exp,
  maclaurin,
  mul,
  nthDerivative,
  pow,
  type Scalar,
  sin,
  Taylor,
  type TaylorPolynomial,
  taylor,
} from '../dist/index.js';

const x = Taylor.variable(0, 4);

// Taylor is a Scalar, and the functional ops keep its type.
expectType<Taylor>(sin(x));
expectType<Taylor>(add(1, x));
expectType<Taylor>(pow(2, x));
expectType<Taylor>(x.mul(x).exp());
expectType<readonly number[]>(x.coefficients);
const generic = <T extends Scalar<T>>(y: T): T => y.mul(y).sin();
expectType<Taylor>(generic(x));

// Drivers: a scalar function gives one polynomial, a vector function one per output.
expectType<TaylorPolynomial>(taylor(exp, 0, 3));
expectType<TaylorPolynomial[]>(taylor((y: Taylor) => [sin(y), exp(y)], 0, 3));
expectType<TaylorPolynomial>(maclaurin((y) => sin(y), 5));
expectType<number[]>(taylor(exp, 0, 3).coefficients);
expectType<number>(taylor(exp, 0, 3).evaluate(0.1));
expectType<number>(taylor(exp, 0, 3).derivative(2));
expectType<TaylorPolynomial>(taylor(exp, 0, 3).differentiate());
expectType<TaylorPolynomial>(taylor(exp, 0, 3).integrate());
expectType<number>(taylor(exp, 0, 3).errorEstimate(0.1));
expectType<number>(nthDerivative(exp, 0, 3));
expectType<number[]>(derivatives(exp, 0, 3));
expectType<number[]>(directionalTaylor(([a, b]) => mul(a, b), [1, 2], [1, 0], 3));

expectError(taylor(exp, '0', 3));
expectError(directionalTaylor((a: Taylor) => a, [1], [1], 2));
