/**
 * Every Taylor recurrence in one place: truncated univariate series on normalized coefficients
 * c_k = f^(k)(x0)/k!, each elementary function in O(d²) (Griewank and Walther, *Evaluating
 * Derivatives*, 2nd ed., ch. 13; TaylorSeries.jl's documentation lists the same recurrences).
 *
 * The `Taylor` number type calls these, and so does compiled, allocation-free code: no function
 * here allocates. The signature convention:
 *
 * - inputs `a`, `b`: `ArrayLike<number>` holding at least d+1 coefficients; a constant operand is a
 *   plain `number` (`c`, `base`, `p`);
 * - `d`: the order, so coefficients 0..d are written (arrays may be longer; the rest is untouched);
 * - `out`: the caller's output array (`number[]` or `Float64Array`), length ≥ d+1;
 * - `scratch`: caller-provided auxiliary series of the same length, listed last. How many each
 *   function takes is in {@link SCRATCH}.
 * - `out` must not be an input array unless the function's comment says so.
 *
 * | function | signature |
 * |---|---|
 * | add, sub, mul, div, hypot, min, max | `(a, b, d, out)` |
 * | addScalar, mulScalar, divScalar | `(a, c, d, out)` (a + c, a·c, a / c) |
 * | rsub, rdiv | `(c, b, d, out)` (c − b, c / b) |
 * | neg, sqrt, cbrt, exp, expm1, log, log1p, log2, log10, abs, relu | `(a, d, out)` |
 * | sin, cos, sinh, cosh, tan, tanh, asin, acos, atan, asinh, acosh, atanh, sigmoid, softplus, erf, erfc | `(a, d, out, scratch)` |
 * | sinCos, sinhCosh | `(a, d, outSin, outCos)`, `(a, d, outSinh, outCosh)` |
 * | power (constant exponent) | `(a, p, d, out)` |
 * | rpow (constant base) | `(base, b, d, out)` |
 * | pow, atan2 | `(a, b, d, out, scratch)`; `atan2(y, x, …)` as `Math.atan2` |
 *
 * Values c0 come from the rule table's `f` (src/rules.ts), so a Taylor number's value is exactly
 * the other number types' value. If c0 is NaN (outside the domain) every coefficient is NaN. Kinks
 * follow the rule table's conventions (abs and relu use its slope at 0, which is 0; min/max at a
 * tie average both series; hypot at the origin is the zero series).
 *
 * @module
 */
import { FACTORIALS, MAX_FACTORIAL } from './factorials.js';
import * as R from './rules.js';

/** A caller-provided coefficient array that recurrences write into. */
export type Coefficients = number[] | Float64Array;

/** How many scratch arrays (each of length ≥ d+1) each recurrence takes after `out`. */
export const SCRATCH = {
  add: 0,
  sub: 0,
  neg: 0,
  addScalar: 0,
  rsub: 0,
  mulScalar: 0,
  divScalar: 0,
  rdiv: 0,
  mul: 0,
  div: 0,
  power: 0,
  rpow: 0,
  pow: 1,
  atan2: 1,
  hypot: 0,
  min: 0,
  max: 0,
  sqrt: 0,
  cbrt: 0,
  exp: 0,
  expm1: 0,
  log: 0,
  log1p: 0,
  log2: 0,
  log10: 0,
  sin: 1,
  cos: 1,
  tan: 1,
  asin: 1,
  acos: 1,
  atan: 1,
  sinh: 1,
  cosh: 1,
  tanh: 1,
  asinh: 1,
  acosh: 1,
  atanh: 1,
  abs: 0,
  sigmoid: 1,
  softplus: 1,
  relu: 0,
  erf: 1,
  erfc: 1,
} as const;

function fillNaN(out: Coefficients, d: number): void {
  for (let k = 0; k <= d; k++) out[k] = Number.NaN;
}

/** out = [c0, 0, …, 0]. */
function constant(c0: number, d: number, out: Coefficients): void {
  out[0] = c0;
  for (let k = 1; k <= d; k++) out[k] = 0;
}

/** True when a_1..a_d are all exactly 0: the series is a constant. */
function isConstant(a: ArrayLike<number>, d: number): boolean {
  for (let k = 1; k <= d; k++) if (a[k] !== 0) return false;
  return true;
}

/**
 * The degree of a truncated at d: the last index ≤ d with a non-zero coefficient (0 for a
 * constant). Sums over a's coefficients stop there, so an operation on the seed x0 + t (degree 1)
 * costs O(d), not O(d²).
 */
function degree(a: ArrayLike<number>, d: number): number {
  let t = d;
  while (t > 0 && a[t] === 0) t--;
  return t;
}

/** The index of the first non-zero coefficient of a, or d+1 when a_0..a_d are all 0. */
function leadingZeros(a: ArrayLike<number>, d: number): number {
  let m = 0;
  while (m <= d && a[m] === 0) m++;
  return m;
}

// ---------------------------------------------------------------------------------------------
// Linear operations

/** out = a + b. out may alias a or b. */
export function add(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  for (let k = 0; k <= d; k++) out[k] = a[k] + b[k];
}

/** out = a − b. out may alias a or b. */
export function sub(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  for (let k = 0; k <= d; k++) out[k] = a[k] - b[k];
}

