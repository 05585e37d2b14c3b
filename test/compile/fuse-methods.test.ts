/**
 * Every compiled method with its long sums and stores fused (threshold 0, by mocking fuse's
 * default) against the same method straight-line (fusing nothing): bit for bit, in both back
 * ends, on functions whose programs have the patterns fuse.ts looks for.
 */
import { describe, expect, it, vi } from 'vitest';
import { add, compile, mul, type Scalar, sin, sub } from '../../src/index.js';

const control = vi.hoisted(() => ({ above: Number.POSITIVE_INFINITY }));
vi.mock('../../src/compile/fuse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/compile/fuse.js')>();
  return {
    ...actual,
    fuse: (p: Parameters<typeof actual.fuse>[0], above?: number) =>
      actual.fuse(p, above ?? control.above),
  };
});

const n = 12;
// Column 0 shared by all rows (one product x₀·0.5), column 3 is 1, column 5 is −1.
const special: Record<number, number> = { 0: 0.5, 3: 1, 5: -1 };
const W = Array.from({ length: n }, (_, i) =>
  Array.from({ length: n }, (_, j) => special[j] ?? Math.sin(i * n + j + 1) / Math.sqrt(n)),
);
const rowSum = <T extends Scalar<T>>(x: T[], row: readonly number[]): T => {
  let z = x[0].mul(row[0]);
  for (let j = 1; j < n; j++) z = z.add(x[j].mul(row[j]));
  return z;
};
/** tanh(Wx + b): a vector function. */
const layer = <T extends Scalar<T>>(x: T[]): T[] =>
  W.map((row, i) => rowSum(x, row).add(Math.cos(i)).tanh());
/** A scalar function with linear sums inside non-linear ones, and a Rosenbrock-like tail. */
const scalar = <T extends Scalar<T>>(x: T[]): T => {
  let s = sin(rowSum(x, W[1])).mul(rowSum(x, W[2]).tanh());
  for (let i = 0; i + 1 < n; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    s = add(s, mul(100, mul(a, a)));
  }
  return s;
};

const x = Array.from({ length: n }, (_, j) => Math.cos(j / 3) * (j % 4 === 0 ? -0 : 1));
const v = Array.from({ length: n }, (_, j) => (j === 2 ? -0 : Math.sin(j / 2)));
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((ai, i) => same(ai, b[i]))
    : typeof a === 'object' && a !== null && typeof b === 'object' && b !== null
      ? Object.keys(a).every((k) => same((a as never)[k], (b as never)[k]))
      : Object.is(a, b);

function both<R>(make: () => R): { plain: R; fused: R } {
  control.above = Number.POSITIVE_INFINITY;
  const plain = make();
  control.above = 0;
  const fused = make();
  control.above = Number.POSITIVE_INFINITY;
  return { plain, fused };
}

describe.each(['codegen', 'interpret'] as const)('fused and straight-line agree (%s)', (mode) => {
  it('on a layer: value, jvp, jacobian, directionalTaylor', () => {
    // methods are built (and fused) on first call, so each is called inside both()
    const results = both(() => {
      const c = compile(layer, { inputs: n, mode });
      return {
        value: c.value(x),
        jvp: c.jvp(x, v),
        jacobian: c.jacobian(x),
        taylor: c.directionalTaylor(x, v, 4),
        source: c.source,
      };
    });
    expect(results.fused.source).toMatch(/= dot\(x, /);
    expect(results.fused.source).toMatch(/^ {2}scale\(jacobian, /m);
    const { source: _a, ...plain } = results.plain;
    const { source: _b, ...fused } = results.fused;
    expect(same(fused, plain)).toBe(true);
  });

  it('on a scalar function: value, gradient, jvp, hessian, hvp, directionalTaylor', () => {
    const results = both(() => {
      const c = compile(scalar, { inputs: n, mode });
      return {
        value: c.value(x),
        gradient: c.gradient(x),
        jvp: c.jvp(x, v),
        hessian: c.hessian(x),
        hvp: c.hvp(x, v),
        taylor: c.directionalTaylor(x, v, 5),
        source: c.source,
      };
    });
    expect(results.fused.source).toMatch(/= dot(From)?\(/);
    const { source: _a, ...plain } = results.plain;
    const { source: _b, ...fused } = results.fused;
    expect(same(fused, plain)).toBe(true);
  });
});
