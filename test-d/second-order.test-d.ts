import { expectAssignable, expectError, expectType } from 'tsd';
import {
  type CriticalPoint,
  type CriticalPointKind,
  classifyCriticalPoint,
  HyperDual,
  hessian,
  hessianTensor,
  hvp,
  Jet2,
  type MinimizeResult,
  type MultiDual,
  minimize,
  mul,
  type Scalar,
  type SecondOrderFunction,
  type SolveResult,
  secondDerivative,
  sin,
  solve,
  sub,
  type ValueGradientHessian,
  valueGradientHessian,
} from '../dist/index.js';

const h = new HyperDual(1, 1, 1);
const j = Jet2.variable(1, 0);

// The number types: every method returns the same type; functional ops keep it.
expectType<HyperDual>(h.mul(h).sin().pow(2).atan2(1));
expectType<Jet2>(j.mul(j).exp().hypot(j).max(0));
expectType<HyperDual>(sin(h));
expectType<Jet2>(mul(2, j));
expectAssignable<Scalar<HyperDual>>(h);
expectAssignable<Scalar<Jet2>>(j);
expectType<number>(h.e12);
expectType<readonly number[]>(j.hessian);
expectType<number[][]>(j.toHessian(1));
expectError(new HyperDual(1));

// Drivers: generic user functions are typed contextually, results are plain arrays.
expectType<number>(secondDerivative((x) => sin(mul(x, x)), 1));
expectType<number[][]>(hessian(([x, y]) => mul(x, sin(y)), [1, 2]));
expectType<number[][]>(hessian(([x, y]) => sub(x, y), [1, 2], { method: 'hyper-dual' }));
expectType<ValueGradientHessian>(valueGradientHessian(([x]) => x.mul(x), [1]));
expectType<number[]>(hvp(([x, y]) => mul(x, y), [1, 2], [1, 0]));
expectType<number[][][]>(hessianTensor(([x, y]) => [mul(x, y), sin(x), 2], [1, 2]));
const f: SecondOrderFunction = ([x, y]) => sub(mul(x, x), mul(y, y));
expectType<CriticalPoint>(classifyCriticalPoint(f, [0, 0]));
expectType<CriticalPointKind>(classifyCriticalPoint(f, [0, 0]).kind);
expectType<MinimizeResult>(minimize(f, [1, 1], { maxIterations: 10 }));
expectType<SolveResult>(solve(([x, y]) => [sub(x, 1), mul(x, y)], [0, 0]));

// A method name outside 'jet' | 'hyper-dual', a function tied to another number type, or a
// vector-valued f where a scalar is needed, are type errors.
expectError(hessian(f, [1, 2], { method: 'finite' }));
expectError(hessian((x: MultiDual[]) => x[0], [1]));
expectError(secondDerivative((x) => [x, x], 1));
expectError(hessian(([x, y]) => [x, y], [1, 2]));
