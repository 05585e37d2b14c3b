/**
 * forward-ad: forward-mode automatic differentiation with dual, multi-tangent dual, hyper-dual
 * and Taylor numbers.
 *
 * @packageDocumentation
 */

export {
  type CriticalPoint,
  type CriticalPointKind,
  type CriticalPointOptions,
  classifyCriticalPoint,
  defaultGradientTolerance,
} from './analysis/critical-point.js';
export {
  classifyEigenvalues,
  type Definiteness,
  type DefinitenessOptions,
  defaultDefinitenessTolerance,
  definiteness,
} from './analysis/definiteness.js';
export {
  type SymmetricEigenResult,
  symmetricEigen,
  symmetricEigenvalues,
} from './analysis/eigen.js';
export {
  type MinimizeOptions,
  type MinimizeResult,
  type MinimizeStop,
  minimize,
  type SolveOptions,
  type SolveResult,
  type SolveStop,
  solve,
} from './analysis/newton.js';
export { type CheckGradientOptions, checkGradient, type GradientCheck } from './check.js';
export {
  type CompiledFunction,
  type CompiledScalarFunction,
  type CompiledVectorFunction,
  type CompileMode,
  type CompileOptions,
  type CompileVectorOptions,
  type Condition,
  compile,
  eq,
  ge,
  gt,
  hessianSparsity,
  jacobianSparsity,
  le,
  lt,
  type NumericVector,
  ne,
  type SparsityPattern,
  type TracedCondition,
  type Tracer,
  where,
} from './compile/index.js';
export { type DualFunction, derivative, valueAndDerivative } from './drivers/derivative.js';
export {
  type ChunkOptions,
  DEFAULT_CHUNK_SIZE,
  type DualVectorInputFunction,
  directionalDerivative,
  gradient,
  type MultiDualFunction,
  type MultiDualVectorFunction,
  valueAndGradient,
} from './drivers/gradient.js';
export {
  type HessianMethod,
  type HessianOptions,
  HYPER_DUAL_MAX_VARIABLES,
  type HyperDualVectorInputFunction,
  hessian,
  hessianMethodFor,
  hessianTensor,
  hvp,
  type SecondOrderFunction,
  type SecondOrderVectorFunction,
  type ValueGradientHessian,
  valueGradientHessian,
} from './drivers/hessian.js';
export { type JvpResult, jacobian, jvp } from './drivers/jacobian.js';
export { type HyperDualFunction, secondDerivative } from './drivers/second-derivative.js';
export {
  derivatives,
  directionalTaylor,
  maclaurin,
  nthDerivative,
  type TaylorFunction,
  type TaylorMultivariateFunction,
  TaylorPolynomial,
  type TaylorVectorFunction,
  taylor,
} from './drivers/taylor.js';
export { Dual } from './numbers/dual.js';
export { HyperDual } from './numbers/hyper-dual.js';
export { Jet2 } from './numbers/jet2.js';
export { MultiDual } from './numbers/multi-dual.js';
export { Taylor } from './numbers/taylor.js';
export {
  abs,
  acos,
  acosh,
  add,
  asin,
  asinh,
  atan,
  atan2,
  atanh,
  cbrt,
  cos,
  cosh,
  div,
  erf,
  erfc,
  exp,
  expm1,
  hypot,
  log,
  log1p,
  log2,
  log10,
  max,
  min,
  mul,
  neg,
  pow,
  relu,
  sigmoid,
  sin,
  sinh,
  softplus,
  sqrt,
  sub,
  tan,
  tanh,
} from './ops.js';
export { isScalar, type Liftable, type Scalar } from './scalar.js';
