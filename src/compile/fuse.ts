/**
 * Fuses the two dense patterns of linear algebra into loops over constant tables, which both back
 * ends run by calling the helpers of `runtime.ts`:
 * - a sum of constant multiples of one array's elements, c₀·x[i₀] + c₁·x[i₁] + …, becomes one
 *   `dot` instruction (the rows of W·x and W·v in a layer's value and tangent code);
 * - a run of stores out[i_k] = d·c_k of one register d times constants becomes one `scale`
 *   instruction (the rows d·W of a layer's Jacobian).
 *
 * Only large programs are fused. Straight-line code is the fastest form while V8 optimizes it:
 * the jvp of tanh(Wx + b) at n = 64 (about 16 000 instructions) settles at 1.0–1.8× the primal,
 * fused at 2.2–3×. Beyond that it breaks down: at n = 96 the straight-line jvp ran at 20–40× the
 * primal for its first 2.5 s, and at n = 128 and 256 (65 000 and 260 000 instructions, 18 MB of
 * source) it stayed at 30–80× because V8 never settles on its hundreds of chunks; fused, all of
 * them run at 2.5–3.5× from the first half second. So programs of more than
 * {@link FUSE_ABOVE} instructions are fused.
 *
 * The fused loops compute the same products, and add them in the same order, as the straight-line
 * code did, so results are bit-identical (tested against unfused code for every method, in both
 * back ends). The loads stay in the program and type-check the elements as before; the loops
 * read the elements again, as chunked code already does, so the methods assume that x and v do
 * not change during a call.
 *
 * @module
 */
import { type Instr, instructionDefines, instructionUses, type Program } from './ir.js';

/** Programs of more instructions than this (literals and comments not counted) are fused. */
export const FUSE_ABOVE = 24_000;

/** The fewest terms a fused sum or run of stores has: fewer would save little code for a call. */
export const MIN_FUSED_TERMS = 8;

/**
 * A term c·array[index] of a sum; `reg` defines it (a product, a negation, or the load itself
 * when c = 1).
 */
interface Term {
  readonly reg: number;
  readonly array: number;
  readonly index: number;
  readonly coef: number;
  /** Whether fusing removes its instruction (a product or negation used by this sum only). */
  readonly removable: boolean;
}

/**
 * A '+' of a chain: `last` added to the earlier link `prev`, or, at the chain's start, to the
 * term `first` or to the register `base` (−1 when absent). `length` counts the terms so far.
 */
interface Link {
  readonly prev: number;
  readonly base: number;
  readonly first: Term | undefined;
  readonly last: Term;
  readonly length: number;
  /** The index of its '+' instruction. */
  readonly at: number;
}

/**
 * Fuses the sums and runs of stores of at least {@link MIN_FUSED_TERMS} terms of a program
 * longer than `above` instructions into `dot` and `scale` instructions, in place. Equal tables
 * are one array.
 *
 * @param p - a lowered program
 * @param above - the size from which to fuse (tests pass 0)
 * @returns the number of instructions made
 * @example
 * ```ts
 * const p = buildJvp(structure); // a 256×256 layer
 * fuse(p); // 512: each row's value sum and tangent sum
 * ```
 */
export function fuse(p: Program, above = FUSE_ABOVE): number {
  const code = p.code;
  let size = 0;
  for (const ins of code) if (ins.kind !== 'lit' && ins.kind !== 'comment') size++;
  if (size <= above) return 0;
  const registers = p.names.length;
  const definition: (Instr | undefined)[] = new Array(registers);
  const useCount = new Int32Array(registers);
  for (const ins of code) {
    const dst = instructionDefines(ins);
    if (dst >= 0) definition[dst] = ins;
    for (const r of instructionUses(ins)) useCount[r]++;
  }
  const plan: Plan = {
    replace: new Map(),
    dropRegisters: new Uint8Array(registers),
    dropAt: new Uint8Array(code.length),
  };
  const context = { p, definition, useCount, tables: new Tables(), plan };
  fuseSums(context);
  fuseStores(context);
  if (plan.replace.size === 0) return 0;
  let kept = 0;
  for (let i = 0; i < code.length; i++) {
    const ins = code[i];
    const fused = plan.replace.get(i);
    if (fused !== undefined) code[kept++] = fused;
    else if (plan.dropAt[i] === 0) {
      const dst = instructionDefines(ins);
      if (dst < 0 || plan.dropRegisters[dst] === 0) code[kept++] = ins;
    }
  }
  code.length = kept;
  return plan.replace.size;
}

