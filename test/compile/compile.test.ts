/**
 * compile(): every method against the uncompiled drivers (the object path) and against
 * independent references (sympy second-order fixture, mpmath Taylor fixture, closed forms).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import {
  add,
  derivative,
  directionalTaylor,
  div,
  exp,
  gradient,
  hessian,
  hvp,
  jacobian,
  jvp,
  mul,
  pow,
  type Scalar,
  secondDerivative,
  sin,
  sub,
  taylor,
} from '../../src/index.js';
import * as R from '../../src/rules.js';
import {
  evaluateTree,
  normwiseError,
  perMethodRows,
  randomRows,
  type SecondOrderRow,
  type Tree,
} from '../helpers/expression-tree.js';
import { expectCoefficients, TAYLOR_CASES, taylorFixture } from '../helpers/taylor-fixture.js';

/** |got − want| ≤ tol·max(1, |want|), NaN only where NaN is wanted. */
function close(got: number, want: number, tol: number): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want)) return got === want;
  return Math.abs(got - want) <= tol * Math.max(1, Math.abs(want));
}

function expectClose(got: readonly number[], want: readonly number[], tol: number, what: string) {
  expect(got.length, `${what}: length`).toBe(want.length);
  const bad = got.map((g, i) => (close(g, want[i], tol) ? '' : `[${i}] ${g} ≠ ${want[i]}`));
  expect(bad.filter(Boolean).join('; '), what).toBe('');
}

/** Points inside each unary function's domain, both sides of 0 where it has two. */
const unaryPoints: Record<R.UnaryName, number[]> = {
  sqrt: [0.3, 2.5],
  cbrt: [-1.7, 0.4],
  exp: [-1.2, 0.8],
  expm1: [-0.3, 1.1],
  log: [0.4, 3],
  log1p: [-0.5, 2],
  log2: [0.6, 5],
  log10: [0.2, 7],
  sin: [-2, 0.7],
  cos: [-0.4, 2.2],
  tan: [-1.1, 0.5],
  asin: [-0.6, 0.35],
  acos: [-0.2, 0.8],
  atan: [-3, 0.9],
  sinh: [-1.5, 0.6],
  cosh: [-0.7, 1.9],
  tanh: [-0.9, 2.1],
  asinh: [-2.2, 0.3],
  acosh: [1.3, 4],
  atanh: [-0.45, 0.7],
  abs: [-1.4, 0.6, 0],
  sigmoid: [-2, 0.5],
  softplus: [-3, 1.2],
  relu: [-0.8, 1.5, 0],
  erf: [-0.9, 0.4],
  erfc: [-0.3, 1.8],
};

describe('compile(f): every unary function against the object path', () => {
  for (const name of Object.keys(R.unaryRules) as R.UnaryName[]) {
    it(`${name}(x)·(x + 0.5): value, f′, f″ and Taylor coefficients`, () => {
      const f = <T extends Scalar<T>>(x: T) => x[name]().mul(x.add(0.5));
      const c = compile(f);
      expect(c.mode).toBe('codegen');
      for (const x of unaryPoints[name]) {
        expect(close(c.value(x), R.unaryRules[name].f(x) * (x + 0.5), 1e-15)).toBe(true);
        expect(close(c.derivative(x), derivative(f, x), 1e-14), `f′(${x})`).toBe(true);
        expect(close(c.secondDerivative(x), secondDerivative(f, x), 1e-14), `f″(${x})`).toBe(true);
        // Same recurrences as the Taylor number type, called the same way: bit-identical.
        expect(c.taylor(x, 7)).toEqual(taylor(f, x, 7).coefficients);
      }
    });
  }

  it('neg, and every binary method with a constant on either side', () => {
    const fs: (<T extends Scalar<T>>(x: T) => T)[] = [
      (x) => x.neg().mul(x),
      (x) => x.mul(3).add(x.div(7)).sub(x.mul(x)),
      (x) => sub(2, x).mul(div(3, x)),
      (x) => x.pow(3).add(x.pow(2.5)).add(pow(2, x)),
      (x) => x.atan2(2).add(sub(1, x).atan2(x)).add(x.mul(0).add(0.5).atan2(x)),
      (x) => x.hypot(3).add(x.mul(0).sub(2).hypot(x)),
      (x) => x.pow(x.sin()),
      (x) => x.min(1).add(x.max(1)).mul(x),
    ];
    for (const f of fs) {
      const c = compile(f);
      for (const x of [0.35, 1.7, 2.4]) {
        expect(close(c.derivative(x), derivative(f, x), 1e-14), `${f} f′(${x})`).toBe(true);
        expect(close(c.secondDerivative(x), secondDerivative(f, x), 1e-13), `${f} f″(${x})`).toBe(
          true,
        );
        expectClose(c.taylor(x, 6), taylor(f, x, 6).coefficients, 1e-14, `${f} taylor(${x})`);
      }
    }
  });
});

