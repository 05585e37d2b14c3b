/**
 * The contract every forward-mode number implements, so that user functions can be written once,
 * generically, and run on plain-number-free code paths of any number type.
 *
 * @module
 */

/**
 * A forward-mode number: a primal `value` plus perturbations (tangents, Hessian parts or Taylor
 * coefficients) that every operation carries along.
 *
 * Write user functions against it generically:
 *
 * @example
 * ```ts
 * import { type Scalar, derivative } from 'forward-ad';
 * const f = <T extends Scalar<T>>(x: T): T => x.mul(x).sin();
 * derivative(f, 1); // 2·cos(1)
 * ```
 */
export interface Scalar<T extends Scalar<T>> {
  /** The primal value, for branching: `if (x.value > 0)`. */
  readonly value: number;
  add(b: T | number): T;
  sub(b: T | number): T;
  mul(b: T | number): T;
  div(b: T | number): T;
  pow(b: T | number): T;
  neg(): T;
  sqrt(): T;
  cbrt(): T;
  exp(): T;
  expm1(): T;
  log(): T;
  log1p(): T;
  log2(): T;
  log10(): T;
  sin(): T;
  cos(): T;
  tan(): T;
  asin(): T;
  acos(): T;
  atan(): T;
  /** `y.atan2(x)` is atan2(y, x), as `Math.atan2(y, x)`. */
  atan2(x: T | number): T;
  sinh(): T;
  cosh(): T;
  tanh(): T;
  asinh(): T;
  acosh(): T;
  atanh(): T;
  abs(): T;
  hypot(b: T | number): T;
  min(b: T | number): T;
  max(b: T | number): T;
  sigmoid(): T;
  softplus(): T;
  relu(): T;
  erf(): T;
  erfc(): T;
}

/**
 * What the library's own number types add to {@link Scalar}: constants of the same kind, the
 * exponential with a constant base and the quotient with a constant numerator, so that functional
 * ops with a number on the left (`sub(1, x)`, `pow(2, x)`, `div(1, x)`) are exact and allocate one
 * number.
 */
export interface Liftable<T> {
  /** The constant c as a number of this type (zero perturbations, same tag). */
  lift(c: number): T;
  /** base^this, for a constant base. */
  rpow(base: number): T;
  /**
   * c/this, for a constant numerator: one rule (c/x as a function of x), so that no zero tangent
   * of a lifted c meets an infinite partial (1/x at 0 has slope −∞, not 0·∞ = NaN).
   */
  rdiv(c: number): T;
}

/**
 * True when `x` looks like a forward-mode number: an object with a `value` and a `mul` method.
 * It does not read `value`, so a compile() tracer (whose value does not exist yet, and throws
 * when read) counts as one too.
 */
export function isScalar(x: unknown): x is Scalar<never> {
  return (
    typeof x === 'object' &&
    x !== null &&
    'value' in x &&
    typeof (x as { mul?: unknown }).mul === 'function'
  );
}
