/**
 * Loads what the benchmarks compare: forward-ad from its build (dist/, what users install) and
 * the peers, each prepared for Node 20 as /work/shared/PEERS.md describes. A peer that fails to
 * load turns its rows into "n/a" with the reason; it does not stop the run.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The forward-ad exports the workloads use; the ones missing from dist/ leave their rows out. */
export const FORWARD_AD_FEATURES = [
  'derivative',
  'secondDerivative',
  'gradient',
  'directionalDerivative',
  'jacobian',
  'jvp',
  'hessian',
  'taylor',
  'compile',
];

/**
 * forward-ad as built in dist/.
 *
 * @param {string} root - the repository root
 * @returns {Promise<Record<string, unknown>>} the module's exports
 * @throws Error when dist/index.js is missing (build it with `npx tsup`)
 * @example
 * const fad = await loadForwardAd(process.cwd());
 */
export async function loadForwardAd(root) {
  const entry = join(root, 'dist', 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`bench: ${entry} is missing; build it first with \`npx tsup\``);
  }
  return import(pathToFileURL(entry).href);
}

/**
 * A peer module, or the reason it is unavailable.
 *
 * @template T
 * @param {() => Promise<T>} load - imports and initialises the peer
 * @returns {Promise<{ module: T | null, error: string | null }>} the outcome
 */
async function attempt(load) {
  try {
    return { module: await load(), error: null };
  } catch (e) {
    return { module: null, error: String(e?.message ?? e).split('\n')[0] };
  }
}

/**
 * TensorFlow.js on its CPU backend. The umbrella package registers the gradients (tfjs-core
 * alone throws "gradient function not found").
 */
async function loadTensorflow() {
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  await tf.ready();
  return tf;
}

/**
 * jax-js on its WebAssembly backend, in float64. Node 20 lacks two browser globals it touches:
 * `navigator` (read at start-up) and `Float16Array` (only used in an `instanceof` test when an
 * array is built from data, so an empty class answers it correctly).
 */
async function loadJax() {
  globalThis.navigator ??= /** @type {Navigator} */ ({});
  globalThis.Float16Array ??= class Float16Array {};
  const jax = await import('@jax-js/jax');
  await jax.init('wasm');
  jax.defaultDevice('wasm');
  return jax;
}

/** How each peer is loaded, by its key in the peers object. */
const LOADERS = {
  mathjs: () => import('mathjs'),
  dualAlgebra: () => import('@thi.ng/dual-algebra'),
  tf: loadTensorflow,
  jax: loadJax,
};

/** The peers object's key of each peer contender id (the families of contenders.mjs). */
export const PEER_KEYS = {
  mathjs: 'mathjs',
  'dual-algebra': 'dualAlgebra',
  tfjs: 'tf',
  'jax-js': 'jax',
};

/**
 * The peers, of which only those named are loaded: a case's process loads just the peers its
 * rows use, so that another library's heap and start-up work do not weigh on its timings.
 *
 * @param {readonly string[]} [keys] - the peers to load (default: all)
 * @returns {Promise<Record<'mathjs' | 'dualAlgebra' | 'tf' | 'jax', { module: any,
 * error: string | null, loaded: boolean }>>} each peer's module, or the reason it is missing
 * @example
 * const peers = await loadPeers(['mathjs']);
 * peers.mathjs.module.derivative('x^2', 'x').toString(); // "2 * x"
 */
export async function loadPeers(keys = Object.keys(LOADERS)) {
  const peers = {};
  for (const [key, load] of Object.entries(LOADERS)) {
    peers[key] = keys.includes(key)
      ? { ...(await attempt(load)), loaded: true }
      : { module: null, error: 'not loaded in this case', loaded: false };
  }
  return peers;
}

/**
 * Stand-ins for every peer that make each peer row look available without loading anything:
 * building a case's rows with them shows which peers the case would call.
 *
 * @returns {Record<string, { module: object, error: null, loaded: false }>} the stand-ins
 */
export function peerStandIns() {
  return Object.fromEntries(
    Object.keys(LOADERS).map((key) => [key, { module: {}, error: null, loaded: false }]),
  );
}
