/**
 * One lowering per compiled method. Programs take the point x, a direction v (when the method
 * has one) and the arrays they write: `o` for values, then `p` (and `q`) for derivatives, which
 * the out-parameter methods pass straight through from the caller, so results are written once,
 * where the caller wants them. Sparse layouts follow the {@link SparsityPattern}s of
 * `sparsity.ts`. The Taylor program takes (x, v, o, d, B): the order and coefficient buffers.
 *
 * @module
 */
import type { Structure } from './analysis.js';
import { Program } from './ir.js';
import { type Jet, JetLowering, type JetSpec, type OutputSink } from './jet.js';
import { Lowering } from './lower.js';
import { TaylorLowering, V_PARAM } from './lower-taylor.js';
import { hessianPattern, jacobianPattern, type SparsityPattern } from './sparsity.js';

const O_PARAM = 2;
const P_PARAM = 3;
const Q_PARAM = 4;

/** Stores output r's value at o[r] for every output. */
function storeValues(low: Lowering, s: Structure): void {
  s.outputs.forEach((k, r) => {
    low.p.store(O_PARAM, r, low.value(k));
  });
}

/**
 * Accumulates components into the slots of an output array: the first term of a slot is
 * stored, later ones added; {@link Accumulator.finish} zeroes the slots no term reached.
 */
class Accumulator {
  private readonly written = new Set<number>();

  /**
   * @param p - the program
   * @param param - the output array's parameter position
   * @param slots - for each component key, the slots it goes to
   */
  constructor(
    private readonly p: Program,
    private readonly param: number,
    private readonly slots: ReadonlyMap<number, readonly number[]>,
  ) {}

  add(key: number, r: number): void {
    const slots = this.slots.get(key);
    if (slots === undefined) {
      throw new Error(`forward-ad: internal: component ${key} is outside the sparsity pattern`);
    }
    for (const slot of slots) {
      this.p.store(this.param, slot, r, this.written.has(slot));
      this.written.add(slot);
    }
  }

  finish(): void {
    for (const slots of this.slots.values()) {
      for (const slot of slots)
        if (!this.written.has(slot)) this.p.store(this.param, slot, this.p.lit(0));
    }
  }
}

/** A sink adding c·(a leaf's components of one order) into an accumulator. */
function sink(
  p: Program,
  s: Structure,
  output: number,
  parts: readonly { order: 'first' | 'second'; into: Accumulator }[],
): OutputSink {
  return {
    form: s.active[output] ? s.form(output) : [],
    add(jet: Jet, coef: number) {
      for (const { order, into } of parts) {
        for (const [key, r] of jet[order]) {
          if (r !== null) into.add(key, p.scale(`y${output}_${key}`, coef, r) as number);
        }
      }
    },
  };
}

/** Checks the elements of x (and v) that the computation did not load. */
function checkRest(p: Program, s: Structure, scalarInput: boolean, direction: boolean): void {
  if (scalarInput) return;
  p.loadRest(0, s.graph.inputs, 'x');
  if (direction) p.loadRest(V_PARAM, s.graph.inputs, 'dx');
}

/** key j ↦ slot j for j = 0..n−1: a dense vector. */
function denseSlots(n: number): Map<number, number[]> {
  return new Map(Array.from({ length: n }, (_, j) => [j, [j]]));
}

/** value: o[r] = f_r(x). */
export function buildValue(s: Structure, scalarInput: boolean): Program {
  const p = new Program('value', ['x', 'v', 'o']);
  const low = new Lowering(p, s, scalarInput);
  storeValues(low, s);
  checkRest(p, s, scalarInput, false);
  return p;
}

/** Gradient/Jacobian components: ∂/∂x_j seeded with 1 at input j. */
const firstOrder: JetSpec = {
  secondOrder: false,
  seed: (p, i) => ({ first: new Map([[i, p.lit(1)]]), second: new Map() }),
  couple: () => [],
};

/**
 * The gradient of a scalar output (f′ for one input): o[0] = f, p = ∇f, dense, zeros included.
 */
export function buildGradient(s: Structure, scalarInput: boolean): Program {
  const p = new Program('gradient', ['x', 'v', 'o', 'g']);
  const low = new JetLowering(p, s, scalarInput, firstOrder);
  const into = new Accumulator(p, P_PARAM, denseSlots(s.graph.inputs));
  low.run([sink(p, s, s.outputs[0], [{ order: 'first', into }])]);
  into.finish();
  storeValues(low, s);
  checkRest(p, s, scalarInput, false);
  return p;
}

