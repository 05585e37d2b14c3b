/**
 * Second-order multivariate jets: a value, its gradient and its (packed, symmetric) Hessian,
 * carried together so that a full Hessian comes out of ONE forward sweep.
 *
 * The name: a 2-jet of f at x is its Taylor expansion to order two in all variables; `Jet2`
 * carries exactly that, (f, ∇f, ∇²f). A unary f maps (v, g, H) to (f, f′·g, f′·H + f″·g·gᵀ); a
 * binary f(a, b) adds the cross terms of its five partials. Every rule comes from `rules.ts`.
 *
 * Storage: plain `number[]` arrays: measured on Node 20, Jet2's unary update writing into new
 * `Float64Array`s cost 1.5× (window of 1 variable) to 3.6× (8 variables) the same update into
 * plain arrays. And only over a window of consecutive variables,
 * `offset … offset + gradient.length − 1`: outside it every derivative is zero. A seed touches
 * one variable, so the terms of a sum (Rosenbrock's, a loss over data) are worked on in small
 * windows and only the running sum grows to full size. bench/second-order.bench.mjs measured the
 * Hessian of Rosenbrock 2.4–2.5× faster this way at n = 8, 11–12× at n = 32 and 16–18× at
 * n = 100 than with full n-sized arrays for every intermediate; dense functions, where every
 * window is full, pay one comparison per operation.
 *
 * @module
 */
import * as R from '../rules.js';
import type { Liftable, Scalar } from '../scalar.js';
import { HAND_MADE, mergeTags } from '../tag.js';
import { zeroMatrix, zeros } from '../zeros.js';
import { primitiveGuard } from './primitive.js';

/** The shared arrays of an empty window: constants carry no derivatives (never mutated). */
const EMPTY: readonly number[] = [];
/** The gradient and Hessian of a seed, shared by every seed (never mutated). */
const UNIT: readonly number[] = [1];
const ZERO: readonly number[] = [0];

/** Entries of the packed upper triangle of an m×m symmetric matrix. */
function packedLength(m: number): number {
  return (m * (m + 1)) / 2;
}

/** Throws the error for a packed Hessian whose length does not fit the gradient's. */
function mismatchedHessian(gradient: readonly number[], hessian: readonly number[]): never {
  throw new RangeError(
    `forward-ad: a Jet2 with a gradient of length ${gradient.length} needs a packed hessian ` +
      `of length ${packedLength(gradient.length)}, got length ${hessian.length}`,
  );
}

/** g·c and H·c (a linear map of one operand), in new arrays. */
function scaled(a: readonly number[], c: number): number[] {
  const n = a.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = a[i] * c;
  return out;
}

/** H·d1 + d2·g·gᵀ, packed: the second-order chain rule for a unary function. */
function chainHessian(
  g: readonly number[],
  h: readonly number[],
  d1: number,
  d2: number,
): number[] {
  const m = g.length;
  const out = new Array<number>(h.length);
  let k = 0;
  if (d2 === 0) {
    // f″ = 0 (a term with zero coefficient is 0, never 0·∞): abs, relu, linear maps.
    for (; k < h.length; k++) out[k] = h[k] * d1;
    return out;
  }
  for (let i = 0; i < m; i++) {
    const ci = d2 * g[i];
    for (let j = i; j < m; j++, k++) out[k] = d1 * h[k] + ci * g[j];
  }
  return out;
}

/** A window's gradient placed at `shift` inside a zero vector of length m. */
function embedGradient(g: readonly number[], shift: number, m: number): number[] {
  const out = zeros(m);
  for (let i = 0; i < g.length; i++) out[shift + i] = g[i];
  return out;
}

