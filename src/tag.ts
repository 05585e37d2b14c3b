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
 * @throws TypeError when they are different number types (saying that two drivers were nested
 * when both carry driver tags); Error when both carry driver tags (perturbation confusion), or
 * when a hand-made number with a non-zero perturbation meets a driver's number.
 */
export function mergeTags(x: { tag: number }, y: { tag: number }): number {
  const a = x.tag;
  const b = y.tag;
  if (x.constructor !== y.constructor)
    mixedTypes(x.constructor.name, y, a > 0 && b > 0 ? [a, b] : null);
  if (a <= 0) {
    if (b > 0 && isPerturbed(x)) throw handMadePerturbation(x, b);
    return b;
  }
  if (b <= 0) {
    if (isPerturbed(y)) throw handMadePerturbation(y, a);
    return a;
  }
  throw perturbationConfusion(a, b);
}

/** Whether any entry of a is not 0 (NaN included), from index `from` on. */
function anyNonZero(a: unknown, from: number): boolean {
  const v = a as ArrayLike<number>;
  for (let i = from; i < v.length; i++) if (v[i] !== 0) return true;
  return false;
}

/**
 * Whether a number carries a perturbation: a tangent, an ε part, a gradient or Hessian entry, or
 * a Taylor coefficient of order ≥ 1 that is not 0. Read by field, so that this module needs none
 * of the number types (each of them imports it).
 */
function isPerturbed(x: object): boolean {
  const o = x as Record<string, unknown>;
  if (typeof o.tangent === 'number') return o.tangent !== 0; // Dual
  if (o.tangents !== undefined) return anyNonZero(o.tangents, 0); // MultiDual
  if (typeof o.e1 === 'number') return o.e1 !== 0 || o.e2 !== 0 || o.e12 !== 0; // HyperDual
  if (o.gradient !== undefined) return anyNonZero(o.gradient, 0) || anyNonZero(o.hessian, 0); // Jet2
  if (o.coefficients !== undefined) return anyNonZero(o.coefficients, 1); // Taylor
  return false;
}

/** The error for a hand-made number with a perturbation meeting a driver call's number. */
function handMadePerturbation(x: object, tag: number): Error {
  const type = x.constructor.name;
  return new Error(
    `forward-ad: a ${type} made by hand with a non-zero perturbation (${String(x)}) met a ` +
      `number of a derivative call (perturbation tag ${tag}). Its perturbation would be taken ` +
      'as part of the call’s own and give a derivative of neither. Make it a constant (a plain ' +
      `number, or a ${type} with zero perturbation parts), or let a driver seed it: for ` +
      'derivatives in two variables, use gradient, jacobian or hessian.',
  );
}

/** What to do instead of nesting drivers through a closure. */
const NESTING_ADVICE =
  'This happens when a function being differentiated calls another driver (derivative, ' +
  'gradient, ...) on a closure that captures an outer variable. Nested forward-mode derivatives ' +
  'through closures are not supported: use secondDerivative, hessian, nthDerivative or taylor for ' +
  'higher derivatives, or pass the outer variable as a plain number (x.value).';

/** The error for numbers of two different driver calls meeting in one operation. */
export function perturbationConfusion(a: number, b: number): Error {
  return new Error(
    'forward-ad: an operation combined numbers from two different derivative calls ' +
      `(perturbation tags ${a} and ${b}). ${NESTING_ADVICE}`,
  );
}

/**
 * Throws the error for an operand of a different number type (a Dual mixed with a HyperDual);
 * given both driver tags when the operands come from two driver calls (drivers of two kinds
 * nested, such as gradient inside derivative), it says so.
 */
export function mixedTypes(
  self: string,
  other: unknown,
  tags: [number, number] | null = null,
): never {
  const name = typeof other === 'object' && other !== null ? other.constructor.name : typeof other;
  const nested =
    tags === null
      ? ''
      : ` Here they come from two different derivative calls (perturbation tags ${tags[0]} and ` +
        `${tags[1]}). ${NESTING_ADVICE}`;
  // Same name, different class: the dual-package hazard.
  const copies =
    name === self
      ? ' These are two copies of the class: forward-ad is loaded twice (its ESM and CommonJS ' +
        'builds in one program, or two installed copies). Load it one way only.'
      : '';
  throw new TypeError(
    `forward-ad: cannot combine a ${self} with a ${name}; both operands of a binary operation ` +
      `must be the same number type or a plain number.${copies}${nested}`,
  );
}