/** The slots of a row-major pattern: for each row, key (column) ↦ its entry's position. */
function rowSlots(pattern: SparsityPattern): Map<number, number[]>[] {
  const rows = Array.from({ length: pattern.rows }, () => new Map<number, number[]>());
  pattern.rowIndices.forEach((r, k) => {
    rows[r].set(pattern.columnIndices[k], [k]);
  });
  return rows;
}

/** The sparse Jacobian: o[0..m) = values, p = the structural non-zeros in pattern order. */
export function buildJacobian(s: Structure): Program {
  const p = new Program('jacobian', ['x', 'v', 'o', 'jacobian']);
  const low = new JetLowering(p, s, false, firstOrder);
  const rows = rowSlots(jacobianPattern(s)).map((slots) => new Accumulator(p, P_PARAM, slots));
  low.run(s.outputs.map((k, r) => sink(p, s, k, [{ order: 'first', into: rows[r] }])));
  for (const row of rows) row.finish();
  storeValues(low, s);
  checkRest(p, s, false, false);
  return p;
}

/** The directional derivative along v, one component per node. */
const directional: JetSpec = {
  secondOrder: false,
  seed: (p, i) => ({ first: new Map([[0, p.load(`dx${i}`, V_PARAM, i)]]), second: new Map() }),
  couple: () => [],
};

/** jvp: o = f(x), p = J·v (each of length m). */
export function buildJvp(s: Structure): Program {
  const p = new Program('jvp', ['x', 'v', 'o', 'tangent']);
  const low = new JetLowering(p, s, false, directional);
  const rows = s.outputs.map((_, r) => new Accumulator(p, P_PARAM, new Map([[0, [r]]])));
  low.run(s.outputs.map((k, r) => sink(p, s, k, [{ order: 'first', into: rows[r] }])));
  for (const row of rows) row.finish();
  storeValues(low, s);
  checkRest(p, s, false, true);
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

/**
 * The Hessian of a scalar output (f″ for one input): o[0] = f, p = ∇f (dense), q = the Hessian's
 * structural non-zeros in the order of its symmetric pattern (both triangles).
 */
export function buildHessian(s: Structure, scalarInput: boolean): Program {
  const p = new Program('hessian', ['x', 'v', 'o', 'g', 'h']);
  const n = s.graph.inputs;
  const low = new JetLowering(p, s, scalarInput, hessianSpec(n));
  const pattern = hessianPattern(s);
  const pairSlots = new Map<number, number[]>();
  pattern.rowIndices.forEach((i, k) => {
    const j = pattern.columnIndices[k];
    const key = i <= j ? i * n + j : j * n + i;
    const slots = pairSlots.get(key);
    if (slots === undefined) pairSlots.set(key, [k]);
    else slots.push(k);
  });
  const gradient = new Accumulator(p, P_PARAM, denseSlots(n));
  const hessian = new Accumulator(p, Q_PARAM, pairSlots);
  low.run([
    sink(p, s, s.outputs[0], [
      { order: 'first', into: gradient },
      { order: 'second', into: hessian },
    ]),
  ]);
  gradient.finish();
  hessian.finish();
  storeValues(low, s);
  checkRest(p, s, scalarInput, false);
  return p;
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

/** hvp: o[0] = f, p = H·v (dense). */
export function buildHvp(s: Structure): Program {
  const p = new Program('hvp', ['x', 'v', 'o', 'hv']);
  const low = new JetLowering(p, s, false, hvpSpec(s.graph.inputs));
  const into = new Accumulator(p, P_PARAM, denseSlots(s.graph.inputs));
  low.run([sink(p, s, s.outputs[0], [{ order: 'second', into }])]);
  into.finish();
  storeValues(low, s);
  checkRest(p, s, false, true);
  return p;
}

/** Taylor coefficients of each output of t ↦ f(x + t·v): o[r·(d+1) + k] = c_k of output r. */
export function buildTaylor(s: Structure, scalarInput: boolean): Program {
  const p = new Program('taylor', ['x', 'v', 'o', 'd', 'B']);
  new TaylorLowering(p, s, scalarInput).run();
  checkRest(p, s, scalarInput, true);
  return p;
}
