import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivative, valueAndDerivative } from '../src/drivers/derivative.js';
import type { Dual } from '../src/numbers/dual.js';
import * as ops from '../src/ops.js';

// Random expression trees of depth ≤ 4 over the functional ops; the Dual derivative must agree with
// a Richardson-extrapolated central difference (the difference is only a sanity check of the
// plumbing: the derivative rules themselves are checked against mpmath in rules.test.ts).

/** An expression in one variable x. */
type Expr =
  | { kind: 'x' }
  | { kind: 'const'; value: number }
  | { kind: 'unary'; op: UnaryKind; arg: Expr }
  | { kind: 'binary'; op: BinaryKind; left: Expr; right: Expr };

type Value = number | Dual;
type Op1 = (a: Value) => Value;
type Op2 = (a: Value, b: Value) => Value;
const op1 = ops as unknown as Record<string, Op1>;
const op2 = ops as unknown as Record<string, Op2>;

/**
 * Unary forms: the smooth functions on all reals as they are, and the domain-restricted ones
 * composed with a map into their domain (log(1 + a²), asin(0.9·tanh a), ...). Kinks (abs, relu,
 * min, max) are left out: a difference quotient across a kink measures neither side.
 */
const unaryForms = {
  neg: (a: Value) => ops.neg(a as Dual),
  sin: (a: Value) => op1.sin(a),
  cos: (a: Value) => op1.cos(a),
  tanh: (a: Value) => op1.tanh(a),
  atan: (a: Value) => op1.atan(a),
  asinh: (a: Value) => op1.asinh(a),
  sigmoid: (a: Value) => op1.sigmoid(a),
  softplus: (a: Value) => op1.softplus(a),
  erf: (a: Value) => op1.erf(a),
  erfc: (a: Value) => op1.erfc(a),
  cbrt: (a: Value) => op1.cbrt(op2.add(a, 3)), // away from cbrt's infinite slope at 0 for |a| < 3
  expTanh: (a: Value) => op1.exp(op1.tanh(a)),
  expm1Sin: (a: Value) => op1.expm1(op1.sin(a)),
  sinhAtan: (a: Value) => op1.sinh(op1.atan(a)),
  coshAtan: (a: Value) => op1.cosh(op1.atan(a)),
  tanSin: (a: Value) => op1.tan(op1.sin(a)), // |sin a| ≤ 1 < π/2
  sqrt1p: (a: Value) => op1.sqrt(op2.add(1, op2.mul(a, a))),
  log1pSq: (a: Value) => op1.log1p(op2.mul(a, a)),
  logSq: (a: Value) => op1.log(op2.add(0.5, op2.mul(a, a))),
  log2Sq: (a: Value) => op1.log2(op2.add(0.5, op2.mul(a, a))),
  log10Sq: (a: Value) => op1.log10(op2.add(0.5, op2.mul(a, a))),
  asinTanh: (a: Value) => op1.asin(op2.mul(0.9, op1.tanh(a))),
  acosTanh: (a: Value) => op1.acos(op2.mul(0.9, op1.tanh(a))),
  atanhTanh: (a: Value) => op1.atanh(op2.mul(0.9, op1.tanh(a))),
  acoshSq: (a: Value) => op1.acosh(op2.add(1.5, op2.mul(a, a))),
  square: (a: Value) => op2.pow(a, 2),
  cube: (a: Value) => op2.pow(a, 3),
} as const;
type UnaryKind = keyof typeof unaryForms;

/** Binary forms: denominators, bases and atan2's/hypot's points kept away from their singularities. */
const binaryForms = {
  add: (a: Value, b: Value) => op2.add(a, b),
  sub: (a: Value, b: Value) => op2.sub(a, b),
  mul: (a: Value, b: Value) => op2.mul(a, b),
  div: (a: Value, b: Value) => op2.div(a, op2.add(1.5, op1.sin(b))),
  pow: (a: Value, b: Value) => op2.pow(op2.add(1.1, op2.mul(a, a)), op1.tanh(b)),
  atan2: (a: Value, b: Value) => op2.atan2(a, op2.add(2, op1.cos(b))),
  hypot: (a: Value, b: Value) => op2.hypot(a, op2.add(1, op2.mul(b, b))),
} as const;
type BinaryKind = keyof typeof binaryForms;

function evaluate(e: Expr, x: Value): Value {
  switch (e.kind) {
    case 'x':
      return x;
    case 'const':
      return e.value;
    case 'unary':
      return unaryForms[e.op](evaluate(e.arg, x));
    case 'binary':
      return binaryForms[e.op](evaluate(e.left, x), evaluate(e.right, x));
  }
}

