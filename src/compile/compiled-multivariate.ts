/**
 * The compiled form of a function of n variables, `compile(f, { inputs: n })`, scalar- or
 * vector-valued. One class serves both; the two interfaces are its typed views.
 *
 * @module
 */
import { zeroMatrix, zeros } from '../zeros.js';
import { checkMatrix, checkOrder, checkOut, checkPoint, type Vector } from './checks.js';
import type { Core } from './core.js';
import { type SparsityPattern, scatter } from './sparsity.js';

/** What both compiled multivariate shapes share. */
interface CompiledMultivariateBase {
  /** n, the number of inputs. */
  readonly inputs: number;
  /** How the methods run: generated code, or the interpreter. */
  readonly mode: 'codegen' | 'interpret';
  /** The generated JavaScript of every method, readable (built on first access). */
  readonly source: string;
  /** The Jacobian's structural non-zeros (a 1×n row for a scalar function), row-major. */
  jacobianSparsity(): SparsityPattern;
}

/**
 * f: Rⁿ → R compiled by `compile(f, { inputs: n })`. Methods with an `…Into` form write into the
 * caller's arrays and allocate nothing per call; the others allocate only their result.
 *
 * Gradient and Hessian code computes only structurally non-zero partials, so a sparse problem
 * (Rosenbrock: tridiagonal Hessian) costs O(n), not O(n²).
 *
 * @example
 * ```ts
 * import { compile, mul, sub, add } from 'forward-ad';
 * const c = compile(([x, y]) => add(mul(x, x), mul(x, y)), { inputs: 2 });
 * c.gradient([1, 2]); // [4, 1]
 * c.hessian([1, 2]);  // [[2, 1], [1, 0]]
 * ```
 */
export interface CompiledScalarFunction extends CompiledMultivariateBase {
  /**
   * f(x).
   *
   * @param x - the point, of length n
   * @returns f(x)
   */
  value(x: ArrayLike<number>): number;
  /**
   * ∇f(x) in a new array.
   *
   * @param x - the point
   * @returns the gradient
   */
  gradient(x: ArrayLike<number>): number[];
  /**
   * ∇f(x) into `out` (then nothing is allocated).
   *
   * @param x - the point
   * @param out - a number[] or Float64Array of length n to write into
   * @returns out
   */
  gradient<O extends Vector>(x: ArrayLike<number>, out: O): O;
  /**
   * ∇f(x) into out, allocation-free.
   *
   * @param x - the point
   * @param out - length n; must not be x
   * @returns out
   */
  gradientInto<O extends Vector>(x: ArrayLike<number>, out: O): O;
  /**
   * f(x) and ∇f(x) from one run.
   *
   * @param x - the point
   * @returns `{ value, gradient }`
   */
  valueAndGradient(x: ArrayLike<number>): { value: number; gradient: number[] };
  /**
   * f(x) and ∇f(x)·v from one run (no gradient is formed).
   *
   * @param x - the point
   * @param v - the direction, of length n
   * @returns `{ value, tangent }`
   */
  jvp(x: ArrayLike<number>, v: ArrayLike<number>): { value: number; tangent: number };
  /**
   * ∇f(x)·v.
   *
   * @param x - the point
   * @param v - the direction
   * @returns the directional derivative
   */
  directionalDerivative(x: ArrayLike<number>, v: ArrayLike<number>): number;
  /**
   * The Hessian ∇²f(x).
   *
   * @param x - the point
   * @returns an n×n `number[][]`
   */
  hessian(x: ArrayLike<number>): number[][];
  /**
   * The Hessian into an n×n out, zeros included (so O(n²) even for a sparse Hessian: use
   * {@link CompiledScalarFunction.hessianSparseInto} for O(non-zeros)), allocation-free.
   *
   * @param x - the point
   * @param out - n rows of length n
   * @returns out
   */
  hessianInto<O extends Vector[]>(x: ArrayLike<number>, out: O): O;
  /**
   * The Hessian's structural non-zeros into a flat array, in the order of
   * {@link CompiledScalarFunction.hessianSparsity}: O(non-zeros), allocation-free.
   *
   * @param x - the point
   * @param values - one entry per non-zero of the pattern
   * @returns values
   */
  hessianSparseInto<O extends Vector>(x: ArrayLike<number>, values: O): O;
  /**
   * H(x)·v by forward-over-forward propagation (no Hessian is formed).
   *
   * @param x - the point
   * @param v - the direction
   * @returns H·v as `number[]`
   */
  hvp(x: ArrayLike<number>, v: ArrayLike<number>): number[];
  /**
   * H(x)·v into out, allocation-free.
   *
   * @param x - the point
   * @param v - the direction
   * @param out - length n; must not be x or v
   * @returns out
   */
  hvpInto<O extends Vector>(x: ArrayLike<number>, v: ArrayLike<number>, out: O): O;
  /**
   * Taylor coefficients of t ↦ f(x + t·v): c_k = (d/dt)^k f(x + t·v) / k! at t = 0.
   *
   * @param x - the point
   * @param v - the direction
   * @param order - the highest order, a whole number
   * @returns order + 1 coefficients
   */
  directionalTaylor(x: ArrayLike<number>, v: ArrayLike<number>, order: number): number[];
  /**
   * {@link CompiledScalarFunction.directionalTaylor} into out; allocates nothing once the
   * largest order has been seen.
   *
   * @param x - the point
   * @param v - the direction
   * @param order - the highest order
   * @param out - length order + 1
   * @returns out
   */
  directionalTaylorInto<O extends Vector>(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    out: O,
  ): O;
  /**
   * The Hessian's structural non-zeros (symmetric, both triangles), row-major.
   *
   * @returns the n×n pattern
   */
  hessianSparsity(): SparsityPattern;
}