/** out = −a. out may alias a. */
export function neg(a: ArrayLike<number>, d: number, out: Coefficients): void {
  for (let k = 0; k <= d; k++) out[k] = -a[k];
}

/** out = a + c for a constant c. out may alias a. */
export function addScalar(a: ArrayLike<number>, c: number, d: number, out: Coefficients): void {
  out[0] = a[0] + c;
  for (let k = 1; k <= d; k++) out[k] = a[k];
}

/** out = c − b for a constant c. out may alias b. */
export function rsub(c: number, b: ArrayLike<number>, d: number, out: Coefficients): void {
  out[0] = c - b[0];
  for (let k = 1; k <= d; k++) out[k] = -b[k];
}

/** out = a·c for a constant c. out may alias a. */
export function mulScalar(a: ArrayLike<number>, c: number, d: number, out: Coefficients): void {
  for (let k = 0; k <= d; k++) out[k] = a[k] * c;
}

/** out = a / c for a constant c (divided, not multiplied by 1/c, to round as Dual does). */
export function divScalar(a: ArrayLike<number>, c: number, d: number, out: Coefficients): void {
  for (let k = 0; k <= d; k++) out[k] = a[k] / c;
}

// ---------------------------------------------------------------------------------------------
// Products and quotients

/**
 * out = a·b by convolution: out_k = Σ_{i=0..k} a_i b_{k−i}. Computed from k = d down, so out may
 * alias a, b or both (each step reads only indices ≤ k, which are not yet overwritten).
 */
export function mul(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const ta = degree(a, d);
  const tb = degree(b, d);
  // Orders k and k − 1 per pass: each a_i is loaded once for both, each b_j once, and the two
  // sums are independent chains of additions (measured 1.5× faster at order 16). Each sum takes
  // its terms in ascending i as one order at a time would, so the result is the same to the bit.
  let k = d;
  for (; k >= 1; k -= 2) {
    const lo = k > tb ? k - tb : 0;
    const hi = Math.min(k, ta);
    const lo1 = k - 1 > tb ? k - 1 - tb : 0;
    const hi1 = Math.min(k - 1, ta);
    let s = 0;
    let s1 = 0;
    // Order k − 1 may start one term lower (when that term is within both degrees: a term past
    // them would be 0·b_j, NaN for an infinite b_j), and order k end one term higher.
    if (lo1 < lo && lo1 <= hi1) s1 += a[lo1] * b[k - 1 - lo1];
    let i = lo;
    const both = Math.min(hi, hi1);
    let bk = b[k - i];
    for (; i <= both; i++) {
      const ai = a[i];
      const bk1 = b[k - 1 - i];
      s += ai * bk;
      s1 += ai * bk1;
      bk = bk1;
    }
    for (; i <= hi; i++) s += a[i] * b[k - i];
    out[k] = s;
    out[k - 1] = s1;
  }
  // 0 + turns −0 into 0, as the sum from 0 does.
  if (k === 0) out[0] = 0 + a[0] * b[0];
}

/** out = a², by the symmetric half of the convolution. out may alias a (computed from k = d down). */
function square(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const ta = degree(a, d);
  for (let k = d; k >= 0; k--) {
    const h = k >> 1;
    let s = 0;
    for (let i = k > ta ? k - ta : 0; i < (k + 1) >> 1; i++) s += a[i] * a[k - i];
    s += s;
    if ((k & 1) === 0) s += a[h] * a[h];
    out[k] = s;
  }
}

/**
 * out = a / b: q_k = (a_k − Σ_{j<k} q_j b_{k−j}) / b_0. Exact for a = b (x/x is [1, 0, …, 0]).
 * out may alias a, not b.
 */
export function div(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const b0 = b[0];
  const q0 = R.div.f(a[0], b0);
  if (Number.isNaN(q0)) {
    fillNaN(out, d);
    return;
  }
  out[0] = q0;
  const tb = degree(b, d);
  // Orders k and k + 1 per pass (see expSeries): each q_j and b_i loaded once for both, two
  // independent sums, each in the same ascending j as one order at a time, so bit-identical.
  let k = 1;
  if (tb >= 1) {
    for (; k < d; k += 2) {
      let s = a[k];
      let s1 = a[k + 1];
      let j = k > tb ? k - tb : 0;
      // Order k + 1 starts one term later when b's degree cuts both sums.
      if (k + 1 > tb) {
        s -= out[j] * b[k - j];
        j++;
      }
      let bNext = b[k + 1 - j];
      for (; j < k; j++) {
        const q = out[j];
        const bk = b[k - j];
        s -= q * bk;
        s1 -= q * bNext;
        bNext = bk;
      }
      // + 0 turns a −0 (0 / negative b_0) into 0, so x/x is [1, 0, …] also for x < 0.
      const qk = s / b0 + 0;
      out[k] = qk;
      out[k + 1] = (s1 - qk * b[1]) / b0 + 0;
    }
  }
  for (; k <= d; k++) {
    let s = a[k];
    for (let j = k > tb ? k - tb : 0; j < k; j++) s -= out[j] * b[k - j];
    out[k] = s / b0 + 0;
  }
}

