/**
 * The straight-line program every compiled method is lowered to before it becomes JavaScript
 * source (`codegen.ts`) or is run directly (`interpreter.ts`). Because both back ends execute
 * the same instructions in the same order, they give bit-identical results.
 *
 * Registers hold doubles and are assigned once. A register made by {@link Program.lit} is a
 * literal: the code generator writes its value inline.
 *
 * @module
 */
import * as R from '../rules.js';
import type { CompareOp } from './graph.js';
import { selectPart, selectValue } from './runtime.js';

/** An instruction; `dst` is the register it defines. */
export type Instr =
  | { readonly kind: 'lit'; readonly dst: number; readonly value: number }
  /**
   * dst = params[array][index], or params[array] itself when index is −1 (a scalar input). The
   * loaded value is checked to be a number (a TypeError naming the element otherwise): the check
   * rides on the load the arithmetic needs anyway, so argument checking costs no extra pass.
   */
  | { readonly kind: 'load'; readonly dst: number; readonly array: number; readonly index: number }
  /** dst = fn(args…), fn a key of {@link runtimeFunctions}. */
  | { readonly kind: 'call'; readonly dst: number; readonly fn: string; readonly args: number[] }
  | {
      readonly kind: 'arith';
      readonly dst: number;
      readonly op: '+' | '-' | '*' | '/';
      readonly a: number;
      readonly b: number;
    }
  | { readonly kind: 'neg'; readonly dst: number; readonly a: number }
  /** dst = t === 0 ? 0 : d·t: a perturbation that is exactly 0 contributes nothing. */
  | { readonly kind: 'guard'; readonly dst: number; readonly d: number; readonly t: number }
  /** dst = (a op b) ? 1 : 0. */
  | {
      readonly kind: 'compare';
      readonly dst: number;
      readonly op: CompareOp;
      readonly a: number;
      readonly b: number;
    }
  /** dst = cond !== 0 ? a : b. */
  | {
      readonly kind: 'pick';
      readonly dst: number;
      readonly cond: number;
      readonly a: number;
      readonly b: number;
    }
  /** params[array][index] = src, or += src when `accumulate`. */
  | {
      readonly kind: 'store';
      readonly array: number;
      readonly index: number;
      readonly accumulate: boolean;
      readonly src: number;
    }
  | { readonly kind: 'return'; readonly src: number }
  /** A series function (`series-runtime.ts`) called on coefficient buffers; writes no register. */
  | { readonly kind: 'series'; readonly fn: string; readonly args: readonly SeriesArg[] }
  /** dst = coefficient `index` of buffer `buf`. */
  | { readonly kind: 'sload'; readonly dst: number; readonly buf: number; readonly index: number }
  | { readonly kind: 'comment'; readonly text: string }
  /**
   * dst = `dot`(params[array], indices, coefs), or `dotFrom`(base, …) when base ≥ 0 (`runtime.ts`):
   * a long sum of constant multiples of one array's elements that `fuse.ts` fused, added to the
   * register base when the sum started from one. Equal tables (here and in `scale`) are one
   * array, so that the code generator declares each once.
   */
  | {
      readonly kind: 'dot';
      readonly dst: number;
      readonly base: number;
      readonly array: number;
      readonly indices: Int32Array;
      readonly coefs: Float64Array;
    }
  /**
   * params[array][indices[k]] = factor·coefs[k] for each k, by `scale` (`runtime.ts`): a run of
   * stores of one register's constant multiples that `fuse.ts` fused.
   */
  | {
      readonly kind: 'scale';
      readonly array: number;
      readonly indices: Int32Array;
      readonly factor: number;
      readonly coefs: Float64Array;
    };

/**
 * The register an instruction defines, or −1.
 *
 * @param ins - the instruction
 * @returns its dst, or −1 for stores, series calls, returns, scales and comments
 * @example
 * ```ts
 * instructionDefines({ kind: 'neg', dst: 4, a: 1 }); // 4
 * ```
 */
export function instructionDefines(ins: Instr): number {
  switch (ins.kind) {
    case 'store':
    case 'return':
    case 'series':
    case 'scale':
    case 'comment':
      return -1;
    default:
      return ins.dst;
  }
}

/**
 * The registers an instruction reads.
 *
 * @param ins - the instruction
 * @returns its operand registers
 * @example
 * ```ts
 * instructionUses({ kind: 'arith', dst: 3, op: '+', a: 1, b: 2 }); // [1, 2]
 * ```
 */
