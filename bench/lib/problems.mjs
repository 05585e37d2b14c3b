/**
 * The benchmark problems, each in three forms: the plain-JS primal, its hand-written analytic
 * derivatives (the reference every contender is checked against, and the practical speed
 * limit), and the generic form that forward-ad's drivers run (method calls on any `Scalar`).
 *
 * The analytic forms are checked against mpmath in test/bench/problems.test.ts. The generic
 * forms refer to no outer variable, so that bench/lib/fresh.mjs can copy them per contender.
 *
 * @module
 */
import { uniformVector } from './rng.mjs';

// ---------------------------------------------------------------------------------------------
// f(x) = sin(x²)·exp(x)/(1+x²)

/** The point of the scalar workloads. */
export const SCALAR_X0 = 0.7;

/**
 * f(x) = sin(x²)·exp(x)/(1+x²), in plain JS.
 *
 * @param {number} x - the point
 * @returns {number} f(x)
 * @example
 * scalarPrimal(0); // 0
 */
export function scalarPrimal(x) {
  const x2 = x * x;
  return (Math.sin(x2) * Math.exp(x)) / (x2 + 1);
}

/**
 * f′(x) = (eˣ/q)·g with q = 1+x², g = 2x·cos(x²) + sin(x²) − 2x·sin(x²)/q.
 *
 * @param {number} x - the point
 * @returns {number} f′(x)
 * @example
 * scalarDerivative(0); // 0
 */
export function scalarDerivative(x) {
  const x2 = x * x;
  const s = Math.sin(x2);
  const c = Math.cos(x2);
  const q = 1 + x2;
  const g = 2 * x * c + s - (2 * x * s) / q;
  return (Math.exp(x) / q) * g;
}

/**
 * f″(x) = (eˣ/q)·(g + g′ − 2x·g/q), with g as in {@link scalarDerivative} and
 * g′ = 2c − 4x²s + 2xc − 2s/q − 4x²c/q + 4x²s/q² (s = sin x², c = cos x²).
 *
 * @param {number} x - the point
 * @returns {number} f″(x)
 * @example
 * scalarSecondDerivative(0); // 0
 */
export function scalarSecondDerivative(x) {
  const x2 = x * x;
  const s = Math.sin(x2);
  const c = Math.cos(x2);
  const q = 1 + x2;
  const g = 2 * x * c + s - (2 * x * s) / q;
  const dg =
    2 * c - 4 * x2 * s + 2 * x * c - (2 * s) / q - (4 * x2 * c) / q + (4 * x2 * s) / (q * q);
  return (Math.exp(x) / q) * (g + dg - (2 * x * g) / q);
}

/**
 * f in generic form, for forward-ad's number types and tracers.
 *
 * @param x - the point: a forward-ad number (any Scalar) or a compile() tracer
 * @returns f(x), of the same type
 */
export function scalarGeneric(x) {
  const x2 = x.mul(x);
  return x2.sin().mul(x.exp()).div(x2.add(1));
}

// ---------------------------------------------------------------------------------------------
// Rosenbrock: Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)²

/**
 * The point of the Rosenbrock workloads: n numbers in [−1.2, 1.2), fixed per n.
 *
 * @param {number} n - the dimension
 * @returns {number[]} the point
 * @example
 * rosenbrockPoint(3).length; // 3
 */
export function rosenbrockPoint(n) {
  return uniformVector(n, -1.2, 1.2, 1000 + n);
}

/**
 * The Rosenbrock function in plain JS: Σᵢ 100(xᵢ₊₁ − xᵢ²)² + (xᵢ − 1)².
 *
 * @param {readonly number[]} x - the point
 * @returns {number} the value
 * @example
 * rosenbrockPrimal([1, 1, 1]); // 0
 */
export function rosenbrockPrimal(x) {
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i];
    const a = x[i + 1] - xi * xi;
    const b = xi - 1;
    sum += a * a * 100 + b * b;
  }
  return sum;
}

