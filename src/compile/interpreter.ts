/**
 * Runs a lowered {@link Program} without generating code, for environments that forbid
 * `new Function` (a Content-Security-Policy without 'unsafe-eval'). It executes the very
 * instructions the code generator writes out, in the same order and with the same double
 * arithmetic, so its results are bit-identical to the generated code's; it is only slower.
 *
 * @module
 */

import type { Runner } from './codegen.js';
import { compareOperators } from './graph.js';
import type { Instr, Program, SeriesArg } from './ir.js';
import { runtimeFunctions } from './ir.js';
import { dot, dotFrom, notANumber, scale } from './runtime.js';
import * as TS from './series-runtime.js';

type Fn = (...args: unknown[]) => unknown;

const seriesFunctions = TS as unknown as Record<string, Fn>;

/** The value of `a op b` for a comparison operator as generated code writes it. */
function compareValues(op: string, a: number, b: number): number {
  switch (op) {
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '===':
      return a === b ? 1 : 0;
    default:
      return a !== b ? 1 : 0;
  }
}

/**
 * A function with the generated code's signature that interprets the program.
 *
 * @param p - the program
 * @returns a runner: (x, v, o, d?, B?) writes the program's results into o
 */
export function interpret(p: Program): Runner {
  const code: Instr[] = p.code.filter((ins) => ins.kind !== 'lit' && ins.kind !== 'comment');
  const registers = new Float64Array(p.names.length);
  p.literal.forEach((x, r) => {
    if (x !== undefined) registers[r] = x;
  });
  // Argument arrays are made once per instruction and refilled at each run.
  const argBuffers = code.map((ins) =>
    ins.kind === 'call' || ins.kind === 'series' ? new Array<unknown>(ins.args.length) : [],
  );
  return (...params: unknown[]): void => {
    const regs = registers;
    const buffers = params[4] as number[][] | undefined;
    for (let pc = 0; pc < code.length; pc++) {
      const ins = code[pc];
      switch (ins.kind) {
        case 'load': {
          const src = params[ins.array];
          const x = ins.index < 0 ? src : (src as ArrayLike<unknown>)[ins.index];
          if (typeof x !== 'number') {
            notANumber(`${p.params[ins.array]}${ins.index < 0 ? '' : `[${ins.index}]`}`, x);
          }
          regs[ins.dst] = x;
          break;
        }
        case 'call': {
          const args = argBuffers[pc];
          for (let i = 0; i < ins.args.length; i++) args[i] = regs[ins.args[i]];
          regs[ins.dst] = (runtimeFunctions[ins.fn] as Fn)(...args) as number;
          break;
        }
        case 'arith': {
          const a = regs[ins.a];
          const b = regs[ins.b];
          regs[ins.dst] =
            ins.op === '+' ? a + b : ins.op === '-' ? a - b : ins.op === '*' ? a * b : a / b;
          break;
        }
        case 'neg':
          regs[ins.dst] = -regs[ins.a];
          break;
        case 'guard': {
          const t = regs[ins.t];
          regs[ins.dst] = t === 0 ? 0 : regs[ins.d] * t;
          break;
        }
        case 'compare':
          regs[ins.dst] = compareValues(compareOperators[ins.op], regs[ins.a], regs[ins.b]);
          break;
        case 'pick':
          regs[ins.dst] = regs[ins.cond] !== 0 ? regs[ins.a] : regs[ins.b];
          break;
        case 'store': {
          const target = params[ins.array] as number[];
          if (ins.accumulate) target[ins.index] += regs[ins.src];
          else target[ins.index] = regs[ins.src];
          break;
        }
        case 'return':
          return;
        case 'series': {
          const args = argBuffers[pc];
          for (let i = 0; i < ins.args.length; i++) {
            args[i] = seriesArg(ins.args[i], regs, params, buffers);
          }
          seriesFunctions[ins.fn](...args);
          break;
        }
        case 'sload':
          regs[ins.dst] = (buffers as number[][])[ins.buf][ins.index];
          break;
        case 'dot': {
          const src = params[ins.array] as ArrayLike<number>;
          regs[ins.dst] =
            ins.base >= 0
              ? dotFrom(regs[ins.base], src, ins.indices, ins.coefs)
              : dot(src, ins.indices, ins.coefs);
          break;
        }
        case 'scale':
          scale(params[ins.array] as number[], ins.indices, regs[ins.factor], ins.coefs);
          break;
      }
    }
  };
}

function seriesArg(
  a: SeriesArg,
  regs: Float64Array,
  params: unknown[],
  buffers: number[][] | undefined,
): unknown {
  if (typeof a === 'number') return regs[a];
  if (a === 'order') return params[3];
  if (a === 'out') return params[2];
  return (buffers as number[][])[a.buf];
}