/** What fusing does: instructions replaced (by index), and the ones that go. */
interface Plan {
  readonly replace: Map<number, Instr>;
  /** 1 for each register whose defining instruction goes. */
  readonly dropRegisters: Uint8Array;
  /** 1 for each instruction (a store) that goes, by index. */
  readonly dropAt: Uint8Array;
}

/** A store as factor·coef into array; `removable` when its source instruction goes with it. */
interface StorePart {
  readonly array: number;
  readonly factor: number;
  readonly coef: number;
  readonly removable: boolean;
}

/** What the two fusions read (the program, each register's definition and use count) and add to. */
interface Context {
  readonly p: Program;
  readonly definition: readonly (Instr | undefined)[];
  readonly useCount: Int32Array;
  readonly tables: Tables;
  readonly plan: Plan;
}

/** Equal index and constant tables as one array each (the same doubles, −0 apart from 0). */
class Tables {
  // Candidates by kind, length and end values; equality is then checked element by element
  // (turning every double into a string for a key took a fifth of fusing a 256×256 layer).
  private readonly seen = new Map<string, (Int32Array | Float64Array)[]>();

  indices(values: readonly number[]): Int32Array {
    return this.shared(Int32Array.from(values));
  }

  coefs(values: readonly number[]): Float64Array {
    return this.shared(Float64Array.from(values));
  }

  private shared<T extends Int32Array | Float64Array>(table: T): T {
    const n = table.length;
    const key = `${table instanceof Int32Array ? 'i' : 'c'}${n}:${table[0]}:${table[n - 1]}`;
    const bucket = this.seen.get(key);
    if (bucket === undefined) {
      this.seen.set(key, [table]);
      return table;
    }
    for (const other of bucket) {
      let k = 0;
      while (k < n && Object.is(other[k], table[k])) k++;
      if (k === n) return other as T;
    }
    bucket.push(table);
    return table;
  }
}

/**
 * The instruction as coef·other: a product with a literal factor, or a negation (−x is x·(−1) to
 * the bit).
 */
function scaled(p: Program, ins: Instr | undefined): { coef: number; other: number } | undefined {
  if (ins?.kind === 'neg') return { coef: -1, other: ins.a };
  if (ins?.kind !== 'arith' || ins.op !== '*') return undefined;
  const ca = p.literal[ins.a];
  const cb = p.literal[ins.b];
  if (cb !== undefined && ca === undefined) return { coef: cb, other: ins.a };
  if (ca !== undefined && cb === undefined) return { coef: ca, other: ins.b };
  return undefined;
}

/**
 * Plans the `dot`s: chains of '+' that each add a term c·x[i] of one array to the sum so far,
 * starting from two terms or from any other value (a bias, a partial sum used elsewhere). Either
 * operand of a '+' may be the sum so far: IEEE addition is commutative, so the loop's
 * sum + term is the same double as term + sum.
 */