/** out += c·H, where H is the packed Hessian of a window of size mh placed at `shift` in m. */
function addBlock(
  out: number[],
  m: number,
  h: readonly number[],
  mh: number,
  shift: number,
  c: number,
): void {
  let k = 0;
  for (let i = 0; i < mh; i++) {
    const row = shift + i;
    // Packed index of (row, row) in the m×m triangle; (row, row + t) follows at + t.
    const base = row * m - (row * (row - 1)) / 2;
    for (let j = i; j < mh; j++, k++) out[base + (j - i)] += c * h[k];
  }
}

/**
 * The result of f(a, b) for two jets on possibly different windows: gradient da·ga + db·gb and
 * Hessian da·Ha + db·Hb + daa·ga·gaᵀ + dab·(ga·gbᵀ + gb·gaᵀ) + dbb·gb·gbᵀ, over the union window.
 */
function combineJets(
  a: Jet2,
  b: Jet2,
  tag: number,
  f: number,
  da: number,
  db: number,
  daa: number,
  dab: number,
  dbb: number,
): Jet2 {
  const ga = a.gradient;
  const gb = b.gradient;
  const ha = a.hessian;
  const hb = b.hessian;
  const m = ga.length;
  if (a.offset === b.offset && gb.length === m) {
    // Same window (dense code, or two terms on the same variables): one fused pass.
    const g = new Array<number>(m);
    for (let i = 0; i < m; i++) g[i] = da * ga[i] + db * gb[i];
    const h = new Array<number>(ha.length);
    let k = 0;
    for (let i = 0; i < m; i++) {
      const ai = ga[i];
      const bi = gb[i];
      const ca = daa * ai + dab * bi;
      const cb = dab * ai + dbb * bi;
      for (let j = i; j < m; j++, k++) h[k] = da * ha[k] + db * hb[k] + ca * ga[j] + cb * gb[j];
    }
    return new Jet2(f, g, h, tag, a.offset);
  }
  if (m === 0) return new Jet2(f, scaled(gb, db), chainHessian(gb, hb, db, dbb), tag, b.offset);
  if (gb.length === 0) {
    return new Jet2(f, scaled(ga, da), chainHessian(ga, ha, da, daa), tag, a.offset);
  }
  const lo = Math.min(a.offset, b.offset);
  const size = Math.max(a.offset + m, b.offset + gb.length) - lo;
  const ea = embedGradient(ga, a.offset - lo, size);
  const eb = embedGradient(gb, b.offset - lo, size);
  const g = new Array<number>(size);
  for (let i = 0; i < size; i++) g[i] = da * ea[i] + db * eb[i];
  const h = new Array<number>(packedLength(size));
  let k = 0;
  for (let i = 0; i < size; i++) {
    const ai = ea[i];
    const bi = eb[i];
    const ca = daa * ai + dab * bi;
    const cb = dab * ai + dbb * bi;
    for (let j = i; j < size; j++, k++) h[k] = ca * ea[j] + cb * eb[j];
  }
  addBlock(h, size, ha, m, a.offset - lo, da);
  addBlock(h, size, hb, gb.length, b.offset - lo, db);
  return new Jet2(f, g, h, tag, lo);
}

/** ca·a + cb·b for two jets (add, sub, the average at a min/max tie): no second-order terms. */
function linearJets(a: Jet2, ca: number, b: Jet2, cb: number, tag: number, f: number): Jet2 {
  const ga = a.gradient;
  const gb = b.gradient;
  const ha = a.hessian;
  const hb = b.hessian;
  const m = ga.length;
  if (a.offset === b.offset && gb.length === m) {
    const g = new Array<number>(m);
    for (let i = 0; i < m; i++) g[i] = ca * ga[i] + cb * gb[i];
    const h = new Array<number>(ha.length);
    for (let k = 0; k < ha.length; k++) h[k] = ca * ha[k] + cb * hb[k];
    return new Jet2(f, g, h, tag, a.offset);
  }
  if (m === 0) return new Jet2(f, scaled(gb, cb), scaled(hb, cb), tag, b.offset);
  if (gb.length === 0) return new Jet2(f, scaled(ga, ca), scaled(ha, ca), tag, a.offset);
  const lo = Math.min(a.offset, b.offset);
  const size = Math.max(a.offset + m, b.offset + gb.length) - lo;
  const g = zeros(size);
  for (let i = 0; i < m; i++) g[a.offset - lo + i] += ca * ga[i];
  for (let i = 0; i < gb.length; i++) g[b.offset - lo + i] += cb * gb[i];
  const h = zeros(packedLength(size));
  addBlock(h, size, ha, m, a.offset - lo, ca);
  addBlock(h, size, hb, gb.length, b.offset - lo, cb);
  return new Jet2(f, g, h, tag, lo);
}

