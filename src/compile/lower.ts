/**
 * Lowering shared by every compiled method: the primal value of each node and the partial
 * derivatives of each materialized node, as calls into the rule table (`R.sin.d1(x, fx)`…), so
 * that compiled code and number types apply the same rules.
 *
 * @module
 */
import { piecewiseLinear, type Structure, zeroSecondPartials } from './analysis.js';
import { type CompareOp, type Graph, isCompare } from './graph.js';
import type { Maybe, Program } from './ir.js';

/** Which partial derivative of a node: of a unary function (d1, d2) or a binary one. */
export type Part = 'd1' | 'd2' | 'da' | 'db' | 'daa' | 'dab' | 'dbb';

/** The position of the input array among every method's parameters. */
const X_PARAM = 0;

/** Emits values and partials of graph nodes into a program, each once. */
export class Lowering {
  readonly p: Program;
  readonly s: Structure;
  readonly g: Graph;
  /** True when the input is one number (compile(f)) rather than an array. */
  readonly scalarInput: boolean;
  private readonly values: (number | undefined)[] = [];
  private readonly partials = new Map<string, Maybe>();
  private readonly weights: (number | undefined)[] = [];

  /**
   * @param p - the program to emit into
   * @param s - the trace's derivative structure
   * @param scalarInput - true when the input is one number
   */
  constructor(p: Program, s: Structure, scalarInput: boolean) {
    this.p = p;
    this.s = s;
    this.g = s.graph;
    this.scalarInput = scalarInput;
  }

  /** Uses register r as node k's value (the Taylor lowering reads it from a series). */
  setValue(k: number, r: number): void {
    this.values[k] = r;
  }

  /** True when node k's value already has a register. */
  hasValue(k: number): boolean {
    return this.values[k] !== undefined;
  }

  /** The register of node k's value, emitting its computation on first use. */
  value(k: number): number {
    const known = this.values[k];
    if (known !== undefined) return known;
    const r = this.emitValue(k);
    this.values[k] = r;
    return r;
  }

  private emitValue(k: number): number {
    const { p, g } = this;
    const op = g.op[k];
    const hint = `v${k}`;
    if (op === 'input') {
      const i = g.param[k];
      return p.load(`x${i}`, X_PARAM, this.scalarInput ? -1 : i);
    }
    if (op === 'const') return p.lit(g.param[k]);
    if (op === 'where')
      return p.pick(hint, this.value(g.a[k]), this.value(g.b[k]), this.value(g.c[k]));
    if (isCompare(op))
      return p.compare(hint, op as CompareOp, this.value(g.a[k]), this.value(g.b[k]));
    const a = this.value(g.a[k]);
    switch (op) {
      case 'neg':
        return p.neg(hint, a);
      case 'power':
        return p.call(hint, 'power.f', [a, p.lit(g.param[k])]);
      case 'add':
        return p.arith(hint, '+', a, this.value(g.b[k]));
      case 'sub':
        return p.arith(hint, '-', a, this.value(g.b[k]));
      case 'mul':
        return p.arith(hint, '*', a, this.value(g.b[k]));
      case 'div':
        return p.arith(hint, '/', a, this.value(g.b[k]));
      case 'pow':
      case 'atan2':
      case 'hypot':
        return p.call(hint, `${op}.f`, [a, this.value(g.b[k])]);
      case 'min':
      case 'max':
        return p.call(hint, 'selectValue', [this.weight(k), a, this.value(g.b[k])]);
      default:
        return p.call(hint, `${op}.f`, [a]);
    }
  }

  /** The weight min/max give their first argument (1, 0, ½ or NaN). */
  weight(k: number): number {
    const known = this.weights[k];
    if (known !== undefined) return known;
    const { g } = this;
    const fn = g.op[k] === 'min' ? 'minWeight' : 'maxWeight';
    const r = this.p.call(`w${k}`, fn, [this.value(g.a[k]), this.value(g.b[k])]);
    this.weights[k] = r;
    return r;
  }

  /**
   * A partial derivative of node k at the current point, or null when it is structurally zero
   * (the second derivative of a piecewise-linear function, mul's ∂²/∂a²…).
   */
  partial(k: number, part: Part): Maybe {
    const key = `${k}.${part}`;
    if (this.partials.has(key)) return this.partials.get(key) ?? null;
    const r = this.emitPartial(k, part);
    this.partials.set(key, r);
    return r;
  }

  private emitPartial(k: number, part: Part): Maybe {
    const { p, g } = this;
    const op = g.op[k];
    const hint = `${part}_${k}`;
    const x = this.value(g.a[k]);
    const fx = this.value(k);
    if (op === 'power') {
      const e = g.param[k];
      if (part === 'd1') return p.call(hint, 'power.d1', [x, p.lit(e), fx]);
      // (x^0)″ and (x^1)″ are structurally 0
      if (e === 0 || e === 1) return null;
      return p.call(hint, 'power.d2', [x, p.lit(e), fx]);
    }
    if (part === 'd1') return p.call(hint, `${op}.d1`, [x, fx]);
    if (part === 'd2') {
      if (piecewiseLinear.has(op)) return null;
      const d1 = this.partial(k, 'd1');
      return p.call(hint, `${op}.d2`, [x, fx, p.orZero(d1)]);
    }
    if (zeroSecondPartials[op]?.includes(part as 'daa' | 'dab' | 'dbb')) return null;
    return p.call(hint, `${op}.${part}`, [x, this.value(g.b[k]), fx]);
  }
}