/**
 * ∇ of {@link rosenbrockPrimal}: ∂/∂xᵢ = −400xᵢ(xᵢ₊₁ − xᵢ²) + 2(xᵢ − 1) [i < n−1]
 * + 200(xᵢ − xᵢ₋₁²) [i > 0].
 *
 * @param {readonly number[]} x - the point
 * @returns {number[]} the gradient
 * @example
 * rosenbrockGradient([1, 1]); // [0, 0]
 */
export function rosenbrockGradient(x) {
  const n = x.length;
  const g = new Array(n).fill(0);
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i];
    const a = x[i + 1] - xi * xi;
    g[i] += -400 * xi * a + 2 * (xi - 1);
    g[i + 1] += 200 * a;
  }
  return g;
}

/**
 * The (tridiagonal) Hessian of {@link rosenbrockPrimal}, as a dense n×n matrix like every
 * contender returns: Hᵢᵢ = 1200xᵢ² − 400xᵢ₊₁ + 2 [i < n−1] + 200 [i > 0],
 * Hᵢ,ᵢ₊₁ = −400xᵢ.
 *
 * @param {readonly number[]} x - the point
 * @returns {number[][]} the Hessian
 * @example
 * rosenbrockHessian([1, 1]); // [[802, -400], [-400, 200]]
 */
export function rosenbrockHessian(x) {
  const n = x.length;
  const h = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i];
    h[i][i] += 1200 * xi * xi - 400 * x[i + 1] + 2;
    h[i + 1][i + 1] += 200;
    h[i][i + 1] = -400 * xi;
    h[i + 1][i] = -400 * xi;
  }
  return h;
}

/**
 * Rosenbrock in generic form (the same operations as the primal), for forward-ad.
 *
 * @param x - the point: an array of forward-ad numbers (any one Scalar type) or tracers
 * @returns the value, of the same type
 */
export function rosenbrockGeneric(x) {
  const n = x.length;
  let sum = null;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i];
    const a = x[i + 1].sub(xi.mul(xi));
    const b = xi.sub(1);
    const term = a.mul(a).mul(100).add(b.mul(b));
    sum = sum === null ? term : sum.add(term);
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// A dense layer: tanh(Wx + b), R^n → R^n

/**
 * The layer's data for size n×n: W with entries uniform in [−1, 1)/√n, b in [−½, ½), the
 * point x and direction v in [−1, 1), fixed per n.
 *
 * @param {number} n - the size
 * @returns {{ W: number[][], b: number[], x: number[], v: number[] }} the data
 * @example
 * layerData(2).W.length; // 2
 */
export function layerData(n) {
  const w = uniformVector(n * n, -1, 1, 2000 + n).map((e) => e / Math.sqrt(n));
  const W = Array.from({ length: n }, (_, i) => w.slice(i * n, (i + 1) * n));
  return {
    W,
    b: uniformVector(n, -0.5, 0.5, 3000 + n),
    x: uniformVector(n, -1, 1, 4000 + n),
    v: uniformVector(n, -1, 1, 5000 + n),
  };
}

/**
 * tanh(Wx + b) in plain JS.
 *
 * @param {readonly number[][]} W - m×n weights
 * @param {readonly number[]} b - m biases
 * @param {readonly number[]} x - the point
 * @returns {number[]} the m outputs
 * @example
 * layerPrimal([[1]], [0], [0]); // [0]
 */
export function layerPrimal(W, b, x) {
  const m = W.length;
  const n = x.length;
  const y = new Array(m);
  for (let i = 0; i < m; i++) {
    const row = W[i];
    let z = x[0] * row[0];
    for (let j = 1; j < n; j++) z += x[j] * row[j];
    y[i] = Math.tanh(z + b[i]);
  }
  return y;
}