function show(e: Expr): string {
  switch (e.kind) {
    case 'x':
      return 'x';
    case 'const':
      return String(e.value);
    case 'unary':
      return `${e.op}(${show(e.arg)})`;
    case 'binary':
      return `${e.op}(${show(e.left)}, ${show(e.right)})`;
  }
}

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Expr>({ kind: 'x' }) },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true })
      .map((value): Expr => ({ kind: 'const', value })),
  },
);

const expr: (depth?: number) => fc.Arbitrary<Expr> = fc.memo((depth): fc.Arbitrary<Expr> => {
  if (depth <= 0) return leaf;
  const sub: fc.Arbitrary<Expr> = expr(depth - 1);
  const unary = fc
    .record({ op: fc.constantFrom(...(Object.keys(unaryForms) as UnaryKind[])), arg: sub })
    .map((r): Expr => ({ kind: 'unary', ...r }));
  const binary = fc
    .record({
      op: fc.constantFrom(...(Object.keys(binaryForms) as BinaryKind[])),
      left: sub,
      right: sub,
    })
    .map((r): Expr => ({ kind: 'binary', ...r }));
  return fc.oneof(
    { weight: 1, arbitrary: leaf },
    { weight: 2, arbitrary: unary },
    { weight: 2, arbitrary: binary },
  );
});

/** f as a function of plain numbers. */
const plainValue = (e: Expr, x: number) => evaluate(e, x) as number;

/** The central difference (f(x + h) − f(x − h)) / 2h, with the step actually taken. */
function central(e: Expr, x: number, h: number): number {
  const xp = x + h;
  const xm = x - h;
  return (plainValue(e, xp) - plainValue(e, xm)) / (xp - xm);
}

/**
 * Richardson extrapolation of the central difference: D(h) = f′ + h²f‴/6 + h⁴f⁽⁵⁾/120 + …, so
 * R(h) = (4·D(h/2) − D(h))/3 = f′ − h⁴f⁽⁵⁾/480 + …, and rounding in the function values adds
 * about 3ε|f|/h (the extrapolation weights sum to 3 in absolute value).
 */
function richardson(e: Expr, x: number, h: number): number {
  return (4 * central(e, x, h / 2) - central(e, x, h)) / 3;
}

/**
 * The reference f′ ≈ R(h/2) with h = 2⁻⁹, and an estimate of its own error: R is O(h⁴), so
 * R(h/2)'s truncation error is about |R(h) − R(h/2)|/15, and rounding noise (3ε|f|/h ≈ 3e-13·|f|)
 * shows in the same difference. Most trees here have |f⁽⁵⁾| small enough that both are far below
 * 1e-6·max(1, |f′|); a few (sin of a degree-6 polynomial, say) vary fast enough that the
 * difference is not, and the estimate keeps the test from blaming the derivative for the
 * reference's error.
 */
function reference(e: Expr, x: number): { derivative: number; error: number } {
  const h = 2 ** -9;
  const coarse = richardson(e, x, h);
  const fine = richardson(e, x, h / 2);
  return { derivative: fine, error: Math.abs(coarse - fine) };
}

describe('property: Dual derivatives of random compositions agree with finite differences', () => {
  it('for 1000 random expression trees of depth ≤ 4 (fixed seed)', () => {
    let unreliable = 0;
    fc.assert(
      fc.property(
        expr(4),
        fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }),
        (e, x) => {
          const { value, derivative: d } = valueAndDerivative((t) => evaluate(e, t) as Dual, x);
          // The primal is the plain-number evaluation, bit for bit.
          expect(Object.is(value, plainValue(e, x)), show(e)).toBe(true);
          const ref = reference(e, x);
          // 1e-6 relative: far above the reference's error for smooth trees, far below the O(|f′|)
          // error of a wrong rule (a sign, a factor, a missing chain-rule term).
          const tolerance = 1e-6 * Math.max(1, Math.abs(d));
          if (ref.error > tolerance) unreliable++;
          const message = `${show(e)} at x = ${x}`;
          expect(Math.abs(d - ref.derivative), message).toBeLessThanOrEqual(tolerance + ref.error);
        },
      ),
      { seed: 20240501, numRuns: 1000 },
    );
    // The error estimate widened the tolerance for only a few trees: the test is not vacuous.
    expect(unreliable).toBeLessThan(20);
  });

  it('the reference catches a wrong derivative (the test can fail)', () => {
    // sin with cos replaced by −cos would be off by 2|cos x|: far beyond the tolerance.
    const e: Expr = { kind: 'unary', op: 'sin', arg: { kind: 'x' } };
    const ref = reference(e, 0.7);
    expect(ref.error).toBeLessThan(1e-10);
    expect(Math.abs(-Math.cos(0.7) - ref.derivative)).toBeGreaterThan(1);
    const d = derivative((t) => evaluate(e, t) as Dual, 0.7);
    expect(Math.abs(d - ref.derivative)).toBeLessThan(1e-10);
  });
});
