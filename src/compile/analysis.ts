/**
 * The derivative structure of a traced graph, worked out once at compile time:
 *
 * - which nodes are live (reachable from an output) and active (depend on an input);
 * - which active nodes are linear (x ± y, −x, c·x, x/c for a constant c) and used by one consumer
 *   only: those are absorbed into their consumer as a linear form Σ cᵢ·leafᵢ, so a long sum such
 *   as Rosenbrock's never materializes partial sums with ever larger dependency sets (that would
 *   make its gradient O(n²));
 * - for every materialized node, its sorted dependency set (the inputs its derivative can depend
 *   on) and its Hessian pattern (the input pairs it couples nonlinearly).
 *
 * Structural zeros are exact: a partial outside these sets is 0 and no code computes it.
 *
 * @module
 */
import { type Graph, isCompare, NONE, type NodeOp } from './graph.js';

/** One term c·leaf of a linear form; `leaf` is a materialized active node. */
export interface Term {
  readonly coef: number;
  readonly leaf: number;
}

/**
 * Unary functions whose second derivative is 0 wherever it exists (piecewise linear): their
 * Hessian pattern adds no pair. A test checks these against the rule table.
 */
export const piecewiseLinear: ReadonlySet<NodeOp> = new Set<NodeOp>(['neg', 'abs', 'relu']);

/**
 * Second partials of the binary rules that are identically 0 (a test checks them against the
 * rule table): mul is bilinear, div is linear in its numerator.
 */
export const zeroSecondPartials: Readonly<Record<string, readonly ('daa' | 'dab' | 'dbb')[]>> = {
  mul: ['daa', 'dbb'],
  div: ['daa'],
};

/** The derivative structure of a trace (see the module comment). */
export class Structure {
  readonly graph: Graph;
  readonly outputs: readonly number[];
  /** Reachable from an output (its value is needed). */
  readonly live: Uint8Array;
  /** Depends on an input through a differentiable path. */
  readonly active: Uint8Array;
  /** Linear in its active operands with coefficients known now. */
  readonly linear: Uint8Array;
  /** Linear with one derivative consumer: folded into that consumer, never materialized. */
  readonly absorbed: Uint8Array;
  private readonly depsMemo: (number[] | undefined)[] = [];
  private readonly pairsMemo: (number[] | undefined)[] = [];

