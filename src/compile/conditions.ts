/**
 * Branch-free selection: `where(cond, a, b)` and the comparison helpers that make its condition.
 * They work on every number type: on plain numbers and forward-mode numbers a comparison is a
 * boolean of the values, so one generic function runs both compiled and through the drivers;
 * on traced numbers it records a condition node, and `where` a select in the graph.
 *
 * Do not branch on a condition with `if`: a traced condition is an object, always truthy.
 *
 * @module
 */
import { describe } from '../errors.js';
import type { Liftable, Scalar } from '../scalar.js';
import type { CompareOp, Graph } from './graph.js';
import { compare, where as whereNode } from './simplify.js';
import { nestedTraceError, Tracer } from './tracer.js';

/**
 * A comparison recorded while tracing (what `lt`, `le`, ... return for traced numbers). Use it
 * only as the condition of {@link where}.
 */
export class TracedCondition {
  /**
   * The graph this condition is a node of.
   *
   * @internal
   */
  readonly graph: Graph;
  /** Its node id (a node whose value is 1 or 0). */
  readonly node: number;

  /**
   * @param graph - the graph being recorded
   * @param node - the condition's node
   */
  constructor(graph: Graph, node: number) {
    this.graph = graph;
    this.node = node;
  }

  /** `TracedCondition(node k)`. */
  toString(): string {
    return `TracedCondition(node ${this.node})`;
  }
}

/** A condition: a boolean, or a comparison of traced numbers. */
export type Condition = boolean | TracedCondition;

/** Anything the comparisons accept on either side. */
type Comparable = Scalar<never> | number;

/** The value of a comparison side that is not traced. */
function plainValue(x: unknown, name: string): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'object' && x !== null && 'value' in x && typeof x.value === 'number') {
    return x.value;
  }
  throw new TypeError(
    `forward-ad: ${name} must be a number or a forward-mode number, got ${describe(x)}`,
  );
}

/** The graph of a comparison or select with a traced side, or null when none is traced. */
function tracedGraph(x: unknown, y: unknown): Graph | null {
  const gx = x instanceof Tracer ? x.graph : null;
  const gy = y instanceof Tracer ? y.graph : null;
  if (gx !== null && gy !== null && gx !== gy) throw nestedTraceError();
  return gx ?? gy;
}

/** The node of one side, in a graph known to be traced. */
function nodeIn(graph: Graph, x: unknown, name: string): number {
  if (typeof x === 'number') return graph.constant(x);
  if (x instanceof Tracer) {
    if (x.graph !== graph) throw nestedTraceError();
    return x.node;
  }
  throw new TypeError(
    `forward-ad: ${name} must be a number or a traced number when the other side is traced, ` +
      `got ${describe(x)}`,
  );
}

/** A traced condition when either side is traced, else null (then the caller compares values). */
function traced(op: CompareOp, a: unknown, b: unknown): TracedCondition | null {
  const graph = tracedGraph(a, b);
  if (graph === null) return null;
  return new TracedCondition(
    graph,
    compare(graph, op, nodeIn(graph, a, 'a'), nodeIn(graph, b, 'b')),
  );
}

/**
 * a < b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * import { compile, lt, neg, where } from 'forward-ad';
 * const absolute = compile((x) => where(lt(x, 0), neg(x), x));
 * absolute.derivative(-2); // -1
 * ```
 */
export function lt(a: number, b: number): boolean;
export function lt<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function lt(a: Comparable, b: Comparable): Condition {
  return traced('lt', a, b) ?? plainValue(a, 'a') < plainValue(b, 'b');
}

/**
 * a ≤ b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * le(1, 1); // true
 * ```
 */
export function le(a: number, b: number): boolean;
export function le<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function le(a: Comparable, b: Comparable): Condition {
  return traced('le', a, b) ?? plainValue(a, 'a') <= plainValue(b, 'b');
}

/**
 * a > b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * gt(2, 1); // true
 * ```
 */
export function gt(a: number, b: number): boolean;
export function gt<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function gt(a: Comparable, b: Comparable): Condition {
  return traced('gt', a, b) ?? plainValue(a, 'a') > plainValue(b, 'b');
}

/**
 * a ≥ b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * ge(1, 2); // false
 * ```
 */
export function ge(a: number, b: number): boolean;
export function ge<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function ge(a: Comparable, b: Comparable): Condition {
  return traced('ge', a, b) ?? plainValue(a, 'a') >= plainValue(b, 'b');
}

/**
 * a = b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * eq(0, -0); // true
 * ```
 */
export function eq(a: number, b: number): boolean;
export function eq<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function eq(a: Comparable, b: Comparable): Condition {
  return traced('eq', a, b) ?? plainValue(a, 'a') === plainValue(b, 'b');
}

/**
 * a ≠ b, comparing values; traced, a condition for {@link where}.
 *
 * @param a - the left side: a number or any forward-mode number
 * @param b - the right side
 * @returns a boolean, or a traced condition when either side is traced
 * @example
 * ```ts
 * ne(1, 2); // true
 * ```
 */
export function ne(a: number, b: number): boolean;
export function ne<T extends Scalar<T>>(a: T | number, b: T | number): Condition;
export function ne(a: Comparable, b: Comparable): Condition {
  return traced('ne', a, b) ?? plainValue(a, 'a') !== plainValue(b, 'b');
}

/** The constant c as a number of x's type (x·0 + c for number types of other libraries). */
function liftLike<T extends Scalar<T>>(x: T, c: number): T {
  const liftable = x as T & Partial<Liftable<T>>;
  return typeof liftable.lift === 'function' ? liftable.lift(c) : x.mul(0).add(c);
}

/**
 * `cond ? a : b` without a branch in the traced code: the value and every derivative come from
 * the selected side. With a boolean condition (plain or forward-mode numbers) it simply picks;
 * a number on one side is then lifted to the other side's type, so the result's type does not
 * depend on the condition.
 *
 * @param cond - a boolean, or a condition from lt, le, gt, ge, eq, ne on traced numbers
 * @param a - the result where cond holds
 * @param b - the result where it does not
 * @returns a or b (a traced select when cond is traced)
 * @throws TypeError when cond is neither a boolean nor a condition
 * @example
 * ```ts
 * import { compile, lt, mul, where } from 'forward-ad';
 * // a leaky ReLU
 * const c = compile((x) => where(lt(x, 0), mul(x, 0.01), x));
 * c.derivative(-1); // 0.01
 * ```
 */
export function where<T extends Scalar<T>>(cond: Condition, a: T, b: T | number): T;
export function where<T extends Scalar<T>>(cond: Condition, a: T | number, b: T): T;
export function where(cond: boolean, a: number, b: number): number;
export function where(cond: Condition, a: number, b: number): number | Tracer;
export function where<T extends Scalar<T>>(
  cond: Condition,
  a: T | number,
  b: T | number,
): T | number | Tracer {
  if (typeof cond === 'boolean') {
    if (typeof a === 'number' && typeof b !== 'number') return cond ? liftLike(b, a) : b;
    if (typeof b === 'number' && typeof a !== 'number') return cond ? a : liftLike(a, b);
    return cond ? a : b;
  }
  if (!(cond instanceof TracedCondition)) {
    throw new TypeError(
      'forward-ad: cond must be a boolean or a condition from lt, le, gt, ge, eq or ne, ' +
        `got ${describe(cond)}`,
    );
  }
  const graph = cond.graph;
  const node = whereNode(graph, cond.node, nodeIn(graph, a, 'a'), nodeIn(graph, b, 'b'));
  return new Tracer(graph, node);
}
