/**
 * Lowering of Taylor mode: every active node gets a preallocated coefficient buffer, and each
 * operation calls its recurrence from `taylor-series.ts` (the same functions the `Taylor` number
 * type calls), with the order d a parameter, so one compiled program serves every order.
 * Inactive nodes (constants, conditions) stay plain registers.
 *
 * @module
 */
import { SCRATCH } from '../taylor-series.js';
import type { Structure } from './analysis.js';
import { NONE } from './graph.js';
import type { Program, SeriesArg } from './ir.js';
import { Lowering } from './lower.js';

/** The position of the direction v among the parameters (x, v, o, d, B). */
export const V_PARAM = 1;

const ORDER: SeriesArg = 'order';

/** Emits the series program of a trace: seeds x + t·v (x0 + t for one input). */
export class TaylorLowering extends Lowering {
  private readonly buffers: number[] = [];
  private scratch = -1;

  /**
   * @param p - the program to emit into
   * @param s - the trace's derivative structure
   * @param scalarInput - true when the input is one number (the direction is then 1)
   */
  constructor(p: Program, s: Structure, scalarInput: boolean) {
    super(p, s, scalarInput);
  }

  /**
   * Emits every live node, then stores output r's series at o[r·(d+1)…]. Every series is
   * computed in the program's own buffers, never straight into o: the recurrences then see only
   * series arrays (zeros()), whatever array the caller passes.
   */
  run(): void {
    const { s, g, p } = this;
    for (let k = 0; k < g.size; k++) {
      // Inputs are seeded where first used (bufferOf), so their loads sit next to their uses.
      if (!s.live[k] || g.op[k] === 'input') continue;
      if (s.active[k]) this.series(k);
      else {
        for (const x of [g.a[k], g.b[k], g.c[k]]) {
          if (x !== NONE && s.active[x] && !this.hasValue(x) && g.op[x] !== 'input') {
            this.setValue(x, p.sload(`v${x}`, this.buffers[x], 0));
          }
        }
        this.value(k);
      }
    }
    s.outputs.forEach((k, r) => {
      p.series('storeRow', [this.bufferOf(k), ORDER, 'out', p.lit(r)]);
    });
  }

  /** A node's series as a buffer argument (a constant's is made on the spot). */
  private bufferOf(k: number): SeriesArg {
    if (this.s.active[k]) {
      if (this.buffers[k] === undefined) this.series(k);
      return { buf: this.buffers[k] };
    }
    const b = this.p.buffer();
    this.p.series('constant', [this.value(k), ORDER, { buf: b }]);
    return { buf: b };
  }

  private scratchBuffer(): SeriesArg {
    if (this.scratch < 0) this.scratch = this.p.buffer();
    return { buf: this.scratch };
  }

  /** Calls recurrence fn with its scratch buffers, if it takes any. */
  private call(fn: keyof typeof SCRATCH, args: SeriesArg[]): void {
    const extra: SeriesArg[] = SCRATCH[fn] > 0 ? [this.scratchBuffer()] : [];
    this.p.series(fn, [...args, ...extra]);
  }

  private series(k: number): void {
    const { g, s, p } = this;
    const op = g.op[k];
    const out: SeriesArg = { buf: p.buffer() };
    this.buffers[k] = out.buf;
    if (op === 'input') {
      const i = g.param[k];
      const direction = this.scalarInput ? p.lit(1) : p.load(`dx${i}`, V_PARAM, i);
      p.series('seed', [this.value(k), direction, ORDER, out]);
      return;
    }
    const x = g.a[k];
    const y = g.b[k];
    const ax = x !== NONE && s.active[x] === 1;
    const ay = y !== NONE && s.active[y] === 1;
    const A = (): SeriesArg => this.bufferOf(x);
    const B = (): SeriesArg => this.bufferOf(y);
    switch (op) {
      case 'add':
        if (ax && ay) this.call('add', [A(), B(), ORDER, out]);
        else if (ax) this.call('addScalar', [A(), this.value(y), ORDER, out]);
        else this.call('addScalar', [B(), this.value(x), ORDER, out]);
        return;
      case 'sub':
        if (ax && ay) this.call('sub', [A(), B(), ORDER, out]);
        else if (ax) this.call('addScalar', [A(), p.neg(`m${k}`, this.value(y)), ORDER, out]);
        else this.call('rsub', [this.value(x), B(), ORDER, out]);
        return;
      case 'mul':
        if (ax && ay) this.call('mul', [A(), B(), ORDER, out]);
        else if (ax) this.call('mulScalar', [A(), this.value(y), ORDER, out]);
        else this.call('mulScalar', [B(), this.value(x), ORDER, out]);
        return;
      case 'div':
        if (ax && ay) this.call('div', [A(), B(), ORDER, out]);
        else if (ax) this.call('divScalar', [A(), this.value(y), ORDER, out]);
        else this.call('rdiv', [this.value(x), B(), ORDER, out]);
        return;
      case 'power':
        this.call('power', [A(), p.lit(g.param[k]), ORDER, out]);
        return;
      case 'pow':
        if (ax && ay) this.call('pow', [A(), B(), ORDER, out]);
        else if (ax) this.call('power', [A(), this.value(y), ORDER, out]);
        else this.call('rpow', [this.value(x), B(), ORDER, out]);
        return;
      case 'atan2':
      case 'hypot':
      case 'min':
      case 'max':
        this.call(op, [A(), B(), ORDER, out]);
        return;
      case 'where':
        p.series('pick', [this.value(x), B(), this.bufferOf(g.c[k]), ORDER, out]);
        return;
      default:
        this.call(op as keyof typeof SCRATCH, [A(), ORDER, out]);
    }
  }
}
