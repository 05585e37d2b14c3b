/**
 * The critical points of f(x, y) = x²y + xy², classified.
 *
 * By hand: ∇f = (2xy + y², x² + 2xy) = (y(2x + y), x(x + 2y)). If y = 0 the second component is
 * x², so x = 0; if y = −2x it is −3x², so x = 0 again: the origin is the only critical point.
 * H = [[2y, 2x + 2y], [2x + 2y, 2x]] is the zero matrix there, so the second-derivative test says
 * nothing: the point is degenerate.
 *
 * The third-order terms decide. f is a homogeneous cubic, so along a direction v its Taylor
 * series is f(t·v) = t³·f(v): the t³ coefficient is f(v) itself, and f(−v) = −f(v). Along
 * v = (1, 1) it is 2, along −v it is −2: f takes both signs arbitrarily near the origin, which is
 * therefore neither a minimum nor a maximum.
 */
import {
  type CriticalPointKind,
  classifyCriticalPoint,
  directionalTaylor,
  mul,
  type Scalar,
} from '../src/index.js';

/** f(x, y) = x²y + xy² = xy(x + y). */
export const f = <T extends Scalar<T>>([x, y]: T[]): T => mul(mul(x, y), x.add(y));

/** What the example finds. */
export interface DegenerateResult {
  kind: CriticalPointKind;
  gradient: number[];
  hessian: number[][];
  eigenvalues: number[];
  /** Taylor coefficients of t ↦ f(t·v), to order 3, along v = (1, 1) and (−1, −1). */
  along: number[];
  against: number[];
}

/**
 * Classifies the origin and looks at the cubic terms.
 *
 * @param log - where to print (silent by default)
 * @returns the classification and the directional Taylor coefficients
 */
export function main(log: (line: string) => void = () => {}): DegenerateResult {
  const c = classifyCriticalPoint(f, [0, 0]);
  const along = directionalTaylor(f, [0, 0], [1, 1], 3);
  const against = directionalTaylor(f, [0, 0], [-1, -1], 3);
  log(`  at (0, 0): ∇f = [${c.gradient}], H = ${JSON.stringify(c.hessian)}: ${c.kind}`);
  log(`  f(t·(1, 1)) = ${along[3]}·t³ and f(t·(−1, −1)) = ${against[3]}·t³: neither min nor max`);
  return {
    kind: c.kind,
    gradient: c.gradient,
    hessian: c.hessian,
    eigenvalues: c.eigenvalues,
    along,
    against,
  };
}
