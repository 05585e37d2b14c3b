/**
 * The contender rows of a workload case, and the names they go by in tables, the chart and the
 * targets.
 *
 * A contender is `{ id, label, kind, prepare, read?, requires?, na?, param? }`: `prepare()` does the
 * one-time work (symbolic differentiation, compile(), jit set-up) and returns the call that is
 * timed; `read(result)` turns the call's result into the reference's shape for the agreement
 * check; `requires` names a forward-ad export without which the row is left out; `na` is the
 * reason a contender cannot do the workload; `param` is a number the row carries into the
 * results (the chunk size of a chunk-size row).
 *
 * @module
 */

/** The contender families, in table order, with the names used in the report and chart. */
export const FAMILIES = [
  { id: 'primal', name: 'plain JS primal f' },
  { id: 'analytic', name: 'hand-written derivative' },
  { id: 'central', name: 'central differences' },
  { id: 'forward-ad', name: 'forward-ad (object path)' },
  { id: 'forward-ad-compiled', name: 'forward-ad compile()' },
  { id: 'minimal', name: 'minimal dual class (for scale)' },
  { id: 'dual-algebra', name: '@thi.ng/dual-algebra' },
  { id: 'mathjs', name: 'mathjs (symbolic)' },
  { id: 'tfjs', name: 'TensorFlow.js (CPU)' },
  { id: 'jax-js', name: 'jax-js (wasm)' },
];

/**
 * The plain-JS primal: f itself, the yardstick of every ratio.
 *
 * @param {string} label - what is evaluated
 * @param {() => () => unknown} prepare - returns the timed call
 * @returns {object} the contender
 * @example
 * primal('f(x)', () => () => Math.sin(box[0]));
 */
export function primal(label, prepare) {
  return { id: 'primal', label, kind: 'primal', prepare };
}

/**
 * The hand-written analytic derivative (also the reference of the agreement check).
 *
 * @param {string} label - what it computes
 * @param {() => () => unknown} prepare - returns the timed call
 * @returns {object} the contender
 * @example
 * analytic('f′ by hand', () => () => Math.cos(box[0]));
 */
export function analytic(label, prepare) {
  return { id: 'analytic', label, kind: 'exact', prepare };
}

/**
 * Central finite differences: inexact, its error shown beside its time.
 *
 * @param {string} label - the method and its cost in evaluations
 * @param {() => () => unknown} prepare - returns the timed call
 * @param {(result: unknown) => unknown} [read] - result → reference shape
 * @returns {object} the contender
 * @example
 * central('2 evaluations', () => () => centralDerivative(f, box[0]));
 */
export function central(label, prepare, read) {
  return { id: 'central', label, kind: 'inexact', prepare, read };
}

/**
 * A forward-ad row; left out when dist/ lacks the export it needs.
 *
 * @param {string} id - 'forward-ad', 'forward-ad-compiled', or a workload's own variant id
 * @param {string} label - the call as a user writes it
 * @param {string} requires - the forward-ad export it needs
 * @param {() => () => unknown} prepare - returns the timed call
 * @param {(result: unknown) => unknown} [read] - result → reference shape
 * @returns {object} the contender
 * @example
 * forwardAd('forward-ad', 'derivative(f, x)', 'derivative', () => () => fad.derivative(f, box[0]));
 */
export function forwardAd(id, label, requires, prepare, read) {
  return { id, label, kind: 'exact', requires, prepare, read };
}

/**
 * A row of forward-ad's compiled path (`compile()`): included automatically once dist/ exports
 * `compile`. Compile time is part of the one-time cost column, not of the timed call.
 *
 * @param {string} label - the compiled method called
 * @param {() => () => unknown} prepare - compiles and returns the timed call
 * @param {(result: unknown) => unknown} [read] - result → reference shape
 * @returns {object} the contender
 * @example
 * compiled('compile(f).derivative(x)', () => { const c = fad.compile(f); return () => c.derivative(box[0]); });
 */
export function compiled(label, prepare, read) {
  return forwardAd('forward-ad-compiled', label, 'compile', prepare, read);
}

/**
 * For scale (bench/lib/minimal-duals.mjs): a minimal dual or hyper-dual class with no rule table,
 * no tags and no checks, run the same way as forward-ad's row beside it.
 *
 * @param {string} label - the call
 * @param {() => () => unknown} prepare - returns the timed call
 * @param {(result: unknown) => unknown} [read] - result → reference shape
 * @returns {object} the contender
 * @example
 * minimal('minimalSecondDerivative(f, x)', () => () => minimalSecondDerivative(f, box[0]));
 */
export function minimal(label, prepare, read) {
  return { id: 'minimal', label, kind: 'exact', prepare, read };
}

/**
 * A peer's row: "n/a" with the load error when the peer did not load, or with `na` when it
 * cannot do the workload.
 *
 * @param {string} id - the peer family id
 * @param {{ module: unknown, error: string | null }} peer - from loadPeers()
 * @param {string} label - the peer's call
 * @param {'exact' | 'approx' | 'float32'} kind - its arithmetic
 * @param {((module: any) => () => unknown) | { na: string }} prepare - returns the timed call,
 * or says why the peer cannot do the workload
 * @param {(result: unknown) => unknown} [read] - result → reference shape
 * @returns {object} the contender
 * @example
 * peer('mathjs', peers.mathjs, 'derivative(f).compile()', 'exact', (m) => ...);
 */
export function peer(id, peer, label, kind, prepare, read) {
  if (typeof prepare !== 'function') return { id, label, kind, na: prepare.na };
  if (peer.module === null) return { id, label, kind, na: `did not load: ${peer.error}` };
  return { id, label, kind, prepare: () => prepare(peer.module), read };
}

/**
 * An Error that turns a row into "n/a" instead of "error": thrown from `prepare` when a
 * contender turns out unable to do the workload (a peer's stack overflow on a large
 * expression, say).
 *
 * @param {string} reason - why, for the row's note
 * @returns {Error & { notApplicable: true }} the error to throw
 * @example
 * throw notApplicable('derivative() overflows the call stack');
 */
export function notApplicable(reason) {
  return Object.assign(new Error(reason), { notApplicable: true });
}
