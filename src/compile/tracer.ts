/**
 * Tracer numbers: a {@link Scalar} implementation that computes nothing and records every
 * operation in an expression graph, so that `compile` can generate code for it once.
 *
 * @module
 */
import { describe } from '../errors.js';
import type { Liftable, Scalar } from '../scalar.js';
import { mixedTypes } from '../tag.js';
import { Graph, type UnaryOp } from './graph.js';
import { type BinaryOp, binary, unary } from './simplify.js';

/** The error for reading `.value` (or converting to a number) while tracing. */
function tracedValueError(): Error {
  return new Error(
    'forward-ad: compile() traces f once with symbolic numbers, so f cannot read x.value or ' +
      'branch on it (if (x.value > 0) ...): the generated code would follow the branch taken ' +
      'while tracing for every input. Write the choice without a branch: where(cond, a, b) with ' +
      'the comparison helpers lt, le, gt, ge, eq, ne (e.g. where(lt(x, 0), neg(x), x)), or min, ' +
      'max, abs and relu, which trace as branch-free selects. Or use the uncompiled drivers ' +
      '(derivative, gradient, jacobian, hessian, taylor, ...), which run f anew at every point.',
  );
}

/** The error for a tracer of one compile() call meeting a tracer of another. */
export function nestedTraceError(): Error {
  return new Error(
    'forward-ad: an operation combined traced numbers of two different compile() calls ' +
      '(compile called inside a function being compiled, through a closure). Compile the ' +
      'inner function separately, or pass the outer variable in as an input.',
  );
}

/**
 * A traced number: a node of the expression graph `compile` records. Every method records one
 * operation and returns a new Tracer; nothing is computed until the compiled code runs.
 *
 * Reading {@link Tracer.value} throws: tracing records one path through f, so value-dependent
 * branches cannot be traced. Use `where` with `lt`, `le`, `gt`, `ge`, `eq`, `ne`, or `min`, `max`,
 * `abs`, `relu`.
 *
 * @example
 * ```ts
 * import { compile } from 'forward-ad';
 * // f receives a Tracer while compile() records it
 * const c = compile((x) => x.mul(x).sin());
 * c.derivative(1); // 2·cos(1)
 * ```
 */
export class Tracer implements Scalar<Tracer>, Liftable<Tracer> {
  /**
   * The graph this number is a node of.
   *
   * @internal
   */
  readonly graph: Graph;
  /** Its node id in the graph. */
  readonly node: number;

  /**
   * @param graph - the graph being recorded
   * @param node - the node this tracer stands for
   */
  constructor(graph: Graph, node: number) {
    this.graph = graph;
    this.node = node;
  }

  /**
   * Throws: a traced number has no value while f is being traced.
   *
   * @throws Error that explains why and names the branch-free alternatives
   */
  get value(): number {
    throw tracedValueError();
  }

  /** The node of an operand: a constant for a number, the node of a tracer of this graph. */
  private operand(b: Tracer | number): number {
    if (typeof b === 'number') return this.graph.constant(b);
    if (b instanceof Tracer) {
      if (b.graph !== this.graph) throw nestedTraceError();
      return b.node;
    }
    return mixedTypes('Tracer', b);
  }

  private unary(op: UnaryOp): Tracer {
    return new Tracer(this.graph, unary(this.graph, op, this.node));
  }

  private binary(op: BinaryOp, b: Tracer | number): Tracer {
    return new Tracer(this.graph, binary(this.graph, op, this.node, this.operand(b)));
  }

  lift(c: number): Tracer {
    return new Tracer(this.graph, this.graph.constant(c));
  }

  rpow(base: number): Tracer {
    return new Tracer(this.graph, binary(this.graph, 'pow', this.graph.constant(base), this.node));
  }

  rdiv(c: number): Tracer {
    return new Tracer(this.graph, binary(this.graph, 'div', this.graph.constant(c), this.node));
  }

  add(b: Tracer | number): Tracer {
    return this.binary('add', b);
  }

  sub(b: Tracer | number): Tracer {
    return this.binary('sub', b);
  }

  mul(b: Tracer | number): Tracer {
    return this.binary('mul', b);
  }

  div(b: Tracer | number): Tracer {
    return this.binary('div', b);
  }

  pow(b: Tracer | number): Tracer {
    return this.binary('pow', b);
  }

  atan2(b: Tracer | number): Tracer {
    return this.binary('atan2', b);
  }

  hypot(b: Tracer | number): Tracer {
    return this.binary('hypot', b);
  }

