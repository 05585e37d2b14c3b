/**
 * Accuracy bounds of the rule table, in ulps against correctly rounded mpmath references.
 *
 * Each bound is a first-order error budget of the formula in src/rules.ts, assuming V8's `Math`
 * functions (fdlibm ports) are within 1 ulp, `Math.sqrt` and the basic operations are correctly
 * rounded (½ ulp each), and a product of factors with errors e₁, e₂ has error e₁ + e₂ + ½. So a
 * bound above 2 always comes from a formula that combines several rounded quantities (d2 = x·d1³
 * triples d1's error), never from an inaccurate one: ill-conditioned formulas were replaced by
 * well-conditioned ones (see the comments in src/rules.ts) rather than given loose bounds.
 *
 * @module
 */
import type { UnaryName } from '../../src/rules.js';
import type { BinaryName } from './rules-fixture.js';

/** Bounds in ulps for f, f′ and f″ of a unary rule. */
export type UnaryBounds = readonly [f: number, d1: number, d2: number];

/** Bounds of every unary rule: `[f, d1, d2]` with the budget that gives them. */
export const unaryBounds: Record<UnaryName, UnaryBounds> = {
  sqrt: [0, 1, 2], // IEEE √ is exact-rounded; ½/fx: ½ + ½; −d1/(2x): 1 + ½
  cbrt: [1, 4, 5], // 1/(3·fx²): 2·1 + 3·½; −2·d1/(3x): 4 + 1
  exp: [1, 1, 1], // d1 = d2 = fx
  expm1: [1, 1, 1], // d1 = d2 = Math.exp(x)
  log: [1, 1, 2], // 1/x: ½; −d1²: 2·½ + ½
  log1p: [1, 1, 3], // 1/(1 + x): ½ + ½; −d1²: 2·1 + ½
  log2: [1, 1, 2], // log₂e/x: ½ + ½; −d1/x: 1 + ½
  log10: [1, 1, 2], // log₁₀e/x: ½ + ½; −d1/x: 1 + ½
  sin: [1, 1, 1], // cos x; −fx
  cos: [1, 1, 1], // −sin x; −fx
  tan: [1, 3, 5], // 1 + fx²: 2·1 + 2·½; 2·fx·d1: 1 + 3 + ½
  asin: [1, 2, 7], // 1/√((1 − x)(1 + x)): 3·½ halved by √, + 2·½; x·d1³: 3·2 + 1
  acos: [1, 2, 7], // as asin
  atan: [1, 2, 4], // 1/(1 + x²): 3·½; −2x·d1·d1: 2·1.5 + 1
  sinh: [1, 1, 1], // cosh x; fx
  cosh: [1, 1, 1], // sinh x; fx
  tanh: [1, 4, 6], // (1/cosh x)²: 2·(1 + ½) + ½ (or (1 − t)(1 + t), |t| < ½: 2·1 + ½); −2·fx·d1: 1 + 4 + ½
  asinh: [1, 2, 7], // 1/√(1 + x²): 2·½ halved, + 2·½; −x·d1³: 3·2 + 1
  acosh: [1, 3, 10], // 1/(√(x − 1)·√(x + 1)): 2·(¼ + ½) + 2·½; −x·d1³: 3·3 + 1
  atanh: [1, 2, 5], // 1/((1 − x)(1 + x)): 4·½; 2x·d1²: 2·2 + 1
  abs: [0, 0, 0], // exact
  sigmoid: [2, 3, 5], // 1/(1 + e): 1 + 2·½; e/(1 + e)²: 1 + 3·½ + ½; −d1·tanh(x/2): 3 + 1 + ½
  softplus: [2, 2, 3], // max(x, 0) + log1p(e^−|x|): 1 + 1; σ(x): as sigmoid f; σ′(x): as sigmoid d1
  relu: [0, 0, 0], // exact
  erf: [2, 2, 3], // f: 2 ulps (src/special/erf.ts); k·e^(−x²) with exact x²: 1 + 2·½; −2x·d1: 2 + ½
  erfc: [2, 2, 3], // as erf
};

/** Bounds in ulps for f, ∂a, ∂b, ∂aa, ∂ab, ∂bb of a binary rule. */
export type BinaryBounds = readonly [
  f: number,
  da: number,
  db: number,
  daa: number,
  dab: number,
  dbb: number,
];

/**
 * Bounds of every binary rule. pow's ∂ab = a^(b−1)·(1 + b·ln a) vanishes at a = e^(−1/b), where
 * its relative condition number is unbounded (the rounding of ln a, ½ ulp of b·ln a, survives the
 * cancellation); its bound is therefore in units of ε·(|a^(b−1)| + |a^(b−1)·b·ln a|), the size of
 * the terms that cancel, not in ulps of the result.
 */
export const binaryBounds: Record<BinaryName, BinaryBounds> = {
  mul: [0, 0, 0, 0, 0, 0], // exact-rounded product; exact partials
  div: [0, 0, 1, 0, 1, 2], // q; 1/b; −q/b: ½ + ½; 0; −1/(b·b): ½ + ½; 2q/(b·b): 3·½
  pow: [1, 2, 3, 4, 4, 4], // a^b; b·(fab/a): 1 + 2·½; fab·ln a: 1 + 1 + ½; b(b−1)·fab/a/a: 4·½ + 1 + ½;
  // (fab/a)(1 + b ln a): in ε·scale units; fab·ln²a: 1 + 2 + 1
  atan2: [1, 2, 2, 4, 5, 4], // B/(A² + B²): 3·½ + ½; 2AB/r2/r2: 2·1.5 + 1; (A − B)(A + B)/r2/r2: 1.5 + 3 + ½
  hypot: [1, 2, 2, 6, 6, 6], // a/h: 1 + ½; (b/h)²/h: 2·1.5 + ½ + 1 + ½ (h's own 1 ulp counts 3 times)
};

/** Bounds in ulps for x^p, d/dx and d²/dx² of the power rule (constant exponent). */
export const powerBounds: UnaryBounds = [1, 2, 4]; // as pow's a, ∂a, ∂aa
