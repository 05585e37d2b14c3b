/**
 * Gradient descent for linear regression, y ≈ w·x + b, with the exact gradient of the mean squared
 * error from forward-mode AD (no hand-derived formula, no finite differences).
 *
 * The data are deterministic, so the answer can be checked against the least-squares solution of
 * the normal equations.
 */
import { gradient, mul, type Scalar, sub } from '../src/index.js';

/** Twenty points near y = 2x + 1, with a fixed wobble instead of random noise. */
export const xs = Array.from({ length: 20 }, (_, i) => i / 10);
export const ys = xs.map((x, i) => 2 * x + 1 + 0.1 * Math.sin(7 * i));

/** The mean squared error of the line (w, b), written once for numbers and for AD. */
export function mse<T extends Scalar<T>>([w, b]: T[]): T {
  let sum = w.mul(0);
  for (let i = 0; i < xs.length; i++) {
    const r = sub(w.mul(xs[i]).add(b), ys[i]);
    sum = sum.add(mul(r, r));
  }
  return sum.div(xs.length);
}

/** The least-squares line from the normal equations, for comparison. */
export function leastSquares(): [number, number] {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const w = sxy / sxx;
  return [w, my - w * mx];
}

/** What the descent found. */
export interface RegressionResult {
  /** The fitted slope and intercept. */
  w: number;
  b: number;
  /** The least-squares answer. */
  exact: [number, number];
  /** Steps taken, and the gradient norm at the end. */
  steps: number;
  gradientNorm: number;
}

/**
 * Runs gradient descent from (0, 0) until the gradient is below 1e-10.
 *
 * @param log - where to print progress (silent by default)
 * @returns the fit and the exact answer
 */
export function main(log: (line: string) => void = () => {}): RegressionResult {
  let theta = [0, 0];
  // Below 2/λmax of the MSE Hessian (λmax ≈ 4.2 for these x), so the descent converges.
  const rate = 0.4;
  let steps = 0;
  let g = gradient(mse, theta);
  while (Math.hypot(g[0], g[1]) > 1e-10 && steps < 10_000) {
    theta = [theta[0] - rate * g[0], theta[1] - rate * g[1]];
    g = gradient(mse, theta);
    steps++;
    if ((steps & (steps - 1)) === 0) {
      log(
        `  step ${String(steps).padStart(4)}: w = ${theta[0].toFixed(6)}, b = ${theta[1].toFixed(6)}`,
      );
    }
  }
  const exact = leastSquares();
  log(`  gradient descent: w = ${theta[0]}, b = ${theta[1]} after ${steps} steps`);
  log(`  normal equations: w = ${exact[0]}, b = ${exact[1]}`);
  return { w: theta[0], b: theta[1], exact, steps, gradientNorm: Math.hypot(g[0], g[1]) };
}
