/**
 * Workload: the Hessian of Rosenbrock, n = 8, 32, 100, by forward-ad's default method and by
 * each of its one-sweep jet and n(n+1)/2 hyper-dual sweeps (issue 3's comparison).
 *
 * @module
 */
import { centralHessian } from '../lib/central-differences.mjs';
import {
  analytic,
  central,
  compiled,
  forwardAd,
  notApplicable,
  peer,
  primal,
} from '../lib/contenders.mjs';
import { freshCopy } from '../lib/fresh.mjs';
import {
  rosenbrockGeneric,
  rosenbrockHessian,
  rosenbrockPoint,
  rosenbrockPrimal,
} from '../lib/problems.mjs';
import { jaxRosenbrock, mathjsScope, rosenbrockExpression } from './gradient.mjs';

/**
 * The compiled sparse Hessian row: `hessianSparseInto` fills the non-zeros of
 * `hessianSparsity()`; reading the result scatters them into a dense matrix for the check.
 */
function sparseHessianRow(fad, x, n) {
  let pattern;
  return forwardAd(
    'forward-ad-compiled-sparse',
    'compile(f, { inputs: n }).hessianSparseInto(x, values): structural non-zeros only',
    'compile',
    () => {
      const c = fad.compile(freshCopy(rosenbrockGeneric), { inputs: n });
      pattern = c.hessianSparsity();
      const values = new Float64Array(pattern.rowIndices.length);
      return () => c.hessianSparseInto(x, values);
    },
    (values) => {
      const H = Array.from({ length: n }, () => new Array(n).fill(0));
      values.forEach((h, k) => {
        H[pattern.rowIndices[k]][pattern.columnIndices[k]] = h;
      });
      return H;
    },
  );
}

/** The sizes. */
export const SIZES = [8, 32, 100];

/** mathjs's n(n+1)/2 symbolic second partials of Rosenbrock (`simplify: false`, as for ∇). */
function mathjsHessian(m, n) {
  const entries = [];
  try {
    const f = m.parse(rosenbrockExpression(n));
    for (let i = 0; i < n; i++) {
      const di = m.derivative(f, `x${i}`, { simplify: false });
      for (let j = i; j < n; j++) {
        entries.push([i, j, m.derivative(di, `x${j}`, { simplify: false }).compile()]);
      }
    }
  } catch (e) {
    throw notApplicable(`symbolic differentiation failed at n = ${n}: ${e.message}`);
  }
  return (x) => {
    const scope = mathjsScope(x);
    const H = Array.from({ length: n }, () => new Array(n));
    for (const [i, j, d] of entries) {
      const h = d.evaluate(scope);
      H[i][j] = h;
      H[j][i] = h;
    }
    return H;
  };
}

/**
 * A forward-ad hessian() row with the given options.
 *
 * @param {any} fad - forward-ad's exports
 * @param {readonly number[]} x - the point
 * @param {string} id - the row id
 * @param {string} label - the call
 * @param {object | undefined} options - hessian()'s options
 * @returns {object} the contender
 */
function hessianRow(fad, x, id, label, options) {
  return forwardAd(id, label, 'hessian', () => {
    const f = freshCopy(rosenbrockGeneric);
    return options === undefined ? () => fad.hessian(f, x) : () => fad.hessian(f, x, options);
  });
}

/**
 * The Hessian case for size n.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @param {number} n - the dimension
 * @returns {object} the case
 */
function hessianCase({ fad, peers }, n) {
  const x = rosenbrockPoint(n);
  const sweeps = (n * (n + 1)) / 2;
  return {
    id: `hessian-n${n}`,
    short: `Hessian of Rosenbrock, n = ${n}`,
    title: `Hessian of Rosenbrock, n = ${n}`,
    reference: rosenbrockHessian(x),
    contenders: [
      primal('f(x)', () => () => rosenbrockPrimal(x)),
      analytic('tridiagonal H by hand', () => () => rosenbrockHessian(x)),
      central(`central differences: 2n(n+1) = ${4 * sweeps} evaluations`, () => () => {
        return centralHessian(rosenbrockPrimal, x);
      }),
      hessianRow(fad, x, 'forward-ad', 'hessian(f, x) (default method)', undefined),
      hessianRow(fad, x, 'forward-ad-jet', "hessian(f, x, { method: 'jet' }): one sweep", {
        method: 'jet',
      }),
      hessianRow(
        fad,
        x,
        'forward-ad-hyper-dual',
        `hessian(f, x, { method: 'hyper-dual' }): ${sweeps} sweeps`,
        { method: 'hyper-dual' },
      ),
      compiled('compile(f, { inputs: n }).hessian(x)', () => {
        const c = fad.compile(freshCopy(rosenbrockGeneric), { inputs: n });
        return () => c.hessian(x);
      }),
      // The out-parameter forms the compiled object offers for repeated calls: dense (n² entries,
      // zeros included) and sparse (the structural non-zeros only, O(n) for this tridiagonal H).
      forwardAd(
        'forward-ad-compiled-into',
        'compile(f, { inputs: n }).hessianInto(x, out): dense out-parameter',
        'compile',
        () => {
          const c = fad.compile(freshCopy(rosenbrockGeneric), { inputs: n });
          const out = Array.from({ length: n }, () => new Float64Array(n));
          return () => c.hessianInto(x, out);
        },
        (out) => out.map((row) => Array.from(row)),
      ),
      sparseHessianRow(fad, x, n),
      peer('dual-algebra', peers.dualAlgebra, 'dual-algebra', 'exact', {
        na: 'first order only (no nesting of its array duals)',
      }),
      peer(
        'mathjs',
        peers.mathjs,
        `mathjs n(n+1)/2 derivative(derivative(f, xᵢ), xⱼ).compile()`,
        'exact',
        (m) => {
          const H = mathjsHessian(m, n);
          return () => H(x);
        },
      ),
      peer('tfjs', peers.tf, 'tfjs', 'float32', {
        na: 'no Hessian and no forward mode (and nested tf.grad is wrong for f″ above)',
      }),
      peer('jax-js', peers.jax, 'jax-js jit(hessian(f)), float64', 'approx', (jax) => {
        const np = jax.numpy;
        const H = jax.jit(jax.hessian(jaxRosenbrock));
        return () => H(np.array(x, { dtype: np.float64 })).js();
      }),
    ],
  };
}

/** The Hessian workload. */
export const workloads = [
  {
    id: 'hessian',
    title: 'Hessian of Rosenbrock',
    cases: (ctx) => SIZES.map((n) => hessianCase(ctx, n)),
  },
];