/** c·p, but 0 when p is 0: a side with no perturbation adds nothing, even where c is ±∞ or NaN. */
function guardedTerm(c: number, p: number): number {
  return p === 0 ? 0 : c * p;
}

/** Like {@link combineJets}, with every term guarded by {@link guardedTerm} (for pow). */
function combineJetsGuarded(
  a: Jet2,
  b: Jet2,
  tag: number,
  f: number,
  da: number,
  db: number,
  daa: number,
  dab: number,
  dbb: number,
): Jet2 {
  const m = a.gradient.length;
  const mb = b.gradient.length;
  const lo = m === 0 ? b.offset : mb === 0 ? a.offset : Math.min(a.offset, b.offset);
  const hi = Math.max(m === 0 ? 0 : a.offset + m, mb === 0 ? 0 : b.offset + mb);
  const size = Math.max(0, hi - lo);
  const ea = embedGradient(a.gradient, a.offset - lo, size);
  const eb = embedGradient(b.gradient, b.offset - lo, size);
  const ha = zeros(packedLength(size));
  const hb = zeros(packedLength(size));
  addBlock(ha, size, a.hessian, m, a.offset - lo, 1);
  addBlock(hb, size, b.hessian, mb, b.offset - lo, 1);
  const g = new Array<number>(size);
  for (let i = 0; i < size; i++) g[i] = guardedTerm(da, ea[i]) + guardedTerm(db, eb[i]);
  const h = new Array<number>(ha.length);
  let k = 0;
  for (let i = 0; i < size; i++) {
    const ai = ea[i];
    const bi = eb[i];
    for (let j = i; j < size; j++, k++) {
      h[k] =
        guardedTerm(da, ha[k]) +
        guardedTerm(db, hb[k]) +
        guardedTerm(daa, ai * ea[j]) +
        guardedTerm(dab, ai * eb[j] + bi * ea[j]) +
        guardedTerm(dbb, bi * eb[j]);
    }
  }
  return new Jet2(f, g, h, tag, lo);
}

/**
 * A second-order multivariate jet: a value with its gradient and Hessian with respect to the
 * seeded variables (named after the 2-jet, the order-two Taylor expansion in all variables).
 *
 * The derivatives are stored over a window of consecutive variables starting at `offset`:
 * `gradient[i]` is ∂/∂x_(offset+i), and `hessian` packs the upper triangle of the window's
 * Hessian row by row, `[H₀₀, H₀₁, …, H₀,ₘ₋₁, H₁₁, …, Hₘ₋₁,ₘ₋₁]` (m(m+1)/2 entries). Outside the
 * window every derivative is zero. Read full-size results with {@link Jet2.toGradient} and
 * {@link Jet2.toHessian}. The `hessian` and `valueGradientHessian` drivers seed and read them
 * for you.
 *
 * @example
 * ```ts
 * import { Jet2 } from 'forward-ad';
 * const x = Jet2.variable(1, 0); // x = 1, variable 0
 * const y = Jet2.variable(2, 1); // y = 2, variable 1
 * const f = x.mul(x).mul(y);     // x²y
 * f.toGradient(2); // [4, 1]
 * f.toHessian(2);  // [[4, 2], [2, 0]]
 * ```
 */