export function instructionUses(ins: Instr): readonly number[] {
  switch (ins.kind) {
    case 'call':
      return ins.args;
    case 'arith':
    case 'compare':
      return [ins.a, ins.b];
    case 'neg':
      return [ins.a];
    case 'guard':
      return [ins.d, ins.t];
    case 'pick':
      return [ins.cond, ins.a, ins.b];
    case 'store':
    case 'return':
      return [ins.src];
    case 'scale':
      return [ins.factor];
    case 'dot':
      return ins.base >= 0 ? [ins.base] : [];
    case 'series':
      return ins.args.filter((a): a is number => typeof a === 'number');
    default:
      return [];
  }
}

/**
 * An argument of a series call: a register (a number), a coefficient buffer, the order d, or the
 * result buffer o.
 * Series programs take the parameters (x, v, o, d, B), B being the array of buffers.
 */
export type SeriesArg = number | { readonly buf: number } | 'order' | 'out';

/** The functions generated code may call, by key: the rule table's and the select helpers. */
export const runtimeFunctions: Readonly<Record<string, (...args: number[]) => number>> =
  buildRuntimeFunctions();

function buildRuntimeFunctions(): Record<string, (...args: number[]) => number> {
  const table: Record<string, (...args: number[]) => number> = {};
  for (const [name, rule] of Object.entries(R.unaryRules)) {
    table[`${name}.f`] = rule.f;
    table[`${name}.d1`] = rule.d1;
    table[`${name}.d2`] = rule.d2;
  }
  for (const [name, rule] of Object.entries(R.binaryRules)) {
    for (const part of ['f', 'da', 'db', 'daa', 'dab', 'dbb'] as const) {
      table[`${name}.${part}`] = rule[part];
    }
  }
  table['power.f'] = R.power.f;
  table['power.d1'] = R.power.d1;
  table['power.d2'] = R.power.d2;
  table.maxWeight = R.maxWeight;
  table.minWeight = R.minWeight;
  table.selectValue = selectValue;
  table.selectPart = selectPart;
  return table;
}

/**
 * The most registers one compiled method may use. Beyond it (a dense Hessian of hundreds of
 * inputs, say) compile refuses with a RangeError instead of exhausting memory; the uncompiled
 * drivers have no such limit.
 */
export const MAX_REGISTERS = 2_000_000;

/** A register or null: null is a structurally zero quantity, for which no code is emitted. */
export type Maybe = number | null;

/**
 * A straight-line program under construction, with the small algebra derivative code needs:
 * products with literal 1 or −1 and sums of absent terms produce no instruction.
 */
export class Program {
  /** The function's name in the source. */
  readonly name: string;
  /** Its parameter names. */
  readonly params: readonly string[];
  /** The instructions, in order. */
  readonly code: Instr[] = [];
  /** Each register's name in the generated source. */
  readonly names: string[] = [];
  /** Each register's literal value, or undefined when it is computed. */
  readonly literal: (number | undefined)[] = [];
  private readonly literals = new Map<string, number>();
  private readonly taken = new Set<string>();
  private readonly loaded = new Set<string>();

  /** The most registers this program may use. */
  readonly maxRegisters: number;

  /**
   * @param name - the function's name
   * @param params - its parameter names (loads and stores refer to them by position)
   * @param maxRegisters - the size limit (default {@link MAX_REGISTERS})
   */
  constructor(name: string, params: readonly string[], maxRegisters = MAX_REGISTERS) {
    this.name = name;
    this.params = params;
    this.maxRegisters = maxRegisters;
  }

  /** A new register, named `hint` in the source when that name is free. */
  reg(hint: string): number {
    const r = this.names.length;
    if (r >= this.maxRegisters) {
      throw new RangeError(
        `forward-ad: the compiled ${this.name} code would exceed ${this.maxRegisters} operations ` +
          `(the function is too large or too dense for straight-line ${this.name} code); use ` +
          `the uncompiled ${this.name} driver instead`,
      );
    }
    const name = this.taken.has(hint) ? `${hint}_${r}` : hint;
    this.taken.add(name);
    this.names.push(name);
    this.literal.push(undefined);
    return r;
  }

