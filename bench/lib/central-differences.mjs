/**
 * Central finite differences, the inexact contender: each with its textbook step (the one that
 * balances truncation against rounding) and its cost in evaluations of f written down.
 *
 * @module
 */

const EPS = Number.EPSILON;
/** Step scale for first differences: ε^(1/3). */
const H1 = Math.cbrt(EPS);
/** Step scale for second differences: ε^(1/4). */
const H2 = EPS ** 0.25;

/** A step near h·max(1, |x|) that x + step represents exactly (so (x+h) − (x−h) is 2h). */
function stepAt(x, h) {
  const s = h * Math.max(1, Math.abs(x));
  return x + s - x;
}

/**
 * f′(x) ≈ (f(x+h) − f(x−h)) / 2h: 2 evaluations.
 *
 * @param {(x: number) => number} f - the function
 * @param {number} x - the point
 * @returns {number} the estimate
 * @example
 * centralDerivative(Math.sin, 0); // ≈ 1
 */
export function centralDerivative(f, x) {
  const h = stepAt(x, H1);
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * f″(x) ≈ (f(x+h) − 2f(x) + f(x−h)) / h²: 3 evaluations.
 *
 * @param {(x: number) => number} f - the function
 * @param {number} x - the point
 * @returns {number} the estimate
 * @example
 * centralSecondDerivative(Math.exp, 0); // ≈ 1
 */
export function centralSecondDerivative(f, x) {
  const h = stepAt(x, H2);
  return (f(x + h) - 2 * f(x) + f(x - h)) / (h * h);
}

/**
 * ∇f(x) by central differences in each coordinate: 2n evaluations.
 *
 * @param {(x: number[]) => number} f - the function
 * @param {readonly number[]} x - the point
 * @returns {number[]} the estimate
 * @example
 * centralGradient(([a, b]) => a * b, [2, 3]); // ≈ [3, 2]
 */
export function centralGradient(f, x) {
  const n = x.length;
  const xs = x.slice();
  const g = new Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const h = stepAt(xi, H1);
    xs[i] = xi + h;
    const fp = f(xs);
    xs[i] = xi - h;
    const fm = f(xs);
    xs[i] = xi;
    g[i] = (fp - fm) / (2 * h);
  }
  return g;
}

/**
 * The Jacobian of F: Rⁿ → Rᵐ by central differences, one column per input: 2n evaluations.
 *
 * @param {(x: number[]) => number[]} F - the function
 * @param {readonly number[]} x - the point
 * @returns {number[][]} the m×n estimate
 * @example
 * centralJacobian(([a, b]) => [a + b, a * b], [1, 2]); // ≈ [[1, 1], [2, 1]]
 */
export function centralJacobian(F, x) {
  const n = x.length;
  const xs = x.slice();
  let J = null;
  for (let j = 0; j < n; j++) {
    const xj = x[j];
    const h = stepAt(xj, H1);
    xs[j] = xj + h;
    const fp = F(xs);
    xs[j] = xj - h;
    const fm = F(xs);
    xs[j] = xj;
    if (J === null) J = fp.map(() => new Array(n));
    for (let i = 0; i < fp.length; i++) J[i][j] = (fp[i] - fm[i]) / (2 * h);
  }
  return J ?? [];
}

/**
 * F(x) and J(x)·v ≈ (F(x + hv) − F(x − hv)) / 2h: 3 evaluations (the value is part of the
 * answer, as in forward-ad's `jvp`).
 *
 * @param {(x: number[]) => number[]} F - the function
 * @param {readonly number[]} x - the point
 * @param {readonly number[]} v - the direction
 * @returns {[number[], number[]]} [value, tangent estimate]
 * @example
 * centralJvp(([a]) => [a * a], [3], [1]); // ≈ [[9], [6]]
 */