/** out = c / b for a constant c. */
export function rdiv(c: number, b: ArrayLike<number>, d: number, out: Coefficients): void {
  const b0 = b[0];
  const q0 = R.div.f(c, b0);
  if (Number.isNaN(q0)) {
    fillNaN(out, d);
    return;
  }
  out[0] = q0;
  const tb = degree(b, d);
  for (let k = 1; k <= d; k++) {
    let s = 0;
    for (let j = k > tb ? k - tb : 0; j < k; j++) s -= out[j] * b[k - j];
    out[k] = s / b0;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared ODE solvers: most recurrences are one of these three with a different right-hand side.

/**
 * Solves e′ = w′·e with e_0 given: k·e_k = Σ_{j=1..k} j·w_j·e_{k−j}. Linear in e_0, so passing
 * e_0 = K·exp(w_0) gives K·exp(w).
 */
function expSeries(w: ArrayLike<number>, e0: number, d: number, out: Coefficients): void {
  out[0] = e0;
  if (d === 0) return;
  const tw = degree(w, d);
  if (tw <= 1) {
    // w = w0 + w1·t: e_k = e_0·w1^k/k!, each from w1^k and k! with three roundings (not k, as
    // the chain e_k = e_{k−1}·w1/k would take), so k!·e_k is e_0·w1^k to an ulp or two.
    const w1 = w[1];
    let p = 1;
    let k = 1;
    for (; k <= d && k <= MAX_FACTORIAL; k++) {
      p *= w1;
      if (!Number.isFinite(p)) break;
      out[k] = e0 * (p / FACTORIALS[k]);
    }
    // Past 170! or an overflowing w1^k, the chain (its division off the dependency path).
    for (; k <= d; k++) out[k] = out[k - 1] * (w1 / k);
    return;
  }
  let k = 1;
  if (tw === d) k = expSeriesPairs(w, d, out);
  for (; k <= d; k++) {
    // Two partial sums (even and odd j): the chain of dependent additions bounds this loop, and
    // halving it measured 10–25% faster at order 16. From j = k down: the terms with the newest
    // coefficients come last, so the sum of the older terms overlaps with computing them.
    let even = 0;
    let odd = 0;
    let j = Math.min(k, tw);
    for (; j >= 2; j -= 2) {
      even += j * w[j] * out[k - j];
      odd += (j - 1) * w[j - 1] * out[k - j + 1];
    }
    if (j === 1) odd += w[1] * out[k - 1];
    out[k] = (even + odd) / k;
  }
}

/**
 * expSeries' sums for w of full degree, two orders k and k + 1 per pass: each e_i is loaded once
 * for both, and each j·w_j computed once, which measured 17% faster at order 16 and 40% at 32.
 * Every partial sum receives the same products in the same order as expSeries' loop (with
 * i = k − j: "even" takes the even i up to k − 2, "odd" the odd i and, last, i = k − 1), so the
 * coefficients are the same to the last bit. Returns the first k left for that loop (d or d + 1).
 */
function expSeriesPairs(w: ArrayLike<number>, d: number, out: Coefficients): number {
  let k = 1;
  for (; k < d; k += 2) {
    let even = 0;
    let odd = 0;
    let evenNext = 0;
    let oddNext = 0;
    // j·w_j for order k + 1's term at i, which is order k's term at i − 1.
    let jwNext = (k + 1) * w[k + 1];
    let i = 0;
    for (; i + 1 <= k - 2; i += 2) {
      const e = out[i];
      const jw = (k - i) * w[k - i];
      even += jw * e;
      evenNext += jwNext * e;
      const e1 = out[i + 1];
      const jw1 = (k - i - 1) * w[k - i - 1];
      odd += jw1 * e1;
      oddNext += jw * e1;
      jwNext = jw1;
    }
    for (; i < k; i++) {
      const e = out[i];
      const jw = (k - i) * w[k - i];
      if (i === k - 1 || (i & 1) === 1) odd += jw * e;
      else even += jw * e;
      if ((i & 1) === 1) oddNext += jwNext * e;
      else evenNext += jwNext * e;
      jwNext = jw;
    }
    const ek = (even + odd) / k;
    out[k] = ek;
    // i = k (j = 1) is order k + 1's last term.
    oddNext += jwNext * ek;
    out[k + 1] = (evenNext + oddNext) / (k + 1);
  }
  return k;
}

/**
 * Solves g·c′ = a′ with c_0 given (log, the inverse trigonometric family):
 * c_k = (a_k − (1/k)·Σ_{j=1..k−1} j·c_j·g_{k−j}) / g_0. `g0` overrides g[0], so log1p can pass
 * g = a with g_0 = 1 + a_0.
 */
function integrateQuotient(
  a: ArrayLike<number>,
  g: ArrayLike<number>,
  g0: number,
  c0: number,
  d: number,
  out: Coefficients,
): void {
  out[0] = c0;
  const tg = degree(g, d);
  // Orders k and k + 1 per pass (see expSeries): each j·c_j computed once for both, two
  // independent sums, each in the same ascending j as one order at a time, so bit-identical.
  let k = 1;
  if (tg >= 1) {
    for (; k < d; k += 2) {
      const ak = a[k];
      const ak1 = a[k + 1];
      let s = 0;
      let s1 = 0;
      let j = Math.max(k - tg, 1);
      // Order k + 1 starts one term later when g's degree cuts both sums.
      if (k > tg) {
        s += j * out[j] * g[k - j];
        j++;
      }
      let gNext = g[k + 1 - j];
      for (; j < k; j++) {
        const jc = j * out[j];
        const gk = g[k - j];
        s += jc * gk;
        s1 += jc * gNext;
        gNext = gk;
      }
      const ck = (ak - s / k) / g0;
      out[k] = ck;
      // j = k is order k + 1's last term.
      s1 += k * ck * g[1];
      out[k + 1] = (ak1 - s1 / (k + 1)) / g0;
    }
  }
  for (; k <= d; k++) {
    let s = 0;
    for (let j = Math.max(k - tg, 1); j < k; j++) s += j * out[j] * g[k - j];
    out[k] = (a[k] - s / k) / g0;
  }
}

/**
 * Replaces g (held in out) by c with c′ = a′·g, c_0 given: c_k = (1/k)·Σ_{j=1..k} j·a_j·g_{k−j}.
 * Run from k = d down, so c_k may overwrite g_k (later steps read only g_0..g_{k−1}).
 */
function integrateProductInPlace(
  a: ArrayLike<number>,
  c0: number,
  d: number,
  out: Coefficients,
): void {
  const ta = degree(a, d);
  for (let k = d; k >= 1; k--) {
    let s = 0;
    const hi = Math.min(k, ta);
    for (let j = 1; j <= hi; j++) s += j * a[j] * out[k - j];
    out[k] = s / k;
  }
  out[0] = c0;
}

/**
 * y = a^p for a_0 ≠ 0 from a·y′ = p·a′·y: y_k = (1/(k·a_0))·Σ_{j<k} (p·(k−j) − j)·a_{k−j}·y_j,
 * reading a from index `ao` and writing n+1 coefficients into out from index `oo`. For integer p
 * and polynomial a the tail past the degree comes out exactly 0.
 */
function powerSeries(
  a: ArrayLike<number>,
  ao: number,
  p: number,
  y0: number,
  n: number,
  out: Coefficients,
  oo: number,
): void {
  const a0 = a[ao];
  out[oo] = y0;
  let ta = n;
  while (ta > 0 && a[ao + ta] === 0) ta--;
  for (let k = 1; k <= n; k++) {
    let s = 0;
    for (let j = k > ta ? k - ta : 0; j < k; j++) {
      s += (p * (k - j) - j) * a[ao + k - j] * out[oo + j];
    }
    out[oo + k] = s / (k * a0);
  }
}

/**
 * out = √s in place (s held in out, with s_0 replaced by `s0`): 2·g_0·g_k = s_k − Σ_{j=1..k−1}
 * g_j g_{k−j}. Step k reads s_k before writing g_k there.
 */
function sqrtInPlace(s0: number, d: number, out: Coefficients): void {
  const g0 = Math.sqrt(s0);
  out[0] = g0;
  const twoG0 = 2 * g0;
  for (let k = 1; k <= d; k++) {
    let s = 0;
    for (let j = 1; j < (k + 1) >> 1; j++) s += out[j] * out[k - j];
    s += s;
    if ((k & 1) === 0) s += out[k >> 1] * out[k >> 1];
    out[k] = (out[k] - s) / twoG0;
  }
}

// ---------------------------------------------------------------------------------------------
// Powers and roots

/** out = √a. out may alias a. */
export function sqrt(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  const s0 = R.sqrt.f(a0);
  if (Number.isNaN(s0)) {
    fillNaN(out, d);
    return;
  }
  const twoS0 = 2 * s0;
  out[0] = s0;
  for (let k = 1; k <= d; k++) {
    let s = 0;
    for (let j = 1; j < (k + 1) >> 1; j++) s += out[j] * out[k - j];
    s += s;
    if ((k & 1) === 0) s += out[k >> 1] * out[k >> 1];
    out[k] = (a[k] - s) / twoS0;
  }
}

/** out = ∛a (real cube root, also for a_0 < 0). */
export function cbrt(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const y0 = R.cbrt.f(a[0]);
  if (Number.isNaN(y0)) {
    fillNaN(out, d);
    return;
  }
  powerSeries(a, 0, 1 / 3, y0, d, out, 0);
}

/**
 * out = a^p for a constant p, with the value of the rule table's `power.f`.
 *
 * Integer p is exact also where a vanishes: a = t^m·ã with ã_0 ≠ 0 gives a^p = t^{mp}·ã^p, so x³
 * at 0 is exactly [0, 0, 0, 1, 0]. For non-integer p > 0 at a_0 = 0 the function is not analytic:
 * coefficients below t^{mp} are 0 (those derivatives exist and vanish), the rest NaN. For p < 0 at
 * a_0 = 0 the coefficients are the infinities and NaNs of the recurrence.
 */
export function power(a: ArrayLike<number>, p: number, d: number, out: Coefficients): void {
  const a0 = a[0];
  const y0 = R.power.f(a0, p);
  if (Number.isNaN(y0)) {
    fillNaN(out, d);
    return;
  }
  if (p === 0) {
    constant(y0, d, out);
    return;
  }
  if (p === 1) {
    for (let k = 0; k <= d; k++) out[k] = a[k];
    return;
  }
  if (p === 2) {
    square(a, d, out);
    return;
  }
  if (a0 !== 0 || p < 0) {
    powerSeries(a, 0, p, y0, d, out, 0);
    return;
  }
  const m = leadingZeros(a, d);
  if (m > d) {
    constant(y0, d, out);
    return;
  }
  vanishingPower(a, m, p, d, out);
  out[0] = y0; // keeps the sign of (−0)^p
}

/**
 * a^p for p > 0 where a = t^m·ã, ã_0 ≠ 0, m ≥ 1: t^{mp}·ã^p for integer p, and for non-integer p
 * zeros below t^{mp} and NaN from there (see {@link power}).
 */
function vanishingPower(
  a: ArrayLike<number>,
  m: number,
  p: number,
  d: number,
  out: Coefficients,
): void {
  const e = m * p;
  let k = 0;
  for (; k < e && k <= d; k++) out[k] = 0;
  if (!Number.isInteger(p)) {
    for (; k <= d; k++) out[k] = Number.NaN;
    return;
  }
  if (e <= d) powerSeries(a, m, p, a[m] ** p, d - e, out, e);
}

/**
 * out = base^b for a constant base: exp(b·ln base), with the value of `pow.f`. A constant b gives
 * a constant (a side with zero perturbation contributes nothing). base = 0 with b_0 > 0 is the zero
 * series (0^b ≡ 0 there); base < 0, or base = 0 with b_0 ≤ 0, has NaN derivatives.
 */
export function rpow(base: number, b: ArrayLike<number>, d: number, out: Coefficients): void {
  const b0 = b[0];
  const v = R.pow.f(base, b0);
  if (Number.isNaN(v)) {
    fillNaN(out, d);
    return;
  }
  if (isConstant(b, d)) {
    constant(v, d, out);
    return;
  }
  if (base > 0) {
    const lb = Math.log(base);
    out[0] = v;
    const tb = degree(b, d);
    for (let k = 1; k <= d; k++) {
      let s = 0;
      const hi = Math.min(k, tb);
      for (let j = 1; j <= hi; j++) s += j * b[j] * out[k - j];
      out[k] = (lb * s) / k;
    }
    return;
  }
  if (base === 0 && b0 > 0) {
    constant(0, d, out);
    return;
  }
  fillNaN(out, d);
  out[0] = v;
}

/**
 * out = a^b, both series: exp(b·log a) for a_0 > 0, with the value of `pow.f`. A side whose
 * perturbation is exactly zero contributes nothing (constant b: {@link power}; constant a:
 * {@link rpow}). At a_0 = 0 with b_0 > 0 (a = t^m·ã): zeros below t^{m·b_0}, ã_0^{b_0} at t^{m·b_0}
 * when b_0 is an integer, NaN beyond (the t^{m·b_0+1}·log t term). Elsewhere with a_0 ≤ 0 the
 * derivatives are NaN. One scratch array.
 */
export function pow(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  if (isConstant(b, d)) {
    power(a, b[0], d, out);
    return;
  }
  const a0 = a[0];
  if (isConstant(a, d)) {
    rpow(a0, b, d, out);
    return;
  }
  const b0 = b[0];
  const v = R.pow.f(a0, b0);
  if (Number.isNaN(v)) {
    fillNaN(out, d);
    return;
  }
  if (a0 > 0) {
    log(a, d, scratch);
    mul(b, scratch, d, scratch);
    expSeries(scratch, v, d, out);
    return;
  }
  if (a0 === 0 && b0 > 0) {
    const m = leadingZeros(a, d);
    const e = m * b0;
    let k = 0;
    for (; k < e && k <= d; k++) out[k] = 0;
    if (k === e && k <= d && Number.isInteger(b0)) out[k++] = a[m] ** b0;
    for (; k <= d; k++) out[k] = Number.NaN;
    return;
  }
  fillNaN(out, d);
  out[0] = v;
}

// ---------------------------------------------------------------------------------------------
// Exponentials and logarithms

/** out = exp(a). */
export function exp(a: ArrayLike<number>, d: number, out: Coefficients): void {
  expSeries(a, R.exp.f(a[0]), d, out);
}

/** out = exp(a) − 1, value accurate near 0. */
export function expm1(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  expSeries(a, Math.exp(a0), d, out);
  out[0] = R.expm1.f(a0);
}

/** out = log(a); NaN for a_0 < 0. */
export function log(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  const c0 = R.log.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  integrateQuotient(a, a, a0, c0, d, out);
}

/** out = log(1 + a), value accurate near 0. */
export function log1p(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  const c0 = R.log1p.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  integrateQuotient(a, a, 1 + a0, c0, d, out);
}

/** out = log(a)/c with out_0 = v (log2, log10). */
function scaledLog(a: ArrayLike<number>, v: number, c: number, d: number, out: Coefficients): void {
  if (Number.isNaN(v)) {
    fillNaN(out, d);
    return;
  }
  const a0 = a[0];
  integrateQuotient(a, a, a0, v, d, out);
  for (let k = 1; k <= d; k++) out[k] /= c;
}

/** out = log₂(a). */
export function log2(a: ArrayLike<number>, d: number, out: Coefficients): void {
  scaledLog(a, R.log2.f(a[0]), Math.LN2, d, out);
}

/** out = log₁₀(a). */
export function log10(a: ArrayLike<number>, d: number, out: Coefficients): void {
  scaledLog(a, R.log10.f(a[0]), Math.LN10, d, out);
}

// ---------------------------------------------------------------------------------------------
// Trigonometric and hyperbolic pairs

/**
 * s′ = a′·c, c′ = σ·a′·s from s_0, c_0 already in outS, outC: σ = −1 gives sin/cos, σ = 1
 * sinh/cosh.
 */
function pairSeries(
  a: ArrayLike<number>,
  sign: number,
  d: number,
  outS: Coefficients,
  outC: Coefficients,
): void {
  if (d === 0) return;
  const ta = degree(a, d);
  if (ta <= 1) {
    // a = a0 + a1·t: s_k = a1^k/k!·S^(k)(a0), where the derivatives (S^(k), C^(k)) cycle
    // through (C, σS), (σS, σC), (σC, S), (S, C): each step maps (u, w) to (w, σu), exactly, as
    // σ = ±1. A few roundings per coefficient, as in expSeries.
    const a1 = a[1];
    let ds = outC[0];
    let dc = sign * outS[0];
    let p = 1;
    let k = 1;
    for (; k <= d && k <= MAX_FACTORIAL; k++) {
      p *= a1;
      if (!Number.isFinite(p)) break;
      const q = p / FACTORIALS[k];
      // + 0 stores a zero coefficient as 0, not −0 (sin at 0 is [0, 1, 0, −1/6, …]).
      outS[k] = q * ds + 0;
      outC[k] = q * dc + 0;
      const u = ds;
      ds = dc;
      dc = sign * u;
    }
    // Past 170! or an overflowing a1^k: s_k = (a1/k)·c_{k−1}, c_k = σ·(a1/k)·s_{k−1}.
    for (; k <= d; k++) {
      const f = a1 / k;
      outS[k] = f * outC[k - 1] + 0;
      outC[k] = sign * f * outS[k - 1] + 0;
    }
    return;
  }
  // Orders k and k + 1 per pass (see expSeries): each coefficient pair s_i, c_i loaded once for
  // both and each j·a_j computed once, four independent sums, each in the same order as one order
  // at a time (from j = k down, newest coefficients last), so bit-identical. ta ≥ 2 here, so
  // order k + 1 always shares at least one term with order k.
  let k = 1;
  for (; k < d; k += 2) {
    let s = 0;
    let c = 0;
    let sNext = 0;
    let cNext = 0;
    let i = k > ta ? k - ta : 0;
    // Order k + 1 starts one term later when a's degree cuts both sums.
    if (k >= ta) {
      const ja = ta * a[ta];
      s += ja * outC[i];
      c += ja * outS[i];
      i++;
    }
    // j·a_j for order k + 1's term at i, which is order k's at i − 1.
    let jaNext = (k + 1 - i) * a[k + 1 - i];
    for (; i < k; i++) {
      const ja = (k - i) * a[k - i];
      const ci = outC[i];
      const si = outS[i];
      s += ja * ci;
      c += ja * si;
      sNext += jaNext * ci;
      cNext += jaNext * si;
      jaNext = ja;
    }
    const sk = s / k + 0;
    const ck = (sign * c) / k + 0;
    outS[k] = sk;
    outC[k] = ck;
    // i = k (j = 1) is order k + 1's last term.
    sNext += jaNext * ck;
    cNext += jaNext * sk;
    outS[k + 1] = sNext / (k + 1) + 0;
    outC[k + 1] = (sign * cNext) / (k + 1) + 0;
  }
  for (; k <= d; k++) {
    let s = 0;
    let c = 0;
    // From j = k down, newest coefficients last (see expSeries).
    for (let j = Math.min(k, ta); j >= 1; j--) {
      const ja = j * a[j];
      s += ja * outC[k - j];
      c += ja * outS[k - j];
    }
    outS[k] = s / k + 0;
    outC[k] = (sign * c) / k + 0;
  }
}

/** outSin = sin(a), outCos = cos(a), together: s′ = a′·c, c′ = −a′·s. */
export function sinCos(
  a: ArrayLike<number>,
  d: number,
  outSin: Coefficients,
  outCos: Coefficients,
): void {
  const a0 = a[0];
  outSin[0] = R.sin.f(a0);
  outCos[0] = R.cos.f(a0);
  pairSeries(a, -1, d, outSin, outCos);
}

/** out = sin(a); scratch receives cos(a). */
export function sin(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  sinCos(a, d, out, scratch);
}

/** out = cos(a); scratch receives sin(a). */
export function cos(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  sinCos(a, d, scratch, out);
}

/** outSinh = sinh(a), outCosh = cosh(a), together: s′ = a′·c, c′ = a′·s. */
export function sinhCosh(
  a: ArrayLike<number>,
  d: number,
  outSinh: Coefficients,
  outCosh: Coefficients,
): void {
  const a0 = a[0];
  outSinh[0] = R.sinh.f(a0);
  outCosh[0] = R.cosh.f(a0);
  pairSeries(a, 1, d, outSinh, outCosh);
}

/** out = sinh(a); scratch receives cosh(a). */
export function sinh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  sinhCosh(a, d, out, scratch);
}

/** out = cosh(a); scratch receives sinh(a). */
export function cosh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  sinhCosh(a, d, scratch, out);
}

