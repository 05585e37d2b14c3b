/**
 * Taylor numbers: a truncated univariate Taylor series c0 + c1·t + … + cd·t^d with normalized
 * coefficients c_k = f^(k)(x0)/k!. One sweep of f on x0 + t gives f(x0), f′(x0), …, f^(d)(x0)/d!.
 *
 * Every operation is one O(d²) recurrence from `taylor-series.ts` writing into one new array.
 * Scratch series that a recurrence needs (cos beside sin, 1 + tan² beside tan, …) live in one
 * module-level buffer: they never escape a call and recurrences call no user code, so sharing it
 * is safe and saves an allocation per operation.
 *
 * @module
 */
import { checkOrder } from '../errors.js';
import type { Liftable, Scalar } from '../scalar.js';
import { HAND_MADE, mergeTags } from '../tag.js';
import * as TS from '../taylor-series.js';
import { zeros } from '../zeros.js';
import { primitiveGuard } from './primitive.js';

/** Scratch for the recurrences (see the module comment); grown, never shrunk. */
let scratchBuffer: number[] = [];
/** A constant operand [c, 0, …, 0] for binary recurrences with a number on one side. */
let constantBuffer: number[] = [];

/** [c, 0, …, 0] of length n. */
function constantArray(c: number, n: number): number[] {
  const s = zeros(n);
  s[0] = c;
  return s;
}

function scratch(n: number): number[] {
  if (scratchBuffer.length < n) scratchBuffer = zeros(n);
  return scratchBuffer;
}

function constantSeries(c: number, n: number): number[] {
  if (constantBuffer.length < n) constantBuffer = zeros(n);
  const s = constantBuffer;
  s[0] = c;
  for (let k = 1; k < n; k++) s[k] = 0;
  return s;
}

/** @throws RangeError when two Taylor numbers of different orders meet. */
function orderMismatch(a: number, b: number): never {
  throw new RangeError(
    `forward-ad: cannot combine Taylor numbers of order ${a - 1} and ${b - 1}; ` +
      'both operands of a binary operation must have the same order',
  );
}

/**
 * A truncated Taylor series in one variable t: `coefficients[k]` = c_k, the coefficient of t^k,
 * which for a function of x0 + t is f^(k)(x0)/k!.
 *
 * The `taylor`, `maclaurin`, `derivatives` and `directionalTaylor` drivers seed and read them for
 * you; build one by hand to propagate a series through a function.
 *
 * @example
 * ```ts
 * import { Taylor } from 'forward-ad';
 * const x = Taylor.variable(0, 4); // 0 + t
 * x.exp().coefficients;            // [1, 1, 1/2, 1/6, 1/24]
 * ```
 */
export class Taylor implements Scalar<Taylor>, Liftable<Taylor> {
  /** c_0 … c_d. Treat as read-only: numbers share no mutable state. */
  readonly coefficients: readonly number[];
  /** The perturbation tag of the driver call that seeded it (≤ 0: made by hand). */
  readonly tag: number;

  /**
   * @param coefficients - c_0 … c_d (not copied; do not mutate it afterwards)
   * @param tag - perturbation tag; leave at its default for numbers made by hand
   * @throws RangeError when there are no coefficients (a series has at least c_0)
   */
  constructor(coefficients: readonly number[], tag: number = HAND_MADE.Taylor) {
    if (coefficients.length === 0) noCoefficients();
    this.coefficients = coefficients;
    this.tag = tag;
  }

  /**
   * The independent variable x0 + t truncated at `order`: [x0, 1, 0, …, 0].
   *
   * @param x0 - the centre
   * @param order - the truncation order d (d + 1 coefficients)
   * @param tag - perturbation tag (default 0)
   * @returns the seed series
   * @throws TypeError or RangeError unless order is a whole number ≥ 0
   * @example
   * ```ts
   * Taylor.variable(2, 3).coefficients; // [2, 1, 0, 0]
   * ```
   */
  static variable(x0: number, order: number, tag: number = HAND_MADE.Taylor): Taylor {
    checkOrder(order, 'order');
    const c = constantArray(x0, order + 1);
    if (order >= 1) c[1] = 1;
    return new Taylor(c, tag);
  }

  /**
   * The constant c as a series of the given order: [c, 0, …, 0].
   *
   * @param c - the constant
   * @param order - the truncation order d
   * @param tag - perturbation tag (default 0)
   * @returns the constant series
   * @throws TypeError or RangeError unless order is a whole number ≥ 0
   * @example
   * ```ts
   * Taylor.constant(5, 2).coefficients; // [5, 0, 0]
   * ```
   */
  static constant(c: number, order: number, tag: number = HAND_MADE.Taylor): Taylor {
    checkOrder(order, 'order');
    return new Taylor(constantArray(c, order + 1), tag);
  }

