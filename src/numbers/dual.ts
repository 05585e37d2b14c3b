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
    this.tag = tag;
  }

  /** A result with value fx whose derivative with respect to this is d1 (chain rule). */
  private chain(fx: number, d1: number): Dual {
    return new Dual(fx, this.tangent * d1, this.tag);
  }

  lift(c: number): Dual {
    return new Dual(c, 0, this.tag);
  }

  rpow(base: number): Dual {
    const x = this.value;
    const fx = R.pow.f(base, x);
    return this.chain(fx, R.pow.db(base, x, fx));
  }

  add(b: Dual | number): Dual {
    if (typeof b === 'number') return new Dual(this.value + b, this.tangent, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new Dual(this.value + b.value, this.tangent + b.tangent, tag);
  }

  sub(b: Dual | number): Dual {
    if (typeof b === 'number') return new Dual(this.value - b, this.tangent, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new Dual(this.value - b.value, this.tangent - b.tangent, tag);
  }

  mul(b: Dual | number): Dual {
    if (typeof b === 'number') return new Dual(this.value * b, this.tangent * b, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.mul.f(x, y);
    return new Dual(f, R.mul.da(x, y, f) * this.tangent + R.mul.db(x, y, f) * b.tangent, tag);
  }

  div(b: Dual | number): Dual {
    if (typeof b === 'number') return new Dual(this.value / b, this.tangent / b, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.div.f(x, y);
    return new Dual(f, R.div.da(x, y, f) * this.tangent + R.div.db(x, y, f) * b.tangent, tag);
  }

  pow(b: Dual | number): Dual {
    const x = this.value;
    if (typeof b === 'number') {
      const fx = R.power.f(x, b);
      return this.chain(fx, R.power.d1(x, b, fx));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.pow.f(x, y);
    // A side with no perturbation contributes nothing, even where its partial is ±∞ or NaN.
    const ta = this.tangent;
    const tb = b.tangent;
    const t = (ta === 0 ? 0 : R.pow.da(x, y, f) * ta) + (tb === 0 ? 0 : R.pow.db(x, y, f) * tb);
    return new Dual(f, t, tag);
  }

  atan2(b: Dual | number): Dual {
    const y = this.value;
    if (typeof b === 'number') {
      const f = R.atan2.f(y, b);
      return this.chain(f, R.atan2.da(y, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = b.value;
    const f = R.atan2.f(y, x);
    return new Dual(f, R.atan2.da(y, x, f) * this.tangent + R.atan2.db(y, x, f) * b.tangent, tag);
  }

  hypot(b: Dual | number): Dual {
    const x = this.value;
    if (typeof b === 'number') {
      const f = R.hypot.f(x, b);
      return this.chain(f, R.hypot.da(x, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.hypot.f(x, y);
    return new Dual(f, R.hypot.da(x, y, f) * this.tangent + R.hypot.db(x, y, f) * b.tangent, tag);
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
    if (w === 1) return new Dual(this.value, this.tangent, tag);
    if (w === 0) return new Dual(b.value, b.tangent, tag);
    if (w === 0.5) return new Dual(this.value, 0.5 * this.tangent + 0.5 * b.tangent, tag);
    return new Dual(Number.NaN, Number.NaN, tag);
  }

  neg(): Dual {
    return new Dual(-this.value, -this.tangent, this.tag);
  }

  sqrt(): Dual {
    const x = this.value;
    const fx = R.sqrt.f(x);
    return this.chain(fx, R.sqrt.d1(x, fx));
  }

  cbrt(): Dual {
    const x = this.value;
    const fx = R.cbrt.f(x);
    return this.chain(fx, R.cbrt.d1(x, fx));
  }

  exp(): Dual {
    const x = this.value;
    const fx = R.exp.f(x);
    return this.chain(fx, R.exp.d1(x, fx));
  }

  expm1(): Dual {
    const x = this.value;
    const fx = R.expm1.f(x);
    return this.chain(fx, R.expm1.d1(x, fx));
  }

  log(): Dual {
    const x = this.value;
    const fx = R.log.f(x);
    return this.chain(fx, R.log.d1(x, fx));
  }

  log1p(): Dual {
    const x = this.value;
    const fx = R.log1p.f(x);
    return this.chain(fx, R.log1p.d1(x, fx));
  }

  log2(): Dual {
    const x = this.value;
    const fx = R.log2.f(x);
    return this.chain(fx, R.log2.d1(x, fx));
  }

  log10(): Dual {
    const x = this.value;
    const fx = R.log10.f(x);
    return this.chain(fx, R.log10.d1(x, fx));
  }

  sin(): Dual {
    const x = this.value;
    const fx = R.sin.f(x);
    return this.chain(fx, R.sin.d1(x, fx));
  }

  cos(): Dual {
    const x = this.value;
    const fx = R.cos.f(x);
    return this.chain(fx, R.cos.d1(x, fx));
  }

  tan(): Dual {
    const x = this.value;
    const fx = R.tan.f(x);
    return this.chain(fx, R.tan.d1(x, fx));
  }

  asin(): Dual {
    const x = this.value;
    const fx = R.asin.f(x);
    return this.chain(fx, R.asin.d1(x, fx));
  }

  acos(): Dual {
    const x = this.value;
    const fx = R.acos.f(x);
    return this.chain(fx, R.acos.d1(x, fx));
  }

  atan(): Dual {
    const x = this.value;
    const fx = R.atan.f(x);
    return this.chain(fx, R.atan.d1(x, fx));
  }

  sinh(): Dual {
    const x = this.value;
    const fx = R.sinh.f(x);
    return this.chain(fx, R.sinh.d1(x, fx));
  }

  cosh(): Dual {
    const x = this.value;
    const fx = R.cosh.f(x);
    return this.chain(fx, R.cosh.d1(x, fx));
  }

  tanh(): Dual {
    const x = this.value;
    const fx = R.tanh.f(x);
    return this.chain(fx, R.tanh.d1(x, fx));
  }

  asinh(): Dual {
    const x = this.value;
    const fx = R.asinh.f(x);
    return this.chain(fx, R.asinh.d1(x, fx));
  }

  acosh(): Dual {
    const x = this.value;
    const fx = R.acosh.f(x);
    return this.chain(fx, R.acosh.d1(x, fx));
  }

  atanh(): Dual {
    const x = this.value;
    const fx = R.atanh.f(x);
    return this.chain(fx, R.atanh.d1(x, fx));
  }

  abs(): Dual {
    const x = this.value;
    const fx = R.abs.f(x);
    return this.chain(fx, R.abs.d1(x, fx));
  }

  sigmoid(): Dual {
    const x = this.value;
    const fx = R.sigmoid.f(x);
    return this.chain(fx, R.sigmoid.d1(x, fx));
  }

  softplus(): Dual {
    const x = this.value;
    const fx = R.softplus.f(x);
    return this.chain(fx, R.softplus.d1(x, fx));
  }

  relu(): Dual {
    const x = this.value;
    const fx = R.relu.f(x);
    return this.chain(fx, R.relu.d1(x, fx));
  }

  erf(): Dual {
    const x = this.value;
    const fx = R.erf.f(x);
    return this.chain(fx, R.erf.d1(x, fx));
  }

  erfc(): Dual {
    const x = this.value;
    const fx = R.erfc.f(x);
    return this.chain(fx, R.erfc.d1(x, fx));
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