/**
 * The layer's Jacobian: J = diag(1 − y²)·W with y = tanh(Wx + b).
 *
 * @param {readonly number[][]} W - m×n weights
 * @param {readonly number[]} b - m biases
 * @param {readonly number[]} x - the point
 * @returns {number[][]} J, m×n
 * @example
 * layerJacobian([[2]], [0], [0]); // [[2]]
 */
export function layerJacobian(W, b, x) {
  const y = layerPrimal(W, b, x);
  return W.map((row, i) => {
    const d = 1 - y[i] * y[i];
    return row.map((w) => d * w);
  });
}

/**
 * The layer's value and Jacobian-vector product: [y, (1 − y²) ⊙ (W·v)].
 *
 * @param {readonly number[][]} W - m×n weights
 * @param {readonly number[]} b - m biases
 * @param {readonly number[]} x - the point
 * @param {readonly number[]} v - the direction
 * @returns {[number[], number[]]} [value, tangent]
 * @example
 * layerJvp([[2]], [0], [0], [1]); // [[0], [2]]
 */
export function layerJvp(W, b, x, v) {
  const y = layerPrimal(W, b, x);
  const n = v.length;
  const t = W.map((row, i) => {
    let wv = 0;
    for (let j = 0; j < n; j++) wv += row[j] * v[j];
    return (1 - y[i] * y[i]) * wv;
  });
  return [y, t];
}

/**
 * The layer in generic form, closed over its weights.
 *
 * @param {readonly number[][]} W - m×n weights
 * @param {readonly number[]} b - m biases
 * @returns the function x ↦ tanh(Wx + b) on arrays of forward-ad numbers (any one Scalar type)
 */
export function makeLayerGeneric(W, b) {
  return (x) => {
    const m = W.length;
    const n = x.length;
    const y = new Array(m);
    for (let i = 0; i < m; i++) {
      const row = W[i];
      let z = x[0].mul(row[0]);
      for (let j = 1; j < n; j++) z = z.add(x[j].mul(row[j]));
      y[i] = z.add(b[i]).tanh();
    }
    return y;
  };
}

// ---------------------------------------------------------------------------------------------
// exp(sin(x)) and its Taylor coefficients

/** The centre of the Taylor workloads. */
export const TAYLOR_X0 = 0.5;

/**
 * exp(sin(x)) in plain JS.
 *
 * @param {number} x - the point
 * @returns {number} exp(sin(x))
 * @example
 * expSinPrimal(0); // 1
 */
export function expSinPrimal(x) {
  return Math.exp(Math.sin(x));
}

/**
 * The Taylor coefficients c₀..c_d of exp(sin(x)) at x0, by hand: sin and cos of x0 + t have
 * sₖ = cₖ₋₁/k, cₖ = −sₖ₋₁/k, and e = exp(s) has eₖ = (1/k)·Σⱼ₌₁ᵏ j·sⱼ·eₖ₋ⱼ.
 *
 * @param {number} x0 - the centre
 * @param {number} order - d
 * @returns {number[]} [e₀, …, e_d], eₖ = f⁽ᵏ⁾(x0)/k!
 * @example
 * expSinTaylor(0, 2); // [1, 1, 0.5]
 */
export function expSinTaylor(x0, order) {
  const s = new Array(order + 1);
  const c = new Array(order + 1);
  const e = new Array(order + 1);
  s[0] = Math.sin(x0);
  c[0] = Math.cos(x0);
  for (let k = 1; k <= order; k++) {
    s[k] = c[k - 1] / k;
    c[k] = -s[k - 1] / k;
  }
  e[0] = Math.exp(s[0]);
  for (let k = 1; k <= order; k++) {
    let acc = 0;
    for (let j = 1; j <= k; j++) acc += j * s[j] * e[k - j];
    e[k] = acc / k;
  }
  return e;
}

/**
 * exp(sin(x)) in generic form.
 *
 * @param x - the point: a forward-ad number (any Scalar) or a tracer
 * @returns exp(sin(x)), of the same type
 */
export function expSinGeneric(x) {
  return x.sin().exp();
}
