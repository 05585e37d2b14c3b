/**
 * Functional ops: every {@link Scalar} method as a named function that takes plain numbers or any
 * number type on either side. Two numbers give a number; a number type on either side gives that
 * type. The overloads are precise, so `sin(2)` is typed `number` and `sin(d)` is typed `Dual`.
 *
 * Each op tests `typeof x === 'number'` first, so generic code written with them runs at plain
 * speed on plain numbers.
 *
 * @module
 */
import * as R from './rules.js';
import type { Liftable, Scalar } from './scalar.js';

function isLiftable<T>(x: object): x is Liftable<T> {
  return typeof (x as Partial<Liftable<T>>).lift === 'function';
}

/** The constant c as a number of the same type as x (for number types of other libraries, x·0 + c). */
function lift<T extends Scalar<T>>(x: T, c: number): T {
  return isLiftable<T>(x) ? x.lift(c) : x.mul(0).add(c);
}

/** c/x for a constant numerator. */
function rdiv<T extends Scalar<T>>(c: number, x: T): T {
  return isLiftable<T>(x) ? x.rdiv(c) : lift(x, c).div(x);
}

/** base^x for a constant base. */
function rpow<T extends Scalar<T>>(base: number, x: T): T {
  return isLiftable<T>(x) ? x.rpow(base) : lift(x, base).pow(x);
}

/**
 * −x, negation.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * neg(3); // -3
 * ```
 */
export function neg(x: number): number;
export function neg<T extends Scalar<T>>(x: T): T;
export function neg<T extends Scalar<T>>(x: T | number): T | number;
export function neg<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? -x : x.neg();
}

/**
 * The square root √x.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * sqrt(4); // 2
 * ```
 */
export function sqrt(x: number): number;
export function sqrt<T extends Scalar<T>>(x: T): T;
export function sqrt<T extends Scalar<T>>(x: T | number): T | number;
export function sqrt<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.sqrt.f(x) : x.sqrt();
}

/**
 * The cube root ∛x.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * cbrt(-8); // -2
 * ```
 */
export function cbrt(x: number): number;
export function cbrt<T extends Scalar<T>>(x: T): T;
export function cbrt<T extends Scalar<T>>(x: T | number): T | number;
export function cbrt<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.cbrt.f(x) : x.cbrt();
}

/**
 * The exponential eˣ.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * exp(0); // 1
 * ```
 */
export function exp(x: number): number;
export function exp<T extends Scalar<T>>(x: T): T;
export function exp<T extends Scalar<T>>(x: T | number): T | number;
export function exp<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.exp.f(x) : x.exp();
}

/**
 * Eˣ − 1, accurate near 0.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * expm1(1e-10); // 1.00000000005e-10
 * ```
 */
export function expm1(x: number): number;
export function expm1<T extends Scalar<T>>(x: T): T;
export function expm1<T extends Scalar<T>>(x: T | number): T | number;
export function expm1<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.expm1.f(x) : x.expm1();
}

/**
 * The natural logarithm (NaN below 0).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * log(Math.E); // 1
 * ```
 */
export function log(x: number): number;
export function log<T extends Scalar<T>>(x: T): T;
export function log<T extends Scalar<T>>(x: T | number): T | number;
export function log<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.log.f(x) : x.log();
}

/**
 * Log(1 + x), accurate near 0.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * log1p(0); // 0
 * ```
 */
export function log1p(x: number): number;
export function log1p<T extends Scalar<T>>(x: T): T;
export function log1p<T extends Scalar<T>>(x: T | number): T | number;
export function log1p<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.log1p.f(x) : x.log1p();
}

/**
 * The base-2 logarithm.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * log2(8); // 3
 * ```
 */
export function log2(x: number): number;
export function log2<T extends Scalar<T>>(x: T): T;
export function log2<T extends Scalar<T>>(x: T | number): T | number;
export function log2<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.log2.f(x) : x.log2();
}

/**
 * The base-10 logarithm.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * log10(1000); // 3
 * ```
 */
export function log10(x: number): number;
export function log10<T extends Scalar<T>>(x: T): T;
export function log10<T extends Scalar<T>>(x: T | number): T | number;
export function log10<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.log10.f(x) : x.log10();
}

/**
 * The sine.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * sin(0); // 0
 * ```
 */
export function sin(x: number): number;
export function sin<T extends Scalar<T>>(x: T): T;
export function sin<T extends Scalar<T>>(x: T | number): T | number;
export function sin<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.sin.f(x) : x.sin();
}

/**
 * The cosine.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * cos(0); // 1
 * ```
 */
export function cos(x: number): number;
export function cos<T extends Scalar<T>>(x: T): T;
export function cos<T extends Scalar<T>>(x: T | number): T | number;
export function cos<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.cos.f(x) : x.cos();
}

/**
 * The tangent.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * tan(0); // 0
 * ```
 */
