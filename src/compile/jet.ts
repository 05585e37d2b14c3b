/**
 * Forward propagation of derivative components through the graph, as straight-line code. One
 * engine serves every first- and second-order method; a {@link JetSpec} says what the components
 * are:
 *
 * - first-order components, by key: ∂/∂xⱼ for a gradient or Jacobian (key j, seeded with 1 at
 *   input j), or one directional derivative for a JVP (key 0, seeded with vᵢ);
 * - second-order components, by key q standing for a product of two first-order keys (p1, p2):
 *   ∂²/∂xᵢ∂xⱼ for a Hessian (q = the pair i ≤ j), or ∂/∂xⱼ of the directional derivative for a
 *   Hessian-vector product (q = j, the product of the direction and j).
 *
 * Every node applies the chain rule to the components its operands have; a component no operand
 * has is structurally zero and never computed (compile-time sparsity). Linear nodes absorbed by
 * the {@link Structure} are expanded as linear forms inside their consumer.
 *
 * @module
 */
import type { Structure, Term } from './analysis.js';
import type { Maybe, Program } from './ir.js';
import { Lowering } from './lower.js';

/** The derivative components of one node: key → register (null: structurally zero). */
export interface Jet {
  readonly first: Map<number, Maybe>;
  readonly second: Map<number, Maybe>;
}

/** What the components are (see the module comment). */
export interface JetSpec {
  /** False for first-order methods: no second-order components are computed. */
  readonly secondOrder: boolean;
  /** The components of input i. */
  seed(p: Program, input: number): Jet;
  /**
   * The second-order keys coupled by a nonlinearity among first-order components with these
   * (sorted) keys, each as [q, p1, p2]: component q gains u_{p1}·g_{p2}. Sorted by q.
   */
  couple(keys: readonly number[]): readonly (readonly [number, number, number])[];
}

const EMPTY: Jet = { first: new Map(), second: new Map() };

/** Where an output's components go: its linear form over leaves, and what to do with each. */
export interface OutputSink {
  /** The output's linear form (from {@link Structure.form}). */
  readonly form: readonly Term[];
  /** Adds coef times a leaf's components to the output's. */
  add(jet: Jet, coef: number): void;
}

/** Sorted union of the keys of two maps (whose keys are each in increasing order). */
function mergeKeys(a: Map<number, Maybe>, b: Map<number, Maybe>): number[] {
  if (b.size === 0) return [...a.keys()];
  if (a.size === 0) return [...b.keys()];
  const out = new Set<number>([...a.keys(), ...b.keys()]);
  return [...out].sort((x, y) => x - y);
}

/** Drops structurally zero entries (a coupling that produced no term). */
function present(entries: [number, Maybe][]): Map<number, Maybe> {
  const m = new Map<number, Maybe>();
  for (const [k, r] of entries) if (r !== null) m.set(k, r);
  return m;
}

/** Propagates a {@link JetSpec}'s components through a trace. */
export class JetLowering extends Lowering {
  readonly spec: JetSpec;
  private readonly jets: (Jet | undefined)[] = [];

  /**
   * @param p - the program to emit into
   * @param s - the trace's derivative structure
   * @param scalarInput - true when the input is one number
   * @param spec - what the components are
   */
  constructor(p: Program, s: Structure, scalarInput: boolean, spec: JetSpec) {
    super(p, s, scalarInput);
    this.spec = spec;
  }

  /**
   * Emits the values of all live nodes and the components of every materialized one, in node
   * order, and hands each output's leaves to its sink as soon as they are computed, so that an
   * output summing thousands of terms is accumulated as it goes (no register stays alive across
   * the whole program, and chunked code passes almost nothing between chunks). Inputs are loaded
   * and seeded where first used.
   */
  run(sinks: readonly OutputSink[]): void {
    const { s } = this;
    const pending = new Map<number, [OutputSink, number][]>();
    for (const sink of sinks) {
      for (const { coef, leaf } of sink.form) {
        const list = pending.get(leaf);
        if (list === undefined) pending.set(leaf, [[sink, coef]]);
        else list.push([sink, coef]);
      }
    }
    const deliver = (leaf: number): void => {
      const list = pending.get(leaf);
      if (list === undefined) return;
      pending.delete(leaf);
      for (const [sink, coef] of list) sink.add(this.jetOf(leaf), coef);
    };
    for (let k = 0; k < this.g.size; k++) {
      if (!s.live[k] || this.g.op[k] === 'input') continue;
      this.value(k);
      if (s.materialized(k)) {
        this.jets[k] = this.nodeJet(k);
        deliver(k);
      }
    }
    for (const leaf of [...pending.keys()]) deliver(leaf);
  }

