/**
 * `compile(f)`: trace f once with {@link Tracer} numbers, then run generated, allocation-free
 * derivative code for it.
 *
 * @module
 */
import { checkFunction, checkOrder, describe } from '../errors.js';
import { CompiledFunction } from './compiled-function.js';
import {
  CompiledMultivariate,
  type CompiledScalarFunction,
  type CompiledVectorFunction,
} from './compiled-multivariate.js';
import { type CompileMode, Core } from './core.js';
import { type Tracer, traceScalar, traceVector } from './tracer.js';

/** Options of {@link compile}. */
export interface CompileOptions {
  /**
   * n: compile f as a function of an array of n numbers. Without it, f takes one number.
   */
  inputs?: number;
  /**
   * `'auto'` (default): generated code, falling back to the interpreter where `new Function` is
   * refused (a Content-Security-Policy without 'unsafe-eval'); `'codegen'`: generated code only;
   * `'interpret'`: never generate code.
   */
  mode?: CompileMode;
}

/** Options of a multivariate {@link compile}: `inputs` is required. */
export interface CompileVectorOptions extends CompileOptions {
  inputs: number;
}

const MODES: readonly CompileMode[] = ['auto', 'codegen', 'interpret'];

function checkOptions(options: unknown): { inputs: number | undefined; mode: CompileMode } {
  if (options === undefined) return { inputs: undefined, mode: 'auto' };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `forward-ad: options must be an object such as { inputs: 3 }, got ${describe(options)}`,
    );
  }
  const { inputs, mode = 'auto' } = options as CompileOptions;
  if (inputs !== undefined) checkOrder(inputs, 'options.inputs');
  if (!MODES.includes(mode)) {
    throw new TypeError(
      `forward-ad: options.mode must be 'auto', 'codegen' or 'interpret', got ${describe(mode)}`,
    );
  }
  return { inputs, mode };
}

/**
 * Traces f once and returns an object whose methods run generated straight-line code: values,
 * derivatives, gradients, Jacobians, Hessians, Hessian-vector products and Taylor coefficients,
 * each with an out-parameter form that allocates nothing per call.
 *
 * Tracing records one path through f: f must not read `x.value` or branch on it (that throws an
 * Error saying so). Write choices with `where(cond, a, b)` and `lt`, `le`, `gt`, `ge`, `eq`,
 * `ne`, or with `min`, `max`, `abs`, `relu`, which trace as branch-free selects. Derivatives come
 * from the same rule table and Taylor recurrences as the number types; gradients, Jacobians and
 * Hessians compute only structurally non-zero entries (Rosenbrock's gradient and tridiagonal
 * Hessian cost O(n)). Code is generated lazily, per method, on first use; `source` shows it.
 *
 * Costs and limits: tracing is O(size of f); a method's first call generates and parses its code
 * (Rosenbrock, n = 1000: about 0.4 s for the gradient; n = 10000: about 2 s), and V8 needs some
 * hundreds of calls more before the code runs at full speed. Long programs are split into
 * functions of at most 1000 lines so that V8 optimizes them. One method's code may hold at most
 * 2,000,000 operations: beyond that (a dense Hessian of about 2000 inputs) the method throws a
 * RangeError; use the uncompiled driver there.
 *
 * @param f - the function, written generically (Scalar methods or functional ops)
 * @param options - `inputs: n` for a function of an array of n numbers; `mode`
 * @returns the compiled function
 * @throws TypeError when f is not a function, the options are malformed, or f returns something
 * other than a number (or, with `inputs`, an array of numbers); Error when f reads `.value`
 * @example
 * ```ts
 * import { compile, add, mul, sub, pow } from 'forward-ad';
 * const df = compile((x) => x.mul(x).sin());
 * df.derivative(1); // 2·cos(1)
 *
 * const rosenbrock = compile(
 *   ([x, y]) => add(pow(sub(1, x), 2), mul(100, pow(sub(y, mul(x, x)), 2))),
 *   { inputs: 2 },
 * );
 * rosenbrock.gradient([1, 1]); // [0, 0]
 * rosenbrock.hessian([1, 1]);  // [[802, -400], [-400, 200]]
 * ```
 */
export function compile(
  f: (x: Tracer) => Tracer | number,
  options?: CompileOptions & { inputs?: undefined },
): CompiledFunction;
export function compile(
  f: (x: Tracer[]) => Tracer | number,
  options: CompileVectorOptions,
): CompiledScalarFunction;
export function compile(
  f: (x: Tracer[]) => readonly (Tracer | number)[],
  options: CompileVectorOptions,
): CompiledVectorFunction;
export function compile(
  f: ((x: Tracer) => unknown) | ((x: Tracer[]) => unknown),
  options?: CompileOptions,
): CompiledFunction | CompiledScalarFunction | CompiledVectorFunction {
  checkFunction(f);
  const { inputs, mode } = checkOptions(options);
  if (inputs === undefined) {
    const trace = traceScalar(f as (x: Tracer) => unknown);
    return new CompiledFunction(new Core(trace, mode, true));
  }
  const trace = traceVector(f as (x: Tracer[]) => unknown, inputs);
  return new CompiledMultivariate(new Core(trace, mode, false));
}
