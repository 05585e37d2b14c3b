import { expectAssignable, expectError, expectType } from 'tsd';
import {
  type CompiledFunction,
  type CompiledScalarFunction,
  type CompiledVectorFunction,
  type Condition,
  compile,
  Dual,
  hessianSparsity,
  jacobianSparsity,
  lt,
  mul,
  type Scalar,
  type SparsityPattern,
  type Tracer,
  where,
} from '../dist/index.js';

const square = <T extends Scalar<T>>(x: T): T => x.mul(x);
const norm = <T extends Scalar<T>>(x: T[]): T => x[0].hypot(x[1]);
const pair = <T extends Scalar<T>>(x: T[]): T[] => [x[0].mul(x[1]), x[1].sin()];

// The three shapes: one variable, a scalar field, a vector function.
const c = compile(square);
expectType<CompiledFunction>(c);
expectType<number>(c.derivative(2));
expectType<number[]>(c.taylor(0, 3));
expectAssignable<Float64Array>(c.taylorInto(0, 3, new Float64Array(4)));
expectType<string>(c.source);

const s = compile(norm, { inputs: 2 });
expectType<CompiledScalarFunction>(s);
expectType<number>(s.value([1, 2]));
expectType<number[]>(s.gradient([1, 2]));
expectAssignable<Float64Array>(s.gradient([1, 2], new Float64Array(2)));
expectType<number[][]>(s.hessian([1, 2]));
expectType<{ value: number; tangent: number }>(s.jvp([1, 2], [1, 0]));
expectType<SparsityPattern>(s.hessianSparsity());
expectError(s.jacobian([1, 2]));

const v = compile(pair, { inputs: 2 });
expectType<CompiledVectorFunction>(v);
expectType<number[]>(v.value([1, 2]));
expectType<number[][]>(v.jacobian([1, 2]));
expectType<{ value: number[]; tangent: number[] }>(v.jvp([1, 2], [1, 0]));
expectError(v.gradient([1, 2]));

// where and comparisons: booleans on plain numbers, conditions on number types.
expectType<boolean>(lt(1, 2));
expectType<Condition>(lt(new Dual(1), 2));
expectType<Dual>(where(lt(new Dual(1), 2), new Dual(1), 0));
expectType<number>(where(true, 1, 2));
compile((x: Tracer) => where(lt(x, 0), mul(x, -1), x));

expectType<SparsityPattern>(jacobianSparsity(pair, 2));
expectType<SparsityPattern>(hessianSparsity(norm, 2));
expectError(compile(square, { inputs: 'two' }));