  private jetOf(k: number): Jet {
    let j = this.jets[k];
    if (j === undefined && this.g.op[k] === 'input') {
      j = this.spec.seed(this.p, this.g.param[k]);
      this.jets[k] = j;
    }
    if (j === undefined) throw new Error(`forward-ad: internal: node ${k} has no jet yet`);
    return j;
  }

  /** The components of Σ cᵢ·leafᵢ, summed in leaf order; a single leaf with c = 1 costs nothing. */
  private formJet(form: readonly Term[], name: string): Jet {
    if (form.length === 1 && form[0].coef === 1) return this.jetOf(form[0].leaf);
    return {
      first: this.combine(form, 'first', `${name}_`),
      second: this.spec.secondOrder ? this.combine(form, 'second', `${name}_h`) : new Map(),
    };
  }

  private combine(
    form: readonly Term[],
    order: 'first' | 'second',
    hint: string,
  ): Map<number, Maybe> {
    const { p } = this;
    // Bucket terms by key, visiting each leaf's components once: O(Σ|leaf|), not O(keys·leaves).
    const buckets = new Map<number, Maybe[]>();
    for (const { coef, leaf } of form) {
      for (const [key, r] of this.jetOf(leaf)[order]) {
        const term = p.scale(`${hint}${key}`, coef, r);
        const bucket = buckets.get(key);
        if (bucket === undefined) buckets.set(key, [term]);
        else bucket.push(term);
      }
    }
    const keys = [...buckets.keys()].sort((x, y) => x - y);
    return present(keys.map((key) => [key, p.sum(`${hint}${key}`, buckets.get(key)!)]));
  }

  /** The components of operand x of node k. */
  private operandJet(x: number, k: number): Jet {
    return this.s.active[x] ? this.formJet(this.s.form(x), `l${k}`) : EMPTY;
  }

  private nodeJet(k: number): Jet {
    const { g, s } = this;
    const op = g.op[k];
    if (s.linear[k]) return this.formJet(s.expand(k), `g${k}`);
    if (op === 'where') return this.selectJet(k, g.b[k], g.c[k], true);
    if (op === 'min' || op === 'max') return this.selectJet(k, g.a[k], g.b[k], false);
    if (g.b[k] === -1) return this.unaryJet(k);
    return this.binaryJet(k);
  }

  /** where(c, a, b) picks a side's components; min/max weight them (½ each at a tie). */
  private selectJet(k: number, x: number, y: number, byCondition: boolean): Jet {
    const { p, g } = this;
    const A = this.operandJet(x, k);
    const B = this.operandJet(y, k);
    const choose = (hint: string, a: Maybe, b: Maybe): number =>
      byCondition
        ? p.pick(hint, this.value(g.a[k]), p.orZero(a), p.orZero(b))
        : p.call(hint, 'selectPart', [this.weight(k), p.orZero(a), p.orZero(b)]);
    const side = (order: 'first' | 'second', hint: string): Map<number, Maybe> =>
      present(
        mergeKeys(A[order], B[order]).map((key) => [
          key,
          choose(`${hint}${key}`, A[order].get(key) ?? null, B[order].get(key) ?? null),
        ]),
      );
    return {
      first: side('first', `g${k}_`),
      second: this.spec.secondOrder ? side('second', `h${k}_`) : new Map(),
    };
  }

