import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile, type Scalar } from '../../src/index.js';
import { evaluateTree, perMethodRows, randomRows } from '../helpers/expression-tree.js';

/** Every number of a result, flattened, for bit-for-bit comparison. */
function flat(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (Array.isArray(x) || x instanceof Float64Array)
    return Array.from(x as ArrayLike<unknown>).flatMap(flat);
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(flat);
  return [];
}

function sameBits(a: unknown, b: unknown): boolean {
  const p = flat(a);
  const q = flat(b);
  return p.length === q.length && p.every((v, i) => Object.is(v, q[i]));
}

describe('the interpreter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives bit-identical results to generated code for every method', () => {
    const v = [0.3, -1.1, 0.7];
    const misses: string[] = [];
    for (const row of [...perMethodRows, ...randomRows]) {
      const f = <T extends Scalar<T>>(x: T[]) => evaluateTree(row.tree, x);
      const gen = compile(f, { inputs: 3, mode: 'codegen' });
      const int = compile(f, { inputs: 3, mode: 'interpret' });
      expect(int.mode).toBe('interpret');
      expect(gen.mode).toBe('codegen');
      const methods: [string, (c: typeof gen) => unknown][] = [
        ['value', (c) => c.value(row.x)],
        ['gradient', (c) => c.gradient(row.x)],
        ['jvp', (c) => c.jvp(row.x, v)],
        ['hessian', (c) => c.hessian(row.x)],
        [
          'hessianSparseInto',
          (c) =>
            c.hessianSparseInto(row.x, new Float64Array(c.hessianSparsity().rowIndices.length)),
        ],
        ['hvp', (c) => c.hvp(row.x, v)],
        ['directionalTaylor', (c) => c.directionalTaylor(row.x, v, 6)],
      ];
      for (const [name, run] of methods) {
        if (!sameBits(run(gen), run(int))) misses.push(`${name} ${JSON.stringify(row.tree)}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  });

  it('covers vector outputs, where and min/max, and one-variable functions', () => {
    const F = <T extends Scalar<T>>([a, b]: T[]) => [a.min(b).mul(a), a.max(b).exp(), a.hypot(b)];
    const gen = compile(F, { inputs: 2 });
    const int = compile(F, { inputs: 2, mode: 'interpret' });
    for (const x of [
      [1, 2],
      [2, 2],
      [3, -1],
    ]) {
      expect(sameBits(gen.jacobian(x), int.jacobian(x))).toBe(true);
      expect(sameBits(gen.jvp(x, [1, -1]), int.jvp(x, [1, -1]))).toBe(true);
      expect(
        sameBits(gen.directionalTaylor(x, [1, -1], 4), int.directionalTaylor(x, [1, -1], 4)),
      ).toBe(true);
    }
    const g = compile((x) => x.sin().mul(x.cbrt()));
    const i = compile((x) => x.sin().mul(x.cbrt()), { mode: 'interpret' });
    for (const x of [-1.3, 0, 0.4]) {
      expect(
        sameBits(
          [g.value(x), g.derivative(x), g.secondDerivative(x), g.taylor(x, 5)],
          [i.value(x), i.derivative(x), i.secondDerivative(x), i.taylor(x, 5)],
        ),
      ).toBe(true);
    }
  });

  it('checks elements of the point as generated code does', () => {
    const c = compile(([a, b]) => a.mul(b), { inputs: 2, mode: 'interpret' });
    // @ts-expect-error: a string element
    expect(() => c.gradient([1, 'x'])).toThrow(/x\[1\] must be a number, got a string/);
  });

  it('is chosen automatically when code generation is refused (CSP without unsafe-eval)', () => {
    vi.stubGlobal(
      'Function',
      class {
        constructor() {
          throw new EvalError('Code generation from strings disallowed for this context');
        }
      },
    );
    const c = compile((x) => x.exp().mul(x));
    expect(c.derivative(1)).toBe(2 * Math.E);
    expect(c.mode).toBe('interpret');
    expect(c.source).toContain('function gradient(x, v, o, g)');
    const strict = compile((x) => x.exp(), { mode: 'codegen' });
    expect(() => strict.derivative(1)).toThrow(EvalError);
  });
});
