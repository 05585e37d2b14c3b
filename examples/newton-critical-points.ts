/**
 * Newton's method on ∇f = 0 finds every kind of critical point, not only minima; each one is then
 * classified by the second-derivative test.
 *
 * f(x, y) = (x² − 1)² + (y² − 1)²/2. By hand: ∇f = (4x(x² − 1), 2y(y² − 1)), zero at
 * x ∈ {−1, 0, 1} and y ∈ {−1, 0, 1}: nine critical points. H = diag(12x² − 4, 6y² − 2), which is
 * −4 or 8 in x and −2 or 4 in y, so (±1, ±1) are minima (f = 0), (0, 0) is a maximum (f = 1.5),
 * and (±1, 0), (0, ±1) are saddles.
 *
 * `minimize` is safeguarded instead: from any start it descends to a minimum.
 */
import {
  type CriticalPointKind,
  classifyCriticalPoint,
  minimize,
  mul,
  type Scalar,
  sub,
  valueGradientHessian,
} from '../src/index.js';

/** f(x, y) = (x² − 1)² + (y² − 1)²/2. */
export function f<T extends Scalar<T>>([x, y]: T[]): T {
  const a = sub(mul(x, x), 1);
  const b = sub(mul(y, y), 1);
  return mul(a, a).add(mul(b, b).mul(0.5));
}

/** Solves the n×n system A·s = b by Gaussian elimination with partial pivoting. */
function solveLinear(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    [M[k], M[p]] = [M[p], M[k]];
    for (let i = k + 1; i < n; i++) {
      const m = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= m * M[k][j];
    }
  }
  const s = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let t = M[i][n];
    for (let j = i + 1; j < n; j++) t -= M[i][j] * s[j];
    s[i] = t / M[i][i];
  }
  return s;
}

/**
 * Newton's method for ∇f(x) = 0: x ← x − H(x)⁻¹·∇f(x), with the exact gradient and Hessian.
 *
 * @param x0 - the start
 * @returns the point reached and the iterations taken
 */
export function newton(x0: number[]): { x: number[]; iterations: number } {
  let x = x0.slice();
  for (let iterations = 1; iterations <= 50; iterations++) {
    const { gradient, hessian } = valueGradientHessian(f, x);
    const step = solveLinear(hessian, gradient);
    x = x.map((xi, i) => xi - step[i]);
    if (Math.max(...step.map(Math.abs)) <= 1e-14 * Math.max(1, ...x.map(Math.abs))) {
      return { x, iterations };
    }
  }
  return { x, iterations: 50 };
}

/** One critical point found. */
export interface Found {
  start: number[];
  x: number[];
  iterations: number;
  kind: CriticalPointKind;
  value: number;
}

/** What the example finds. */
export interface NewtonResult {
  /** Newton from each start of a 3×3 grid, classified. */
  found: Found[];
  /** `minimize` from (0.2, 0.2), next to the maximum. */
  minimized: { x: number[]; classification: CriticalPointKind };
}

/**
 * Runs Newton from the grid {−1.5, 0.2, 1.5}², whose starts lie in the basins of the nine
 * critical points, and minimize from next to the maximum.
 *
 * @param log - where to print (silent by default)
 * @returns the critical points and their kinds
 */
export function main(log: (line: string) => void = () => {}): NewtonResult {
  const grid = [-1.5, 0.2, 1.5];
  const found: Found[] = [];
  for (const x0 of grid) {
    for (const y0 of grid) {
      const { x, iterations } = newton([x0, y0]);
      const c = classifyCriticalPoint(f, x);
      found.push({ start: [x0, y0], x, iterations, kind: c.kind, value: c.value });
      const at = x.map((v) => (Object.is(Math.round(v), -0) ? 0 : Math.round(v)));
      log(
        `  from (${x0}, ${y0}): (${at.join(', ')}) in ${iterations} steps, ` +
          `${c.kind}, f = ${c.value}, eigenvalues [${c.eigenvalues}]`,
      );
    }
  }
  const m = minimize(f, [0.2, 0.2]);
  log(`  minimize from (0.2, 0.2): (${m.x.map((v) => v.toFixed(12))}), ${m.classification}`);
  return { found, minimized: { x: m.x, classification: m.classification } };
}