export function tan(x: number): number;
export function tan<T extends Scalar<T>>(x: T): T;
export function tan<T extends Scalar<T>>(x: T | number): T | number;
export function tan<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.tan.f(x) : x.tan();
}

/**
 * The inverse sine (NaN outside [−1, 1]).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * asin(1); // π/2
 * ```
 */
export function asin(x: number): number;
export function asin<T extends Scalar<T>>(x: T): T;
export function asin<T extends Scalar<T>>(x: T | number): T | number;
export function asin<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.asin.f(x) : x.asin();
}

/**
 * The inverse cosine (NaN outside [−1, 1]).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * acos(1); // 0
 * ```
 */
export function acos(x: number): number;
export function acos<T extends Scalar<T>>(x: T): T;
export function acos<T extends Scalar<T>>(x: T | number): T | number;
export function acos<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.acos.f(x) : x.acos();
}

/**
 * The inverse tangent.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * atan(1); // π/4
 * ```
 */
export function atan(x: number): number;
export function atan<T extends Scalar<T>>(x: T): T;
export function atan<T extends Scalar<T>>(x: T | number): T | number;
export function atan<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.atan.f(x) : x.atan();
}

/**
 * The hyperbolic sine.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * sinh(0); // 0
 * ```
 */
export function sinh(x: number): number;
export function sinh<T extends Scalar<T>>(x: T): T;
export function sinh<T extends Scalar<T>>(x: T | number): T | number;
export function sinh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.sinh.f(x) : x.sinh();
}

/**
 * The hyperbolic cosine.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * cosh(0); // 1
 * ```
 */
export function cosh(x: number): number;
export function cosh<T extends Scalar<T>>(x: T): T;
export function cosh<T extends Scalar<T>>(x: T | number): T | number;
export function cosh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.cosh.f(x) : x.cosh();
}

/**
 * The hyperbolic tangent.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * tanh(0); // 0
 * ```
 */
export function tanh(x: number): number;
export function tanh<T extends Scalar<T>>(x: T): T;
export function tanh<T extends Scalar<T>>(x: T | number): T | number;
export function tanh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.tanh.f(x) : x.tanh();
}

/**
 * The inverse hyperbolic sine.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * asinh(0); // 0
 * ```
 */
export function asinh(x: number): number;
export function asinh<T extends Scalar<T>>(x: T): T;
export function asinh<T extends Scalar<T>>(x: T | number): T | number;
export function asinh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.asinh.f(x) : x.asinh();
}

/**
 * The inverse hyperbolic cosine (NaN below 1).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * acosh(1); // 0
 * ```
 */
export function acosh(x: number): number;
export function acosh<T extends Scalar<T>>(x: T): T;
export function acosh<T extends Scalar<T>>(x: T | number): T | number;
export function acosh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.acosh.f(x) : x.acosh();
}

/**
 * The inverse hyperbolic tangent (NaN outside [−1, 1]).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * atanh(0); // 0
 * ```
 */
export function atanh(x: number): number;
export function atanh<T extends Scalar<T>>(x: T): T;
export function atanh<T extends Scalar<T>>(x: T | number): T | number;
export function atanh<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.atanh.f(x) : x.atanh();
}

/**
 * The absolute value; abs′(0) = 0 (see docs/conventions.md).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * abs(-2); // 2
 * ```
 */
export function abs(x: number): number;
export function abs<T extends Scalar<T>>(x: T): T;
export function abs<T extends Scalar<T>>(x: T | number): T | number;
export function abs<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.abs.f(x) : x.abs();
}

/**
 * The logistic function 1/(1 + e⁻ˣ), computed without overflow.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * sigmoid(0); // 0.5
 * ```
 */
export function sigmoid(x: number): number;
export function sigmoid<T extends Scalar<T>>(x: T): T;
export function sigmoid<T extends Scalar<T>>(x: T | number): T | number;
export function sigmoid<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.sigmoid.f(x) : x.sigmoid();
}

/**
 * Softplus log(1 + eˣ), computed without overflow.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * softplus(0); // Math.LN2
 * ```
 */
export function softplus(x: number): number;
export function softplus<T extends Scalar<T>>(x: T): T;
export function softplus<T extends Scalar<T>>(x: T | number): T | number;
export function softplus<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.softplus.f(x) : x.softplus();
}

/**
 * Max(x, 0); relu′(0) = 0 (see docs/conventions.md).
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * relu(-1); // 0
 * ```
 */
export function relu(x: number): number;
export function relu<T extends Scalar<T>>(x: T): T;
export function relu<T extends Scalar<T>>(x: T | number): T | number;
export function relu<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.relu.f(x) : x.relu();
}

/**
 * The error function, to within 2 ulp.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * erf(0); // 0
 * ```
 */
export function erf(x: number): number;
export function erf<T extends Scalar<T>>(x: T): T;
export function erf<T extends Scalar<T>>(x: T | number): T | number;
export function erf<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.erf.f(x) : x.erf();
}

