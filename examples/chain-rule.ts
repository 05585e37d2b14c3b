/**
 * The chain rule, forward: u = (x1 + x2, x1 − x2), y = u1² + u2².
 *
 * By hand: y = (x1 + x2)² + (x1 − x2)² = 2x1² + 2x2², so ∇y = (4x1, 4x2); the Jacobian of u is
 * [[1, 1], [1, −1]] everywhere; and ∂y/∂u = (2u1, 2u2). The chain rule says ∇y = J_uᵀ·∂y/∂u, and a
 * Jacobian-vector product carries a direction v through both steps in one sweep: ∇y·v.
 */
import { add, gradient, jacobian, jvp, mul, type Scalar, sub } from '../src/index.js';

/** u(x) = (x1 + x2, x1 − x2). */
export const u = <T extends Scalar<T>>([x1, x2]: T[]): T[] => [add(x1, x2), sub(x1, x2)];

/** y(u) = u1² + u2². */
export const y = <T extends Scalar<T>>([u1, u2]: T[]): T => add(mul(u1, u1), mul(u2, u2));

/** The composition y(u(x)). */
export const yOfX = <T extends Scalar<T>>(x: T[]): T => y(u(x));

/** What the example computes. */
export interface ChainRuleResult {
  /** J_u(x). */
  jacobianU: number[][];
  /** ∂y/∂u at u(x). */
  gradientYOfU: number[];
  /** J_uᵀ·∂y/∂u: the chain rule by hand. */
  chainRule: number[];
  /** ∇(y∘u)(x) by AD. */
  gradientYOfX: number[];
  /** The JVP of y∘u along v, in one sweep: { value, tangent = ∇y·v }. */
  jvpYOfX: { value: number; tangent: number };
  /** The JVP of u along v: J_u·v. */
  jvpU: { value: number[]; tangent: number[] };
}

/**
 * At x = (1, 2), direction v = (3, −1).
 *
 * @param log - where to print (silent by default)
 * @returns the Jacobian, gradients and JVPs
 */
export function main(log: (line: string) => void = () => {}): ChainRuleResult {
  const x = [1, 2];
  const v = [3, -1];
  const jacobianU = jacobian(u, x);
  // A JVP returns the value with the tangent: u(x) comes with J_u·v.
  const jvpU = jvp(u, x, v);
  const ux = jvpU.value;
  const gradientYOfU = gradient(y, ux);
  const chainRule = [0, 1].map(
    (j) => jacobianU[0][j] * gradientYOfU[0] + jacobianU[1][j] * gradientYOfU[1],
  );
  const gradientYOfX = gradient(yOfX, x);
  const jvpYOfX = jvp(yOfX, x, v);
  log(`  u(1, 2) = [${ux}], J_u = ${JSON.stringify(jacobianU)}`);
  log(`  ∂y/∂u = [${gradientYOfU}]; J_uᵀ·∂y/∂u = [${chainRule}]; ∇(y∘u) by AD = [${gradientYOfX}]`);
  log(`  J_u·v = [${jvpU.tangent}]; ∇(y∘u)·v in one sweep = ${jvpYOfX.tangent} (v = [${v}])`);
  return { jacobianU, gradientYOfU, chainRule, gradientYOfX, jvpYOfX, jvpU };
}
