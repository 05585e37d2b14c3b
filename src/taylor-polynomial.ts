/**
 * The result of the `taylor` driver: a Taylor polynomial of f about a centre, which can be
 * evaluated, differentiated and integrated as a polynomial, and estimates its own truncation
 * error.
 *
 * @module
 */
import { checkNumber, checkOrder } from './errors.js';
import { FACTORIALS, MAX_FACTORIAL } from './factorials.js';

/** How many top coefficients {@link TaylorPolynomial.errorEstimate} fits its decay rate to. */
const TAIL_WINDOW = 4;

/**
 * p(x) = Σ_{k=0..d} c_k·(x − x0)^k with c_k = f^(k)(x0)/k!: the order-d Taylor polynomial of f
 * about `center` = x0.
 *
 * @example
 * ```ts
 * import { taylor, exp } from 'forward-ad';
 * const p = taylor(exp, 0, 8);
 * p.coefficients;      // [1, 1, 1/2, 1/6, …, 1/40320]
 * p.evaluate(0.5);     // ≈ e^0.5, error ≈ p.errorEstimate(0.5)
 * p.derivative(3);     // f‴(0) = 1
 * ```
 */
export class TaylorPolynomial {
  /** The centre x0 of the expansion. */
  readonly center: number;
  /** The order d: the degree of the polynomial (d + 1 coefficients). */
  readonly order: number;
  /** c_0 … c_d, c_k = f^(k)(x0)/k!. */
  readonly coefficients: number[];

  /**
   * @param center - the centre x0
   * @param coefficients - c_0 … c_d (not copied), at least one
   * @throws RangeError when there are no coefficients
   */
  constructor(center: number, coefficients: number[]) {
    if (coefficients.length === 0) {
      throw new RangeError('forward-ad: a TaylorPolynomial needs at least one coefficient');
    }
    this.center = center;
    this.order = coefficients.length - 1;
    this.coefficients = coefficients;
  }

  /**
   * The polynomial at x, by Horner's scheme in x − x0.
   *
   * @param x - the point
   * @returns p(x)
   * @throws TypeError when x is not a number
   * @example
   * ```ts
   * taylor(sin, 0, 7).evaluate(0.1); // sin(0.1) to about 3e-15
   * ```
   */
  evaluate(x: number): number {
    checkNumber(x, 'x');
    const c = this.coefficients;
    const h = x - this.center;
    let s = c[this.order];
    for (let k = this.order - 1; k >= 0; k--) s = s * h + c[k];
    return s;
  }

  /**
   * The k-th derivative of f at the centre, f^(k)(x0) = k!·c_k: c_k times k! rounded once (exact
   * to 22!), and past 170! one factor at a time, so nothing overflows before the result does: it
   * is ±Infinity only when f^(k)(x0) itself exceeds the double range. (If |c_k| underflowed below
   * the smallest double, its derivative is lost; see docs/taylor.md.)
   *
   * @param k - the derivative order, 0 ≤ k ≤ order
   * @returns f^(k)(x0)
   * @throws RangeError when k is negative, fractional or above the order
   * @example
   * ```ts
   * taylor(exp, 0, 170).derivative(170); // 1 (c_170 = 1/170! ≈ 1.4e-307)
   * ```
   */
  derivative(k: number): number {
    checkOrder(k, 'k');
    if (k > this.order) {
      throw new RangeError(
        `forward-ad: k must be at most the order of the expansion (${this.order}), got ${k}`,
      );
    }
    const c = this.coefficients[k];
    if (k <= MAX_FACTORIAL) return c * FACTORIALS[k];
    let r = c * FACTORIALS[MAX_FACTORIAL];
    for (let i = MAX_FACTORIAL + 1; i <= k; i++) r *= i;
    return r;
  }

