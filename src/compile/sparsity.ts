/**
 * Sparsity patterns of Jacobians and Hessians, known at compile time from the traced graph:
 * which entries are structurally non-zero (they may still be 0 at some points; every other entry
 * is 0 everywhere).
 *
 * @module
 */
import { checkFunction, checkOrder } from '../errors.js';
import { Structure } from './analysis.js';
import { type Trace, type Tracer, traceVector } from './tracer.js';

/**
 * A sparsity pattern in coordinate form, row-major: entry k is at
 * (rowIndices[k], columnIndices[k]). Compiled `…SparseInto` methods write values in this order.
 */
export interface SparsityPattern {
  /** The number of rows. */
  readonly rows: number;
  /** The number of columns. */
  readonly columns: number;
  /** Row of each structurally non-zero entry. */
  readonly rowIndices: readonly number[];
  /** Column of each structurally non-zero entry. */
  readonly columnIndices: readonly number[];
}

/** The Jacobian pattern of a trace: one row per output (one row for a scalar output). */
export function jacobianPattern(s: Structure): SparsityPattern {
  const rowIndices: number[] = [];
  const columnIndices: number[] = [];
  s.outputs.forEach((k, r) => {
    if (!s.active[k]) return;
    for (const j of s.formDeps(s.form(k))) {
      rowIndices.push(r);
      columnIndices.push(j);
    }
  });
  return frozen({ rows: s.outputs.length, columns: s.graph.inputs, rowIndices, columnIndices });
}

/** Freezes a pattern: compiled objects share theirs with callers and index with it. */
function frozen(p: SparsityPattern): SparsityPattern {
  Object.freeze(p.rowIndices);
  Object.freeze(p.columnIndices);
  return Object.freeze(p);
}

/**
 * A pattern's entries as typed arrays, for {@link scatter}: V8 reads the frozen arrays of a
 * public pattern about 4× slower (measured on a dense 256×256 Jacobian).
 */
export interface ScatterIndices {
  readonly rows: number;
  readonly rowIndices: Int32Array;
  readonly columnIndices: Int32Array;
}

/** {@link ScatterIndices} of a pattern. */
export function scatterIndices(p: SparsityPattern): ScatterIndices {
  return {
    rows: p.rows,
    rowIndices: Int32Array.from(p.rowIndices),
    columnIndices: Int32Array.from(p.columnIndices),
  };
}

/**
 * out = the dense matrix of a pattern's values: zeros, then each entry. Patterns list their
 * entries row by row, so a row is looked up once, not once per entry.
 *
 * @param p - the pattern's indices
 * @param values - one value per entry
 * @param out - p.rows rows of the pattern's column count
 * @example
 * ```ts
 * scatter(scatterIndices(pattern), values, out);
 * ```
 */
export function scatter(
  p: ScatterIndices,
  values: ArrayLike<number>,
  out: { [k: number]: number; fill(x: number): unknown }[],
): void {
  for (let r = 0; r < p.rows; r++) out[r].fill(0);
  const { rowIndices, columnIndices } = p;
  let r = -1;
  let row = out[0];
  for (let k = 0; k < rowIndices.length; k++) {
    if (rowIndices[k] !== r) {
      r = rowIndices[k];
      row = out[r];
    }
    row[columnIndices[k]] = values[k];
  }
}

/** The full symmetric Hessian pattern, row-major, from upper-triangle pair keys i·n + j. */
function symmetricPattern(pairs: readonly number[], n: number): SparsityPattern {
  const entries: [number, number][] = [];
  for (const key of pairs) {
    const i = Math.floor(key / n);
    const j = key - i * n;
    entries.push([i, j]);
    if (i !== j) entries.push([j, i]);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return frozen({
    rows: n,
    columns: n,
    rowIndices: entries.map((e) => e[0]),
    columnIndices: entries.map((e) => e[1]),
  });
}

/** The Hessian pattern of a trace's scalar output. */
export function hessianPattern(s: Structure): SparsityPattern {
  const k = s.outputs[0];
  const pairs = s.active[k] ? s.formPairs(s.form(k)) : [];
  return symmetricPattern(pairs, s.graph.inputs);
}

/** Traces f for the pattern functions, with argument checks. */
function traceFor(f: unknown, inputs: unknown): Trace {
  checkFunction(f);
  checkOrder(inputs, 'inputs');
  return traceVector(f as (x: Tracer[]) => unknown, inputs);
}

/**
 * The Jacobian sparsity pattern of f: Rⁿ → Rᵐ (a 1×n row for a scalar-valued f), found by
 * tracing f once: entry (i, j) is present when output i depends on input j.
 *
 * @param f - the function, written generically (as for `compile(f, { inputs })`)
 * @param inputs - n, the number of inputs
 * @returns the pattern, row-major
 * @throws TypeError when f is not a function or returns something other than numbers
 * @example
 * ```ts
 * import { jacobianSparsity, mul, sub } from 'forward-ad';
 * // a banded map: y_i = x_{i+1}·x_i − x_i
 * const p = jacobianSparsity((x) => x.slice(0, -1).map((xi, i) => sub(mul(x[i + 1], xi), xi)), 3);
 * p.rowIndices;    // [0, 0, 1, 1]
 * p.columnIndices; // [0, 1, 1, 2]
 * ```
 */
export function jacobianSparsity(f: (x: Tracer[]) => unknown, inputs: number): SparsityPattern {
  const trace = traceFor(f, inputs);
  return jacobianPattern(new Structure(trace.graph, trace.outputs));
}

/**
 * The Hessian sparsity pattern of a scalar f: Rⁿ → R, found by tracing f once: entry (i, j) is
 * present when inputs i and j interact nonlinearly. Symmetric, both triangles listed.
 *
 * @param f - the scalar-valued function
 * @param inputs - n, the number of inputs
 * @returns the n×n pattern, row-major
 * @throws TypeError when f is not a function or returns a vector
 * @example
 * ```ts
 * import { hessianSparsity, mul, add } from 'forward-ad';
 * const p = hessianSparsity(([a, b, c]) => add(mul(a, b), mul(c, c)), 3);
 * p.rowIndices;    // [0, 1, 2]
 * p.columnIndices; // [1, 0, 2]
 * ```
 */
export function hessianSparsity(f: (x: Tracer[]) => unknown, inputs: number): SparsityPattern {
  const trace = traceFor(f, inputs);
  if (trace.vector) {
    throw new TypeError(
      'forward-ad: f must return a number for hessianSparsity (a scalar function), got an ' +
        `array of length ${trace.outputs.length}; use jacobianSparsity for vector functions`,
    );
  }
  return hessianPattern(new Structure(trace.graph, trace.outputs));
}