  private unaryJet(k: number): Jet {
    const { p } = this;
    const A = this.operandJet(this.g.a[k], k);
    const d1 = this.partial(k, 'd1');
    const first = new Map<number, Maybe>();
    for (const [key, r] of A.first) first.set(key, p.mul(`g${k}_${key}`, d1, r));
    if (!this.spec.secondOrder) return { first, second: new Map() };
    const d2 = this.partial(k, 'd2');
    const u = new Map<number, Maybe>();
    const uOf = (key: number): Maybe => {
      if (!u.has(key)) u.set(key, p.mul(`u${k}_${key}`, d2, A.first.get(key) ?? null));
      return u.get(key) ?? null;
    };
    const coupled = d2 === null ? [] : this.spec.couple([...A.first.keys()]);
    const terms = new Map<number, Maybe[]>();
    for (const [q, r] of A.second) terms.set(q, [p.mul(`h${k}_${q}`, d1, r)]);
    for (const [q, p1, p2] of coupled) {
      const t = p.mul(`h${k}_${q}`, uOf(p1), A.first.get(p2) ?? null);
      const list = terms.get(q);
      if (list === undefined) terms.set(q, [t]);
      else list.push(t);
    }
    const keys = [...terms.keys()].sort((x, y) => x - y);
    return { first, second: present(keys.map((q) => [q, p.sum(`h${k}_${q}`, terms.get(q)!)])) };
  }

  private binaryJet(k: number): Jet {
    const { p, g, s } = this;
    const x = g.a[k];
    const y = g.b[k];
    const A = this.operandJet(x, k);
    const B = this.operandJet(y, k);
    const da = s.active[x] ? this.partial(k, 'da') : null;
    const db = s.active[y] ? this.partial(k, 'db') : null;
    // pow: a side whose perturbation is exactly 0 contributes nothing (as Dual.pow).
    const guarded = g.op[k] === 'pow';
    const term = (hint: string, d: Maybe, t: Maybe): Maybe =>
      d === null ? null : guarded ? p.guard(hint, d, t) : p.mul(hint, d, t);
    const firstKeys = mergeKeys(A.first, B.first);
    const first = present(
      firstKeys.map((key) => [
        key,
        p.sum(`g${k}_${key}`, [
          term(`g${k}_${key}`, da, A.first.get(key) ?? null),
          term(`g${k}_${key}`, db, B.first.get(key) ?? null),
        ]),
      ]),
    );
    if (!this.spec.secondOrder) return { first, second: new Map() };
    const daa = s.active[x] ? this.partial(k, 'daa') : null;
    const dab = s.active[x] && s.active[y] ? this.partial(k, 'dab') : null;
    const dbb = s.active[y] ? this.partial(k, 'dbb') : null;
    // u = daa·gA + dab·gB pairs with gA, v = dab·gA + dbb·gB with gB: H += u·gAᵀ + v·gBᵀ.
    const u = new Map<number, Maybe>();
    const v = new Map<number, Maybe>();
    const uOf = (key: number): Maybe => {
      if (!u.has(key)) {
        const a = A.first.get(key) ?? null;
        const b = B.first.get(key) ?? null;
        u.set(
          key,
          p.sum(`u${k}_${key}`, [term(`u${k}_${key}`, daa, a), term(`u${k}_${key}`, dab, b)]),
        );
      }
      return u.get(key) ?? null;
    };
    const vOf = (key: number): Maybe => {
      if (!v.has(key)) {
        const a = A.first.get(key) ?? null;
        const b = B.first.get(key) ?? null;
        v.set(
          key,
          p.sum(`w${k}_${key}`, [term(`w${k}_${key}`, dab, a), term(`w${k}_${key}`, dbb, b)]),
        );
      }
      return v.get(key) ?? null;
    };
    const curved = daa !== null || dab !== null || dbb !== null;
    const coupled = curved ? this.spec.couple(firstKeys) : [];
    const terms = new Map<number, Maybe[]>();
    const add = (q: number, t: Maybe): void => {
      const list = terms.get(q);
      if (list === undefined) terms.set(q, [t]);
      else list.push(t);
    };
    for (const q of mergeKeys(A.second, B.second)) {
      add(q, term(`h${k}_${q}`, da, A.second.get(q) ?? null));
      add(q, term(`h${k}_${q}`, db, B.second.get(q) ?? null));
    }
    for (const [q, p1, p2] of coupled) {
      add(q, p.mul(`h${k}_${q}`, uOf(p1), A.first.get(p2) ?? null));
      add(q, p.mul(`h${k}_${q}`, vOf(p1), B.first.get(p2) ?? null));
    }
    const keys = [...terms.keys()].sort((a, b) => a - b);
    return { first, second: present(keys.map((q) => [q, p.sum(`h${k}_${q}`, terms.get(q)!)])) };
  }
}