  /**
   * @param graph - the traced graph
   * @param outputs - its output nodes
   */
  constructor(graph: Graph, outputs: readonly number[]) {
    this.graph = graph;
    this.outputs = outputs;
    const n = graph.size;
    const { op, a, b, c } = graph;
    this.live = new Uint8Array(n);
    for (const o of outputs) this.live[o] = 1;
    for (let k = n - 1; k >= 0; k--) {
      if (!this.live[k]) continue;
      if (a[k] !== NONE) this.live[a[k]] = 1;
      if (b[k] !== NONE) this.live[b[k]] = 1;
      if (c[k] !== NONE) this.live[c[k]] = 1;
    }
    this.active = new Uint8Array(n);
    this.linear = new Uint8Array(n);
    const uses = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      const o = op[k];
      if (o === 'input') {
        this.active[k] = 1;
        continue;
      }
      if (o === 'const' || isCompare(o)) continue;
      const operands = this.derivativeOperands(k);
      let act = false;
      for (const x of operands) if (this.active[x]) act = true;
      if (!act) continue;
      this.active[k] = 1;
      if (this.live[k]) for (const x of operands) if (this.active[x]) uses[x]++;
      this.linear[k] = this.isLinear(k) ? 1 : 0;
    }
    for (const o of outputs) uses[o]++;
    this.absorbed = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      if (this.live[k] && this.linear[k] && uses[k] === 1) this.absorbed[k] = 1;
    }
  }

  /** The operands derivatives flow through (the branches of `where`, not its condition). */
  derivativeOperands(k: number): number[] {
    const g = this.graph;
    if (g.op[k] === 'where') return [g.b[k], g.c[k]];
    const out: number[] = [];
    if (g.a[k] !== NONE) out.push(g.a[k]);
    if (g.b[k] !== NONE) out.push(g.b[k]);
    return out;
  }

  private isLinear(k: number): boolean {
    const g = this.graph;
    const o = g.op[k];
    if (o === 'add' || o === 'sub' || o === 'neg') return true;
    if (o === 'mul') return g.a[k] !== g.b[k] && (g.isConstant(g.a[k]) || g.isConstant(g.b[k]));
    if (o === 'div') return g.isConstant(g.b[k]);
    return false;
  }

  /** True when node k's derivatives are computed into registers of their own. */
  materialized(k: number): boolean {
    return this.active[k] === 1 && this.absorbed[k] === 0;
  }

  /**
   * The linear form of an active node over materialized leaves: the node itself when it is
   * materialized, else its absorbed linear combination, with repeated leaves merged.
   */
  form(k: number): Term[] {
    if (this.materialized(k)) return [{ coef: 1, leaf: k }];
    return this.expand(k);
  }

  /** The linear form of a linear node's own operands (for an absorbed or materialized one). */
  expand(k: number): Term[] {
    const g = this.graph;
    const terms: Term[] = [];
    const position = new Map<number, number>();
    // An explicit stack: sums of thousands of terms would overflow the call stack.
    const stack: [number, number][] = [];
    const pushOperands = (node: number, coef: number): void => {
      const o = g.op[node];
      const x = g.a[node];
      const y = g.b[node];
      // Pushed in reverse so that operands are visited left to right.
      if (o === 'add') {
        if (this.active[y]) stack.push([y, coef]);
        if (this.active[x]) stack.push([x, coef]);
      } else if (o === 'sub') {
        if (this.active[y]) stack.push([y, -coef]);
        if (this.active[x]) stack.push([x, coef]);
      } else if (o === 'neg') {
        stack.push([x, -coef]);
      } else if (o === 'mul') {
        if (g.isConstant(x)) stack.push([y, coef * g.param[x]]);
        else stack.push([x, coef * g.param[y]]);
      } else if (o === 'div') {
        stack.push([x, coef / g.param[y]]);
      }
    };
    pushOperands(k, 1);
    while (stack.length > 0) {
      const [node, coef] = stack.pop()!;
      if (!this.materialized(node)) {
        pushOperands(node, coef);
        continue;
      }
      const at = position.get(node);
      if (at === undefined) {
        position.set(node, terms.length);
        terms.push({ coef, leaf: node });
      } else {
        terms[at] = { coef: terms[at].coef + coef, leaf: node };
      }
    }
    return terms;
  }

  /** The sorted dependency set of a form: the union of its leaves'. */
  formDeps(form: readonly Term[]): number[] {
    if (form.length === 1) return this.deps(form[0].leaf);
    const seen = new Set<number>();
    for (const t of form) for (const j of this.deps(t.leaf)) seen.add(j);
    return [...seen].sort((p, q) => p - q);
  }

  /** The sorted dependency set of a materialized node. */
  deps(k: number): number[] {
    const memo = this.depsMemo[k];
    if (memo !== undefined) return memo;
    let result: number[];
    if (this.graph.op[k] === 'input') result = [this.graph.param[k]];
    else if (this.linear[k]) result = this.formDeps(this.expand(k));
    else {
      const seen = new Set<number>();
      for (const x of this.derivativeOperands(k)) {
        if (this.active[x]) for (const j of this.formDeps(this.form(x))) seen.add(j);
      }
      result = [...seen].sort((p, q) => p - q);
    }
    this.depsMemo[k] = result;
    return result;
  }

  /** The key of the input pair (i, j), i ≤ j. */
  pairKey(i: number, j: number): number {
    return i <= j ? i * this.graph.inputs + j : j * this.graph.inputs + i;
  }

  /** The input pair of a key. */
  pairOf(key: number): [number, number] {
    const n = this.graph.inputs;
    const i = Math.floor(key / n);
    return [i, key - i * n];
  }

  /** The sorted Hessian pattern (pair keys) of a form: the union of its leaves'. */
  formPairs(form: readonly Term[]): number[] {
    if (form.length === 1) return this.pairs(form[0].leaf);
    const seen = new Set<number>();
    for (const t of form) for (const p of this.pairs(t.leaf)) seen.add(p);
    return [...seen].sort((p, q) => p - q);
  }

  /**
   * The sorted Hessian pattern of a materialized node: the pairs of inputs (i ≤ j) whose mixed
   * second partial is not structurally zero.
   */
  pairs(k: number): number[] {
    const memo = this.pairsMemo[k];
    if (memo !== undefined) return memo;
    const g = this.graph;
    const o = g.op[k];
    const seen = new Set<number>();
    const couple = (p: readonly number[], q: readonly number[]): void => {
      for (const i of p) for (const j of q) seen.add(this.pairKey(i, j));
    };
    if (o === 'input') {
      // no pairs
    } else if (this.linear[k]) {
      for (const p of this.formPairs(this.expand(k))) seen.add(p);
    } else {
      const operands = this.derivativeOperands(k).filter((x) => this.active[x] === 1);
      for (const x of operands) for (const p of this.formPairs(this.form(x))) seen.add(p);
      const x = g.a[k];
      const y = g.b[k];
      if (o === 'min' || o === 'max' || o === 'where' || piecewiseLinear.has(o)) {
        // selections and piecewise-linear functions add no curvature
      } else if (o === 'power') {
        if (g.param[k] !== 0) couple(this.operandDeps(x), this.operandDeps(x));
      } else if (o === 'mul' || o === 'div') {
        if (this.active[x] && this.active[y]) {
          couple(this.operandDeps(x), this.operandDeps(y));
          if (o === 'div') couple(this.operandDeps(y), this.operandDeps(y));
          if (x === y && o === 'mul') couple(this.operandDeps(x), this.operandDeps(x));
        } else if (o === 'div' && this.active[y]) {
          couple(this.operandDeps(y), this.operandDeps(y));
        }
      } else {
        // every other unary or binary function couples all its inputs
        const all = this.deps(k);
        couple(all, all);
      }
    }
    const result = [...seen].sort((p, q) => p - q);
    this.pairsMemo[k] = result;
    return result;
  }

  /** The dependency set of an operand (through its linear form). */
  operandDeps(x: number): number[] {
    return this.active[x] ? this.formDeps(this.form(x)) : [];
  }
}
