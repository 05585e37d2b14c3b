/**
 * Hyper-dual numbers: value + e1·ε1 + e2·ε2 + e12·ε1ε2 with ε1² = ε2² = 0 and ε1ε2 ≠ 0
 * (Fike & Alonso, 2011). Seeding ε1 along u and ε2 along v makes e12 the exact second directional
 * derivative uᵀ·H·v in one sweep, free of the step-size error of finite differences.
 *
 * Every rule comes from the rule table (`rules.ts`): a unary f maps the parts to
 * (f, e1·f′, e2·f′, e12·f′ + e1·e2·f″), and a binary f(a, b) uses its five partials.
 *
 * @module
 */
import * as R from '../rules.js';
import type { Liftable, Scalar } from '../scalar.js';
import { HAND_MADE, mergeTags } from '../tag.js';
import { primitiveGuard } from './primitive.js';

/** The tag of a HyperDual made by hand. */
const HAND_MADE_TAG = HAND_MADE.HyperDual;

/** c·p, but 0 when p is 0: a side with no perturbation adds nothing, even where c is ±∞ or NaN. */
function guardedTerm(c: number, p: number): number {
  return p === 0 ? 0 : c * p;
}

/**
 * A hyper-dual number `value + e1·ε1 + e2·ε2 + e12·ε1ε2`, with ε1² = ε2² = 0.
 *
 * Seeding x with e1 = u, e2 = v (and e12 = 0) makes, after any computation, `e1` the derivative
 * along u, `e2` the derivative along v and `e12` the exact second derivative uᵀ·H·v. The
 * `secondDerivative`, `hessian` and `hvp` drivers seed and read them for you.
 *
 * @example
 * ```ts
 * import { HyperDual } from 'forward-ad';
 * const x = new HyperDual(2, 1, 1);  // x = 2, seeded along ε1 and ε2
 * const y = x.mul(x).mul(x);         // x³
 * y.e1;  // 12 = 3x²
 * y.e12; // 12 = 6x
 * ```
 */
export class HyperDual implements Scalar<HyperDual>, Liftable<HyperDual> {
  /** The primal value. */
  declare readonly value: number;
  /** The derivative along the ε1 seed direction. */
  declare readonly e1: number;
  /** The derivative along the ε2 seed direction. */
  declare readonly e2: number;
  /** The mixed second derivative along the ε1 and ε2 seed directions. */
  declare readonly e12: number;
  /** The perturbation tag of the driver call that seeded it (≤ 0: made by hand). */
  declare readonly tag: number;

  /**
   * @param value - the primal value
   * @param e1 - the ε1 part (0 for a constant)
   * @param e2 - the ε2 part (0 for a constant)
   * @param e12 - the ε1ε2 part (default 0)
   * @param tag - perturbation tag; leave it out for numbers made by hand
   */
  constructor(value: number, e1: number, e2: number, e12?: number, tag?: number) {
    // Few bytecodes on purpose (no default parameters): V8 inlines this into every operation,
    // and every inlined byte counts against the budget that decides whether a user's function is
    // inlined whole, which is what lets V8 drop its intermediate HyperDuals.
    this.value = value;
    this.e1 = e1;
    this.e2 = e2;
    this.e12 = e12 ?? 0;
    this.tag = tag ?? HAND_MADE_TAG;
  }

  /** A result f(this) with value fx, f′ = d1 and f″ = d2 (the second-order chain rule). */
  private chain(fx: number, d1: number, d2: number): HyperDual {
    const e1 = this.e1;
    const e2 = this.e2;
    return new HyperDualRecord(fx, e1 * d1, e2 * d1, this.e12 * d1 + e1 * e2 * d2, this.tag);
  }

  /** A result f(this, b) with value f and the five partials of f (the binary chain rule). */
  private combine(
    b: HyperDual,
    tag: number,
    f: number,
    da: number,
    db: number,
    daa: number,
    dab: number,
    dbb: number,
  ): HyperDual {
    const a1 = this.e1;
    const a2 = this.e2;
    const b1 = b.e1;
    const b2 = b.e2;
    return new HyperDualRecord(
      f,
      da * a1 + db * b1,
      da * a2 + db * b2,
      da * this.e12 + db * b.e12 + daa * a1 * a2 + dab * (a1 * b2 + a2 * b1) + dbb * b1 * b2,
      tag,
    );
  }

  lift(c: number): HyperDual {
    return new HyperDualRecord(c, 0, 0, 0, this.tag);
  }

  rpow(base: number): HyperDual {
    const x = this.value;
    const fx = R.pow.f(base, x);
    return this.chain(fx, R.pow.db(base, x, fx), R.pow.dbb(base, x, fx));
  }