/**
 * t′ = a′·u with u = 1 + σ·t² (σ = 1: tan, σ = −1: tanh), u kept in scratch and grown with t.
 */
function tanLike(
  a: ArrayLike<number>,
  t0: number,
  sign: number,
  d: number,
  out: Coefficients,
  u: Coefficients,
): void {
  if (Number.isNaN(t0)) {
    fillNaN(out, d);
    return;
  }
  out[0] = t0;
  u[0] = 1 + sign * t0 * t0;
  const ta = degree(a, d);
  for (let k = 1; k <= d; k++) {
    let s = 0;
    const hi = Math.min(k, ta);
    for (let j = 1; j <= hi; j++) s += j * a[j] * u[k - j];
    out[k] = s / k;
    let q = 0;
    for (let i = 0; i < (k + 1) >> 1; i++) q += out[i] * out[k - i];
    q += q;
    if ((k & 1) === 0) q += out[k >> 1] * out[k >> 1];
    u[k] = sign * q;
  }
}

/** out = tan(a); scratch receives 1 + tan²(a). */
export function tan(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  tanLike(a, R.tan.f(a[0]), 1, d, out, scratch);
}

/** out = tanh(a); scratch receives 1 − tanh²(a). */
export function tanh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  tanLike(a, R.tanh.f(a[0]), -1, d, out, scratch);
}