function fuseSums({ p, definition, useCount, tables, plan }: Context): void {
  const term = (r: number): Term | undefined => {
    const ins = definition[r];
    if (ins?.kind === 'load') {
      return ins.index < 0
        ? undefined
        : { reg: r, array: ins.array, index: ins.index, coef: 1, removable: false };
    }
    // A product used elsewhere too stays, and the loop recomputes it.
    const product = scaled(p, ins);
    const load = product && definition[product.other];
    if (product === undefined || load?.kind !== 'load' || load.index < 0) return undefined;
    const removable = useCount[r] === 1;
    return { reg: r, array: load.array, index: load.index, coef: product.coef, removable };
  };
  // The chain a sum extends: a link used by this '+' alone, over the term's array.
  const extendable = (r: number, t: Term): Link | undefined => {
    const link = links[r];
    return link !== undefined && useCount[r] === 1 && link.last.array === t.array
      ? link
      : undefined;
  };

  const links: (Link | undefined)[] = new Array(p.names.length);
  const interior = new Uint8Array(p.names.length);
  const ends: number[] = [];
  const code = p.code;
  for (let i = 0; i < code.length; i++) {
    const ins = code[i];
    if (ins.kind !== 'arith' || ins.op !== '+') continue;
    const ta = term(ins.a);
    const tb = term(ins.b);
    if (ta === undefined && tb === undefined) continue;
    // Extend the chain on either side, else start one from two terms or from a base.
    const left = tb && extendable(ins.a, tb);
    const right = left === undefined && ta ? extendable(ins.b, ta) : undefined;
    let link: Link;
    if (left !== undefined && tb !== undefined) {
      link = { prev: ins.a, base: -1, first: undefined, last: tb, length: left.length + 1, at: i };
      interior[ins.a] = 1;
    } else if (right !== undefined && ta !== undefined) {
      link = { prev: ins.b, base: -1, first: undefined, last: ta, length: right.length + 1, at: i };
      interior[ins.b] = 1;
    } else if (ta !== undefined && tb !== undefined && ta.array === tb.array) {
      link = { prev: -1, base: -1, first: ta, last: tb, length: 2, at: i };
    } else if (tb !== undefined) {
      link = { prev: -1, base: ins.a, first: undefined, last: tb, length: 1, at: i };
    } else {
      link = { prev: -1, base: ins.b, first: undefined, last: ta as Term, length: 1, at: i };
    }
    links[ins.dst] = link;
    ends.push(ins.dst);
  }

  for (const dst of ends) {
    const end = links[dst] as Link;
    if (interior[dst] === 1 || end.length < MIN_FUSED_TERMS) continue;
    // Walk back to the chain's start, collecting the terms and dropping the interior sums.
    const terms: Term[] = [];
    let link: Link = end;
    while (link.prev >= 0) {
      terms.push(link.last);
      plan.dropRegisters[link.prev] = 1;
      link = links[link.prev] as Link;
    }
    terms.push(link.last);
    if (link.first !== undefined) terms.push(link.first);
    terms.reverse();
    plan.replace.set(end.at, {
      kind: 'dot',
      dst,
      base: link.base,
      array: terms[0].array,
      indices: tables.indices(terms.map((t) => t.index)),
      coefs: tables.coefs(terms.map((t) => t.coef)),
    });
    for (const t of terms) if (t.removable) plan.dropRegisters[t.reg] = 1;
  }
}

/**
 * Plans the `scale`s: stores into one array of d·c_k for one register d (products, negations, d
 * itself), with no other write between them (instructions that only compute may come between:
 * the products themselves, say). The `scale` takes the first store's place. d·1 and d·(−1) are
 * d and −d to the bit.
 */
function fuseStores({ p, definition, useCount, tables, plan }: Context): void {
  const code = p.code;
  // A plain store as factor·coef: of a product d·c or a negation −d used by the store alone (the
  // product goes with the store), or of any other computed register d itself (coefficient 1).
  const part = (ins: Instr): StorePart | undefined => {
    if (ins.kind !== 'store' || ins.accumulate || p.literal[ins.src] !== undefined)
      return undefined;
    const product = useCount[ins.src] === 1 ? scaled(p, definition[ins.src]) : undefined;
    return product === undefined
      ? { array: ins.array, factor: ins.src, coef: 1, removable: false }
      : { array: ins.array, factor: product.other, coef: product.coef, removable: true };
  };
  const writes = (ins: Instr): boolean =>
    ins.kind === 'store' || ins.kind === 'series' || ins.kind === 'return' || ins.kind === 'scale';
  for (let i = 0; i < code.length; ) {
    const first = part(code[i]);
    if (first === undefined) {
      i++;
      continue;
    }
    const run = [i];
    const parts = [first];
    let next = i + 1;
    for (; next < code.length; next++) {
      const ins = code[next];
      if (!writes(ins)) continue;
      const more = part(ins);
      if (more === undefined || more.array !== first.array || more.factor !== first.factor) break;
      run.push(next);
      parts.push(more);
    }
    if (run.length >= MIN_FUSED_TERMS) {
      const stores = run.map((k) => code[k] as Extract<Instr, { kind: 'store' }>);
      plan.replace.set(i, {
        kind: 'scale',
        array: first.array,
        indices: tables.indices(stores.map((s) => s.index)),
        factor: first.factor,
        coefs: tables.coefs(parts.map((q) => q.coef)),
      });
      for (const k of run.slice(1)) plan.dropAt[k] = 1;
      stores.forEach((s, k) => {
        if (parts[k].removable) plan.dropRegisters[s.src] = 1;
      });
    }
    i = next;
  }
}
