/**
 * The rule table: value, first and second derivative of every elementary function, written once.
 *
 * Every number type (Dual, MultiDual, HyperDual, Jet2) applies these rules; the Taylor recurrences
 * in `taylor-series.ts` are checked against them by a test, so the two cannot drift apart.
 *
 * Domain convention: outside a function's domain the value is NaN (as `Math` gives it) and so is
 * every derivative. Where the plain formula would give a finite number there (1/x for log(-2)),
 * the rule guards it.
 *
 * @module
 */
import { erfc as erfcValue, erf as erfValue } from './special/erf.js';

/** A unary function f with its first and second derivatives at a point. */
export interface UnaryRule {
  /** f(x). */
  f(x: number): number;
  /** f′(x), given fx = f(x). */
  d1(x: number, fx: number): number;
  /** f″(x), given fx = f(x) and d1 = f′(x). */
  d2(x: number, fx: number, d1: number): number;
}

/**
 * A binary function f(a, b) with its partial derivatives up to second order, each given
 * fab = f(a, b).
 */
export interface BinaryRule {
  f(a: number, b: number): number;
  da(a: number, b: number, fab: number): number;
  db(a: number, b: number, fab: number): number;
  daa(a: number, b: number, fab: number): number;
  dab(a: number, b: number, fab: number): number;
  dbb(a: number, b: number, fab: number): number;
}

/**
 * x^p for a constant exponent p, with derivatives exact at x = 0 for integer p: a term whose
 * coefficient is zero is zero, not 0·∞ = NaN (so d²/dx² x at 0 is 0, and d/dx x⁰ is 0).
 */
export interface PowerRule {
  f(x: number, p: number): number;
  d1(x: number, p: number, fx: number): number;
  d2(x: number, p: number, fx: number): number;
}

const SQRT_PI_INV_2 = 2 / Math.sqrt(Math.PI);
const MIN_NORMAL = 2 ** -1022;

/**
 * c·x^(p−k) for k = 1 or 2, given fx = x^p, with 0 when c is 0 (the term is absent whatever
 * x^(p−k) is: d/dx x⁰ = 0 and d²/dx² x = 0 also at x = 0, never 0·∞).
 *
 * Computed as fx/x (/x) where fx is a normal double: evaluating x^(p−k) directly rounds the
 * exponent p − k first, which costs up to |ln x|·ε/2 relative error (hundreds of ulps for
 * x = 1e±300, p = 0.3). At x = 0, and where fx overflowed or underflowed, the direct power keeps
 * the monomials exact at 0.
 */
function powerSlopeTerm(c: number, x: number, p: number, fx: number, k: 1 | 2): number {
  if (c === 0) return 0;
  const m = Math.abs(fx);
  if (x !== 0 && m >= MIN_NORMAL && m <= Number.MAX_VALUE) {
    return k === 1 ? c * (fx / x) : c * (fx / x / x);
  }
  return c * x ** (p - k);
}

/**
 * k·e^(−x²) to a few ulps: x² is split into its rounded value s and the exact rounding error r
 * (Dekker's product), and e^(−x²) = e^(−s)·e^(−r) ≈ e^(−s)·(1 − r). Plain Math.exp(−x*x) loses
 * x²·ε/2 relative accuracy to the rounding of x² (about 300 ulps at x = 26 in erfc's tail). Where
 * the result is subnormal, k multiplies the normal half e^(−s/2) before the final rounding, so a
 * subnormal intermediate is never scaled up.
 */
function scaledGaussian(k: number, x: number): number {
  const a = Math.abs(x);
  const s = a * a;
  // Beyond 800 even k·e^(−s) underflows to 0 (and the split below could overflow); NaN stays NaN.
  if (!(s < 800)) return k * Math.exp(-s);
  const c = 134217729 * a; // 2^27 + 1: splits a into two 26-bit halves
  const hi = c - (c - a);
  const lo = a - hi;
  const r = hi * hi - s + 2 * hi * lo + lo * lo;
  if (s < 700) {
    const t = k * Math.exp(-s);
    return t - t * r;
  }
  const h = Math.exp(-s / 2);
  const t = k * h;
  return (t - t * r) * h;
}

/** The second derivative −2x·f′ of erf and erfc, given f′ = k·e^(−x²). */
function gaussianSlope(x: number, d1: number, k: number): number {
  // A subnormal d1 has lost relative precision; recompute rather than scale it up by 2|x|.
  return Math.abs(d1) >= MIN_NORMAL ? -2 * x * d1 : scaledGaussian(-2 * k * x, x);
}

