/**
 * Building graph nodes with the simplifications IEEE arithmetic allows: constant folding (with the
 * same functions the object path uses on numbers) and the identities that hold for every double,
 * −0, ±∞ and NaN included: x·1 = x, x/1 = x, x − 0 = x, x + (−0) = x, −(−x) = x, x¹ = x.
 * (x + 0 is not x at x = −0, and x·0 is not 0 at ∞ or NaN, so those stay.)
 *
 * @module
 */
import * as R from '../rules.js';
import type { CompareOp, Graph, UnaryOp } from './graph.js';
import { NONE } from './graph.js';
import { selectValue } from './runtime.js';

/** Operations of two operands that {@link binary} builds. */
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'atan2' | 'hypot' | 'min' | 'max';

/** The value of a binary operation on two numbers, as the object path computes it. */
function foldBinary(op: BinaryOp, x: number, y: number): number {
  switch (op) {
    case 'add':
      return x + y;
    case 'sub':
      return x - y;
    case 'mul':
      return R.mul.f(x, y);
    case 'div':
      return R.div.f(x, y);
    case 'pow':
      return R.pow.f(x, y);
    case 'atan2':
      return R.atan2.f(x, y);
    case 'hypot':
      return R.hypot.f(x, y);
    case 'min':
      return selectValue(R.minWeight(x, y), x, y);
    case 'max':
      return selectValue(R.maxWeight(x, y), x, y);
  }
}

/** The value of a comparison of two numbers: 1 or 0. */
function foldCompare(op: CompareOp, x: number, y: number): number {
  switch (op) {
    case 'lt':
      return x < y ? 1 : 0;
    case 'le':
      return x <= y ? 1 : 0;
    case 'gt':
      return x > y ? 1 : 0;
    case 'ge':
      return x >= y ? 1 : 0;
    case 'eq':
      return x === y ? 1 : 0;
    case 'ne':
      return x !== y ? 1 : 0;
  }
}

/** Orders the operands of a commutative operation, so that a·b and b·a are one node. */
function ordered(g: Graph, op: BinaryOp | CompareOp, a: number, b: number): number {
  return a <= b ? g.node(op, a, b, NONE, Number.NaN) : g.node(op, b, a, NONE, Number.NaN);
}

/**
 * The node of op(a): folded when a is a constant, −(−x) → x.
 *
 * @param g - the graph
 * @param op - the function
 * @param a - the operand's node
 * @returns the result's node
 */
export function unary(g: Graph, op: UnaryOp, a: number): number {
  if (g.isConstant(a)) {
    const x = g.param[a];
    return g.constant(op === 'neg' ? -x : R.unaryRules[op].f(x));
  }
  if (op === 'neg' && g.op[a] === 'neg') return g.a[a];
  return g.node(op, a, NONE, NONE, Number.NaN);
}

/**
 * The node of a^p for a constant p: folded when a is constant, a¹ → a.
 *
 * @param g - the graph
 * @param a - the base's node
 * @param p - the exponent
 * @returns the result's node
 */
function power(g: Graph, a: number, p: number): number {
  if (g.isConstant(a)) return g.constant(R.power.f(g.param[a], p));
  if (p === 1) return a;
  return g.node('power', a, NONE, NONE, p);
}

/**
 * The node of op(a, b), folded and simplified where IEEE arithmetic allows.
 *
 * @param g - the graph
 * @param op - the operation
 * @param a - the first operand's node
 * @param b - the second operand's node
 * @returns the result's node
 */
export function binary(g: Graph, op: BinaryOp, a: number, b: number): number {
  const constA = g.isConstant(a);
  const constB = g.isConstant(b);
  if (constA && constB) return g.constant(foldBinary(op, g.param[a], g.param[b]));
  const x = constA ? g.param[a] : Number.NaN;
  const y = constB ? g.param[b] : Number.NaN;
  switch (op) {
    case 'add':
      if (Object.is(y, -0)) return a;
      if (Object.is(x, -0)) return b;
      return ordered(g, op, a, b);
    case 'sub':
      if (Object.is(y, 0)) return a;
      break;
    case 'mul':
      if (y === 1) return a;
      if (x === 1) return b;
      return ordered(g, op, a, b);
    case 'div':
      if (y === 1) return a;
      break;
    case 'pow':
      // A constant exponent is the power rule, as Dual's pow(number) is.
      if (constB) return power(g, a, y);
      break;
  }
  return g.node(op, a, b, NONE, Number.NaN);
}

/**
 * The node of a comparison (value 1 or 0), folded when both sides are constants.
 *
 * @param g - the graph
 * @param op - the comparison
 * @param a - the left side's node
 * @param b - the right side's node
 * @returns the condition's node
 */
export function compare(g: Graph, op: CompareOp, a: number, b: number): number {
  if (g.isConstant(a) && g.isConstant(b)) {
    return g.constant(foldCompare(op, g.param[a], g.param[b]));
  }
  if (op === 'eq' || op === 'ne') return ordered(g, op, a, b);
  return g.node(op, a, b, NONE, Number.NaN);
}

/**
 * The node of `cond ? a : b` (cond a condition node, 1 or 0): folded when the condition is a
 * constant or both branches are the same node.
 *
 * @param g - the graph
 * @param cond - the condition's node
 * @param a - the node selected when cond is 1
 * @param b - the node selected when cond is 0
 * @returns the result's node
 */
export function where(g: Graph, cond: number, a: number, b: number): number {
  if (g.isConstant(cond)) return g.param[cond] !== 0 ? a : b;
  if (a === b) return a;
  return g.node('where', cond, a, b, Number.NaN);
}