/**
 * f: Rⁿ → Rᵐ compiled by `compile(f, { inputs: n })` for an f returning an array.
 *
 * @example
 * ```ts
 * import { compile, mul } from 'forward-ad';
 * const c = compile(([x, y]) => [mul(x, y), x.sin()], { inputs: 2 });
 * c.jacobian([1, 2]); // [[2, 1], [cos(1), 0]]
 * ```
 */
export interface CompiledVectorFunction extends CompiledMultivariateBase {
  /** m, the number of outputs. */
  readonly outputs: number;
  /**
   * f(x).
   *
   * @param x - the point, of length n
   * @returns the m outputs
   */
  value(x: ArrayLike<number>): number[];
  /**
   * f(x) into out, allocation-free.
   *
   * @param x - the point
   * @param out - length m
   * @returns out
   */
  valueInto<O extends Vector>(x: ArrayLike<number>, out: O): O;
  /**
   * f(x) and J(x)·v from one run (no Jacobian is formed).
   *
   * @param x - the point
   * @param v - the direction, of length n
   * @returns `{ value, tangent }`, each of length m
   */
  jvp(x: ArrayLike<number>, v: ArrayLike<number>): { value: number[]; tangent: number[] };
  /**
   * f(x) into outValue and J(x)·v into outTangent, allocation-free.
   *
   * @param x - the point
   * @param v - the direction
   * @param outValue - length m
   * @param outTangent - length m, another array than outValue
   */
  jvpInto(x: ArrayLike<number>, v: ArrayLike<number>, outValue: Vector, outTangent: Vector): void;
  /**
   * J(x), J[i][j] = ∂fᵢ/∂xⱼ.
   *
   * @param x - the point
   * @returns an m×n `number[][]`
   */
  jacobian(x: ArrayLike<number>): number[][];
  /**
   * J(x) into an m×n out, zeros included, allocation-free.
   *
   * @param x - the point
   * @param out - m rows of length n
   * @returns out
   */
  jacobianInto<O extends Vector[]>(x: ArrayLike<number>, out: O): O;
  /**
   * J's structural non-zeros into a flat array, in the order of
   * {@link CompiledMultivariateBase.jacobianSparsity}: O(non-zeros), allocation-free.
   *
   * @param x - the point
   * @param values - one entry per non-zero of the pattern
   * @returns values
   */
  jacobianSparseInto<O extends Vector>(x: ArrayLike<number>, values: O): O;
  /**
   * Taylor coefficients of each output of t ↦ f(x + t·v).
   *
   * @param x - the point
   * @param v - the direction
   * @param order - the highest order, a whole number
   * @returns m rows of order + 1 coefficients; row i is output i's
   */
  directionalTaylor(x: ArrayLike<number>, v: ArrayLike<number>, order: number): number[][];
  /**
   * {@link CompiledVectorFunction.directionalTaylor} into out.
   *
   * @param x - the point
   * @param v - the direction
   * @param order - the highest order
   * @param out - m rows of length order + 1
   * @returns out
   */
  directionalTaylorInto<O extends Vector[]>(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    out: O,
  ): O;
}

/** @throws RangeError when an output array is the point or direction (it would be overwritten). */
function checkDistinct(out: unknown, x: unknown, v: unknown, name: string): void {
  if (out === x || (v !== undefined && out === v)) {
    throw new RangeError(`forward-ad: ${name} must be an array of its own, not x or v`);
  }
}

/** The runtime class behind both interfaces; methods check the output shape they need. */
export class CompiledMultivariate implements CompiledScalarFunction, CompiledVectorFunction {
  readonly #core: Core;
  readonly inputs: number;
  /** Whether f returned an array. */
  readonly #vector: boolean;

  /**
   * @param core - the traced function and its lazily built methods (made by `compile`)
   */
  constructor(core: Core) {
    this.#core = core;
    this.inputs = core.trace.graph.inputs;
    this.#vector = core.trace.vector;
  }