export class Jet2 implements Scalar<Jet2>, Liftable<Jet2> {
  /** The primal value. */
  declare readonly value: number;
  /** ∂/∂x_(offset+i) for i in the window. Treat as read-only: numbers share arrays. */
  declare readonly gradient: readonly number[];
  /** The packed upper triangle of the window's Hessian, row by row. Treat as read-only. */
  declare readonly hessian: readonly number[];
  /** The index of the first variable of the window. */
  declare readonly offset: number;
  /** The perturbation tag of the driver call that seeded it (≤ 0: made by hand). */
  declare readonly tag: number;

  /**
   * @param value - the primal value
   * @param gradient - the gradient over the window (not copied; do not mutate it afterwards)
   * @param hessian - the packed upper triangle of the window's Hessian, of length m(m+1)/2 for a
   * gradient of length m (not copied)
   * @param tag - perturbation tag; leave at its default for numbers made by hand
   * @param offset - the index of the window's first variable (default 0: the window starts at x₀)
   * @throws RangeError when the Hessian's length does not match the gradient's
   */
  constructor(
    value: number,
    gradient: readonly number[],
    hessian: readonly number[],
    tag: number = HAND_MADE.Jet2,
    offset = 0,
  ) {
    // The message is built out of line: a small constructor stays within V8's inlining budget.
    if (hessian.length !== packedLength(gradient.length)) mismatchedHessian(gradient, hessian);
    this.value = value;
    this.gradient = gradient;
    this.hessian = hessian;
    this.tag = tag;
    this.offset = offset;
  }

  /**
   * The seed of variable `index`: value x, gradient eᵢ, zero Hessian.
   *
   * @param value - the variable's value
   * @param index - its index among the inputs (a whole number ≥ 0)
   * @param tag - perturbation tag; leave at its default for numbers made by hand
   * @returns the seeded jet
   * @example
   * ```ts
   * Jet2.variable(3, 1).toGradient(2); // [0, 1]
   * ```
   */
  static variable(value: number, index: number, tag: number = HAND_MADE.Jet2): Jet2 {
    if (!Number.isInteger(index) || index < 0) {
      throw new RangeError(`forward-ad: index must be a whole number ≥ 0, got ${index}`);
    }
    return new Jet2(value, UNIT, ZERO, tag, index);
  }

  /**
   * The gradient as a full vector of n entries.
   *
   * @param n - the number of variables
   * @returns ∇ as `number[]` of length n
   * @throws RangeError when the window reaches beyond n
   * @example
   * ```ts
   * Jet2.variable(1, 1).toGradient(3); // [0, 1, 0]
   * ```
   */
  toGradient(n: number): number[] {
    this.checkSize(n);
    const out = zeros(n);
    const g = this.gradient;
    for (let i = 0; i < g.length; i++) out[this.offset + i] = g[i];
    return out;
  }

  /**
   * The Hessian as a full symmetric n×n matrix.
   *
   * @param n - the number of variables
   * @returns H as `number[][]`, row i holding ∂²/∂xᵢ∂xⱼ
   * @throws RangeError when the window reaches beyond n
   * @example
   * ```ts
   * const x = Jet2.variable(3, 0);
   * x.mul(x).toHessian(1); // [[2]]
   * ```
   */
  toHessian(n: number): number[][] {
    this.checkSize(n);
    const out = zeroMatrix(n, n);
    const m = this.gradient.length;
    const h = this.hessian;
    const o = this.offset;
    let k = 0;
    for (let i = 0; i < m; i++) {
      for (let j = i; j < m; j++, k++) {
        out[o + i][o + j] = h[k];
        out[o + j][o + i] = h[k];
      }
    }
    return out;
  }

