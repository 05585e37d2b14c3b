import { describe, expect, it } from 'vitest';
import { CHUNK_INSTRUCTIONS, literalText } from '../../src/compile/codegen.js';
import { MAX_REGISTERS, Program } from '../../src/compile/ir.js';
import { add, compile, mul, type Scalar, sin, sub } from '../../src/index.js';

describe('generated source', () => {
  it('writes every double as a literal that reads back as the same double', () => {
    for (const x of [
      0,
      -0,
      1,
      -1.5,
      0.1,
      5e-324,
      -1e308,
      Number.NaN,
      Infinity,
      -Infinity,
      Math.PI,
    ]) {
      const back = Function(`'use strict'; return ${literalText(x)};`)();
      expect(Object.is(back, x), String(x)).toBe(true);
    }
  });

  it('shows common subexpressions merged and constants folded', () => {
    const c = compile((x) => add(mul(sin(x), sin(x)), mul(sin(mul(x.lift(2), 1)), x)));
    const value = c.source.split('---- gradient ----')[0];
    // sin(x) once, sin(2) folded to its value, x·1 gone
    expect(value.match(/sin_f\(/g)?.length).toBe(1);
    expect(value).toContain(String(Math.sin(2)));
    expect(value).not.toMatch(/\* 1\b/);
    expect(c.source).toContain('function value(x, v, o)');
    expect(c.source).toContain('function gradient(x, v, o, g)');
    expect(c.source).toContain('function hessian(x, v, o, g, h)');
    expect(c.source).toContain('function taylor(x, v, o, d, B)');
    // derivatives come from the rule table: sin′ is called, not restated
    expect(c.source).toContain('sin_d1(');
  });

  it('splits long programs into chunks that give the same results', () => {
    const rosenbrock = <T extends Scalar<T>>(x: T[]) => {
      let s: T | number = 0;
      for (let i = 0; i + 1 < x.length; i++) {
        const a = sub(x[i + 1], mul(x[i], x[i]));
        s = add(s as T, add(mul(100, mul(a, a)), mul(sub(1, x[i]), sub(1, x[i]))));
      }
      return s;
    };
    const n = 300;
    const x = Array.from({ length: n }, (_, i) => Math.cos(i));
    const gen = compile(rosenbrock, { inputs: n });
    const int = compile(rosenbrock, { inputs: n, mode: 'interpret' });
    const source = gen.source;
    const gradientSource = source.split('---- gradient ----')[1].split('---- jvp ----')[0];
    expect(gradientSource).toContain('function gradient_1(x, v, o, g)');
    // instructions and imports per chunk (spill stores `w[k] = …` for later chunks come on top)
    const longest = Math.max(
      ...gradientSource
        .split(/\nfunction /)
        .map(
          (f) =>
            f.split('\n').filter((line) => /^ {2}\S/.test(line) && !/^ {2}w\[/.test(line)).length,
        ),
    );
    expect(longest).toBeLessThanOrEqual(CHUNK_INSTRUCTIONS);
    const g1 = gen.gradient(x);
    const g2 = int.gradient(x);
    expect(g1.every((gi, i) => Object.is(gi, g2[i]))).toBe(true);
    const h1 = gen.hessianSparseInto(x, new Float64Array(gen.hessianSparsity().rowIndices.length));
    const h2 = int.hessianSparseInto(x, new Float64Array(gen.hessianSparsity().rowIndices.length));
    expect(Array.from(h1)).toEqual(Array.from(h2));
  });
});

describe('size limit', () => {
  it('a program past its register limit throws a RangeError naming the method and the driver', () => {
    const p = new Program('hessian', ['x', 'v', 'o'], 10);
    expect(() => {
      for (let i = 0; i < 20; i++) p.load(`x${i}`, 0, i);
    }).toThrow(/compiled hessian code would exceed 10 operations.*uncompiled hessian driver/);
    expect(MAX_REGISTERS).toBe(2_000_000);
  });
});
