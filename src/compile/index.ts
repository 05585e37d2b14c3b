/**
 * The compile step: tracing, code generation and its interpreter, branch-free selection and
 * sparsity patterns.
 *
 * @module
 */
export type { Vector as NumericVector } from './checks.js';
export { type CompileOptions, type CompileVectorOptions, compile } from './compile.js';
export { CompiledFunction } from './compiled-function.js';
export type {
  CompiledScalarFunction,
  CompiledVectorFunction,
} from './compiled-multivariate.js';
export {
  type Condition,
  eq,
  ge,
  gt,
  le,
  lt,
  ne,
  TracedCondition,
  where,
} from './conditions.js';
export type { CompileMode } from './core.js';
export {
  hessianSparsity,
  jacobianSparsity,
  type SparsityPattern,
} from './sparsity.js';
export { Tracer } from './tracer.js';
