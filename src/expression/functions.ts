/**
 * The names an expression may use: the functions of the contract, each mapped onto its functional
 * op in src/ops.ts (no derivative is restated here), and the constants.
 *
 * @module
 */
import * as ops from '../ops.js';
import type { Scalar } from '../scalar.js';

/** Any forward-mode number, as seen by the expression evaluator (it never inspects one). */
export interface AnyScalar extends Scalar<AnyScalar> {}

/** What an expression evaluates to: a plain number or a forward-mode number. */
export type Value = number | AnyScalar;

/** A function of one argument on plain or forward-mode numbers. */
export type UnaryOp = (x: Value) => Value;

/** A function of two arguments on plain or forward-mode numbers. */
export type BinaryOp = (a: Value, b: Value) => Value;

// The ops' implementations take a number or a number type on either side; their overloads only
// narrow the types, so viewing them through these wider signatures is exact.
const unary = (f: (x: never) => unknown): UnaryOp => f as unknown as UnaryOp;
const binary = (f: (a: never, b: never) => unknown): BinaryOp => f as unknown as BinaryOp;

/** Functions of one argument, by name. */
export const UNARY_FUNCTIONS: Readonly<Record<string, UnaryOp>> = {
  sqrt: unary(ops.sqrt),
  cbrt: unary(ops.cbrt),
  exp: unary(ops.exp),
  expm1: unary(ops.expm1),
  log: unary(ops.log),
  log1p: unary(ops.log1p),
  log2: unary(ops.log2),
  log10: unary(ops.log10),
  sin: unary(ops.sin),
  cos: unary(ops.cos),
  tan: unary(ops.tan),
  asin: unary(ops.asin),
  acos: unary(ops.acos),
  atan: unary(ops.atan),
  sinh: unary(ops.sinh),
  cosh: unary(ops.cosh),
  tanh: unary(ops.tanh),
  asinh: unary(ops.asinh),
  acosh: unary(ops.acosh),
  atanh: unary(ops.atanh),
  abs: unary(ops.abs),
  sigmoid: unary(ops.sigmoid),
  softplus: unary(ops.softplus),
  relu: unary(ops.relu),
  erf: unary(ops.erf),
  erfc: unary(ops.erfc),
};

/** Functions of two arguments, by name, with how many arguments each accepts. */
export const BINARY_FUNCTIONS: Readonly<Record<string, { op: BinaryOp; variadic: boolean }>> = {
  atan2: { op: binary(ops.atan2), variadic: false },
  pow: { op: binary(ops.pow), variadic: false },
  // hypot, min and max are associative, so f(a, b, c) folds as f(f(a, b), c), as Math's do.
  hypot: { op: binary(ops.hypot), variadic: true },
  min: { op: binary(ops.min), variadic: true },
  max: { op: binary(ops.max), variadic: true },
};

/** The operators, each mapped onto its functional op. */
export const OPERATORS: Readonly<Record<string, BinaryOp>> = {
  '+': binary(ops.add),
  '-': binary(ops.sub),
  '*': binary(ops.mul),
  '/': binary(ops.div),
  '^': binary(ops.pow),
};

/** Negation, for unary minus. */
export const NEGATE: UnaryOp = unary(ops.neg);

/** The named constants (π also as `pi`). */
export const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI,
  π: Math.PI,
  e: Math.E,
};

/** Every function name an expression may call, sorted. */
export const FUNCTION_NAMES: readonly string[] = [
  ...Object.keys(UNARY_FUNCTIONS),
  ...Object.keys(BINARY_FUNCTIONS),
].sort();

/** How a function is called, for error messages: `atan2(y, x)`, `max(a, b, ...)`. */
export function signatureOf(name: string): string {
  if (name in UNARY_FUNCTIONS) return `${name}(x)`;
  if (name === 'atan2') return 'atan2(y, x)';
  if (name === 'pow') return 'pow(x, y)';
  return `${name}(a, b, ...)`;
}
