/**
 * The compiled form of a function of one variable, `compile(f)`.
 *
 * @module
 */
import { checkNumber, checkOrder, checkOut, type Vector } from './checks.js';
import type { Core } from './core.js';

/**
 * A function of one variable compiled by `compile(f)`: every method runs generated straight-line
 * code (or its interpreter), allocating nothing but its result.
 *
 * @example
 * ```ts
 * import { compile } from 'forward-ad';
 * const c = compile((x) => x.mul(x).sin());
 * c.value(1);            // sin(1)
 * c.derivative(1);       // 2·cos(1)
 * c.secondDerivative(1); // 2·cos(1) − 4·sin(1)
 * c.taylor(0, 4);        // [0, 0, 1, 0, 0]
 * ```
 */
export class CompiledFunction {
  readonly #core: Core;

  /**
   * @param core - the traced function and its lazily built methods (made by `compile`)
   */
  constructor(core: Core) {
    this.#core = core;
  }

  /** How the methods run: generated code, or the interpreter where code generation is refused. */
  get mode(): 'codegen' | 'interpret' {
    return this.#core.mode;
  }

  /** The generated JavaScript of every method, readable (built on first access). */
  get source(): string {
    return this.#core.source(['value', 'gradient', 'hessian', 'taylor']);
  }

  /**
   * f(x).
   *
   * @param x - the point
   * @returns f(x)
   * @throws TypeError when x is not a number
   * @example
   * ```ts
   * compile((x) => x.exp()).value(0); // 1
   * ```
   */
  value(x: number): number {
    checkNumber(x, 'x');
    const m = this.#core.value;
    m.run(x, undefined, m.o);
    return m.o[0];
  }

  /**
   * f′(x), exact to rounding.
   *
   * @param x - the point
   * @returns f′(x)
   * @throws TypeError when x is not a number
   * @example
   * ```ts
   * compile((x) => x.sin()).derivative(0); // 1
   * ```
   */
  derivative(x: number): number {
    checkNumber(x, 'x');
    const m = this.#core.gradient;
    m.run(x, undefined, m.o, m.p);
    return m.p[0];
  }

  /**
   * f(x) and f′(x) from one run.
   *
   * @param x - the point
   * @returns `{ value, derivative }`
   * @example
   * ```ts
   * compile((x) => x.exp()).valueAndDerivative(0); // { value: 1, derivative: 1 }
   * ```
   */
  valueAndDerivative(x: number): { value: number; derivative: number } {
    checkNumber(x, 'x');
    const m = this.#core.gradient;
    m.run(x, undefined, m.o, m.p);
    return { value: m.o[0], derivative: m.p[0] };
  }

  /**
   * f″(x), exact to rounding.
   *
   * @param x - the point
   * @returns f″(x)
   * @throws TypeError when x is not a number
   * @example
   * ```ts
   * compile((x) => x.mul(x).mul(x)).secondDerivative(2); // 12
   * ```
   */
  secondDerivative(x: number): number {
    checkNumber(x, 'x');
    const m = this.#core.hessian;
    m.run(x, undefined, m.o, m.p, m.q);
    return this.#core.hessianPattern.rowIndices.length > 0 ? m.q[0] : 0;
  }

  /**
   * The Taylor coefficients c_k = f^(k)(x0)/k!, k = 0..order.
   *
   * @param x0 - the expansion point
   * @param order - the highest order, a whole number
   * @returns order + 1 coefficients
   * @throws TypeError when x0 is not a number; RangeError for a negative or fractional order
   * @example
   * ```ts
   * compile((x) => x.exp()).taylor(0, 3); // [1, 1, 0.5, 1/6]
   * ```
   */
  taylor(x0: number, order: number): number[] {
    checkOrder(order, 'order');
    return this.taylorInto(x0, order, new Array<number>(order + 1));
  }

  /**
   * {@link CompiledFunction.taylor} into a caller's array; allocates nothing once the largest
   * order has been seen.
   *
   * @param x0 - the expansion point
   * @param order - the highest order
   * @param out - receives the order + 1 coefficients
   * @returns out
   * @throws RangeError when out's length is not order + 1
   * @example
   * ```ts
   * const c = compile((x) => x.sin());
   * const out = new Float64Array(4);
   * c.taylorInto(0, 3, out); // [0, 1, 0, -1/6]
   * ```
   */
  taylorInto<O extends Vector>(x0: number, order: number, out: O): O {
    checkNumber(x0, 'x0');
    checkOrder(order, 'order');
    checkOut(out, order + 1, 'out');
    const t = this.#core.taylor(order);
    t.run(x0, undefined, out, order, t.buffers);
    return out;
  }
}