/** A power of 2 that brings max(|a|, |b|) into [1e-150, 1e150], where a² + b² is a normal double. */
function normScale(a: number, b: number): number {
  const m = Math.max(Math.abs(a), Math.abs(b));
  return m > 1e150 ? 2 ** -600 : m < 1e-150 ? 2 ** 600 : 1;
}

/** σ′(x) = σ(x)·σ(−x) = e^(−|x|)/(1 + e^(−|x|))², accurate in both tails (σ(1 − σ) is not). */
function sigmoidSlope(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** The logistic function, evaluated without overflow on either side. */
export function sigmoidValue(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(1 + eˣ), without overflow for large x nor loss of accuracy for very negative x. */
export function softplusValue(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** max(x, 0); NaN stays NaN and relu(−0) is 0. */
export function reluValue(x: number): number {
  return x > 0 ? x : x <= 0 ? 0 : Number.NaN;
}

/** sign(x) with sign(±0) = 0: the subgradient abs uses at its kink. NaN stays NaN. */
function absSlope(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN;
}

/** 1/√(1 + x²) without overflow of x² for huge |x|. */
function invHypot1(x: number): number {
  const a = Math.abs(x);
  return a > 1e150 ? 1 / a : 1 / Math.sqrt(1 + x * x);
}

export const sqrt: UnaryRule = {
  f: Math.sqrt,
  d1: (_x, fx) => 0.5 / fx,
  d2: (x, _fx, d1) => -d1 / (2 * x),
};

export const cbrt: UnaryRule = {
  f: Math.cbrt,
  d1: (_x, fx) => 1 / (3 * fx * fx),
  d2: (x, _fx, d1) => (-2 * d1) / (3 * x),
};

export const exp: UnaryRule = {
  f: Math.exp,
  d1: (_x, fx) => fx,
  d2: (_x, fx) => fx,
};

export const expm1: UnaryRule = {
  f: Math.expm1,
  d1: (x) => Math.exp(x),
  d2: (_x, _fx, d1) => d1,
};

export const log: UnaryRule = {
  f: Math.log,
  d1: (x, fx) => (!Number.isNaN(fx) ? 1 / x : Number.NaN),
  d2: (_x, _fx, d1) => -d1 * d1,
};

export const log1p: UnaryRule = {
  f: Math.log1p,
  d1: (x, fx) => (!Number.isNaN(fx) ? 1 / (1 + x) : Number.NaN),
  d2: (_x, _fx, d1) => -d1 * d1,
};

// log₂e/x rather than 1/(x·ln 2): one rounding fewer, and x·ln 10 overflows near the top double.
export const log2: UnaryRule = {
  f: Math.log2,
  d1: (x, fx) => (!Number.isNaN(fx) ? Math.LOG2E / x : Number.NaN),
  d2: (x, _fx, d1) => -d1 / x,
};

export const log10: UnaryRule = {
  f: Math.log10,
  d1: (x, fx) => (!Number.isNaN(fx) ? Math.LOG10E / x : Number.NaN),
  d2: (x, _fx, d1) => -d1 / x,
};

export const sin: UnaryRule = {
  f: Math.sin,
  d1: (x) => Math.cos(x),
  d2: (_x, fx) => -fx,
};

export const cos: UnaryRule = {
  f: Math.cos,
  d1: (x) => -Math.sin(x),
  d2: (_x, fx) => -fx,
};

export const tan: UnaryRule = {
  f: Math.tan,
  d1: (_x, fx) => 1 + fx * fx,
  d2: (_x, fx, d1) => 2 * fx * d1,
};

// √((1 − x)(1 + x)) rather than √(1 − x²): 1 − x is exact near ±1, where 1 − x*x cancels.
export const asin: UnaryRule = {
  f: Math.asin,
  d1: (x) => 1 / Math.sqrt((1 - x) * (1 + x)),
  d2: (x, _fx, d1) => x * d1 * d1 * d1,
};

export const acos: UnaryRule = {
  f: Math.acos,
  d1: (x) => -1 / Math.sqrt((1 - x) * (1 + x)),
  d2: (x, _fx, d1) => x * d1 * d1 * d1,
};

export const atan: UnaryRule = {
  f: Math.atan,
  d1: (x) => 1 / (1 + x * x),
  d2: (x, _fx, d1) => -2 * x * d1 * d1,
};

export const sinh: UnaryRule = {
  f: Math.sinh,
  d1: (x) => Math.cosh(x),
  d2: (_x, fx) => fx,
};

export const cosh: UnaryRule = {
  f: Math.cosh,
  d1: (x) => Math.sinh(x),
  d2: (_x, fx) => fx,
};

export const tanh: UnaryRule = {
  f: Math.tanh,
  // 1 − tanh²x cancels as tanh x nears ±1 (to 0 once it rounds there, |x| ≳ 19): use sech²x,
  // which costs a cosh, except where |tanh x| < ½ and (1 − t)(1 + t) loses under an ulp.
  d1: (x, fx) => {
    if (Math.abs(fx) < 0.5) return (1 - fx) * (1 + fx);
    const s = 1 / Math.cosh(x);
    return s * s;
  },
  d2: (_x, fx, d1) => -2 * fx * d1,
};

export const asinh: UnaryRule = {
  f: Math.asinh,
  d1: invHypot1,
  d2: (x, _fx, d1) => -x * d1 * d1 * d1,
};

export const acosh: UnaryRule = {
  f: Math.acosh,
  // √(x−1)·√(x+1) rather than √(x²−1): no cancellation near 1, NaN below 1.
  d1: (x) => 1 / (Math.sqrt(x - 1) * Math.sqrt(x + 1)),
  d2: (x, _fx, d1) => -x * d1 * d1 * d1,
};

export const atanh: UnaryRule = {
  f: Math.atanh,
  d1: (x, fx) => (!Number.isNaN(fx) ? 1 / ((1 - x) * (1 + x)) : Number.NaN),
  d2: (x, _fx, d1) => 2 * x * d1 * d1,
};

/** abs′(0) = 0 (the subgradient sign(0)); see docs/conventions.md. */
export const abs: UnaryRule = {
  f: Math.abs,
  d1: absSlope,
  d2: (x) => (Number.isNaN(x) ? Number.NaN : 0),
};

export const sigmoid: UnaryRule = {
  f: sigmoidValue,
  d1: sigmoidSlope,
  // σ″ = σ′·(1 − 2σ) = −σ′·tanh(x/2): 1 − 2σ cancels near x = 0.
  d2: (x, _fx, d1) => -d1 * Math.tanh(x / 2),
};

export const softplus: UnaryRule = {
  f: softplusValue,
  d1: sigmoidValue,
  d2: (x) => sigmoidSlope(x),
};

/** relu′(0) = 0, as in PyTorch and JAX; see docs/conventions.md. */
export const relu: UnaryRule = {
  f: reluValue,
  d1: (x) => (x > 0 ? 1 : x <= 0 ? 0 : Number.NaN),
  d2: (x) => (Number.isNaN(x) ? Number.NaN : 0),
};

export const erf: UnaryRule = {
  f: erfValue,
  d1: (x) => scaledGaussian(SQRT_PI_INV_2, x),
  d2: (x, _fx, d1) => gaussianSlope(x, d1, SQRT_PI_INV_2),
};

export const erfc: UnaryRule = {
  f: erfcValue,
  d1: (x) => scaledGaussian(-SQRT_PI_INV_2, x),
  d2: (x, _fx, d1) => gaussianSlope(x, d1, -SQRT_PI_INV_2),
};

/** x^p for a constant p: exact monomials for integer p, also at x = 0. */
export const power: PowerRule = {
  f: (x, p) => x ** p,
  d1: (x, p, fx) => powerSlopeTerm(p, x, p, fx, 1),
  d2: (x, p, fx) => powerSlopeTerm(p * (p - 1), x, p, fx, 2),
};

/** a·b */
export const mul: BinaryRule = {
  f: (a, b) => a * b,
  da: (_a, b) => b,
  db: (a) => a,
  daa: () => 0,
  dab: () => 1,
  dbb: () => 0,
};

/** a / b */
export const div: BinaryRule = {
  f: (a, b) => a / b,
  da: (_a, b) => 1 / b,
  db: (_a, b, q) => -q / b,
  daa: () => 0,
  dab: (_a, b) => -1 / (b * b),
  dbb: (_a, b, q) => (2 * q) / (b * b),
};

/**
 * a^b with both sides variable. The value is `Math.pow`'s. At a = 0 with b > 0 the function is
 * identically 0 in b, so its b-derivatives are 0 (not 0·log 0 = NaN); for a < 0 they are NaN.
 */
export const pow: BinaryRule = {
  f: (a, b) => a ** b,
  da: (a, b, fab) => powerSlopeTerm(b, a, b, fab, 1),
  db: (a, b, fab) => (a === 0 && b > 0 ? 0 : fab * Math.log(a)),
  daa: (a, b, fab) => powerSlopeTerm(b * (b - 1), a, b, fab, 2),
  dab: (a, b, fab) =>
    a === 0 ? (b > 1 ? 0 : Number.NaN) : powerSlopeTerm(1, a, b, fab, 1) * (1 + b * Math.log(a)),
  dbb: (a, b, fab) => {
    if (a === 0 && b > 0) return 0;
    const l = Math.log(a);
    return fab * l * l;
  },
};

/**
 * atan2(a, b) = the angle of the point (b, a), as `Math.atan2(y, x)`. NaN partials at the origin.
 * The partials scale (a, b) by a power of 2 (exact) so that a² + b² neither overflows nor
 * underflows, and undo the scale afterwards: with A = sa, B = sb, r² = A² + B², ∂a = s·B/r² and
 * the second partials are s²·(…)/r⁴.
 */
export const atan2: BinaryRule = {
  f: Math.atan2,
  da: (a, b) => {
    const s = normScale(a, b);
    const A = a * s;
    const B = b * s;
    return (B / (A * A + B * B)) * s;
  },
  db: (a, b) => {
    const s = normScale(a, b);
    const A = a * s;
    const B = b * s;
    return (-A / (A * A + B * B)) * s;
  },
  daa: (a, b) => {
    const s = normScale(a, b);
    const A = a * s;
    const B = b * s;
    const r2 = A * A + B * B;
    return ((-2 * A * B) / r2 / r2) * s * s;
  },
  dab: (a, b) => {
    const s = normScale(a, b);
    const A = a * s;
    const B = b * s;
    const r2 = A * A + B * B;
    // (A − B)(A + B) rather than A² − B²: no cancellation where |a| ≈ |b|.
    return (((A - B) * (A + B)) / r2 / r2) * s * s;
  },
  dbb: (a, b) => {
    const s = normScale(a, b);
    const A = a * s;
    const B = b * s;
    const r2 = A * A + B * B;
    return ((2 * A * B) / r2 / r2) * s * s;
  },
};

/** √(a² + b²). At the origin (a cone's tip) every partial is taken as 0, as abs′(0) = 0. */
export const hypot: BinaryRule = {
  f: Math.hypot,
  da: (a, _b, h) => (h === 0 ? 0 : a / h),
  db: (_a, b, h) => (h === 0 ? 0 : b / h),
  daa: (_a, b, h) => (h === 0 ? 0 : (b / h) * (b / h) * (1 / h)),
  dab: (a, b, h) => (h === 0 ? 0 : -(a / h) * (b / h) * (1 / h)),
  dbb: (a, _b, h) => (h === 0 ? 0 : (a / h) * (a / h) * (1 / h)),
};

/**
 * The weight min/max give their first argument: 1 when it is selected, 0 when the other is,
 * ½ at a tie (the derivative is then the average of both sides, as JAX does). NaN when either
 * value is NaN, since `Math.max` gives NaN then.
 */
export function maxWeight(a: number, b: number): number {
  return a > b ? 1 : a < b ? 0 : a === b ? 0.5 : Number.NaN;
}

/** The weight min gives its first argument; see {@link maxWeight}. */
export function minWeight(a: number, b: number): number {
  return a < b ? 1 : a > b ? 0 : a === b ? 0.5 : Number.NaN;
}

/**
 * The names of every unary elementary function, in one list: each number type implements one
 * method per name, and the tests walk this list.
 */
export const unaryRules = {
  sqrt,
  cbrt,
  exp,
  expm1,
  log,
  log1p,
  log2,
  log10,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  sinh,
  cosh,
  tanh,
  asinh,
  acosh,
  atanh,
  abs,
  sigmoid,
  softplus,
  relu,
  erf,
  erfc,
} as const;

/** Names of the unary elementary functions. */
export type UnaryName = keyof typeof unaryRules;

/** The binary functions with rules (add and sub are linear and need none). */
export const binaryRules = { mul, div, pow, atan2, hypot } as const;
