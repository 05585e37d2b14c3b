/**
 * Turns a lowered {@link Program} into JavaScript source and builds it with `new Function`: the
 * only place in the package that generates code, and only from the graph (never from user
 * strings). Literals are written inline; every other register is a `const`.
 *
 * V8 does not optimize very large functions (TurboFan skips functions over about 60 KB of
 * bytecode), so a program longer than {@link CHUNK_INSTRUCTIONS} is split into several functions
 * run in order; registers crossing from one to a later one pass through a preallocated
 * `Float64Array`, so calls stay allocation-free.
 *
 * @module
 */
import { compareOperators } from './graph.js';
import type { Instr, Program } from './ir.js';
import { instructionDefines, instructionUses, runtimeFunctions } from './ir.js';
import { dot, dotFrom, notANumber, scale } from './runtime.js';
import * as TS from './series-runtime.js';

/**
 * Lines per generated function: instructions and imports from earlier chunks (stores of values
 * later chunks need come on top). Measured on Node 20 with
 * the Rosenbrock gradient, n = 100 and 1000: chunks of 400 to 1500 lines all reach the same
 * steady state (2.4–4× the primal), while at 3000 lines TurboFan never optimizes the chunks and
 * the code runs 100–300× slower. 1000 keeps a margin for lines with heavier bytecode (calls).
 */
export const CHUNK_INSTRUCTIONS = 1000;

/** A compiled method: (x, v, o, …extra) writes its results into o. */
export type Runner = (...args: unknown[]) => void;

/** A number as a JavaScript literal that reads back as the same double (−0 and NaN included). */
export function literalText(x: number): string {
  if (Object.is(x, -0)) return '(-0)';
  if (x < 0) return `(${x})`;
  return String(x);
}

/** The local name a runtime function is bound to in generated code: `sin.d1` → `sin_d1`. */
function localName(fn: string): string {
  return fn.replace('.', '_');
}

/** The source text of one instruction (without a leading `const` for stores and comments). */
function instructionText(
  p: Program,
  ins: Instr,
  ref: (r: number) => string,
  tables: DotTables,
): string {
  const params = p.params;
  switch (ins.kind) {
    case 'lit':
      return '';
    case 'comment':
      return `// ${ins.text}`;
    case 'load': {
      const name = p.names[ins.dst];
      const at = ins.index < 0 ? '' : `[${ins.index}]`;
      return (
        `const ${name} = ${params[ins.array]}${at}; ` +
        `if (typeof ${name} !== 'number') notANumber(${JSON.stringify(`${params[ins.array]}${at}`)}, ${name});`
      );
    }
    case 'call':
      return `const ${p.names[ins.dst]} = ${localName(ins.fn)}(${ins.args.map(ref).join(', ')});`;
    case 'arith':
      return `const ${p.names[ins.dst]} = ${ref(ins.a)} ${ins.op} ${ref(ins.b)};`;
    case 'neg':
      return `const ${p.names[ins.dst]} = -${ref(ins.a)};`;
    case 'guard':
      return `const ${p.names[ins.dst]} = ${ref(ins.t)} === 0 ? 0 : ${ref(ins.d)} * ${ref(ins.t)};`;
    case 'compare':
      return `const ${p.names[ins.dst]} = ${ref(ins.a)} ${compareOperators[ins.op]} ${ref(ins.b)} ? 1 : 0;`;
    case 'pick':
      return `const ${p.names[ins.dst]} = ${ref(ins.cond)} !== 0 ? ${ref(ins.a)} : ${ref(ins.b)};`;
    case 'store':
      return `${params[ins.array]}[${ins.index}] ${ins.accumulate ? '+=' : '='} ${ref(ins.src)};`;
    case 'return':
      return `return ${ref(ins.src)};`;
    case 'series': {
      const args = ins.args.map((a) =>
        a === 'order' ? 'd' : a === 'out' ? 'o' : typeof a === 'number' ? ref(a) : `B[${a.buf}]`,
      );
      return `${localName(`TS.${ins.fn}`)}(${args.join(', ')});`;
    }
    case 'sload':
      return `const ${p.names[ins.dst]} = B[${ins.buf}][${ins.index}];`;
    case 'dot': {
      const call = ins.base >= 0 ? `dotFrom(${ref(ins.base)}, ` : 'dot(';
      return (
        `const ${p.names[ins.dst]} = ${call}${params[ins.array]}, ` +
        `${tables.names.get(ins.indices)}, ${tables.names.get(ins.coefs)});`
      );
    }
    case 'scale':
      return (
        `scale(${params[ins.array]}, ${tables.names.get(ins.indices)}, ` +
        `${ref(ins.factor)}, ${tables.names.get(ins.coefs)});`
      );
  }
}

/** The tables of a program's dots and scales, by the arrays `fuse.ts` made (equal ones shared). */
interface DotTables {
  readonly names: ReadonlyMap<Int32Array | Float64Array, string>;
  /** Their declarations, for the prelude. */
  readonly lines: readonly string[];
}

function dotTables(p: Program): DotTables {
  const names = new Map<Int32Array | Float64Array, string>();
  const lines: string[] = [];
  const declare = (table: Int32Array | Float64Array, prefix: string, text: string): void => {
    if (names.has(table)) return;
    const name = `${prefix}${names.size}`;
    names.set(table, name);
    lines.push(`const ${name} = new ${table.constructor.name}([${text}]);`);
  };
  for (const ins of p.code) {
    if (ins.kind !== 'dot' && ins.kind !== 'scale') continue;
    declare(ins.indices, 'I$', ins.indices.join(', '));
    declare(ins.coefs, 'K$', Array.from(ins.coefs, literalText).join(', '));
  }
  return { names, lines };
}

