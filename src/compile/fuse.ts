/**
 * Fuses sums of constant multiples of one array's elements, c₀·x[i₀] + c₁·x[i₁] + …, into one
 * `dot` instruction, which both back ends run by calling `dot` (`runtime.ts`), a loop over
 * tables of the indices and constants. These sums are the dense rows of W·x and W·v in a layer's
 * value and tangent code.
 *
 * Only large programs are fused. Straight-line code is the fastest form while V8 optimizes it:
 * the jvp of tanh(Wx + b) at n = 64 (about 16 000 instructions) settles at 1.0–1.8× the primal,
 * fused at 2.2–3×. Beyond that it breaks down: at n = 96 the straight-line jvp ran at 20–40× the
 * primal for its first 2.5 s, and at n = 128 and 256 (65 000 and 260 000 instructions, 18 MB of
 * source) it stayed at 30–80× because V8 never settles on its hundreds of chunks; fused, all of
 * them run at 2.5–3.5× from the first half second. So programs of more than
 * {@link FUSE_ABOVE} instructions are fused.
 *
 * The fused sum adds the same products in the same order as the chain did, so results are
 * bit-identical; the chain's loads stay in the program and type-check the elements as before.
 *
 * @module
 */
import { type Instr, instructionUses, type Program } from './ir.js';

/** Programs of more instructions than this have their sums fused (see the module notes). */
export const FUSE_ABOVE = 24_000;

/** The fewest terms a fused sum has: shorter ones would save little code for a call's cost. */
export const MIN_DOT_TERMS = 8;

/** A term c·array[index] of a sum; `reg` defines it (a product, or the load itself when c = 1). */
interface Term {
  readonly reg: number;
  readonly array: number;
  readonly index: number;
  readonly coef: number;
  /** Whether fusing removes its instruction (a product used by this sum only). */
  readonly removable: boolean;
}

/**
 * Replaces the sums of at least {@link MIN_DOT_TERMS} terms of a program longer than `above`
 * instructions by `dot` instructions, in place. Equal tables are one array.
 *
 * @param p - a lowered program
 * @param above - the size from which to fuse (tests pass 0)
 * @returns the number of sums fused
 * @example
 * ```ts
 * const p = buildJvp(structure); // a 256×256 layer
 * fuseDots(p); // 512: each row's value sum and tangent sum
 * ```
 */
export function fuseDots(p: Program, above = FUSE_ABOVE): number {
  const code = p.code;
  if (code.length <= above) return 0;
  const definition: (Instr | undefined)[] = new Array(p.names.length);
  const useCount = new Int32Array(p.names.length);
  for (const ins of code) {
    if ('dst' in ins) definition[ins.dst] = ins;
    for (const r of instructionUses(ins)) useCount[r]++;
  }

  const term = (r: number): Term | undefined => {
    const ins = definition[r];
    if (ins?.kind === 'load') {
      return ins.index < 0
        ? undefined
        : { reg: r, array: ins.array, index: ins.index, coef: 1, removable: false };
    }
    if (ins?.kind !== 'arith' || ins.op !== '*' || useCount[r] !== 1) return undefined;
    for (const [c, e] of [
      [ins.a, ins.b],
      [ins.b, ins.a],
    ]) {
      const coef = p.literal[c];
      const load = definition[e];
      if (coef !== undefined && load?.kind === 'load' && load.index >= 0) {
        return { reg: r, array: load.array, index: load.index, coef, removable: true };
      }
    }
    return undefined;
  };

  // One link per '+' that adds a term to a term or to an earlier link used by it alone.
  const links = new Map<number, Link>();
  const interior = new Set<number>();
  for (const ins of code) {
    if (ins.kind !== 'arith' || ins.op !== '+') continue;
    const last = term(ins.b);
    if (last === undefined) continue;
    const left = links.get(ins.a);
    if (left !== undefined && useCount[ins.a] === 1 && left.last.array === last.array) {
      links.set(ins.dst, { prev: ins.a, first: undefined, last, length: left.length + 1 });
      interior.add(ins.a);
      continue;
    }
    const first = term(ins.a);
    if (first !== undefined && first.array === last.array) {
      links.set(ins.dst, { prev: -1, first, last, length: 2 });
    }
  }

  const removed = new Set<number>();
  const replacement = new Map<number, Instr>();
  const indexTables = new Map<string, Int32Array>();
  const coefTables = new Map<string, Float64Array>();
  for (const [dst, end] of links) {
    if (interior.has(dst) || end.length < MIN_DOT_TERMS) continue;
    // Walk back to the first term, collecting the terms and removing the interior sums.
    const terms: Term[] = [];
    let link: Link = end;
    for (;;) {
      terms.push(link.last);
      if (link.first !== undefined) {
        terms.push(link.first);
        break;
      }
      removed.add(link.prev);
      link = links.get(link.prev) as Link;
    }
    terms.reverse();
    replacement.set(dst, {
      kind: 'dot',
      dst,
      array: terms[0].array,
      indices: shared(
        indexTables,
        Int32Array.from(terms, (t) => t.index),
      ),
      coefs: shared(
        coefTables,
        Float64Array.from(terms, (t) => t.coef),
      ),
    });
    for (const t of terms) if (t.removable) removed.add(t.reg);
  }
  if (replacement.size === 0) return 0;
  let kept = 0;
  for (const ins of code) {
    const dst = 'dst' in ins ? ins.dst : -1;
    const dot = replacement.get(dst);
    if (dot !== undefined) code[kept++] = dot;
    else if (!removed.has(dst)) code[kept++] = ins;
  }
  code.length = kept;
  return replacement.size;
}

/** A '+' of a chain: the sum of the earlier link `prev` (or of `first`) and the term `last`. */
interface Link {
  readonly prev: number;
  readonly first: Term | undefined;
  readonly last: Term;
  readonly length: number;
}

/** The table equal to `table` met before (the same doubles, −0 apart from 0), else `table`. */
function shared<T extends Int32Array | Float64Array>(seen: Map<string, T>, table: T): T {
  const key = Array.from(table, (x) => (Object.is(x, -0) ? '-0' : String(x))).join(',');
  const found = seen.get(key);
  if (found !== undefined) return found;
  seen.set(key, table);
  return table;
}