// ---------------------------------------------------------------------------------------------
// Inverse trigonometric and hyperbolic functions: c′ = a′/g(a), g from the recurrences above.

/**
 * g = σ·a² + τ in scratch with g_0 = g0 (computed by the caller without cancellation), then
 * √g in place when `root`.
 */
function quadratic(
  a: ArrayLike<number>,
  sign: number,
  g0: number,
  root: boolean,
  d: number,
  g: Coefficients,
): void {
  square(a, d, g);
  if (sign < 0) for (let k = 1; k <= d; k++) g[k] = -g[k];
  if (root) sqrtInPlace(g0, d, g);
  else g[0] = g0;
}

/** out = asin(a); scratch receives √(1 − a²). */
export function asin(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.asin.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, -1, (1 - a0) * (1 + a0), true, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
}

/** out = acos(a) = π/2 − asin(a); scratch receives √(1 − a²). */
export function acos(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.acos.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, -1, (1 - a0) * (1 + a0), true, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
  for (let k = 1; k <= d; k++) out[k] = 0 - out[k]; // 0 − c, not −c: a zero stays 0, not −0
}

/** out = atan(a); scratch receives 1 + a². */
export function atan(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.atan.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, 1, 1 + a0 * a0, false, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
}

/** out = asinh(a); scratch receives √(1 + a²). */
export function asinh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.asinh.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, 1, 1 + a0 * a0, true, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
}