  /** The register holding the literal x (one per distinct value, −0 apart from 0). */
  lit(x: number): number {
    const key = Object.is(x, -0) ? '-0' : String(x);
    const found = this.literals.get(key);
    if (found !== undefined) return found;
    const r = this.reg(`k${this.literals.size}`);
    this.literal[r] = x;
    this.literals.set(key, r);
    this.code.push({ kind: 'lit', dst: r, value: x });
    return r;
  }

  /** A comment line in the source (ignored by the interpreter). */
  comment(text: string): void {
    this.code.push({ kind: 'comment', text });
  }

  load(hint: string, array: number, index: number): number {
    this.loaded.add(`${array}:${index}`);
    const dst = this.reg(hint);
    this.code.push({ kind: 'load', dst, array, index });
    return dst;
  }

  /**
   * Loads (and so type-checks) the elements 0..n−1 of an array parameter that no instruction has
   * loaded yet: inputs f ignores are still checked, so the wrapper needs no pass of its own.
   */
  loadRest(array: number, n: number, hint: string): void {
    for (let i = 0; i < n; i++)
      if (!this.loaded.has(`${array}:${i}`)) this.load(`${hint}${i}`, array, i);
  }

  call(hint: string, fn: string, args: number[]): number {
    if (!Object.hasOwn(runtimeFunctions, fn)) throw new Error(`forward-ad: no runtime ${fn}`);
    const dst = this.reg(hint);
    this.code.push({ kind: 'call', dst, fn, args });
    return dst;
  }

  arith(hint: string, op: '+' | '-' | '*' | '/', a: number, b: number): number {
    const dst = this.reg(hint);
    this.code.push({ kind: 'arith', dst, op, a, b });
    return dst;
  }

  neg(hint: string, a: number): number {
    const dst = this.reg(hint);
    this.code.push({ kind: 'neg', dst, a });
    return dst;
  }

  compare(hint: string, op: CompareOp, a: number, b: number): number {
    const dst = this.reg(hint);
    this.code.push({ kind: 'compare', dst, op, a, b });
    return dst;
  }

  pick(hint: string, cond: number, a: number, b: number): number {
    const dst = this.reg(hint);
    this.code.push({ kind: 'pick', dst, cond, a, b });
    return dst;
  }

  store(array: number, index: number, src: number, accumulate = false): void {
    this.code.push({ kind: 'store', array, index, accumulate, src });
  }

  ret(src: number): void {
    this.code.push({ kind: 'return', src });
  }

  /** How many coefficient buffers series instructions use. */
  buffers = 0;

  /** A new coefficient buffer's index. */
  buffer(): number {
    return this.buffers++;
  }

  series(fn: string, args: readonly SeriesArg[]): void {
    this.code.push({ kind: 'series', fn, args });
  }

  sload(hint: string, buf: number, index: number): number {
    const dst = this.reg(hint);
    this.code.push({ kind: 'sload', dst, buf, index });
    return dst;
  }

  /** a·b, skipping literal ±1 factors; null when either is null (structurally zero). */
  mul(hint: string, a: Maybe, b: Maybe): Maybe {
    if (a === null || b === null) return null;
    const la = this.literal[a];
    const lb = this.literal[b];
    if (la === 1) return b;
    if (lb === 1) return a;
    if (la === -1) return this.neg(hint, b);
    if (lb === -1) return this.neg(hint, a);
    return this.arith(hint, '*', a, b);
  }

  /** c·a for a number c known now. */
  scale(hint: string, c: number, a: Maybe): Maybe {
    if (a === null) return null;
    return this.mul(hint, this.lit(c), a);
  }

  /** t === 0 ? 0 : d·t; null when t is. */
  guard(hint: string, d: number, t: Maybe): Maybe {
    if (t === null) return null;
    if (this.literal[t] !== undefined) return this.mul(hint, d, t);
    const dst = this.reg(hint);
    this.code.push({ kind: 'guard', dst, d, t });
    return dst;
  }

  /** The sum of the present terms in order; null when none is present. */
  sum(hint: string, terms: readonly Maybe[]): Maybe {
    let acc: Maybe = null;
    for (const t of terms) {
      if (t === null) continue;
      acc = acc === null ? t : this.arith(hint, '+', acc, t);
    }
    return acc;
  }

  /** The register of x, or literal 0 for an absent (structurally zero) x. */
  orZero(x: Maybe): number {
    return x === null ? this.lit(0) : x;
  }
}
