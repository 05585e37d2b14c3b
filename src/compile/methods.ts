/**
 * One lowering per compiled method. Every method's program has the parameters (x, v, o) — the
 * point, a direction (when the method takes one) and a preallocated result buffer — and the
 * Taylor program also (d, B), the order and the coefficient buffers. Each builder returns the
 * program and the layout of its results in o; `compiled.ts` copies them out.
 *
 * @module
 */
import type { Structure } from './analysis.js';
import { Program } from './ir.js';
import { type Jet, JetLowering, type JetSpec } from './jet.js';
import { Lowering } from './lower.js';
import { TaylorLowering, V_PARAM } from './lower-taylor.js';

/** Parameters of the first- and second-order programs. */
const PARAMS = ['x', 'v', 'o'] as const;
/** Parameters of the Taylor program. */
const SERIES_PARAMS = ['x', 'v', 'o', 'd', 'B'] as const;
/** The position of the result buffer among the parameters. */
const O_PARAM = 2;

/** A compressed-row sparsity pattern: row r's columns are cols[rowStart[r]..rowStart[r+1]). */
export interface RowPattern {
  readonly rowStart: readonly number[];
  readonly cols: readonly number[];
}

/** Stores output r's value at o[r] for every output. */
function storeValues(low: Lowering, s: Structure): void {
  s.outputs.forEach((k, r) => {
    low.p.store(O_PARAM, r, low.value(k));
  });
}

/** Stores the present components of a map at o[offset…] in key order; returns the keys. */
function storeComponents(p: Program, m: Map<number, number | null>, offset: number): number[] {
  const keys: number[] = [];
  for (const [key, r] of m) {
    if (r === null) continue;
    p.store(O_PARAM, offset + keys.length, r);
    keys.push(key);
  }
  return keys;
}

/** value: o[r] = f_r(x). */
export function buildValue(s: Structure, scalarInput: boolean): Program {
  const p = new Program('value', PARAMS);
  const low = new Lowering(p, s, scalarInput);
  for (let k = 0; k < s.graph.size; k++) if (s.live[k]) low.value(k);
  storeValues(low, s);
  return p;
}

/** Gradient/Jacobian components: ∂/∂x_j seeded with 1 at input j. */
const firstOrder: JetSpec = {
  secondOrder: false,
  seed: (p, i) => ({ first: new Map([[i, p.lit(1)]]), second: new Map() }),
  couple: () => [],
};

/**
 * The sparse Jacobian (a gradient for one output, f′ for one input): o[0..m) = values, then
 * the structurally non-zero partials row by row in the order of the returned pattern.
 */
export function buildJacobian(
  s: Structure,
  scalarInput: boolean,
): { program: Program; pattern: RowPattern } {
  const p = new Program('jacobian', PARAMS);
  const low = new JetLowering(p, s, scalarInput, firstOrder);
  low.run();
  storeValues(low, s);
  const m = s.outputs.length;
  const rowStart = [0];
  const cols: number[] = [];
  for (const k of s.outputs) {
    cols.push(...storeComponents(p, low.outputJet(k).first, m + cols.length));
    rowStart.push(cols.length);
  }
  return { program: p, pattern: { rowStart, cols } };
}

/** The directional derivative along v, one component per node. */
const directional: JetSpec = {
  secondOrder: false,
  seed: (p, i) => ({ first: new Map([[0, p.load(`dx${i}`, V_PARAM, i)]]), second: new Map() }),
  couple: () => [],
};

/** jvp: o[0..m) = values, o[m..2m) = J·v. */
export function buildJvp(s: Structure): Program {
  const p = new Program('jvp', PARAMS);
  const low = new JetLowering(p, s, false, directional);
  low.run();
  storeValues(low, s);
  const m = s.outputs.length;
  s.outputs.forEach((k, r) => {
    p.store(O_PARAM, m + r, p.orZero(low.outputJet(k).first.get(0) ?? null));
  });
  return p;
}

/** Hessian components: the gradient plus ∂²/∂xᵢ∂xⱼ for pairs i ≤ j (key i·n + j). */
function hessianSpec(n: number): JetSpec {
  return {
    secondOrder: true,
    seed: (p, i) => ({ first: new Map([[i, p.lit(1)]]), second: new Map() }),
    couple: (keys) => {
      const out: [number, number, number][] = [];
      for (let a = 0; a < keys.length; a++) {
        for (let b = a; b < keys.length; b++) out.push([keys[a] * n + keys[b], keys[a], keys[b]]);
      }
      return out;
    },
  };
}

/** Where the value, gradient and Hessian of a scalar output are in o. */
export interface HessianLayout {
  /** Columns of the gradient's structural non-zeros, stored from o[1]. */
  readonly gradientCols: readonly number[];
  /** Pair keys i·n + j (i ≤ j) of the Hessian's non-zeros, stored after the gradient. */
  readonly pairs: readonly number[];
}

/**
 * The sparse Hessian of a scalar output (f″ for one input): o[0] = f, then the gradient's and
 * the upper triangle's structural non-zeros.
 */
export function buildHessian(
  s: Structure,
  scalarInput: boolean,
): { program: Program; layout: HessianLayout } {
  const p = new Program('hessian', PARAMS);
  const low = new JetLowering(p, s, scalarInput, hessianSpec(s.graph.inputs));
  low.run();
  storeValues(low, s);
  const jet: Jet = low.outputJet(s.outputs[0]);
  const gradientCols = storeComponents(p, jet.first, 1);
  const pairs = storeComponents(p, jet.second, 1 + gradientCols.length);
  return { program: p, layout: { gradientCols, pairs } };
}

/**
 * Hessian-vector product components: the gradient (keys j), the directional derivative (key n,
 * seeded with v) and ∂/∂xⱼ of the directional derivative (second-order key j = the product of
 * n and j).
 */
function hvpSpec(n: number): JetSpec {
  return {
    secondOrder: true,
    seed: (p, i) => ({
      first: new Map([
        [i, p.lit(1)],
        [n, p.load(`dx${i}`, V_PARAM, i)],
      ]),
      second: new Map(),
    }),
    couple: (keys) =>
      keys.includes(n) ? keys.filter((j) => j !== n).map((j) => [j, n, j] as const) : [],
  };
}

/** hvp: o[0] = f, then the structural non-zeros of H·v (their columns returned). */
export function buildHvp(s: Structure): { program: Program; cols: number[] } {
  const p = new Program('hvp', PARAMS);
  const low = new JetLowering(p, s, false, hvpSpec(s.graph.inputs));
  low.run();
  storeValues(low, s);
  const cols = storeComponents(p, low.outputJet(s.outputs[0]).second, 1);
  return { program: p, cols };
}

/** Taylor coefficients of each output of t ↦ f(x + t·v): o[r·(d+1) + k] = c_k of output r. */
export function buildTaylor(s: Structure, scalarInput: boolean): Program {
  const p = new Program('taylor', SERIES_PARAMS);
  new TaylorLowering(p, s, scalarInput).run();
  return p;
}
