import { describe, expect, it } from 'vitest';
import { buildFunction, generateSource } from '../../src/compile/codegen.js';
import { FUSE_ABOVE, fuse, MIN_FUSED_TERMS } from '../../src/compile/fuse.js';
import { interpret } from '../../src/compile/interpreter.js';
import { type Instr, Program } from '../../src/compile/ir.js';
import { compile, jacobian, jvp, type Scalar } from '../../src/index.js';

const X = 0;
const V = 1;
const O = 2;

/**
 * o[0] = Σ coefs[k]·x[k] (a chain of products and sums as lowering writes it: x·1 is x itself,
 * x·(−1) a negation). Options: `shared`, the number of terms after which the partial sum is also
 * read by o[1] = s + 1; `swap`, each sum written term + s (the running sum on the right);
 * `reused`, a term also stored in o[3]. o[2] = 3·x[0] + 3·v[1] mixes two arrays.
 */
function program(
  coefs: readonly number[],
  {
    shared = 0,
    swap = false,
    reused = -1,
  }: { shared?: number; swap?: boolean; reused?: number } = {},
): Program {
  const p = new Program('value', ['x', 'v', 'o']);
  const terms = coefs.map((c, k) => p.mul('t', p.lit(c), p.load(`x${k}`, X, k)) as number);
  let s = terms[0];
  for (let k = 1; k < terms.length; k++) {
    s = swap ? p.arith('s', '+', terms[k], s) : p.arith('s', '+', s, terms[k]);
    if (k + 1 === shared) p.store(O, 1, p.arith('u', '+', s, p.lit(1)));
  }
  p.store(O, 0, s);
  const v1 = p.load('v1', V, 1);
  p.store(
    O,
    2,
    p.arith('m', '+', p.mul('a', p.lit(3), 0) as number, p.mul('b', p.lit(3), v1) as number),
  );
  if (reused >= 0) p.store(O, 3, terms[reused]);
  return p;
}

type Run = (x: readonly number[], v: readonly number[]) => number[];

function runners(p: Program): Run[] {
  const run =
    (f: (...args: unknown[]) => void): Run =>
    (x, v) => {
      const o = [0, 0, 0];
      f(x, v, o);
      return o;
    };
  return [run(buildFunction(generateSource(p))), run(interpret(p))];
}

const kinds = (p: Program): Instr['kind'][] => p.code.map((ins) => ins.kind);

