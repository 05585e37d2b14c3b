/**
 * Dual numbers: a value and one tangent, a + bε with ε² = 0. One forward sweep gives f′(x), a
 * Jacobian column or J·v.
 *
 * @module
 */
import * as R from '../rules.js';
import type { Liftable, Scalar } from '../scalar.js';
import { HAND_MADE, mergeTags } from '../tag.js';
import { primitiveGuard } from './primitive.js';

/**
 * A dual number `value + tangent·ε` with ε² = 0.
 *
 * Every operation returns a new `Dual` whose tangent is the derivative of the result along the
 * seeded direction. Drivers seed and read them for you; build one by hand to differentiate
 * without a driver.
 *
 * @example
 * ```ts
 * import { Dual } from 'forward-ad';
 * const x = new Dual(2, 1);      // x = 2, dx = 1
 * const y = x.mul(x).sin();      // sin(x²)
 * y.value;   // sin(4)
 * y.tangent; // 4·cos(4)
 * ```
 */
export class Dual implements Scalar<Dual>, Liftable<Dual> {
  /** The primal value. */
  readonly value: number;
  /** The directional derivative carried along. */
  readonly tangent: number;
  /** The perturbation tag of the driver call that seeded it (≤ 0: made by hand). */
  readonly tag: number;

  /**
   * @param value - the primal value
   * @param tangent - the derivative along the seeded direction (default 0: a constant)
   * @param tag - perturbation tag; leave at its default for numbers made by hand
   */
  constructor(value: number, tangent = 0, tag: number = HAND_MADE.Dual) {
    this.value = value;
    this.tangent = tangent;
    // A small integer, like the tags drivers give: one field representation for every Dual.
    this.tag = tag | 0;
  }

  lift(c: number): Dual {
    return new DualRecord(c, 0, this.tag);
  }

  rpow(base: number): Dual {
    const x = this.value;
    const fx = R.pow.f(base, x);
    return new DualRecord(fx, this.tangent * R.pow.db(base, x, fx), this.tag);
  }

  rdiv(c: number): Dual {
    const x = this.value;
    const q = R.div.f(c, x);
    return new DualRecord(q, this.tangent * R.div.db(c, x, q), this.tag);
  }

  add(b: Dual | number): Dual {
    return typeof b === 'number' ? this.addNumber(b) : this.addDual(b);
  }

  private addNumber(b: number): Dual {
    return new DualRecord(this.value + b, this.tangent, this.tag);
  }