  rdiv(c: number): HyperDual {
    const x = this.value;
    const q = R.div.f(c, x);
    return this.chain(q, R.div.db(c, x, q), R.div.dbb(c, x, q));
  }

  add(b: HyperDual | number): HyperDual {
    return typeof b === 'number' ? this.addNumber(b) : this.addHyperDual(b);
  }

  private addNumber(b: number): HyperDual {
    return new HyperDualRecord(this.value + b, this.e1, this.e2, this.e12, this.tag);
  }

  private addHyperDual(b: HyperDual): HyperDual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new HyperDualRecord(
      this.value + b.value,
      this.e1 + b.e1,
      this.e2 + b.e2,
      this.e12 + b.e12,
      tag,
    );
  }

  sub(b: HyperDual | number): HyperDual {
    return typeof b === 'number' ? this.subNumber(b) : this.subHyperDual(b);
  }

  private subNumber(b: number): HyperDual {
    return new HyperDualRecord(this.value - b, this.e1, this.e2, this.e12, this.tag);
  }

  private subHyperDual(b: HyperDual): HyperDual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new HyperDualRecord(
      this.value - b.value,
      this.e1 - b.e1,
      this.e2 - b.e2,
      this.e12 - b.e12,
      tag,
    );
  }

  mul(b: HyperDual | number): HyperDual {
    return typeof b === 'number' ? this.mulNumber(b) : this.mulHyperDual(b);
  }

  private mulNumber(b: number): HyperDual {
    return new HyperDualRecord(this.value * b, this.e1 * b, this.e2 * b, this.e12 * b, this.tag);
  }

  private mulHyperDual(b: HyperDual): HyperDual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const a1 = this.e1;
    const a2 = this.e2;
    const b1 = b.e1;
    const b2 = b.e2;
    return new HyperDualRecord(
      x * y,
      y * a1 + x * b1,
      y * a2 + x * b2,
      y * this.e12 + x * b.e12 + (a1 * b2 + a2 * b1),
      tag,
    );
  }

  div(b: HyperDual | number): HyperDual {
    return typeof b === 'number' ? this.divNumber(b) : this.divHyperDual(b);
  }

  private divNumber(b: number): HyperDual {
    return new HyperDualRecord(this.value / b, this.e1 / b, this.e2 / b, this.e12 / b, this.tag);
  }

  private divHyperDual(b: HyperDual): HyperDual {
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    // The rule table's partials, as Jet2 takes them: a quotient's Hessian is then the same to
    // the last bit whichever hessian method computes it.
    const r = R.div;
    const x = this.value;
    const y = b.value;
    const q = r.f(x, y);
    return this.combine(
      b,
      tag,
      q,
      r.da(x, y, q),
      r.db(x, y, q),
      r.daa(x, y, q),
      r.dab(x, y, q),
      r.dbb(x, y, q),
    );
  }

  pow(b: HyperDual | number): HyperDual {
    const x = this.value;
    if (typeof b === 'number') {
      const fx = R.power.f(x, b);
      return this.chain(fx, R.power.d1(x, b, fx), R.power.d2(x, b, fx));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.pow.f(x, y);
    // A side with no perturbation contributes nothing, even where its partials are ±∞ or NaN
    // (x^y at x < 0 with a constant integer y, or at x = 0): each term is guarded on its factor.
    const a1 = this.e1;
    const a2 = this.e2;
    const b1 = b.e1;
    const b2 = b.e2;
    const da = R.pow.da(x, y, f);
    const db = R.pow.db(x, y, f);
    return new HyperDualRecord(
      f,
      guardedTerm(da, a1) + guardedTerm(db, b1),
      guardedTerm(da, a2) + guardedTerm(db, b2),
      guardedTerm(da, this.e12) +
        guardedTerm(db, b.e12) +
        guardedTerm(R.pow.daa(x, y, f), a1 * a2) +
        guardedTerm(R.pow.dab(x, y, f), a1 * b2 + a2 * b1) +
        guardedTerm(R.pow.dbb(x, y, f), b1 * b2),
      tag,
    );
  }

  atan2(b: HyperDual | number): HyperDual {
    const y = this.value;
    if (typeof b === 'number') {
      const f = R.atan2.f(y, b);
      return this.chain(f, R.atan2.da(y, b, f), R.atan2.daa(y, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = b.value;
    const f = R.atan2.f(y, x);
    return this.combine(
      b,
      tag,
      f,
      R.atan2.da(y, x, f),
      R.atan2.db(y, x, f),
      R.atan2.daa(y, x, f),
      R.atan2.dab(y, x, f),
      R.atan2.dbb(y, x, f),
    );
  }

  hypot(b: HyperDual | number): HyperDual {
    const x = this.value;
    if (typeof b === 'number') {
      const f = R.hypot.f(x, b);
      return this.chain(f, R.hypot.da(x, b, f), R.hypot.daa(x, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.hypot.f(x, y);
    return this.combine(
      b,
      tag,
      f,
      R.hypot.da(x, y, f),
      R.hypot.db(x, y, f),
      R.hypot.daa(x, y, f),
      R.hypot.dab(x, y, f),
      R.hypot.dbb(x, y, f),
    );
  }

  min(b: HyperDual | number): HyperDual {
    return this.select(R.minWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  max(b: HyperDual | number): HyperDual {
    return this.select(R.maxWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  /** this when w = 1, b when w = 0, their average at a tie (w = ½), NaN when w is NaN. */
  private select(w: number, b: HyperDual | number): HyperDual {
    if (typeof b === 'number') b = this.lift(b);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (w === 1) return new HyperDualRecord(this.value, this.e1, this.e2, this.e12, tag);
    if (w === 0) return new HyperDualRecord(b.value, b.e1, b.e2, b.e12, tag);
    if (w === 0.5) {
      return new HyperDualRecord(
        this.value,
        0.5 * this.e1 + 0.5 * b.e1,
        0.5 * this.e2 + 0.5 * b.e2,
        0.5 * this.e12 + 0.5 * b.e12,
        tag,
      );
    }
    return new HyperDualRecord(Number.NaN, Number.NaN, Number.NaN, Number.NaN, tag);
  }

  neg(): HyperDual {
    return new HyperDualRecord(-this.value, -this.e1, -this.e2, -this.e12, this.tag);
  }

  sqrt(): HyperDual {
    const r = R.sqrt;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  cbrt(): HyperDual {
    const r = R.cbrt;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  exp(): HyperDual {
    const r = R.exp;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  expm1(): HyperDual {
    const r = R.expm1;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  log(): HyperDual {
    const r = R.log;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  log1p(): HyperDual {
    const r = R.log1p;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  log2(): HyperDual {
    const r = R.log2;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  log10(): HyperDual {
    const r = R.log10;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  sin(): HyperDual {
    const r = R.sin;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  cos(): HyperDual {
    const r = R.cos;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  tan(): HyperDual {
    const r = R.tan;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  asin(): HyperDual {
    const r = R.asin;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  acos(): HyperDual {
    const r = R.acos;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  atan(): HyperDual {
    const r = R.atan;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  sinh(): HyperDual {
    const r = R.sinh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  cosh(): HyperDual {
    const r = R.cosh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  tanh(): HyperDual {
    const r = R.tanh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  asinh(): HyperDual {
    const r = R.asinh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  acosh(): HyperDual {
    const r = R.acosh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  atanh(): HyperDual {
    const r = R.atanh;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  abs(): HyperDual {
    const r = R.abs;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  sigmoid(): HyperDual {
    const r = R.sigmoid;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  softplus(): HyperDual {
    const r = R.softplus;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  relu(): HyperDual {
    const r = R.relu;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  erf(): HyperDual {
    const r = R.erf;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  erfc(): HyperDual {
    const r = R.erfc;
    const x = this.value;
    const fx = r.f(x);
    const d1 = r.d1(x, fx);
    return this.chain(fx, d1, r.d2(x, fx, d1));
  }

  /** `HyperDual(value, e1, e2, e12)`. */
  toString(): string {
    return `HyperDual(${this.value}, ${this.e1}, ${this.e2}, ${this.e12})`;
  }

  /** Refuses silent conversion to a number (`x > 0`, `x * 2`), which would drop the parts. */
  [Symbol.toPrimitive](hint: string): string {
    return primitiveGuard(this, hint);
  }
}

/**
 * How every operation makes a HyperDual: the same prototype as {@link HyperDual} (so
 * `instanceof HyperDual` holds), with all five fields given and stored as they are. It is 32 bytes
 * of bytecode where the public constructor, with its defaults, is 49; every operation inlined into
 * a user's function pays it against V8's cumulative inlining budget (docs/performance.md).
 *
 * @internal
 */
export const HyperDualRecord = function HyperDualRecord(
  this: { value: number; e1: number; e2: number; e12: number; tag: number },
  value: number,
  e1: number,
  e2: number,
  e12: number,
  tag: number,
) {
  this.value = value;
  this.e1 = e1;
  this.e2 = e2;
  this.e12 = e12;
  this.tag = tag;
} as unknown as new (
  value: number,
  e1: number,
  e2: number,
  e12: number,
  tag: number,
) => HyperDual;
HyperDualRecord.prototype = HyperDual.prototype;
