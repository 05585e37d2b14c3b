/**
 * Argument checks shared by the drivers: each names the argument and what was expected, and
 * throws `TypeError` for the wrong kind of thing and `RangeError` for a wrong length or range.
 *
 * @module
 */
import { perturbationConfusion } from './tag.js';

/** How a value reads in an error message: "a string", "undefined", "an array of length 3". */
export function describe(x: unknown): string {
  if (x === undefined) return 'undefined';
  if (x === null) return 'null';
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  if (typeof x === 'object') {
    const name = (x as object).constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  if (typeof x === 'number') return `the number ${x}`;
  return `a ${typeof x}`;
}

// The checks below run on every driver call and V8 inlines them into the caller, where their
// bytecode counts against its inlining budget (about 900 bytes for everything inlined into one
// function). Building the error message out of line keeps each check a few bytes, leaving that
// budget to the user's function and its number operations, whose allocations V8 removes only
// when they are inlined.

/** @throws TypeError unless f is a function. */
export function checkFunction(f: unknown, name?: string): void {
  if (typeof f !== 'function') notA('a function', f, name ?? 'f');
}

/** @throws TypeError unless x is a number. */
export function checkNumber(x: unknown, name: string): asserts x is number {
  if (typeof x !== 'number') notA('a number', x, name);
}

/**
 * checkFunction(f) and checkNumber(x, name): the scalar drivers call it only when a `typeof` test
 * of theirs fails, so that their inlined fast path holds no call at all.
 */
export function checkFunctionAndNumber(f: unknown, x: unknown, name: string): void {
  checkFunction(f);
  checkNumber(x, name);
}

/** Throws the TypeError of a failed kind check. */
function notA(kind: string, x: unknown, name: string): never {
  throw new TypeError(`forward-ad: ${name} must be ${kind}, got ${describe(x)}`);
}

/** @throws TypeError unless x is a finite number. */
export function checkFinite(x: unknown, name: string): asserts x is number {
  checkNumber(x, name);
  if (!Number.isFinite(x)) {
    throw new RangeError(`forward-ad: ${name} must be a finite number, got ${x}`);
  }
}

/** @throws TypeError or RangeError unless n is a whole number ≥ 0. */
export function checkOrder(n: unknown, name: string): asserts n is number {
  checkNumber(n, name);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`forward-ad: ${name} must be a whole number ≥ 0, got ${n}`);
  }
}

/**
 * A copy of an `ArrayLike<number>` as a plain array.
 *
 * @throws TypeError when x is not array-like or holds a non-number.
 */
export function toVector(x: unknown, name: string): number[] {
  if (typeof x !== 'object' || x === null || typeof (x as ArrayLike<unknown>).length !== 'number') {
    throw new TypeError(
      `forward-ad: ${name} must be an array of numbers (ArrayLike<number>), got ${describe(x)}`,
    );
  }
  const a = x as ArrayLike<unknown>;
  const n = a.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (typeof v !== 'number') {
      throw new TypeError(`forward-ad: ${name}[${i}] must be a number, got ${describe(v)}`);
    }
    out[i] = v;
  }
  return out;
}

/** @throws RangeError unless v has length n. */
export function checkLength(v: ArrayLike<unknown>, n: number, name: string, of: string): void {
  if (v.length !== n) {
    throw new RangeError(
      `forward-ad: ${name} must have the same length as ${of} (${n}), got length ${v.length}`,
    );
  }
}

/** A number type's constructor, for output checks. */
export type NumberType<T> = abstract new (...args: never[]) => T;

/**
 * Checks one output of the user's function: a plain number (a constant) or a number of the
 * driver's type and tag. A hand-made number (tag ≤ 0) never met the seeds, so it is a constant too.
 *
 * @param output - the index of the output, for a vector function's
 * @returns the number type instance, or null when the output is a constant (then `y` is its value)
 * @throws TypeError for anything else, Error for a number of another driver call.
 */
export function checkOutput<T extends { readonly tag: number; readonly value: number }>(
  y: unknown,
  type: NumberType<T>,
  tag: number,
  what: string,
  output?: number,
): T | null {
  if (typeof y === 'number') return null;
  if (y instanceof type) {
    if (y.tag !== tag && y.tag > 0) throw perturbationConfusion(tag, y.tag);
    return y.tag <= 0 ? null : y;
  }
  const hint = Array.isArray(y)
    ? ' (a vector: use jacobian or jvp for vector-valued functions)'
    : '';
  throw new TypeError(
    `forward-ad: ${outputName(what, output)} must return a number or a ${type.name}, got ` +
      `${describe(y)}${hint}`,
  );
}

/**
 * "f", or "f (output 2)" for one output of a vector function. The drivers pass the output index
 * and let the message be built here, on failure only, rather than a string per output per sweep.
 */
export function outputName(what: string, output?: number): string {
  return output === undefined ? what : `${what} (output ${output})`;
}

/**
 * Checks that a vector function returned an array.
 *
 * @throws TypeError when it did not.
 */
export function checkVectorOutput(y: unknown, what: string): asserts y is readonly unknown[] {
  if (!Array.isArray(y)) {
    throw new TypeError(
      `forward-ad: ${what} must return an array (a vector function), got ${describe(y)}`,
    );
  }
}