export function centralJvp(F, x, v) {
  const n = x.length;
  let xMax = 0;
  let vMax = 0;
  for (let j = 0; j < n; j++) {
    xMax = Math.max(xMax, Math.abs(x[j]));
    vMax = Math.max(vMax, Math.abs(v[j]));
  }
  const h = vMax === 0 ? 1 : (H1 * Math.max(1, xMax)) / vMax;
  const xp = new Array(n);
  const xm = new Array(n);
  for (let j = 0; j < n; j++) {
    xp[j] = x[j] + h * v[j];
    xm[j] = x[j] - h * v[j];
  }
  const fp = F(xp);
  const fm = F(xm);
  return [F(x), fp.map((p, i) => (p - fm[i]) / (2 * h))];
}

/** f at x with xᵢ moved by di and xⱼ by dj (both when i = j), xs restored to x afterwards. */
function shifted(f, xs, x, i, j, di, dj) {
  xs[i] += di;
  xs[j] += dj;
  const y = f(xs);
  xs[i] = x[i];
  xs[j] = x[j];
  return y;
}

/**
 * The Hessian by the four-point central formula
 * Hᵢⱼ ≈ (f(x+hᵢeᵢ+hⱼeⱼ) − f(x+hᵢeᵢ−hⱼeⱼ) − f(x−hᵢeᵢ+hⱼeⱼ) + f(x−hᵢeᵢ−hⱼeⱼ)) / 4hᵢhⱼ, for
 * j ≥ i only (the rest by symmetry): 4·n(n+1)/2 = 2n(n+1) evaluations. Without the symmetry it
 * would be the 4n² of the issues' wording, about twice as slow; this is the stricter baseline.
 *
 * @param {(x: number[]) => number} f - the function
 * @param {readonly number[]} x - the point
 * @returns {number[][]} the n×n estimate
 * @example
 * centralHessian(([a, b]) => a * a * b, [1, 2]); // ≈ [[4, 2], [2, 0]]
 */
export function centralHessian(f, x) {
  const n = x.length;
  const xs = x.slice();
  const h = x.map((xi) => stepAt(xi, H2));
  const H = Array.from({ length: n }, () => new Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const hi = h[i];
      const hj = h[j];
      const pp = shifted(f, xs, x, i, j, hi, hj);
      const pm = shifted(f, xs, x, i, j, hi, -hj);
      const mp = shifted(f, xs, x, i, j, -hi, hj);
      const mm = shifted(f, xs, x, i, j, -hi, -hj);
      const hij = (pp - pm - mp + mm) / (4 * hi * hj);
      H[i][j] = hij;
      H[j][i] = hij;
    }
  }
  return H;
}

/**
 * Taylor coefficients cₖ ≈ δₕᵏf(x0) / (hᵏ·k!) from the k-th central difference
 * δₕᵏf(x) = Σⱼ (−1)ʲ·C(k, j)·f(x + (k/2 − j)h), each k with its own step ε^(1/(k+2)):
 * Σₖ (k+1) = (d+1)(d+2)/2 evaluations. Rounding swamps the high orders.
 *
 * @param {(x: number) => number} f - the function
 * @param {number} x0 - the centre
 * @param {number} order - d
 * @returns {number[]} the d+1 estimates
 * @example
 * centralTaylor(Math.exp, 0, 2); // ≈ [1, 1, 0.5]
 */
export function centralTaylor(f, x0, order) {
  const c = [f(x0)];
  let factorial = 1;
  for (let k = 1; k <= order; k++) {
    factorial *= k;
    const h = stepAt(x0, EPS ** (1 / (k + 2)));
    let sum = 0;
    let binomial = 1;
    for (let j = 0; j <= k; j++) {
      sum += (j % 2 === 0 ? binomial : -binomial) * f(x0 + (k / 2 - j) * h);
      binomial = (binomial * (k - j)) / (j + 1);
    }
    c.push(sum / h ** k / factorial);
  }
  return c;
}