describe('compile(f): closed forms and exactness', () => {
  it('f′ of sin(x²)·eˣ/(1+x²) matches the quotient and chain rules', () => {
    const c = compile((x) => div(mul(sin(mul(x, x)), exp(x)), add(mul(x, x), 1)));
    for (const x of [-2, -0.5, 0, 0.3, 1, 2.5]) {
      const g = Math.sin(x * x) * Math.exp(x);
      const dg = (2 * x * Math.cos(x * x) + Math.sin(x * x)) * Math.exp(x);
      const h = 1 + x * x;
      const expected = (dg * h - g * 2 * x) / (h * h);
      // Within 8 ulps, relative, as the object path's test (measured: 1 at most).
      expect(Math.abs(c.derivative(x) - expected)).toBeLessThanOrEqual(
        8 * Number.EPSILON * Math.abs(expected),
      );
      expect(c.valueAndDerivative(x).value).toBe(g / h);
    }
  });

  it('integer powers are exact at 0, x/x is exactly 1 with zero higher coefficients', () => {
    const cube = compile((x) => pow(x, 3));
    expect(cube.taylor(0, 4)).toEqual([0, 0, 0, 1, 0]);
    expect(compile((x) => x.mul(x)).derivative(0)).toBe(0);
    expect(compile((x) => pow(x, 2)).secondDerivative(0)).toBe(2);
    expect(compile((x) => x.div(x)).taylor(1.5, 4)).toEqual([1, 0, 0, 0, 0]);
    expect(compile((x) => x.div(x)).derivative(1.5)).toBe(0);
  });

  it('kinks follow the conventions: abs′(0) = relu′(0) = 0, min/max average at a tie', () => {
    expect(compile((x) => x.abs()).derivative(0)).toBe(0);
    expect(compile((x) => x.relu()).derivative(0)).toBe(0);
    expect(compile((x) => x.max(x.mul(2).sub(1))).derivative(1)).toBe(1.5);
    expect(compile((x) => x.min(1)).derivative(1)).toBe(0.5);
    expect(compile((x) => x.abs()).secondDerivative(0)).toBe(0);
  });

  it('outside a domain the value and derivatives are NaN', () => {
    const c = compile((x) => x.log());
    expect(c.value(-2)).toBeNaN();
    expect(c.derivative(-2)).toBeNaN();
    expect(c.secondDerivative(-2)).toBeNaN();
    expect(c.taylor(-2, 3).every(Number.isNaN)).toBe(true);
  });

  it('a constant function has zero derivatives', () => {
    const c = compile(() => 3);
    expect([c.value(1), c.derivative(1), c.secondDerivative(1)]).toEqual([3, 0, 0]);
    expect(c.taylor(1, 2)).toEqual([3, 0, 0]);
    const g = compile(() => 2, { inputs: 2 });
    expect(g.gradient([1, 2])).toEqual([0, 0]);
    expect(g.hessian([1, 2])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('pow with both sides variable: a side with zero perturbation contributes nothing', () => {
    // d/dy 0^y at y = 2 with x fixed: the x-side partial is 2·0¹ = 0, the y-side 0; and
    // at x = -1 the y-partial is NaN (log of a negative), but x alone varies.
    const c = compile(([x, y]) => x.pow(y), { inputs: 2 });
    expect(c.directionalDerivative([-1, 2], [1, 0])).toBe(-2);
    expect(c.directionalDerivative([0, 2], [0, 1])).toBe(0);
  });
});

/** The trees of the sympy fixture as functions of three inputs. */
const treeFunction =
  (tree: Tree) =>
  <T extends Scalar<T>>(x: T[]): T | number =>
    evaluateTree(tree, x);

function compiledSecondOrder(row: SecondOrderRow, mode: 'codegen' | 'interpret' = 'codegen') {
  const c = compile(treeFunction(row.tree), { inputs: 3, mode });
  return { value: c.value(row.x), gradient: c.gradient(row.x), hessian: c.hessian(row.x) };
}

describe('compile(f, { inputs }): value, gradient and Hessian against sympy', () => {
  const check = (rows: SecondOrderRow[], tolerance: number) => {
    const misses: string[] = [];
    for (const row of rows) {
      const e = normwiseError(compiledSecondOrder(row), row);
      if (!(e.value <= tolerance && e.gradient <= tolerance && e.hessian <= tolerance)) {
        misses.push(`${JSON.stringify(row.tree)} at ${row.x}: ${JSON.stringify(e)}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  };

  it('every method applied to functions of three variables', () => {
    check(perMethodRows, 2e-14);
  });

  it('random compositions of depth up to 4', () => {
    check(randomRows, 2e-14);
  });
  it('jvp, hvp and second-order directional Taylor coefficients: ∇f·v, H·v and vᵀHv/2', () => {
    const v = [0.3, -1.1, 0.7];
    const misses: string[] = [];
    for (const row of [...perMethodRows, ...randomRows]) {
      const c = compile(treeFunction(row.tree), { inputs: 3 });
      const hv = row.hessian.map((r) => r.reduce((acc, h, j) => acc + h * v[j], 0));
      const gv = row.gradient.reduce((acc, g, j) => acc + g * v[j], 0);
      const vhv = hv.reduce((acc, h, j) => acc + h * v[j], 0);
      const scale = Math.max(1, ...row.hessian.flat().map(Math.abs), ...row.gradient.map(Math.abs));
      const got = c.hvp(row.x, v);
      const t = c.directionalTaylor(row.x, v, 2);
      const errors = [
        ...got.map((h, i) => Math.abs(h - hv[i])),
        Math.abs(c.jvp(row.x, v).tangent - gv),
        Math.abs(t[1] - gv),
        Math.abs(2 * t[2] - vhv),
      ];
      // the Hessian's normwise bound (2e-14, as above) times ‖v‖₁ = 2.1 < 4 bounds each product
      if (!errors.every((e) => e <= 2e-14 * scale * 4)) {
        misses.push(`${JSON.stringify(row.tree)}: ${errors.map((e) => e.toExponential(1))}`);
      }
    }
    expect(misses.join('\n')).toBe('');
  });
});

describe('compile(f, { inputs }): every method against the object path', () => {
  const rows = [...perMethodRows, ...randomRows];
  const v = [0.3, -1.1, 0.7];

  it('gradient, jvp, hessian, hvp and directionalTaylor equal the drivers', () => {
    const misses: string[] = [];
    for (const row of rows) {
      const f = treeFunction(row.tree);
      const c = compile(f, { inputs: 3 });
      const what = JSON.stringify(row.tree);
      const want = {
        value: row.value,
        gradient: gradient(f, row.x),
        hessian: hessian(f, row.x),
      };
      const got = { value: c.value(row.x), gradient: c.gradient(row.x), hessian: c.hessian(row.x) };
      const e = normwiseError(got, want);
      if (!(e.gradient <= 1e-14 && e.hessian <= 1e-13))
        misses.push(`${what}: ${JSON.stringify(e)}`);
      const j = jvp(f, row.x, v) as { value: number; tangent: number };
      const cj = c.jvp(row.x, v);
      if (!close(cj.tangent, j.tangent, 1e-13) || cj.value !== c.value(row.x)) {
        misses.push(`${what}: jvp ${cj.tangent} ≠ ${j.tangent}`);
      }
      const hv = hvp(f, row.x, v);
      const chv = c.hvp(row.x, v);
      const scale = Math.max(1, ...hv.map(Math.abs));
      if (chv.some((h, i) => Math.abs(h - hv[i]) > 1e-13 * scale)) {
        misses.push(`${what}: hvp ${chv} ≠ ${hv}`);
      }
      const t = directionalTaylor(f, row.x, v, 5);
      const ct = c.directionalTaylor(row.x, v, 5);
      if (ct.some((ck, k) => !Object.is(ck, t[k]))) misses.push(`${what}: taylor ${ct} ≠ ${t}`);
    }
    expect(misses.join('\n')).toBe('');
  });

  it('vector-valued: value, jacobian, jvp and directionalTaylor equal the drivers', () => {
    const f = <T extends Scalar<T>>([a, b, c]: T[]): (T | number)[] => [
      a.mul(b).div(c),
      a.atan2(c),
      b.hypot(c).sub(a.pow(b)),
      a.min(b).add(c.max(a)),
      pow(2, c).add(b.pow(3)),
      5,
      c.sqrt().exp(),
    ];
    const c = compile(f, { inputs: 3 });
    expect(c.outputs).toBe(7);
    for (const x of [
      [0.4, 1.3, 2.2],
      [1.1, 0.6, 0.9],
    ]) {
      const J = jacobian(f, x);
      const cJ = c.jacobian(x);
      J.forEach((row, i) => {
        expectClose(cJ[i], row, 1e-14, `jacobian row ${i}`);
      });
      const y = c.value(x);
      expect(y[5]).toBe(5);
      const j = jvp(f, x, v) as { value: number[]; tangent: number[] };
      const cj = c.jvp(x, v);
      expect(cj.value).toEqual(y);
      expectClose(cj.tangent, j.tangent, 1e-14, 'jvp');
      // Fresh number[]s of the outputs' length, not views of the method's buffers: the next
      // call leaves them as they were.
      for (const r of [y, cj.value, cj.tangent]) {
        expect(Array.isArray(r)).toBe(true);
        expect(r).toHaveLength(7);
      }
      const kept = [...cj.tangent];
      c.jvp([2, 3, 4], [1, 1, 1]);
      c.value([2, 3, 4]);
      expect(cj.tangent).toEqual(kept);
      expect(cj.value).toEqual(y);
      const rows = c.directionalTaylor(x, v, 4);
      rows.forEach((coefficients, i) => {
        const fi = <T extends Scalar<T>>(z: T[]) => f(z)[i];
        expect(coefficients).toEqual(directionalTaylor(fi, x, v, 4));
      });
    }
  });
});

describe('compile(f): Taylor coefficients against mpmath', () => {
  it('has a function for every fixture case', () => {
    expect(taylorFixture.cases.length).toBe(22);
    for (const c of taylorFixture.cases)
      expect(TAYLOR_CASES[c.name], c.name).toBeTypeOf('function');
  });

  for (const c of taylorFixture.cases) {
    it(`${c.name} at ${c.x0} to order ${c.order}`, () => {
      expectCoefficients(
        compile(TAYLOR_CASES[c.name]).taylor(c.x0, c.order),
        c.coefficients,
        c.name,
      );
    });
  }

  it('taylorInto reuses the caller array and grows its buffers only for a larger order', () => {
    const c = compile((x) => x.sin().exp());
    const out = new Float64Array(17);
    expect(c.taylorInto(0.7, 16, out)).toBe(out);
    expect(Array.from(out)).toEqual(c.taylor(0.7, 16));
    expect(c.taylor(0.7, 3)).toEqual(Array.from(out.subarray(0, 4)));
  });
});

describe('out-parameter methods', () => {
  const f = <T extends Scalar<T>>([a, b, c]: T[]) => a.mul(b).sin().add(c.mul(c).mul(b));
  const x = [0.3, 1.2, -0.7];
  const v = [1, 0.5, -2];
  const c = compile(f, { inputs: 3 });

  it('write into the given arrays, zeros included, and return them', () => {
    const g = new Float64Array(3);
    expect(c.gradient(x, g)).toBe(g);
    expect(Array.from(g)).toEqual(c.gradient(x));
    const g2 = [9, 9, 9];
    expect(c.gradientInto(x, g2)).toEqual(c.gradient(x));
    const H = [
      [9, 9, 9],
      [9, 9, 9],
      [9, 9, 9],
    ];
    expect(c.hessianInto(x, H)).toEqual(c.hessian(x));
    expect(c.hvpInto(x, v, [0, 0, 0])).toEqual(c.hvp(x, v));
    expect(c.valueAndGradient(x)).toEqual({ value: c.value(x), gradient: c.gradient(x) });
    expect(c.directionalDerivative(x, v)).toBe(c.jvp(x, v).tangent);
    expect(c.directionalTaylorInto(x, v, 3, new Float64Array(4))).toEqual(
      Float64Array.from(c.directionalTaylor(x, v, 3)),
    );
  });

  it('vector outputs: valueInto, jvpInto, jacobianInto', () => {
    const F = compile(([a, b]) => [a.mul(b), a.sub(b), b.exp()], { inputs: 2 });
    const val = [0, 0, 0];
    const tan = new Float64Array(3);
    F.jvpInto([1, 2], [1, 1], val, tan);
    expect(val).toEqual([2, -1, Math.exp(2)]);
    expect(Array.from(tan)).toEqual([3, 0, Math.exp(2)]);
    expect(F.valueInto([1, 2], [0, 0, 0])).toEqual(val);
    const J = [
      [7, 7],
      [7, 7],
      [7, 7],
    ];
    expect(F.jacobianInto([1, 2], J)).toEqual([
      [2, 1],
      [1, -1],
      [0, Math.exp(2)],
    ]);
    const rows = [new Float64Array(3), new Float64Array(3), new Float64Array(3)];
    F.directionalTaylorInto([1, 2], [1, 0], 2, rows);
    expect(Array.from(rows[0])).toEqual([2, 2, 0]);
  });
});

describe('argument errors', () => {
  const c = compile(([a, b]) => a.mul(b), { inputs: 2 });
  const s = compile((x) => x.sin());

  it('compile checks f and the options', () => {
    // @ts-expect-error: not a function
    expect(() => compile(3)).toThrow(/f must be a function, got the number 3/);
    expect(() => compile((x) => x, { inputs: -1 })).toThrow(RangeError);
    expect(() => compile((x) => x, { inputs: -1 })).toThrow(/options.inputs must be a whole/);
    expect(() => compile((x) => x, { inputs: 1.5 })).toThrow(/options.inputs must be a whole/);
    // @ts-expect-error: a bad mode
    expect(() => compile((x) => x, { mode: 'jit' })).toThrow(/options.mode must be 'auto'/);
    // @ts-expect-error: options must be an object
    expect(() => compile((x) => x, 3)).toThrow(TypeError);
  });

  it('f must return a number, a traced number or (with inputs) an array of them', () => {
    // @ts-expect-error: returns undefined
    expect(() => compile(() => undefined)).toThrow(/f must return a number or a traced number/);
    // @ts-expect-error: a vector from a scalar compile
    expect(() => compile((x) => [x, x])).toThrow(/use compile\(f, \{ inputs: n \}\)/);
    expect(() => compile(([a]) => [a, 'x' as unknown as number], { inputs: 1 })).toThrow(
      /f \(output 1\) must return a number or a traced number .*got a string/,
    );
  });

  it('points, directions, orders and out arrays are checked, naming the argument', () => {
    // @ts-expect-error: a string point
    expect(() => s.derivative('1')).toThrow(/x must be a number, got a string/);
    expect(() => s.taylor(0, -1)).toThrow(/order must be a whole number ≥ 0, got -1/);
    expect(() => s.taylor(0, 1.5)).toThrow(RangeError);
    expect(() => s.taylor(0, 1.5)).toThrow(/order must be a whole number ≥ 0, got 1.5/);
    expect(() => s.taylorInto(0, 2, [0, 0])).toThrow(/out must have length 3, got length 2/);
    // @ts-expect-error: a number where an array is needed
    expect(() => c.gradient(1)).toThrow(/x must be an array of 2 numbers/);
    expect(() => c.gradient([1, 2, 3])).toThrow(/x must have length 2/);
    // @ts-expect-error: a string entry
    expect(() => c.gradient([1, '2'])).toThrow(/x\[1\] must be a number, got a string/);
    expect(() => c.jvp([1, 2], [1])).toThrow(RangeError);
    expect(() => c.jvp([1, 2], [1])).toThrow(/v must have length 2/);
    expect(() => c.gradientInto([1, 2], [0])).toThrow(/out must have length 2/);
    expect(() => c.hessianInto([1, 2], [[0, 0]])).toThrow(/out must have 2 rows/);
    expect(() => c.hessianInto([1, 2], [[0, 0], [0]])).toThrow(
      /out\[1\] must have length 2, got length 1/,
    );
    // @ts-expect-error: a row that is not an array
    expect(() => c.hessianInto([1, 2], [[0, 0], 'ab'])).toThrow(
      /out\[1\] must be a number\[\] or Float64Array of length 2, got a string/,
    );
    expect(() => c.directionalTaylor([1, 2], [1, 1], -2)).toThrow(RangeError);
    expect(() => c.directionalTaylor([1, 2], [1, 1], -2)).toThrow(
      /order must be a whole number ≥ 0, got -2/,
    );
  });

  it('elements f does not use are checked too, in every method', () => {
    const first = compile(([a]) => a.sin(), { inputs: 2 });
    const bad = [1, 'x'] as unknown as number[];
    const badV = [1, null] as unknown as number[];
    expect(() => first.value(bad)).toThrow(/x\[1\] must be a number, got a string/);
    expect(() => first.gradient(bad)).toThrow(/x\[1\] must be a number/);
    expect(() => first.hessian(bad)).toThrow(/x\[1\] must be a number/);
    expect(() => first.jvp([1, 2], badV)).toThrow(/v\[1\] must be a number, got null/);
    expect(() => first.hvp([1, 2], badV)).toThrow(/v\[1\] must be a number/);
    expect(() => first.directionalTaylor([1, 2], badV, 2)).toThrow(/v\[1\] must be a number/);
  });

  it('outputs that are inputs or constants', () => {
    const id = compile((x) => x);
    expect([id.value(3), id.derivative(3), id.secondDerivative(3)]).toEqual([3, 1, 0]);
    expect(id.taylor(3, 2)).toEqual([3, 1, 0]);
    const pick = compile(([a, b]) => [b, 2, a.mul(b)], { inputs: 2 });
    expect(pick.jacobian([2, 5])).toEqual([
      [0, 1],
      [0, 0],
      [5, 2],
    ]);
    expect(pick.directionalTaylor([2, 5], [1, 1], 2)).toEqual([
      [5, 1, 0],
      [2, 0, 0],
      [10, 7, 1],
    ]);
  });

  it('methods for the other output shape throw a TypeError that says what to use', () => {
    const vector = compile(([a, b]) => [a, b], { inputs: 2 });
    expect(() => (vector as unknown as typeof c).gradient([1, 2])).toThrow(
      /gradient needs a scalar-valued function.*use jacobian or jvp/,
    );
    expect(() => (c as unknown as typeof vector).jacobian([1, 2])).toThrow(
      /jacobian needs a vector-valued function/,
    );
  });
});