/** out = acosh(a); scratch receives √(a² − 1). */
export function acosh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.acosh.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, 1, (a0 - 1) * (a0 + 1), true, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
}

/** out = atanh(a); scratch receives 1 − a². */
export function atanh(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.atanh.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  quadratic(a, -1, (1 - a0) * (1 + a0), false, d, scratch);
  integrateQuotient(a, scratch, scratch[0], c0, d, out);
}

/**
 * out = atan2(y, x), the angle of the point (x, y): c′ = (x·y′ − y·x′)/r with r = x² + y² in
 * scratch, so k·r_0·c_k = w_{k−1} − Σ_{j=1..k−1} j·c_j·r_{k−j}, w = x·y′ − y·x′. NaN derivatives
 * at the origin.
 */
export function atan2(
  y: ArrayLike<number>,
  x: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const c0 = R.atan2.f(y[0], x[0]);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  out[0] = c0;
  const r = scratch;
  for (let k = d; k >= 0; k--) {
    let s = 0;
    for (let i = 0; i <= k; i++) s += x[i] * x[k - i] + y[i] * y[k - i];
    r[k] = s;
  }
  const r0 = r[0];
  for (let k = 1; k <= d; k++) {
    let w = 0;
    for (let i = 0; i < k; i++) w += (k - i) * (x[i] * y[k - i] - y[i] * x[k - i]);
    let s = 0;
    for (let j = 1; j < k; j++) s += j * out[j] * r[k - j];
    out[k] = (w - s) / (k * r0);
  }
}