  get outputs(): number {
    return this.#core.outputs;
  }

  get mode(): 'codegen' | 'interpret' {
    return this.#core.mode;
  }

  get source(): string {
    const methods = this.#vector
      ? (['value', 'jacobian', 'jvp', 'taylor'] as const)
      : (['value', 'gradient', 'jvp', 'hessian', 'hvp', 'taylor'] as const);
    return this.#core.source(methods);
  }

  #needScalar(method: string): void {
    if (this.#vector) {
      throw new TypeError(
        `forward-ad: ${method} needs a scalar-valued function, but f returns an array of ` +
          `length ${this.outputs}; use jacobian or jvp for vector-valued functions`,
      );
    }
  }

  #needVector(method: string): void {
    if (!this.#vector) {
      throw new TypeError(
        `forward-ad: ${method} needs a vector-valued function, but f returns a number; use ` +
          'gradient (or jvp, hessian) for scalar-valued functions',
      );
    }
  }

  value(x: ArrayLike<number>): number;
  value(x: ArrayLike<number>): number[];
  value(x: ArrayLike<number>): number | number[] {
    checkPoint(x, this.inputs, 'x');
    const m = this.#core.value;
    m.run(x, undefined, m.o);
    return this.#vector ? leading(m.o, this.outputs) : m.o[0];
  }

  valueInto<O extends Vector>(x: ArrayLike<number>, out: O): O {
    this.#needVector('valueInto');
    checkPoint(x, this.inputs, 'x');
    checkOut(out, this.outputs, 'out');
    checkDistinct(out, x, undefined, 'out');
    const m = this.#core.value;
    m.run(x, undefined, out);
    return out;
  }

  gradient(x: ArrayLike<number>): number[];
  gradient<O extends Vector>(x: ArrayLike<number>, out: O): O;
  gradient(x: ArrayLike<number>, out?: Vector): Vector {
    return this.gradientInto(x, out ?? zeros(this.inputs));
  }

  gradientInto<O extends Vector>(x: ArrayLike<number>, out: O): O {
    this.#needScalar('gradient');
    checkPoint(x, this.inputs, 'x');
    checkOut(out, this.inputs, 'out');
    checkDistinct(out, x, undefined, 'out');
    const m = this.#core.gradient;
    m.run(x, undefined, m.o, out);
    return out;
  }

  valueAndGradient(x: ArrayLike<number>): { value: number; gradient: number[] } {
    const gradient = this.gradientInto(x, zeros(this.inputs));
    return { value: this.#core.gradient.o[0], gradient };
  }

  jvp(x: ArrayLike<number>, v: ArrayLike<number>): { value: number; tangent: number };
  jvp(x: ArrayLike<number>, v: ArrayLike<number>): { value: number[]; tangent: number[] };
  jvp(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
  ): { value: number | number[]; tangent: number | number[] } {
    const m = this.#runJvp(x, v, undefined, undefined);
    if (!this.#vector) return { value: m.o[0], tangent: m.p[0] };
    const k = this.outputs;
    return { value: leading(m.o, k), tangent: leading(m.p, k) };
  }

  #runJvp(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    o: Vector | undefined,
    t: Vector | undefined,
  ) {
    checkPoint(x, this.inputs, 'x');
    checkPoint(v, this.inputs, 'v');
    const m = this.#core.jvp;
    m.run(x, v, o ?? m.o, t ?? m.p);
    return m;
  }

  jvpInto(x: ArrayLike<number>, v: ArrayLike<number>, outValue: Vector, outTangent: Vector): void {
    checkOut(outValue, this.outputs, 'outValue');
    checkOut(outTangent, this.outputs, 'outTangent');
    checkDistinct(outValue, x, v, 'outValue');
    checkDistinct(outTangent, x, v, 'outTangent');
    if (outValue === outTangent) {
      throw new RangeError('forward-ad: outValue and outTangent must be different arrays');
    }
    this.#runJvp(x, v, outValue, outTangent);
  }

  directionalDerivative(x: ArrayLike<number>, v: ArrayLike<number>): number {
    this.#needScalar('directionalDerivative');
    return this.#runJvp(x, v, undefined, undefined).p[0];
  }

  jacobian(x: ArrayLike<number>): number[][] {
    this.#needVector('jacobian');
    const out = zeroMatrix(this.outputs, this.inputs);
    return this.jacobianInto(x, out);
  }

  jacobianInto<O extends Vector[]>(x: ArrayLike<number>, out: O): O {
    this.#needVector('jacobianInto');
    checkPoint(x, this.inputs, 'x');
    checkMatrix(out, this.outputs, this.inputs, 'out');
    const m = this.#core.jacobian;
    m.run(x, undefined, m.o, m.p);
    scatter(this.#core.jacobianScatter, m.p, out);
    return out;
  }

  jacobianSparseInto<O extends Vector>(x: ArrayLike<number>, values: O): O {
    this.#needVector('jacobianSparseInto');
    checkPoint(x, this.inputs, 'x');
    checkOut(values, this.#core.jacobianPattern.rowIndices.length, 'values');
    checkDistinct(values, x, undefined, 'values');
    const m = this.#core.jacobian;
    m.run(x, undefined, m.o, values);
    return values;
  }

  jacobianSparsity(): SparsityPattern {
    return this.#core.jacobianPattern;
  }

  hessianSparsity(): SparsityPattern {
    this.#needScalar('hessianSparsity');
    return this.#core.hessianPattern;
  }

  hessian(x: ArrayLike<number>): number[][] {
    this.#needScalar('hessian');
    const out = zeroMatrix(this.inputs, this.inputs);
    return this.hessianInto(x, out);
  }

  hessianInto<O extends Vector[]>(x: ArrayLike<number>, out: O): O {
    this.#needScalar('hessianInto');
    const n = this.inputs;
    checkPoint(x, n, 'x');
    checkMatrix(out, n, n, 'out');
    const m = this.#core.hessian;
    m.run(x, undefined, m.o, m.p, m.q);
    scatter(this.#core.hessianScatter, m.q, out);
    return out;
  }

  hessianSparseInto<O extends Vector>(x: ArrayLike<number>, values: O): O {
    this.#needScalar('hessianSparseInto');
    checkPoint(x, this.inputs, 'x');
    checkOut(values, this.#core.hessianPattern.rowIndices.length, 'values');
    checkDistinct(values, x, undefined, 'values');
    const m = this.#core.hessian;
    m.run(x, undefined, m.o, m.p, values);
    return values;
  }

  hvp(x: ArrayLike<number>, v: ArrayLike<number>): number[] {
    return this.hvpInto(x, v, zeros(this.inputs));
  }

  hvpInto<O extends Vector>(x: ArrayLike<number>, v: ArrayLike<number>, out: O): O {
    this.#needScalar('hvp');
    checkPoint(x, this.inputs, 'x');
    checkPoint(v, this.inputs, 'v');
    checkOut(out, this.inputs, 'out');
    checkDistinct(out, x, v, 'out');
    const m = this.#core.hvp;
    m.run(x, v, m.o, out);
    return out;
  }

  /** Runs the Taylor program for order into o (the internal buffer when o is undefined). */
  #runTaylor(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    o: Vector | undefined,
  ): Vector {
    checkPoint(x, this.inputs, 'x');
    checkPoint(v, this.inputs, 'v');
    checkOrder(order, 'order');
    const t = this.#core.taylor(order);
    const into = o ?? t.o;
    t.run(x, v, into, order, t.buffers);
    return into;
  }

  directionalTaylor(x: ArrayLike<number>, v: ArrayLike<number>, order: number): number[];
  directionalTaylor(x: ArrayLike<number>, v: ArrayLike<number>, order: number): number[][];
  directionalTaylor(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
  ): number[] | number[][] {
    checkOrder(order, 'order');
    if (!this.#vector) return this.directionalTaylorInto(x, v, order, new Array<number>(order + 1));
    const rows = Array.from({ length: this.outputs }, () => new Array<number>(order + 1));
    return this.directionalTaylorInto(x, v, order, rows);
  }

  directionalTaylorInto<O extends Vector>(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    out: O,
  ): O;
  directionalTaylorInto<O extends Vector[]>(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    out: O,
  ): O;
  directionalTaylorInto(
    x: ArrayLike<number>,
    v: ArrayLike<number>,
    order: number,
    out: Vector | Vector[],
  ): Vector | Vector[] {
    checkOrder(order, 'order');
    const length = order + 1;
    if (this.#vector) checkMatrix(out, this.outputs, length, 'out');
    else checkOut(out, length, 'out');
    if (!this.#vector) {
      checkDistinct(out, x, v, 'out');
      return this.#runTaylor(x, v, order, out as Vector);
    }
    const o = this.#runTaylor(x, v, order, undefined);
    const rows = out as Vector[];
    for (let r = 0; r < this.outputs; r++) {
      const row = rows[r];
      for (let k = 0; k < length; k++) row[k] = o[r * length + k];
    }
    return rows;
  }
}

/**
 * The first k entries of a result buffer as a new number[]: a plain copy loop, which measured
 * about twice as fast as `Array.from(a.subarray(0, k))` (a view and an iterator per call) on the
 * allocating jvp of a 32×32 layer.
 */
function leading(a: Float64Array, k: number): number[] {
  const out = new Array<number>(k);
  for (let i = 0; i < k; i++) out[i] = a[i];
  return out;
}
