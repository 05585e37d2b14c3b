import { describe, expect, it } from 'vitest';
import { piecewiseLinear, Structure, zeroSecondPartials } from '../../src/compile/analysis.js';
import { traceVector } from '../../src/compile/tracer.js';
import { add, mul, sub } from '../../src/index.js';
import * as R from '../../src/rules.js';

const points = [-3.7, -1, -0.2, 0.3, 0.9, 2, 5.5];

describe('structural zeros agree with the rule table', () => {
  it('piecewise-linear functions have a zero second derivative wherever it exists', () => {
    for (const op of piecewiseLinear) {
      if (op === 'neg') continue;
      const rule = R.unaryRules[op as R.UnaryName];
      for (const x of points) {
        const fx = rule.f(x);
        expect(rule.d2(x, fx, rule.d1(x, fx)), `${op}″(${x})`).toBe(0);
      }
    }
  });

  it('the second partials listed as zero are zero for every argument', () => {
    for (const [name, parts] of Object.entries(zeroSecondPartials)) {
      const rule = R.binaryRules[name as keyof typeof R.binaryRules];
      for (const a of points) {
        for (const b of points) {
          const f = rule.f(a, b);
          for (const part of parts)
            expect(rule[part](a, b, f), `${name}.${part}(${a}, ${b})`).toBe(0);
        }
      }
    }
  });
});

describe('linear absorption', () => {
  it('a long sum is one linear form over its terms; nothing in the chain is materialized', () => {
    const n = 50;
    const { graph, outputs } = traceVector((x) => {
      let s: unknown = 0;
      for (let i = 0; i + 1 < n; i++) {
        const a = sub(x[i + 1], mul(x[i], x[i]));
        s = add(s as number, mul(100, mul(a, a)));
      }
      return s as number;
    }, n);
    const s = new Structure(graph, outputs);
    const form = s.form(outputs[0]);
    expect(form).toHaveLength(n - 1);
    expect(form.every((t) => t.coef === 100 && graph.op[t.leaf] === 'mul')).toBe(true);
    // each term's own dependency set stays small: O(n) work in all
    expect(Math.max(...form.map((t) => s.deps(t.leaf).length))).toBe(2);
    expect(s.formDeps(form)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('a linear node with several consumers is materialized once', () => {
    const { graph, outputs } = traceVector(([a, b]) => {
      const u = sub(a, b);
      return [mul(u, u), u.sin()];
    }, 2);
    const s = new Structure(graph, outputs);
    const u = graph.a[outputs[1]];
    expect(graph.op[u]).toBe('sub');
    expect(s.materialized(u)).toBe(true);
    expect(s.expand(u)).toEqual([
      { coef: 1, leaf: 0 },
      { coef: -1, leaf: 1 },
    ]);
  });
});
