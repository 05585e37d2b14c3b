/**
 * Multi-tangent dual numbers: a value and k tangents, for k Jacobian columns (a gradient chunk) in
 * one sweep, as ForwardDiff.jl's chunk mode.
 *
 * Storage is a plain `number[]` per number: measured on Node 20, allocating a `Float64Array` per
 * operation cost about 5× a plain array of the same length (see bench/).
 *
 * @module
 */
import * as R from '../rules.js';
import type { Liftable, Scalar } from '../scalar.js';
import { HAND_MADE, mergeTags } from '../tag.js';
import { zeros } from '../zeros.js';
import { primitiveGuard } from './primitive.js';

/** t·d, elementwise, in a new array. */
function scale(t: readonly number[], d: number): number[] {
  const n = t.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = t[i] * d;
  return out;
}

/** t/d, elementwise, in a new array (t·(1/d) would round 1/d first and overflow for tiny d). */
function divide(t: readonly number[], d: number): number[] {
  const n = t.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = t[i] / d;
  return out;
}

/** da·ta + db·tb, elementwise, in a new array. */
function combine(da: number, ta: readonly number[], db: number, tb: readonly number[]): number[] {
  const n = ta.length;
  if (tb.length !== n) {
    throw new RangeError(
      `forward-ad: cannot combine MultiDuals with ${n} and ${tb.length} tangents`,
    );
  }
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = da * ta[i] + db * tb[i];
  return out;
}

/** Like {@link combine}, but a side whose partial is ±∞ or NaN and whose tangent is 0 adds 0. */
function combineGuarded(
  da: number,
  ta: readonly number[],
  db: number,
  tb: readonly number[],
): number[] {
  const n = ta.length;
  if (tb.length !== n) return combine(da, ta, db, tb);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const a = ta[i];
    const b = tb[i];
    out[i] = (a === 0 ? 0 : da * a) + (b === 0 ? 0 : db * b);
  }
  return out;
}

/**
 * A dual number with k tangents: `value + Σ tangents[i]·εᵢ`, εᵢεⱼ = 0.
 *
 * Seeding input j with the unit vector eⱼ (within a chunk) makes `tangents` the gradient chunk.
 * The `gradient` and `jacobian` drivers do this for you.
 *
 * @example
 * ```ts
 * import { MultiDual } from 'forward-ad';
 * const x = new MultiDual(1, [1, 0]);
 * const y = new MultiDual(2, [0, 1]);
 * x.mul(y).tangents; // [2, 1] = ∇(xy) at (1, 2)
 * ```
 */
export class MultiDual implements Scalar<MultiDual>, Liftable<MultiDual> {
  /** The primal value. */
  readonly value: number;
  /** The k directional derivatives. Treat as read-only: numbers share no mutable state. */
  readonly tangents: readonly number[];
  /** The perturbation tag of the driver call that seeded it (≤ 0: made by hand). */
  readonly tag: number;

  /**
   * @param value - the primal value
   * @param tangents - the k directional derivatives (not copied; do not mutate it afterwards)
   * @param tag - perturbation tag; leave at its default for numbers made by hand
   */
  constructor(value: number, tangents: readonly number[], tag: number = HAND_MADE.MultiDual) {
    this.value = value;
    this.tangents = tangents;
    this.tag = tag;
  }

  /** A result with value fx whose derivative with respect to this is d1 (chain rule). */
  private chain(fx: number, d1: number): MultiDual {
    return new MultiDual(fx, scale(this.tangents, d1), this.tag);
  }

  lift(c: number): MultiDual {
    // Zeros, not tangents·0: an infinite tangent (√x at 0) times 0 would be NaN.
    return new MultiDual(c, zeros(this.tangents.length), this.tag);
  }

  rpow(base: number): MultiDual {
    const x = this.value;
    const fx = R.pow.f(base, x);
    return this.chain(fx, R.pow.db(base, x, fx));
  }

  rdiv(c: number): MultiDual {
    const x = this.value;
    const q = R.div.f(c, x);
    return this.chain(q, R.div.db(c, x, q));
  }

