import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/compile/graph.js';
import { Tracer, traceScalar, traceVector } from '../../src/compile/tracer.js';
import { compile, Dual, derivative } from '../../src/index.js';

describe('Tracer', () => {
  it('reading .value throws an Error that says why and names the alternatives', () => {
    const f = (x: Tracer) => (x.value > 0 ? x : x.neg());
    let message = '';
    try {
      compile(f);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      message = (e as Error).message;
    }
    for (const word of ['traces f once', 'where(cond, a, b)', 'lt', 'min', 'max', 'abs', 'relu']) {
      expect(message).toContain(word);
    }
    expect(message).toMatch(/uncompiled drivers/);
  });

  it('arithmetic operators and comparisons on a tracer throw the same Error', () => {
    expect(() => compile((x) => (x as unknown as number) * 2)).toThrow(/where\(cond, a, b\)/);
    expect(() => compile((x) => ((x as unknown as number) > 0 ? x : 0))).toThrow(/traces f once/);
    expect(`${traceScalar((x) => x).graph.size}`).toBe('1');
    expect(String(new Tracer(new Graph(1), 0))).toBe('Tracer(node 0)');
  });

  it('merges common subexpressions: one node per distinct operation', () => {
    const { graph, outputs } = traceScalar((x) => x.sin().mul(x.sin()).add(x.mul(2).sin()));
    // x, sin x, sin x · sin x, 2, 2x, sin 2x, the sum
    expect(graph.size).toBe(7);
    expect(outputs).toEqual([6]);
    // a·b and b·a are one node, a + b and b + a too
    const t = traceVector(
      ([a, b]) => [a.mul(b), b.mul(a), a.add(b), b.add(a), a.sub(b), b.sub(a)],
      2,
    );
    expect(t.outputs[0]).toBe(t.outputs[1]);
    expect(t.outputs[2]).toBe(t.outputs[3]);
    expect(t.outputs[4]).not.toBe(t.outputs[5]);
  });

  it('folds constants with the object path’s own functions', () => {
    const { graph, outputs } = traceScalar((x) => x.lift(2).sin().mul(x.lift(3)).add(x));
    expect(graph.op[outputs[0]]).toBe('add');
    const folded = graph.a[outputs[0]];
    const other = graph.b[outputs[0]];
    const constant = graph.op[folded] === 'const' ? folded : other;
    expect(graph.param[constant]).toBe(Math.sin(2) * 3);
  });

  it('applies only the identities IEEE arithmetic allows', () => {
    const at = (f: (x: Tracer) => Tracer) => {
      const { outputs } = traceScalar(f);
      return outputs[0];
    };
    expect(at((x) => x.mul(1))).toBe(0);
    expect(at((x) => x.lift(1).mul(x))).toBe(0);
    expect(at((x) => x.div(1))).toBe(0);
    expect(at((x) => x.sub(0))).toBe(0);
    expect(at((x) => x.add(-0))).toBe(0);
    expect(at((x) => x.neg().neg())).toBe(0);
    expect(at((x) => x.pow(1))).toBe(0);
    // −0 + 0 = 0, ∞·0 = NaN, x − x = NaN at ∞: these stay operations
    expect(at((x) => x.add(0))).not.toBe(0);
    expect(at((x) => x.mul(0))).not.toBe(0);
    expect(at((x) => x.sub(x))).not.toBe(0);
    expect(compile((x) => x.add(0)).value(-0)).toBe(0);
    expect(Object.is(compile((x) => x.sub(0)).value(-0), -0)).toBe(true);
    expect(compile((x) => x.mul(0)).value(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('refuses tracers of another compile and numbers of another type', () => {
    let outer: Tracer | undefined;
    compile((x) => {
      outer = x;
      return x;
    });
    expect(() => compile((y) => y.mul(outer as Tracer))).toThrow(/two different compile\(\) calls/);
    expect(() => compile((y) => y.mul(new Dual(1, 1) as unknown as Tracer))).toThrow(
      /cannot combine a Tracer with a Dual/,
    );
    // a driver called inside a traced function meets a tracer: a clear TypeError
    expect(() => compile((y) => y.mul(derivative((t) => t.mul(y as never), 1)))).toThrow(TypeError);
  });
});