/**
 * out = √(a² + b²), scaled by h_0 so that no square overflows: u = h/h_0 solves
 * u² = (a/h_0)² + (b/h_0)². At the origin it is the zero series (the convention: hypot's partials
 * are 0 there, as abs′(0) = 0).
 */
export function hypot(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const h0 = R.hypot.f(a[0], b[0]);
  if (Number.isNaN(h0)) {
    fillNaN(out, d);
    return;
  }
  if (h0 === 0) {
    constant(0, d, out);
    return;
  }
  if (h0 === Number.POSITIVE_INFINITY) {
    fillNaN(out, d);
    out[0] = h0;
    return;
  }
  const inv = 1 / h0;
  out[0] = 1;
  for (let k = 1; k <= d; k++) {
    let s = 0;
    for (let i = 0; i <= k; i++) s += a[i] * inv * (a[k - i] * inv) + b[i] * inv * (b[k - i] * inv);
    let q = 0;
    for (let j = 1; j < (k + 1) >> 1; j++) q += out[j] * out[k - j];
    q += q;
    if ((k & 1) === 0) q += out[k >> 1] * out[k >> 1];
    out[k] = (s - q) / 2;
  }
  out[0] = h0;
  for (let k = 1; k <= d; k++) out[k] *= h0;
}