/**
 * The complementary error function 1 − erf(x), accurate in the tail.
 *
 * @param x - a plain number or any forward-mode number
 * @returns a number for a number, otherwise the same number type as `x`
 * @example
 * ```ts
 * erfc(0); // 1
 * ```
 */
export function erfc(x: number): number;
export function erfc<T extends Scalar<T>>(x: T): T;
export function erfc<T extends Scalar<T>>(x: T | number): T | number;
export function erfc<T extends Scalar<T>>(x: T | number): T | number {
  return typeof x === 'number' ? R.erfc.f(x) : x.erfc();
}

/**
 * A + b. add(1, x) gives the type of x.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * add(1, 2); // 3
 * ```
 */
export function add(a: number, b: number): number;
export function add<T extends Scalar<T>>(a: T, b: T | number): T;
export function add<T extends Scalar<T>>(a: number, b: T): T;
export function add<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function add<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? a + b : b.add(a);
  return a.add(b);
}

/**
 * A − b. sub(1, x) gives the type of x.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * sub(3, 1); // 2
 * ```
 */
export function sub(a: number, b: number): number;
export function sub<T extends Scalar<T>>(a: T, b: T | number): T;
export function sub<T extends Scalar<T>>(a: number, b: T): T;
export function sub<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function sub<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : lift(b, a).sub(b);
  return a.sub(b);
}

/**
 * A · b. mul(2, x) gives the type of x.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * mul(2, 3); // 6
 * ```
 */
export function mul(a: number, b: number): number;
export function mul<T extends Scalar<T>>(a: T, b: T | number): T;
export function mul<T extends Scalar<T>>(a: number, b: T): T;
export function mul<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function mul<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? a * b : b.mul(a);
  return a.mul(b);
}

/**
 * A / b. div(2, x) gives the type of x.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * div(1, 4); // 0.25
 * ```
 */
export function div(a: number, b: number): number;
export function div<T extends Scalar<T>>(a: T, b: T | number): T;
export function div<T extends Scalar<T>>(a: number, b: T): T;
export function div<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function div<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? a / b : rdiv(a, b);
  return a.div(b);
}

/**
 * Aᵇ; integer exponents are exact, also at a = 0. pow(2, x) is 2ˣ; pow(x, 3) the exact cube.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * pow(2, 10); // 1024
 * ```
 */
export function pow(a: number, b: number): number;
export function pow<T extends Scalar<T>>(a: T, b: T | number): T;
export function pow<T extends Scalar<T>>(a: number, b: T): T;
export function pow<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function pow<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? a ** b : rpow(a, b);
  return a.pow(b);
}

/**
 * Atan2(a, b), the angle of the point (b, a), as `Math.atan2(y, x)`.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * atan2(1, 1); // π/4
 * ```
 */
export function atan2(a: number, b: number): number;
export function atan2<T extends Scalar<T>>(a: T, b: T | number): T;
export function atan2<T extends Scalar<T>>(a: number, b: T): T;
export function atan2<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function atan2<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? Math.atan2(a, b) : lift(b, a).atan2(b);
  return a.atan2(b);
}

/**
 * √(a² + b²) without overflow; every partial is 0 at the origin.
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * hypot(3, 4); // 5
 * ```
 */
export function hypot(a: number, b: number): number;
export function hypot<T extends Scalar<T>>(a: T, b: T | number): T;
export function hypot<T extends Scalar<T>>(a: number, b: T): T;
export function hypot<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function hypot<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? Math.hypot(a, b) : b.hypot(a);
  return a.hypot(b);
}

/**
 * The smaller of a and b; at a tie the derivative is the average of both (see docs/conventions.md).
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * min(1, 2); // 1
 * ```
 */
export function min(a: number, b: number): number;
export function min<T extends Scalar<T>>(a: T, b: T | number): T;
export function min<T extends Scalar<T>>(a: number, b: T): T;
export function min<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function min<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? Math.min(a, b) : b.min(a);
  return a.min(b);
}

/**
 * The larger of a and b; at a tie the derivative is the average of both (see docs/conventions.md).
 *
 * @param a - a plain number or any forward-mode number
 * @param b - a plain number or a number of the same type as `a`
 * @returns a number when both are numbers, otherwise the number type involved
 * @example
 * ```ts
 * max(1, 2); // 2
 * ```
 */
export function max(a: number, b: number): number;
export function max<T extends Scalar<T>>(a: T, b: T | number): T;
export function max<T extends Scalar<T>>(a: number, b: T): T;
export function max<T extends Scalar<T>>(a: T | number, b: T | number): T | number;
export function max<T extends Scalar<T>>(a: T | number, b: T | number): T | number {
  if (typeof a === 'number') return typeof b === 'number' ? Math.max(a, b) : b.max(a);
  return a.max(b);
}