  /**
   * The derivative as a polynomial: the order-(d−1) Taylor polynomial of f′ about the same centre,
   * with coefficients (k+1)·c_{k+1}.
   *
   * @returns p′
   * @throws RangeError for an order-0 polynomial, which knows nothing about f′
   * @example
   * ```ts
   * taylor(sin, 0, 5).differentiate().coefficients; // [1, 0, -1/2, 0, 1/24]: cos
   * ```
   */
  differentiate(): TaylorPolynomial {
    const d = this.order;
    if (d === 0) {
      throw new RangeError(
        'forward-ad: an order-0 Taylor polynomial cannot be differentiated: expand to order ≥ 1',
      );
    }
    const c = this.coefficients;
    const out = new Array<number>(d);
    for (let k = 0; k < d; k++) out[k] = (k + 1) * c[k + 1];
    return new TaylorPolynomial(this.center, out);
  }

  /**
   * The antiderivative that is 0 at the centre, as the order-(d+1) Taylor polynomial of
   * x ↦ ∫_{x0}^x f, with coefficients c_{k−1}/k.
   *
   * @returns P with P′ = p and P(x0) = 0
   * @example
   * ```ts
   * taylor(cos, 0, 4).integrate().coefficients; // [0, 1, 0, -1/6, 0, 1/120]: sin
   * ```
   */
  integrate(): TaylorPolynomial {
    const d = this.order;
    const c = this.coefficients;
    const out = new Array<number>(d + 2);
    out[0] = 0;
    for (let k = 1; k <= d + 1; k++) out[k] = c[k - 1] / k;
    return new TaylorPolynomial(this.center, out);
  }

  /**
   * An estimate of the truncation error |f(x) − p(x)| from the tail of the series.
   *
   * With t_j = |c_j|·|x − x0|^j, the last two non-zero terms among the top four coefficients,
   * t_j and t_i (j < i), give the decay ratio r = t_i/t_j per step of i − j (a step of 2 for odd
   * and even functions, whose every other coefficient is 0). The omitted tail is taken to
   * continue geometrically: t_i·r + t_i·r² + … = t_i·r/(1 − r). Special cases: 0 at the centre
   * or when the top four coefficients are all 0; the last non-zero term itself when only one of
   * them is non-zero; Infinity when the terms do not decrease (x outside the apparent radius of
   * convergence).
   *
   * A heuristic, not a bound: it is close when x is well inside the radius of convergence and the
   * coefficients have settled into their asymptotic decay; for entire functions (exp, sin), whose
   * terms decay faster than geometrically, it errs on the large side.
   *
   * @param x - the point
   * @returns the estimated |f(x) − p(x)|
   * @throws TypeError when x is not a number
   * @example
   * ```ts
   * const p = taylor(exp, 0, 6);
   * p.errorEstimate(0.5); // 2.0e-6; the true error e^0.5 − p(0.5) is 1.6e-6
   * ```
   */
  errorEstimate(x: number): number {
    checkNumber(x, 'x');
    const h = Math.abs(x - this.center);
    if (h === 0) return 0;
    const c = this.coefficients;
    const d = this.order;
    const logH = Math.log(h);
    // The last two non-zero terms, in logarithms so that |h|^j never overflows.
    let i = -1;
    let j = -1;
    for (let k = d; k >= 0 && k > d - TAIL_WINDOW; k--) {
      if (c[k] === 0) continue;
      if (i < 0) i = k;
      else {
        j = k;
        break;
      }
    }
    if (i < 0) return 0;
    const logTi = Math.log(Math.abs(c[i])) + i * logH;
    if (j < 0) return Math.exp(logTi);
    const logR = logTi - (Math.log(Math.abs(c[j])) + j * logH);
    if (!(logR < 0)) return Number.POSITIVE_INFINITY;
    return Math.exp(logTi + logR) / -Math.expm1(logR);
  }

  /** `TaylorPolynomial(center, [c0, c1, …])`. */
  toString(): string {
    return `TaylorPolynomial(${this.center}, [${this.coefficients.join(', ')}])`;
  }
}