// ---------------------------------------------------------------------------------------------
// Special functions

/** erf/erfc: g = g_0·exp(−a²)/exp(−a_0²) in out (g_0 = the rule's d1), then c′ = a′·g in place. */
function erfLike(
  a: ArrayLike<number>,
  c0: number,
  g0: number,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  square(a, d, scratch);
  for (let k = 0; k <= d; k++) scratch[k] = -scratch[k];
  expSeries(scratch, g0, d, out);
  integrateProductInPlace(a, c0, d, out);
}

/** out = erf(a): c′ = a′·(2/√π)·exp(−a²); scratch receives −a². */
export function erf(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.erf.f(a0);
  erfLike(a, c0, R.erf.d1(a0, c0), d, out, scratch);
}

/** out = erfc(a) = 1 − erf(a); scratch receives −a². */
export function erfc(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.erfc.f(a0);
  erfLike(a, c0, R.erfc.d1(a0, c0), d, out, scratch);
}

/** out = σ(a) = 1/(1 + e^−a): σ′ = a′·u with u = σ − σ² kept in scratch and grown with σ. */
export function sigmoid(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const s0 = R.sigmoid.f(a[0]);
  if (Number.isNaN(s0)) {
    fillNaN(out, d);
    return;
  }
  const u = scratch;
  out[0] = s0;
  u[0] = s0 * (1 - s0);
  const slope = 1 - 2 * s0;
  const ta = degree(a, d);
  for (let k = 1; k <= d; k++) {
    let s = 0;
    const hi = Math.min(k, ta);
    for (let j = 1; j <= hi; j++) s += j * a[j] * u[k - j];
    const sk = s / k;
    out[k] = sk;
    let q = 0;
    for (let i = 1; i < (k + 1) >> 1; i++) q += out[i] * out[k - i];
    q += q;
    if ((k & 1) === 0) q += out[k >> 1] * out[k >> 1];
    u[k] = sk * slope - q;
  }
}

/** out = softplus(a) = log(1 + eᵃ): c′ = a′·σ(a); σ is built in out, scratch as for sigmoid. */
export function softplus(
  a: ArrayLike<number>,
  d: number,
  out: Coefficients,
  scratch: Coefficients,
): void {
  const a0 = a[0];
  const c0 = R.softplus.f(a0);
  if (Number.isNaN(c0)) {
    fillNaN(out, d);
    return;
  }
  sigmoid(a, d, out, scratch);
  integrateProductInPlace(a, c0, d, out);
}

// ---------------------------------------------------------------------------------------------
// Branching functions: the branch is chosen by the value, with the rule table's kink conventions.

/** out = |a| = sign(a_0)·a, with sign(0) = 0 (the rule table's abs′(0) = 0). */
export function abs(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  const v = R.abs.f(a0);
  const slope = R.abs.d1(a0, v);
  if (Number.isNaN(slope)) {
    fillNaN(out, d);
    return;
  }
  for (let k = 1; k <= d; k++) out[k] = slope === 0 ? 0 : slope * a[k];
  out[0] = v;
}

/** out = max(a, 0): a when a_0 > 0, else the zero series (relu′(0) = 0). */
export function relu(a: ArrayLike<number>, d: number, out: Coefficients): void {
  const a0 = a[0];
  const v = R.relu.f(a0);
  const slope = R.relu.d1(a0, v);
  if (Number.isNaN(slope)) {
    fillNaN(out, d);
    return;
  }
  for (let k = 1; k <= d; k++) out[k] = slope === 0 ? 0 : a[k];
  out[0] = v;
}

/** wa·a + (1 − wa)·b for the weight of R.maxWeight/minWeight; value v. */
function select(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  w: number,
  v: number,
  d: number,
  out: Coefficients,
): void {
  if (w === 1) for (let k = 1; k <= d; k++) out[k] = a[k];
  else if (w === 0) for (let k = 1; k <= d; k++) out[k] = b[k];
  else if (w === 0.5) for (let k = 1; k <= d; k++) out[k] = 0.5 * a[k] + 0.5 * b[k];
  else {
    fillNaN(out, d);
    return;
  }
  out[0] = v;
}

/** out = max(a, b) chosen by value; at a tie of a_0 and b_0, the average of both series. */
export function max(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const a0 = a[0];
  const b0 = b[0];
  select(a, b, R.maxWeight(a0, b0), Math.max(a0, b0), d, out);
}

/** out = min(a, b) chosen by value; at a tie of a_0 and b_0, the average of both series. */
export function min(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  d: number,
  out: Coefficients,
): void {
  const a0 = a[0];
  const b0 = b[0];
  select(a, b, R.minWeight(a0, b0), Math.min(a0, b0), d, out);
}
