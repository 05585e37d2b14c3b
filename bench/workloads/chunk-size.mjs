/**
 * Workload: the choice of DEFAULT_CHUNK_SIZE (src/drivers/gradient.ts), measured on the
 * Rosenbrock gradient with n = 100 and 1000 and chunk sizes 1, 4, 8, 12, 16, 32, 64 and n.
 *
 * @module
 */
import { forwardAd, primal } from '../lib/contenders.mjs';
import { freshCopy } from '../lib/fresh.mjs';
import {
  rosenbrockGeneric,
  rosenbrockGradient,
  rosenbrockPoint,
  rosenbrockPrimal,
} from '../lib/problems.mjs';

/** The sizes. */
export const SIZES = [100, 1000];

/** The chunk sizes tried, n last. */
export function chunkSizes(n) {
  return [1, 4, 8, 12, 16, 32, 64, n];
}

/**
 * The chunk-size case for size n. The row of the current default is the 'forward-ad' row (the
 * one the other rows' "× forward-ad" refers to).
 *
 * @param {{ fad: any }} ctx - forward-ad's exports
 * @param {number} n - the dimension
 * @returns {object} the case
 */
function chunkCase({ fad }, n) {
  const x = rosenbrockPoint(n);
  const rows = chunkSizes(n).map((k) => {
    const isDefault = k === fad.DEFAULT_CHUNK_SIZE;
    const id = isDefault ? 'forward-ad' : `chunk-${k === n ? 'n' : k}`;
    const label = `gradient(f, x, { chunkSize: ${k === n ? `n = ${n}` : k} })${isDefault ? ' (default)' : ''}`;
    const row = forwardAd(id, label, 'gradient', () => {
      const f = freshCopy(rosenbrockGeneric);
      const options = { chunkSize: k };
      return () => fad.gradient(f, x, options);
    });
    return { ...row, param: k };
  });
  return {
    id: `chunk-size-n${n}`,
    short: `chunk sizes, n = ${n}`,
    title: `Chunk size of gradient(), Rosenbrock n = ${n}`,
    reference: rosenbrockGradient(x),
    contenders: [primal('f(x)', () => () => rosenbrockPrimal(x)), ...rows],
  };
}

/** The chunk-size workload. */
export const workloads = [
  {
    id: 'chunk-size',
    title: 'Chunk size of the gradient driver',
    cases: (ctx) => SIZES.map((n) => chunkCase(ctx, n)),
  },
];