  add(b: MultiDual | number): MultiDual {
    if (typeof b === 'number') return new MultiDual(this.value + b, this.tangents, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new MultiDual(this.value + b.value, combine(1, this.tangents, 1, b.tangents), tag);
  }

  sub(b: MultiDual | number): MultiDual {
    if (typeof b === 'number') return new MultiDual(this.value - b, this.tangents, this.tag);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return new MultiDual(this.value - b.value, combine(1, this.tangents, -1, b.tangents), tag);
  }

  mul(b: MultiDual | number): MultiDual {
    if (typeof b === 'number') return this.chain(this.value * b, b);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.mul.f(x, y);
    const t = combine(R.mul.da(x, y, f), this.tangents, R.mul.db(x, y, f), b.tangents);
    return new MultiDual(f, t, tag);
  }

  div(b: MultiDual | number): MultiDual {
    if (typeof b === 'number') {
      return new MultiDual(this.value / b, divide(this.tangents, b), this.tag);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.div.f(x, y);
    const t = combine(R.div.da(x, y, f), this.tangents, R.div.db(x, y, f), b.tangents);
    return new MultiDual(f, t, tag);
  }

  pow(b: MultiDual | number): MultiDual {
    const x = this.value;
    if (typeof b === 'number') {
      const fx = R.power.f(x, b);
      return this.chain(fx, R.power.d1(x, b, fx));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.pow.f(x, y);
    const t = combineGuarded(R.pow.da(x, y, f), this.tangents, R.pow.db(x, y, f), b.tangents);
    return new MultiDual(f, t, tag);
  }

  atan2(b: MultiDual | number): MultiDual {
    const y = this.value;
    if (typeof b === 'number') {
      const f = R.atan2.f(y, b);
      return this.chain(f, R.atan2.da(y, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = b.value;
    const f = R.atan2.f(y, x);
    const t = combine(R.atan2.da(y, x, f), this.tangents, R.atan2.db(y, x, f), b.tangents);
    return new MultiDual(f, t, tag);
  }

  hypot(b: MultiDual | number): MultiDual {
    const x = this.value;
    if (typeof b === 'number') {
      const f = R.hypot.f(x, b);
      return this.chain(f, R.hypot.da(x, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.hypot.f(x, y);
    const t = combine(R.hypot.da(x, y, f), this.tangents, R.hypot.db(x, y, f), b.tangents);
    return new MultiDual(f, t, tag);
  }

  min(b: MultiDual | number): MultiDual {
    return this.select(R.minWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  max(b: MultiDual | number): MultiDual {
    return this.select(R.maxWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  /** this when w = 1, b when w = 0, their average at a tie (w = ½), NaN when w is NaN. */
  private select(w: number, b: MultiDual | number): MultiDual {
    if (typeof b === 'number') b = this.lift(b);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (w === 1) return new MultiDual(this.value, this.tangents, tag);
    if (w === 0) return new MultiDual(b.value, b.tangents, tag);
    if (w === 0.5) {
      return new MultiDual(this.value, combine(0.5, this.tangents, 0.5, b.tangents), tag);
    }
    return new MultiDual(Number.NaN, scale(this.tangents, Number.NaN), tag);
  }

  neg(): MultiDual {
    return new MultiDual(-this.value, scale(this.tangents, -1), this.tag);
  }

  sqrt(): MultiDual {
    const x = this.value;
    const fx = R.sqrt.f(x);
    return this.chain(fx, R.sqrt.d1(x, fx));
  }

  cbrt(): MultiDual {
    const x = this.value;
    const fx = R.cbrt.f(x);
    return this.chain(fx, R.cbrt.d1(x, fx));
  }

  exp(): MultiDual {
    const x = this.value;
    const fx = R.exp.f(x);
    return this.chain(fx, R.exp.d1(x, fx));
  }

  expm1(): MultiDual {
    const x = this.value;
    const fx = R.expm1.f(x);
    return this.chain(fx, R.expm1.d1(x, fx));
  }

  log(): MultiDual {
    const x = this.value;
    const fx = R.log.f(x);
    return this.chain(fx, R.log.d1(x, fx));
  }

  log1p(): MultiDual {
    const x = this.value;
    const fx = R.log1p.f(x);
    return this.chain(fx, R.log1p.d1(x, fx));
  }

  log2(): MultiDual {
    const x = this.value;
    const fx = R.log2.f(x);
    return this.chain(fx, R.log2.d1(x, fx));
  }

  log10(): MultiDual {
    const x = this.value;
    const fx = R.log10.f(x);
    return this.chain(fx, R.log10.d1(x, fx));
  }

  sin(): MultiDual {
    const x = this.value;
    const fx = R.sin.f(x);
    return this.chain(fx, R.sin.d1(x, fx));
  }

  cos(): MultiDual {
    const x = this.value;
    const fx = R.cos.f(x);
    return this.chain(fx, R.cos.d1(x, fx));
  }

  tan(): MultiDual {
    const x = this.value;
    const fx = R.tan.f(x);
    return this.chain(fx, R.tan.d1(x, fx));
  }

  asin(): MultiDual {
    const x = this.value;
    const fx = R.asin.f(x);
    return this.chain(fx, R.asin.d1(x, fx));
  }

  acos(): MultiDual {
    const x = this.value;
    const fx = R.acos.f(x);
    return this.chain(fx, R.acos.d1(x, fx));
  }

  atan(): MultiDual {
    const x = this.value;
    const fx = R.atan.f(x);
    return this.chain(fx, R.atan.d1(x, fx));
  }

  sinh(): MultiDual {
    const x = this.value;
    const fx = R.sinh.f(x);
    return this.chain(fx, R.sinh.d1(x, fx));
  }

  cosh(): MultiDual {
    const x = this.value;
    const fx = R.cosh.f(x);
    return this.chain(fx, R.cosh.d1(x, fx));
  }

  tanh(): MultiDual {
    const x = this.value;
    const fx = R.tanh.f(x);
    return this.chain(fx, R.tanh.d1(x, fx));
  }

  asinh(): MultiDual {
    const x = this.value;
    const fx = R.asinh.f(x);
    return this.chain(fx, R.asinh.d1(x, fx));
  }

  acosh(): MultiDual {
    const x = this.value;
    const fx = R.acosh.f(x);
    return this.chain(fx, R.acosh.d1(x, fx));
  }

  atanh(): MultiDual {
    const x = this.value;
    const fx = R.atanh.f(x);
    return this.chain(fx, R.atanh.d1(x, fx));
  }

  abs(): MultiDual {
    const x = this.value;
    const fx = R.abs.f(x);
    return this.chain(fx, R.abs.d1(x, fx));
  }

  sigmoid(): MultiDual {
    const x = this.value;
    const fx = R.sigmoid.f(x);
    return this.chain(fx, R.sigmoid.d1(x, fx));
  }

  softplus(): MultiDual {
    const x = this.value;
    const fx = R.softplus.f(x);
    return this.chain(fx, R.softplus.d1(x, fx));
  }

  relu(): MultiDual {
    const x = this.value;
    const fx = R.relu.f(x);
    return this.chain(fx, R.relu.d1(x, fx));
  }

  erf(): MultiDual {
    const x = this.value;
    const fx = R.erf.f(x);
    return this.chain(fx, R.erf.d1(x, fx));
  }

  erfc(): MultiDual {
    const x = this.value;
    const fx = R.erfc.f(x);
    return this.chain(fx, R.erfc.d1(x, fx));
  }

  /** `MultiDual(value, [tangents])`. */
  toString(): string {
    return `MultiDual(${this.value}, [${this.tangents.join(', ')}])`;
  }

  /** Refuses silent conversion to a number (`x > 0`, `x * 2`), which would drop the tangents. */
  [Symbol.toPrimitive](hint: string): string {
    return primitiveGuard(this, hint);
  }
}