  min(b: Tracer | number): Tracer {
    return this.binary('min', b);
  }

  max(b: Tracer | number): Tracer {
    return this.binary('max', b);
  }

  neg(): Tracer {
    return this.unary('neg');
  }

  sqrt(): Tracer {
    return this.unary('sqrt');
  }

  cbrt(): Tracer {
    return this.unary('cbrt');
  }

  exp(): Tracer {
    return this.unary('exp');
  }

  expm1(): Tracer {
    return this.unary('expm1');
  }

  log(): Tracer {
    return this.unary('log');
  }

  log1p(): Tracer {
    return this.unary('log1p');
  }

  log2(): Tracer {
    return this.unary('log2');
  }

  log10(): Tracer {
    return this.unary('log10');
  }

  sin(): Tracer {
    return this.unary('sin');
  }

  cos(): Tracer {
    return this.unary('cos');
  }

  tan(): Tracer {
    return this.unary('tan');
  }

  asin(): Tracer {
    return this.unary('asin');
  }

  acos(): Tracer {
    return this.unary('acos');
  }

  atan(): Tracer {
    return this.unary('atan');
  }

  sinh(): Tracer {
    return this.unary('sinh');
  }

  cosh(): Tracer {
    return this.unary('cosh');
  }

  tanh(): Tracer {
    return this.unary('tanh');
  }

  asinh(): Tracer {
    return this.unary('asinh');
  }

  acosh(): Tracer {
    return this.unary('acosh');
  }

  atanh(): Tracer {
    return this.unary('atanh');
  }

  abs(): Tracer {
    return this.unary('abs');
  }

  sigmoid(): Tracer {
    return this.unary('sigmoid');
  }

  softplus(): Tracer {
    return this.unary('softplus');
  }

  relu(): Tracer {
    return this.unary('relu');
  }

  erf(): Tracer {
    return this.unary('erf');
  }

  erfc(): Tracer {
    return this.unary('erfc');
  }

  /** `Tracer(node k)`. */
  toString(): string {
    return `Tracer(node ${this.node})`;
  }

  /**
   * Allows string conversion only: a tracer has no number to convert to.
   *
   * @throws Error for a number hint (`x > 0`, `x * 2`), with the branch-free alternatives
   */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw tracedValueError();
  }
}

/** What tracing f gave: its graph, the output nodes, and whether f returned an array. */
export interface Trace {
  /** The recorded graph. */
  readonly graph: Graph;
  /** One node per output (one for a scalar-valued f). */
  readonly outputs: readonly number[];
  /** True when f returned an array (a vector-valued function). */
  readonly vector: boolean;
}

/** The node of one value f returned: a constant for a number, the tracer's node. */
function outputNode(graph: Graph, y: unknown, what: string): number {
  if (typeof y === 'number') return graph.constant(y);
  if (y instanceof Tracer) {
    if (y.graph !== graph) throw nestedTraceError();
    return y.node;
  }
  throw new TypeError(
    `forward-ad: ${what} must return a number or a traced number (built with the Scalar ` +
      `methods or functional ops of its argument), got ${describe(y)}`,
  );
}

/**
 * Traces a function of one variable.
 *
 * @param f - the function
 * @returns the trace
 * @throws TypeError when f returns anything but a number or a tracer (a vector included)
 */
export function traceScalar(f: (x: Tracer) => unknown): Trace {
  const graph = new Graph(1);
  const y = f(new Tracer(graph, 0));
  if (Array.isArray(y)) {
    throw new TypeError(
      `forward-ad: f must return a number for compile(f), got ${describe(y)}; for a ` +
        'vector-valued function use compile(f, { inputs: n })',
    );
  }
  return { graph, outputs: [outputNode(graph, y, 'f')], vector: false };
}

/**
 * Traces a function of n variables (an array of n tracers).
 *
 * @param f - the function
 * @param n - the number of inputs
 * @returns the trace
 * @throws TypeError when f returns anything but a number, a tracer or an array of them
 */
export function traceVector(f: (x: Tracer[]) => unknown, n: number): Trace {
  const graph = new Graph(n);
  const x = new Array<Tracer>(n);
  for (let i = 0; i < n; i++) x[i] = new Tracer(graph, i);
  const y = f(x);
  if (Array.isArray(y)) {
    const outputs = y.map((yi, i) => outputNode(graph, yi, `f (output ${i})`));
    return { graph, outputs, vector: true };
  }
  return { graph, outputs: [outputNode(graph, y, 'f')], vector: false };
}