  private checkSize(n: number): void {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`forward-ad: n must be a whole number ≥ 0, got ${n}`);
    }
    if (this.gradient.length > 0 && this.offset + this.gradient.length > n) {
      throw new RangeError(
        `forward-ad: this Jet2 has derivatives up to variable ${this.offset + this.gradient.length - 1}, ` +
          `beyond n = ${n}`,
      );
    }
  }

  /** A result f(this) with value fx, f′ = d1 and f″ = d2 (the second-order chain rule). */
  private chain(fx: number, d1: number, d2: number): Jet2 {
    const g = this.gradient;
    return new Jet2(
      fx,
      scaled(g, d1),
      chainHessian(g, this.hessian, d1, d2),
      this.tag,
      this.offset,
    );
  }

  lift(c: number): Jet2 {
    return new Jet2(c, EMPTY, EMPTY, this.tag, 0);
  }

  rpow(base: number): Jet2 {
    const x = this.value;
    const fx = R.pow.f(base, x);
    return this.chain(fx, R.pow.db(base, x, fx), R.pow.dbb(base, x, fx));
  }

  rdiv(c: number): Jet2 {
    const x = this.value;
    const q = R.div.f(c, x);
    return this.chain(q, R.div.db(c, x, q), R.div.dbb(c, x, q));
  }

  add(b: Jet2 | number): Jet2 {
    if (typeof b === 'number') {
      return new Jet2(this.value + b, this.gradient, this.hessian, this.tag, this.offset);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return linearJets(this, 1, b, 1, tag, this.value + b.value);
  }

  sub(b: Jet2 | number): Jet2 {
    if (typeof b === 'number') {
      return new Jet2(this.value - b, this.gradient, this.hessian, this.tag, this.offset);
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    return linearJets(this, 1, b, -1, tag, this.value - b.value);
  }

  mul(b: Jet2 | number): Jet2 {
    if (typeof b === 'number') {
      return new Jet2(
        this.value * b,
        scaled(this.gradient, b),
        scaled(this.hessian, b),
        this.tag,
        this.offset,
      );
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.mul.f(x, y);
    return combineJets(
      this,
      b,
      tag,
      f,
      R.mul.da(x, y, f),
      R.mul.db(x, y, f),
      R.mul.daa(x, y, f),
      R.mul.dab(x, y, f),
      R.mul.dbb(x, y, f),
    );
  }

  div(b: Jet2 | number): Jet2 {
    if (typeof b === 'number') {
      const c = 1 / b;
      return new Jet2(
        this.value / b,
        scaled(this.gradient, c),
        scaled(this.hessian, c),
        this.tag,
        this.offset,
      );
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = this.value;
    const y = b.value;
    const f = R.div.f(x, y);
    return combineJets(
      this,
      b,
      tag,
      f,
      R.div.da(x, y, f),
      R.div.db(x, y, f),
      R.div.daa(x, y, f),
      R.div.dab(x, y, f),
      R.div.dbb(x, y, f),
    );
  }

  pow(b: Jet2 | number): Jet2 {
    const x = this.value;
    if (typeof b === 'number') {
      const fx = R.power.f(x, b);
      return this.chain(fx, R.power.d1(x, b, fx), R.power.d2(x, b, fx));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.pow.f(x, y);
    // A side with no perturbation contributes nothing, even where its partials are ±∞ or NaN.
    return combineJetsGuarded(
      this,
      b,
      tag,
      f,
      R.pow.da(x, y, f),
      R.pow.db(x, y, f),
      R.pow.daa(x, y, f),
      R.pow.dab(x, y, f),
      R.pow.dbb(x, y, f),
    );
  }

  atan2(b: Jet2 | number): Jet2 {
    const y = this.value;
    if (typeof b === 'number') {
      const f = R.atan2.f(y, b);
      return this.chain(f, R.atan2.da(y, b, f), R.atan2.daa(y, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const x = b.value;
    const f = R.atan2.f(y, x);
    return combineJets(
      this,
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

  hypot(b: Jet2 | number): Jet2 {
    const x = this.value;
    if (typeof b === 'number') {
      const f = R.hypot.f(x, b);
      return this.chain(f, R.hypot.da(x, b, f), R.hypot.daa(x, b, f));
    }
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    const y = b.value;
    const f = R.hypot.f(x, y);
    return combineJets(
      this,
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

  min(b: Jet2 | number): Jet2 {
    return this.select(R.minWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  max(b: Jet2 | number): Jet2 {
    return this.select(R.maxWeight(this.value, typeof b === 'number' ? b : b.value), b);
  }

  /** this when w = 1, b when w = 0, their average at a tie (w = ½), NaN when w is NaN. */
  private select(w: number, b: Jet2 | number): Jet2 {
    if (typeof b === 'number') b = this.lift(b);
    const tag = b.tag === this.tag ? this.tag : mergeTags(this, b);
    if (w === 1) return new Jet2(this.value, this.gradient, this.hessian, tag, this.offset);
    if (w === 0) return new Jet2(b.value, b.gradient, b.hessian, tag, b.offset);
    if (w === 0.5) return linearJets(this, 0.5, b, 0.5, tag, this.value);
    return linearJets(this, Number.NaN, b, Number.NaN, tag, Number.NaN);
  }

  neg(): Jet2 {
    return new Jet2(
      -this.value,
      scaled(this.gradient, -1),
      scaled(this.hessian, -1),
      this.tag,
      this.offset,
    );
  }

  sqrt(): Jet2 {
    const x = this.value;
    const fx = R.sqrt.f(x);
    const d1 = R.sqrt.d1(x, fx);
    return this.chain(fx, d1, R.sqrt.d2(x, fx, d1));
  }

  cbrt(): Jet2 {
    const x = this.value;
    const fx = R.cbrt.f(x);
    const d1 = R.cbrt.d1(x, fx);
    return this.chain(fx, d1, R.cbrt.d2(x, fx, d1));
  }

  exp(): Jet2 {
    const x = this.value;
    const fx = R.exp.f(x);
    const d1 = R.exp.d1(x, fx);
    return this.chain(fx, d1, R.exp.d2(x, fx, d1));
  }

  expm1(): Jet2 {
    const x = this.value;
    const fx = R.expm1.f(x);
    const d1 = R.expm1.d1(x, fx);
    return this.chain(fx, d1, R.expm1.d2(x, fx, d1));
  }

  log(): Jet2 {
    const x = this.value;
    const fx = R.log.f(x);
    const d1 = R.log.d1(x, fx);
    return this.chain(fx, d1, R.log.d2(x, fx, d1));
  }

  log1p(): Jet2 {
    const x = this.value;
    const fx = R.log1p.f(x);
    const d1 = R.log1p.d1(x, fx);
    return this.chain(fx, d1, R.log1p.d2(x, fx, d1));
  }

  log2(): Jet2 {
    const x = this.value;
    const fx = R.log2.f(x);
    const d1 = R.log2.d1(x, fx);
    return this.chain(fx, d1, R.log2.d2(x, fx, d1));
  }

  log10(): Jet2 {
    const x = this.value;
    const fx = R.log10.f(x);
    const d1 = R.log10.d1(x, fx);
    return this.chain(fx, d1, R.log10.d2(x, fx, d1));
  }

  sin(): Jet2 {
    const x = this.value;
    const fx = R.sin.f(x);
    const d1 = R.sin.d1(x, fx);
    return this.chain(fx, d1, R.sin.d2(x, fx, d1));
  }

  cos(): Jet2 {
    const x = this.value;
    const fx = R.cos.f(x);
    const d1 = R.cos.d1(x, fx);
    return this.chain(fx, d1, R.cos.d2(x, fx, d1));
  }

  tan(): Jet2 {
    const x = this.value;
    const fx = R.tan.f(x);
    const d1 = R.tan.d1(x, fx);
    return this.chain(fx, d1, R.tan.d2(x, fx, d1));
  }

  asin(): Jet2 {
    const x = this.value;
    const fx = R.asin.f(x);
    const d1 = R.asin.d1(x, fx);
    return this.chain(fx, d1, R.asin.d2(x, fx, d1));
  }

  acos(): Jet2 {
    const x = this.value;
    const fx = R.acos.f(x);
    const d1 = R.acos.d1(x, fx);
    return this.chain(fx, d1, R.acos.d2(x, fx, d1));
  }

  atan(): Jet2 {
    const x = this.value;
    const fx = R.atan.f(x);
    const d1 = R.atan.d1(x, fx);
    return this.chain(fx, d1, R.atan.d2(x, fx, d1));
  }

  sinh(): Jet2 {
    const x = this.value;
    const fx = R.sinh.f(x);
    const d1 = R.sinh.d1(x, fx);
    return this.chain(fx, d1, R.sinh.d2(x, fx, d1));
  }

  cosh(): Jet2 {
    const x = this.value;
    const fx = R.cosh.f(x);
    const d1 = R.cosh.d1(x, fx);
    return this.chain(fx, d1, R.cosh.d2(x, fx, d1));
  }

  tanh(): Jet2 {
    const x = this.value;
    const fx = R.tanh.f(x);
    const d1 = R.tanh.d1(x, fx);
    return this.chain(fx, d1, R.tanh.d2(x, fx, d1));
  }

  asinh(): Jet2 {
    const x = this.value;
    const fx = R.asinh.f(x);
    const d1 = R.asinh.d1(x, fx);
    return this.chain(fx, d1, R.asinh.d2(x, fx, d1));
  }

  acosh(): Jet2 {
    const x = this.value;
    const fx = R.acosh.f(x);
    const d1 = R.acosh.d1(x, fx);
    return this.chain(fx, d1, R.acosh.d2(x, fx, d1));
  }

  atanh(): Jet2 {
    const x = this.value;
    const fx = R.atanh.f(x);
    const d1 = R.atanh.d1(x, fx);
    return this.chain(fx, d1, R.atanh.d2(x, fx, d1));
  }

  abs(): Jet2 {
    const x = this.value;
    const fx = R.abs.f(x);
    const d1 = R.abs.d1(x, fx);
    return this.chain(fx, d1, R.abs.d2(x, fx, d1));
  }

  sigmoid(): Jet2 {
    const x = this.value;
    const fx = R.sigmoid.f(x);
    const d1 = R.sigmoid.d1(x, fx);
    return this.chain(fx, d1, R.sigmoid.d2(x, fx, d1));
  }

  softplus(): Jet2 {
    const x = this.value;
    const fx = R.softplus.f(x);
    const d1 = R.softplus.d1(x, fx);
    return this.chain(fx, d1, R.softplus.d2(x, fx, d1));
  }

  relu(): Jet2 {
    const x = this.value;
    const fx = R.relu.f(x);
    const d1 = R.relu.d1(x, fx);
    return this.chain(fx, d1, R.relu.d2(x, fx, d1));
  }

  erf(): Jet2 {
    const x = this.value;
    const fx = R.erf.f(x);
    const d1 = R.erf.d1(x, fx);
    return this.chain(fx, d1, R.erf.d2(x, fx, d1));
  }

  erfc(): Jet2 {
    const x = this.value;
    const fx = R.erfc.f(x);
    const d1 = R.erfc.d1(x, fx);
    return this.chain(fx, d1, R.erfc.d2(x, fx, d1));
  }
  /** `Jet2(value, [gradient], [packed hessian], offset)`. */
  toString(): string {
    return `Jet2(${this.value}, [${this.gradient.join(', ')}], [${this.hessian.join(', ')}], ${this.offset})`;
  }

  /** Refuses silent conversion to a number (`x > 0`, `x * 2`), which would drop the derivatives. */
  [Symbol.toPrimitive](hint: string): string {
    return primitiveGuard(this, hint);
  }
}
