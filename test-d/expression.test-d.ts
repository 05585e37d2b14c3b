import { expectAssignable, expectError, expectType } from 'tsd';
import {
  ExpressionError,
  fromExpression,
  fromExpressions,
  type MultivariateExpressionFunction,
  type UnivariateExpressionFunction,
  variablesOf,
} from '../dist/expression.js';
import { Dual, derivative, gradient, jacobian, jvp, MultiDual, taylor } from '../dist/index.js';

// One variable: a function of a number (or a one-element array); several: of an array.
const f = fromExpression('x^2', 'x');
expectType<UnivariateExpressionFunction>(f);
expectType<UnivariateExpressionFunction>(fromExpression('x^2', ['x']));
const g = fromExpression('x*y', ['x', 'y']);
expectType<MultivariateExpressionFunction>(g);

// Plain numbers give numbers; number types give that type (or a number, for a constant).
expectType<number>(f(2));
expectType<Dual | number>(f(new Dual(2, 1)));
expectType<number>(g([1, 2]));
expectType<MultiDual | number>(g([new MultiDual(1, [1, 0]), new MultiDual(2, [0, 1])]));

// Every driver accepts them.
expectType<number>(derivative(f, 2));
expectType<number[]>(gradient(g, [1, 2]));
expectType<number[]>(gradient(f, [1]));
expectAssignable<{ coefficients: number[] }>(taylor(f, 0, 3));
const F = fromExpressions(['x + y', 'x - y'], ['x', 'y']);
expectType<number[][]>(jacobian(F, [1, 2]));
expectType<{ value: number[]; tangent: number[] }>(jvp(F, [1, 2], [1, 0]));

expectType<string[]>(variablesOf('x + y'));
expectType<number>(new ExpressionError('bad', 'x +', 3).position);
expectAssignable<SyntaxError>(new ExpressionError('bad', 'x +', 3));

// A function of several variables does not take a plain number.
expectError(g(1));
// The variables are names.
expectError(fromExpression('x', 3));