describe('fuse', () => {
  const coefs = [0.5, -0, 1, -3, 1e-300, 7, 1, -2.5, 0.1, 3];

  it('turns a long sum into one dot with the same bits, in both back ends', () => {
    const plain = program(coefs);
    const fused = program(coefs);
    expect(fuse(fused, 0)).toBe(1);
    const dots = fused.code.filter((ins) => ins.kind === 'dot');
    expect(dots).toHaveLength(1);
    const dot = dots[0] as Extract<Instr, { kind: 'dot' }>;
    expect(Array.from(dot.indices)).toEqual(coefs.map((_, k) => k));
    expect(Array.from(dot.coefs).map((c) => (Object.is(c, -0) ? '-0' : c))).toEqual(
      coefs.map((c) => (Object.is(c, -0) ? '-0' : c)),
    );
    // the products and partial sums are gone; every load stays (it type-checks its element)
    expect(kinds(fused).filter((k) => k === 'arith')).toHaveLength(3);
    expect(kinds(fused).filter((k) => k === 'load')).toHaveLength(
      kinds(plain).filter((k) => k === 'load').length,
    );
    expect(generateSource(fused)).toMatch(/const s_\d+ = dot\(x, I\$0, K\$1\);/);

    const points = [
      coefs.map((_, k) => Math.cos(k + 1)),
      coefs.map(() => -0),
      coefs.map((_, k) => (k === 3 ? Number.NaN : k)),
      coefs.map((_, k) => (k === 1 ? Infinity : 1e300)),
      coefs.map((_, k) => (k % 2 === 0 ? 1e308 : -1e308)),
    ];
    const [genPlain, intPlain] = runners(plain);
    for (const fusedRun of runners(fused)) {
      for (const x of points) {
        const want = genPlain(x, [0, 2]);
        expect(intPlain(x, [0, 2]).every((y, i) => Object.is(y, want[i]))).toBe(true);
        const got = fusedRun(x, [0, 2]);
        expect(
          got.every((y, i) => Object.is(y, want[i])),
          `${x} → ${got} vs ${want}`,
        ).toBe(true);
      }
    }
    // every product −0 (each x_k the zero of the sign that makes c_k·x_k −0): the chain's sum
    // is −0, which a sum started from 0 would lose
    const negativeZeros = coefs.map((c) => (c > 0 || Object.is(c, 0) ? -0 : 0));
    expect(Object.is(genPlain(negativeZeros, [0, 0])[0], -0)).toBe(true);
    for (const fusedRun of runners(fused)) {
      expect(Object.is(fusedRun(negativeZeros, [0, 0])[0], -0)).toBe(true);
    }
  });

  it('leaves short sums, sums over two arrays and small programs alone', () => {
    const short = program(coefs.slice(0, MIN_FUSED_TERMS - 1));
    expect(fuse(short, 0)).toBe(0);
    expect(kinds(short)).not.toContain('dot');
    // the o[2] sum mixes x and v: never fused, however the threshold is set
    const long = program(coefs);
    fuse(long, 0);
    expect(long.code.filter((ins) => ins.kind === 'dot')).toHaveLength(1);
    // below FUSE_ABOVE instructions nothing is fused (the default threshold)
    const small = program(coefs);
    expect(small.code.length).toBeLessThan(FUSE_ABOVE);
    expect(fuse(small)).toBe(0);
  });

  it('fuses the terms after a partial sum used elsewhere as a sum from it', () => {
    // s after 5 terms is also read by o[1]: the 5 terms before it stay, the 11 after it become
    // dotFrom(s, …)
    const long = [...coefs, 2, -1, 0.25, 1, -7, 3];
    const p = program(long, { shared: 5 });
    const plain = program(long, { shared: 5 });
    expect(fuse(p, 0)).toBe(1);
    const dot = p.code.find((ins) => ins.kind === 'dot') as Extract<Instr, { kind: 'dot' }>;
    expect(dot.base).toBeGreaterThanOrEqual(0);
    expect(Array.from(dot.indices)).toEqual(long.map((_, k) => k).slice(5));
    expect(generateSource(p)).toMatch(/= dotFrom\(s_\d+, x, /);
    for (const x of [long.map((_, k) => Math.sin(k)), long.map(() => -0), long.map(() => 1e308)]) {
      const want = runners(plain)[0](x, [0, 1]);
      for (const run of runners(p)) {
        const got = run(x, [0, 1]);
        expect(got.every((y, i) => Object.is(y, want[i]))).toBe(true);
      }
    }
  });

  it('takes the running sum from either side, −1 and shared products as terms', () => {
    const signs = coefs.map((c, k) => (k % 3 === 1 ? -1 : c));
    const p = program(signs, { swap: true, reused: 3 });
    const plain = program(signs, { swap: true, reused: 3 });
    expect(fuse(p, 0)).toBe(1);
    // the negations and products go, except term 3 (−3·x[3]), which o[3] still reads
    expect(kinds(p).filter((k) => k === 'neg')).toHaveLength(0);
    expect(kinds(p).filter((k) => k === 'arith')).toHaveLength(4);
    const negativeZeros = signs.map((c) => (c > 0 || Object.is(c, 0) ? -0 : 0));
    for (const x of [signs.map((_, k) => Math.cos(k)), negativeZeros, signs.map(() => Infinity)]) {
      const want = runners(plain)[0](x, [0, 1]);
      for (const run of runners(p)) {
        const got = run(x, [0, 1]);
        expect(
          got.every((y, i) => Object.is(y, want[i])),
          `${got} vs ${want}`,
        ).toBe(true);
      }
    }
  });
});

describe('fuse: shared tables', () => {
  it('shares equal tables only: −0 and 0 differ, NaN equals NaN', () => {
    // four sums over x: coefs, the same again, coefs with 0 for −0, coefs with NaN for 7
    const base = [0.5, -0, 1, -3, 1e-300, 7, 1, -2.5, 0.1, 3];
    const withNaN = () => base.map((c) => (c === 7 ? Number.NaN : c));
    const variants = [
      base,
      [...base],
      base.map((c) => (Object.is(c, -0) ? 0 : c)),
      withNaN(),
      withNaN(),
    ];
    const p = new Program('value', ['x', 'v', 'o']);
    const loads = base.map((_, k) => p.load(`x${k}`, X, k));
    variants.forEach((coefs, row) => {
      let s = p.mul('t', p.lit(coefs[0]), loads[0]) as number;
      for (let k = 1; k < coefs.length; k++) {
        s = p.arith('s', '+', s, p.mul('t', p.lit(coefs[k]), loads[k]) as number);
      }
      p.store(O, row, s);
    });
    expect(fuse(p, 0)).toBe(5);
    const dots = p.code.filter((ins) => ins.kind === 'dot') as Extract<Instr, { kind: 'dot' }>[];
    const [a, b, zero, nan1, nan2] = dots.map((d) => d.coefs);
    expect(b).toBe(a);
    expect(zero).not.toBe(a);
    expect(Object.is(zero[1], 0) && Object.is(a[1], -0)).toBe(true);
    expect(nan2).toBe(nan1);
    expect(new Set(dots.map((d) => d.indices)).size).toBe(1);
  });
});

describe('fuse: runs of stores', () => {
  // o[k] = d·coefs[k] for d = sin(x[0]) (a coefficient 1 stores d itself, −1 its negation),
  // then o[last] = 2 (a literal ends the run)
  function stores(coefs: readonly number[], accumulateAt = -1): Program {
    const p = new Program('value', ['x', 'v', 'o']);
    const d = p.call('d', 'sin.f', [p.load('x0', X, 0)]);
    coefs.forEach((c, k) => {
      p.store(O, k < 3 ? k : k + 1, p.mul('g', d, p.lit(c)) as number, k === accumulateAt);
    });
    p.store(O, 3, p.lit(2));
    return p;
  }
  const coefs = [2, -0, 0.1, -3, 1, Number.NaN, Infinity, -1, 1e-310, 7, 0.5];
  const run = (f: (...args: unknown[]) => void, x0: number) => {
    const o = new Array(coefs.length + 1).fill(10);
    f([x0], [], o);
    return o;
  };

  it('turns a run of stores of one register times constants into one scale, same bits', () => {
    const plain = stores(coefs);
    const fused = stores(coefs);
    expect(fuse(fused, 0)).toBe(1);
    // the literals stay (the code generator writes them inline); products, the negation and the
    // stores go; d stays (the scale reads it)
    expect(kinds(fused).filter((k) => k !== 'lit')).toEqual(['load', 'call', 'scale', 'store']);
    const scale = fused.code.find((ins) => ins.kind === 'scale') as Extract<
      Instr,
      { kind: 'scale' }
    >;
    expect(Array.from(scale.indices)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(Array.from(scale.coefs).slice(3, 8)).toEqual([-3, 1, Number.NaN, Infinity, -1]);
    expect(generateSource(fused)).toContain('scale(o, I$0, d, K$1);');
    for (const x0 of [0.3, -0, 0, 2, Number.NaN, Infinity]) {
      const want = run(buildFunction(generateSource(plain)), x0);
      for (const f of [buildFunction(generateSource(fused)), interpret(fused)]) {
        const got = run(f, x0);
        expect(
          got.every((y, i) => Object.is(y, want[i])),
          `${x0}: ${got} vs ${want}`,
        ).toBe(true);
      }
    }
  });

  it('leaves short runs and accumulating stores alone', () => {
    const short = stores(coefs.slice(0, MIN_FUSED_TERMS - 1));
    expect(fuse(short, 0)).toBe(0);
    expect(fuse(stores(coefs.slice(0, MIN_FUSED_TERMS)), 0)).toBe(1);
    // an accumulating store in the middle splits the run into 4 + 4
    const split = stores(coefs.slice(0, 9), 4);
    expect(fuse(split, 0)).toBe(0);
    expect(kinds(split)).not.toContain('scale');
  });
});

describe('compiled layers past FUSE_ABOVE', () => {
  // tanh(Wx + b) at n = 96: its jvp program is over FUSE_ABOVE instructions
  const n = 96;
  // (fuse-methods.test.ts has the columns of 1, −1 and shared products; the object path adds a
  // row's tangent terms in another order there, so it is compared with unfused compiled code)
  const W = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => Math.sin(i * n + j + 1) / Math.sqrt(n)),
  );
  const b = Array.from({ length: n }, (_, i) => Math.cos(i) / 2);
  const layer = <T extends Scalar<T>>(x: T[]): T[] =>
    W.map((row, i) => {
      let z = x[0].mul(row[0]);
      for (let j = 1; j < n; j++) z = z.add(x[j].mul(row[j]));
      return z.add(b[i]).tanh();
    });
  const x = Array.from({ length: n }, (_, j) => Math.cos(j / 7));
  const v = Array.from({ length: n }, (_, j) => Math.sin(j / 3));

  it('runs the rows of W·x and W·v as dots, bit-identical to the object path', () => {
    const gen = compile(layer, { inputs: n });
    const int = compile(layer, { inputs: n, mode: 'interpret' });
    const want = jvp(layer, x, v);
    for (const c of [gen, int]) {
      const { value: y, tangent: t } = c.jvp(x, v);
      expect(y.every((yi, i) => Object.is(yi, want.value[i]))).toBe(true);
      expect(t.every((ti, i) => Object.is(ti, want.tangent[i]))).toBe(true);
    }
    const source = gen.source.split('---- jvp ----')[1].split('---- ')[0];
    // one call per row for the value and one for the tangent, sharing the row's table
    expect(source.match(/= dot\(x, /g)).toHaveLength(n);
    expect(source.match(/= dot\(v, /g)).toHaveLength(n);
    expect(source.match(/^const K\$\d+ = new Float64Array/gm)).toHaveLength(n);
    expect(source.match(/^const I\$\d+ = new Int32Array/gm)).toHaveLength(1);
  });

  it('writes the rows d·W of the Jacobian with scale, bit-identical to the object path', () => {
    const gen = compile(layer, { inputs: n });
    const int = compile(layer, { inputs: n, mode: 'interpret' });
    const want = jacobian(layer, x);
    for (const c of [gen, int]) {
      const J = c.jacobian(x);
      expect(J.every((row, i) => row.every((jij, j) => Object.is(jij, want[i][j])))).toBe(true);
    }
    const source = gen.source.split('---- jacobian ----')[1].split('---- ')[0];
    expect(source.match(/^ {2}scale\(jacobian, /gm)).toHaveLength(n);
  });

  it('still names the element that is not a number, in both back ends', () => {
    for (const mode of ['codegen', 'interpret'] as const) {
      const c = compile(layer, { inputs: n, mode });
      const bad = [...x];
      (bad as unknown[])[41] = '3';
      expect(() => c.jvp(bad, v)).toThrow(/x\[41\] must be a number, got a string/);
      const badV = [...v];
      (badV as unknown[])[7] = undefined;
      expect(() => c.jvp(x, badV)).toThrow(/v\[7\] must be a number/);
    }
  });
});