/** The generated source of a program: a factory body returning the method's function. */
export function generateSource(p: Program): string {
  const used = new Set<string>();
  for (const ins of p.code) {
    if (ins.kind === 'call') used.add(ins.fn);
    if (ins.kind === 'series') used.add(`TS.${ins.fn}`);
    if (ins.kind === 'load') used.add('notANumber');
    if (ins.kind === 'dot') used.add(ins.base >= 0 ? 'dotFrom' : 'dot');
    if (ins.kind === 'scale') used.add('scale');
  }
  const tables = dotTables(p);
  const prelude = [
    ...[...used].sort().map((fn) => `const ${localName(fn)} = F[${JSON.stringify(fn)}];`),
    ...tables.lines,
  ];
  const plain = (r: number): string => {
    const lit = p.literal[r];
    return lit === undefined ? p.names[r] : literalText(lit);
  };
  const text = (ins: Instr): string => instructionText(p, ins, plain, tables);
  const body = p.code.filter((ins) => ins.kind !== 'lit');
  const signature = p.params.join(', ');
  const counted = body.filter((ins) => ins.kind !== 'comment').length;
  if (counted <= CHUNK_INSTRUCTIONS) {
    const lines = body.map((ins) => `  ${text(ins)}`);
    return [
      ...prelude,
      `function ${p.name}(${signature}) {`,
      ...lines,
      '}',
      `return ${p.name};`,
    ].join('\n');
  }
  return chunkedSource(p, body, prelude, text);
}

/**
 * Source split into functions of at most CHUNK_INSTRUCTIONS lines each, imports included.
 * A register read in a later chunk than its own is passed through `w`, except loads, which the
 * later chunk simply repeats (cheaper than a store and a load, and never a spill).
 */
function chunkedSource(
  p: Program,
  body: Instr[],
  prelude: string[],
  text: (ins: Instr) => string,
): string {
  const loads = new Map<number, Instr>();
  for (const ins of body) if (ins.kind === 'load') loads.set(ins.dst, ins);
  const home = new Map<number, number>();
  const chunks: Instr[][] = [[]];
  const imports: number[][] = [[]];
  let imported = new Set<number>();
  let count = 0;
  for (const ins of body) {
    const fresh = instructionUses(ins).filter((r) => {
      const h = home.get(r);
      return h !== undefined && h !== chunks.length - 1 && !imported.has(r);
    });
    if (ins.kind !== 'comment' && count + 1 + fresh.length > CHUNK_INSTRUCTIONS && count > 0) {
      chunks.push([]);
      imports.push([]);
      imported = new Set();
      count = 0;
      // every register of an earlier chunk is now an import
      fresh.length = 0;
      for (const r of instructionUses(ins)) if (home.has(r) && !imported.has(r)) fresh.push(r);
    }
    const c = chunks.length - 1;
    for (const r of fresh) {
      if (imported.has(r)) continue;
      imported.add(r);
      imports[c].push(r);
      count++;
    }
    chunks[c].push(ins);
    if (ins.kind !== 'comment') count++;
    const d = instructionDefines(ins);
    if (d >= 0) home.set(d, c);
  }
  const slot = new Map<number, number>();
  for (const list of imports) {
    for (const r of list) if (!loads.has(r) && !slot.has(r)) slot.set(r, slot.size);
  }
  const signature = p.params.join(', ');
  const lines: string[] = [...prelude, `const w = new Float64Array(${Math.max(1, slot.size)});`];
  chunks.forEach((chunk, c) => {
    lines.push(`function ${p.name}_${c}(${signature}) {`);
    for (const r of imports[c]) {
      const load = loads.get(r);
      if (load?.kind === 'load') {
        const at = load.index < 0 ? '' : `[${load.index}]`;
        lines.push(`  const ${p.names[r]} = ${p.params[load.array]}${at};`);
      } else lines.push(`  const ${p.names[r]} = w[${slot.get(r)}];`);
    }
    for (const ins of chunk) {
      lines.push(`  ${text(ins)}`);
      const d = instructionDefines(ins);
      if (d >= 0 && slot.has(d)) lines.push(`  w[${slot.get(d)}] = ${p.names[d]};`);
    }
    lines.push('}');
  });
  lines.push(`function ${p.name}(${signature}) {`);
  chunks.forEach((_, c) => {
    lines.push(`  ${p.name}_${c}(${signature});`);
  });
  lines.push('}', `return ${p.name};`);
  return lines.join('\n');
}

/** The functions generated code is given: the rule table's, the select helpers, the series'. */
function runtimeTable(): Record<string, unknown> {
  const table: Record<string, unknown> = { ...runtimeFunctions, notANumber, dot, dotFrom, scale };
  for (const [name, fn] of Object.entries(TS)) table[`TS.${name}`] = fn;
  return table;
}

let table: Record<string, unknown> | undefined;

/**
 * Builds a program's source with `new Function`.
 *
 * @throws whatever `new Function` throws where code generation is forbidden (an `EvalError`
 * under a Content-Security-Policy without 'unsafe-eval'); the caller falls back to the
 * interpreter then.
 */
export function buildFunction(source: string): Runner {
  table ??= runtimeTable();
  // The one code generation in the package: source made from the graph only, never user strings.
  const factory = new Function('F', `'use strict';\n${source}`) as (f: unknown) => Runner;
  return factory(table);
}