  /** The primal value c_0. */
  get value(): number {
    return this.coefficients[0];
  }

  /** The truncation order d. */
  get order(): number {
    return this.coefficients.length - 1;
  }

  lift(c: number): Taylor {
    return new Taylor(constantArray(c, this.coefficients.length), this.tag);
  }

  rpow(base: number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.rpow(base, a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  rdiv(c: number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.rdiv(c, a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  add(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    if (typeof b === 'number') {
      TS.addScalar(a, b, a.length - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== a.length) orderMismatch(a.length, b.coefficients.length);
    TS.add(a, b.coefficients, a.length - 1, out);
    return new Taylor(out, tag);
  }

  sub(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    if (typeof b === 'number') {
      TS.addScalar(a, -b, a.length - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== a.length) orderMismatch(a.length, b.coefficients.length);
    TS.sub(a, b.coefficients, a.length - 1, out);
    return new Taylor(out, tag);
  }

  mul(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    if (typeof b === 'number') {
      TS.mulScalar(a, b, a.length - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== a.length) orderMismatch(a.length, b.coefficients.length);
    TS.mul(a, b.coefficients, a.length - 1, out);
    return new Taylor(out, tag);
  }

  div(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    if (typeof b === 'number') {
      TS.divScalar(a, b, a.length - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== a.length) orderMismatch(a.length, b.coefficients.length);
    TS.div(a, b.coefficients, a.length - 1, out);
    return new Taylor(out, tag);
  }

  pow(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    if (typeof b === 'number') {
      TS.power(a, b, n - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== n) orderMismatch(n, b.coefficients.length);
    TS.pow(a, b.coefficients, n - 1, out, scratch(n));
    return new Taylor(out, tag);
  }

  atan2(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    if (typeof b === 'number') {
      TS.atan2(a, constantSeries(b, n), n - 1, out, scratch(n));
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== n) orderMismatch(n, b.coefficients.length);
    TS.atan2(a, b.coefficients, n - 1, out, scratch(n));
    return new Taylor(out, tag);
  }

  hypot(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    if (typeof b === 'number') {
      TS.hypot(a, constantSeries(b, n), n - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== n) orderMismatch(n, b.coefficients.length);
    TS.hypot(a, b.coefficients, n - 1, out);
    return new Taylor(out, tag);
  }

  min(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    if (typeof b === 'number') {
      TS.min(a, constantSeries(b, n), n - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== n) orderMismatch(n, b.coefficients.length);
    TS.min(a, b.coefficients, n - 1, out);
    return new Taylor(out, tag);
  }

  max(b: Taylor | number): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    if (typeof b === 'number') {
      TS.max(a, constantSeries(b, n), n - 1, out);
      return new Taylor(out, this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (b.coefficients.length !== n) orderMismatch(n, b.coefficients.length);
    TS.max(a, b.coefficients, n - 1, out);
    return new Taylor(out, tag);
  }

  neg(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.neg(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  sqrt(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.sqrt(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  cbrt(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.cbrt(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  exp(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.exp(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  expm1(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.expm1(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  log(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.log(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  log1p(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.log1p(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  log2(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.log2(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  log10(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.log10(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  sin(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.sin(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  cos(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.cos(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  tan(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.tan(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  asin(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.asin(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  acos(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.acos(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  atan(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.atan(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  sinh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.sinh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  cosh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.cosh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  tanh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.tanh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  asinh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.asinh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  acosh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.acosh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  atanh(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.atanh(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  abs(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.abs(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  sigmoid(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.sigmoid(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  softplus(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.softplus(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  relu(): Taylor {
    const a = this.coefficients;
    const out = zeros(a.length);
    TS.relu(a, a.length - 1, out);
    return new Taylor(out, this.tag);
  }

  erf(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.erf(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  erfc(): Taylor {
    const a = this.coefficients;
    const n = a.length;
    const out = zeros(n);
    TS.erfc(a, n - 1, out, scratch(n));
    return new Taylor(out, this.tag);
  }

  /** `Taylor([c0, c1, …])`. */
  toString(): string {
    return `Taylor([${this.coefficients.join(', ')}])`;
  }

  /** Refuses silent conversion to a number (`x > 0`, `x * 2`), which would drop the series. */
  [Symbol.toPrimitive](hint: string): string {
    return primitiveGuard(this, hint);
  }
}

/** The error for a series without coefficients; out of line, to keep the constructor small. */
function noCoefficients(): never {
  throw new RangeError('forward-ad: coefficients must hold at least c_0, got an empty array');
}
