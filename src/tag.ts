/**
 * Perturbation tags: each driver call stamps the numbers it seeds with a fresh tag, so that numbers
 * from two different driver calls (a nested derivative seen through a closure) are never mixed
 * silently. Tags ≤ 0 mark numbers a user built by hand; they combine with any tag. Each number
 * type has its own hand-made tag ({@link HAND_MADE}), so that two hand-made numbers of different
 * types differ in tag too and reach the type check of {@link mergeTags} instead of mixing.
 *
 * @module
 */

let lastTag = 0;

/** The default tag of each number type's hand-made numbers (all ≤ 0, distinct per type). */
export const HAND_MADE = {
  Dual: 0,
  MultiDual: -2,
  HyperDual: -3,
  Jet2: -4,
  Taylor: -5,
} as const;

/** A tag no earlier driver call has used: a positive int32 (a Dual stores `tag | 0`). */
export function newTag(): number {
  // 1, 2, …, 2³¹ − 1, then 1 again; the remainder is fewer bytecodes than a test, and every
  // driver call inlines this (see docs/performance.md on V8's inlining budget).
  lastTag = (lastTag % 0x7fffffff) + 1;
  return lastTag;
}

/**
 * The tag of a result combining numbers `x` and `y`. Called only when their tags differ, so that
 * the common case costs one comparison at the call site.
 *
 * @throws TypeError when they are different number types; Error when both carry driver tags
 * (perturbation confusion).
 */
export function mergeTags(x: { tag: number }, y: { tag: number }): number {
  if (x.constructor !== y.constructor) mixedTypes(x.constructor.name, y);
  const a = x.tag;
  const b = y.tag;
  if (a <= 0) return b;
  if (b <= 0) return a;
  throw perturbationConfusion(a, b);
}

/** The error for numbers of two different driver calls meeting in one operation. */
export function perturbationConfusion(a: number, b: number): Error {
  return new Error(
    'forward-ad: an operation combined numbers from two different derivative calls ' +
      `(perturbation tags ${a} and ${b}). This happens when a function being differentiated ` +
      'calls another driver (derivative, gradient, ...) on a closure that captures an outer ' +
      'variable. Nested forward-mode derivatives through closures are not supported: use ' +
      'secondDerivative, hessian, nthDerivative or taylor for higher derivatives, or pass the ' +
      'outer variable as a plain number (x.value).',
  );
}

/** Throws the error for an operand of a different number type (a Dual mixed with a HyperDual). */
export function mixedTypes(self: string, other: unknown): never {
  const name = typeof other === 'object' && other !== null ? other.constructor.name : typeof other;
  throw new TypeError(
    `forward-ad: cannot combine a ${self} with a ${name}; both operands of a binary operation ` +
      `must be the same number type or a plain number.`,
  );
}