  private addDual(b: Dual): Dual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new DualRecord(this.value + b.value, this.tangent + b.tangent, tag);
  }

  sub(b: Dual | number): Dual {
    return typeof b === 'number' ? this.subNumber(b) : this.subDual(b);
  }

  private subNumber(b: number): Dual {
    return new DualRecord(this.value - b, this.tangent, this.tag);
  }

  private subDual(b: Dual): Dual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new DualRecord(this.value - b.value, this.tangent - b.tangent, tag);
  }

  mul(b: Dual | number): Dual {
    return typeof b === 'number' ? this.mulNumber(b) : this.mulDual(b);
  }

  private mulNumber(b: number): Dual {
    return new DualRecord(this.value * b, this.tangent * b, this.tag);
  }

  private mulDual(b: Dual): Dual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new DualRecord(
      this.value * b.value,
      b.value * this.tangent + this.value * b.tangent,
      tag,
    );
  }

  div(b: Dual | number): Dual {
    return typeof b === 'number' ? this.divNumber(b) : this.divDual(b);
  }

  private divNumber(b: number): Dual {
    return new DualRecord(this.value / b, this.tangent / b, this.tag);
  }

  private divDual(b: Dual): Dual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const q = this.value / y;
    return new DualRecord(q, this.tangent / y - (q / y) * b.tangent, tag);
  }

  pow(b: Dual | number): Dual {
    const x = this.value;
    if (typeof b === 'number') {
      const fx = R.power.f(x, b);
      return new DualRecord(fx, this.tangent * R.power.d1(x, b, fx), this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.pow.f(x, y);
    // A side with no perturbation contributes nothing, even where its partial is ±∞ or NaN.
    const ta = this.tangent;
    const tb = b.tangent;
    const t = (ta === 0 ? 0 : R.pow.da(x, y, f) * ta) + (tb === 0 ? 0 : R.pow.db(x, y, f) * tb);
    return new DualRecord(f, t, tag);
  }

  atan2(b: Dual | number): Dual {
    const y = this.value;
    if (typeof b === 'number') {
      const f = R.atan2.f(y, b);
      return new DualRecord(f, this.tangent * R.atan2.da(y, b, f), this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = b.value;
    const f = R.atan2.f(y, x);
    return new DualRecord(
      f,
      R.atan2.da(y, x, f) * this.tangent + R.atan2.db(y, x, f) * b.tangent,
      tag,
    );
  }

  hypot(b: Dual | number): Dual {
    const x = this.value;
    if (typeof b === 'number') {
      const f = R.hypot.f(x, b);
      return new DualRecord(f, this.tangent * R.hypot.da(x, b, f), this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.hypot.f(x, y);
    return new DualRecord(
      f,
      R.hypot.da(x, y, f) * this.tangent + R.hypot.db(x, y, f) * b.tangent,
      tag,
    );
  }

  min(b: Dual | number): Dual {
    return this.select(R.minWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  max(b: Dual | number): Dual {
    return this.select(R.maxWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  /** this when w = 1, b when w = 0, their average at a tie (w = ½), NaN when w is NaN. */
  private select(w: number, b: Dual | number): Dual {
    if (typeof b === 'number') b = this.lift(b);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (w === 1) return new DualRecord(this.value, this.tangent, tag);
    if (w === 0) return new DualRecord(b.value, b.tangent, tag);
    if (w === 0.5) return new DualRecord(this.value, 0.5 * this.tangent + 0.5 * b.tangent, tag);
    return new DualRecord(Number.NaN, Number.NaN, tag);
  }

  neg(): Dual {
    return new DualRecord(-this.value, -this.tangent, this.tag);
  }

  sqrt(): Dual {
    const r = R.sqrt;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  cbrt(): Dual {
    const r = R.cbrt;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  exp(): Dual {
    const r = R.exp;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  expm1(): Dual {
    const r = R.expm1;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  log(): Dual {
    const r = R.log;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  log1p(): Dual {
    const r = R.log1p;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  log2(): Dual {
    const r = R.log2;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  log10(): Dual {
    const r = R.log10;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  sin(): Dual {
    const r = R.sin;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  cos(): Dual {
    const r = R.cos;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  tan(): Dual {
    const r = R.tan;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  asin(): Dual {
    const r = R.asin;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  acos(): Dual {
    const r = R.acos;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  atan(): Dual {
    const r = R.atan;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  sinh(): Dual {
    const r = R.sinh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  cosh(): Dual {
    const r = R.cosh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  tanh(): Dual {
    const r = R.tanh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  asinh(): Dual {
    const r = R.asinh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  acosh(): Dual {
    const r = R.acosh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  atanh(): Dual {
    const r = R.atanh;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  abs(): Dual {
    const r = R.abs;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  sigmoid(): Dual {
    const r = R.sigmoid;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  softplus(): Dual {
    const r = R.softplus;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  relu(): Dual {
    const r = R.relu;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  erf(): Dual {
    const r = R.erf;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  erfc(): Dual {
    const r = R.erfc;
    const x = this.value;
    const fx = r.f(x);
    return new DualRecord(fx, this.tangent * r.d1(x, fx), this.tag);
  }

  /** `Dual(value, tangent)`. */
  toString(): string {
    return `Dual(${this.value}, ${this.tangent})`;
  }

  /** Refuses silent conversion to a number (`x > 0`, `x * 2`), which would drop the tangent. */
  [Symbol.toPrimitive](hint: string): string {
    return primitiveGuard(this, hint);
  }
}

/**
 * How every operation and driver makes a Dual: the same prototype as {@link Dual} (so
 * `instanceof Dual` holds), but all three fields are given and stored as they are. Its 20 bytes of
 * bytecode are under V8's always-inline size (27), so it is inlined wherever an operation is, free
 * of the cumulative inlining budget that decides whether a user's function is inlined whole and its
 * intermediate Duals never allocated (docs/performance.md). The public constructor's defaults
 * would put it over that size.
 *
 * @internal
 */
export const DualRecord = function DualRecord(
  this: { value: number; tangent: number; tag: number },
  value: number,
  tangent: number,
  tag: number,
) {
  this.value = value;
  this.tangent = tangent;
  this.tag = tag;
} as unknown as new (
  value: number,
  tangent: number,
  tag: number,
) => Dual;
DualRecord.prototype = Dual.prototype;
