/**
 * Workload: the gradient of Rosenbrock, n = 10, 100, 1000. Also issue 2's comparison of chunked
 * multi-tangent sweeps against n single-tangent sweeps (`directionalDerivative` along each eᵢ).
 *
 * @module
 */
import { centralGradient } from '../lib/central-differences.mjs';
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
  rosenbrockGradient,
  rosenbrockPoint,
  rosenbrockPrimal,
} from '../lib/problems.mjs';

/** The sizes. */
export const SIZES = [10, 100, 1000];

/** Rosenbrock as a mathjs expression in x0..x(n−1). */
export function rosenbrockExpression(n) {
  const terms = [];
  for (let i = 0; i < n - 1; i++) terms.push(`100 * (x${i + 1} - x${i}^2)^2 + (1 - x${i})^2`);
  return terms.join(' + ');
}

/** A mathjs scope { x0: …, x1: … } for the point x. */
export function mathjsScope(x) {
  const scope = {};
  for (let i = 0; i < x.length; i++) scope[`x${i}`] = x[i];
  return scope;
}

/**
 * mathjs's symbolic partials ∂f/∂xᵢ of Rosenbrock, compiled. `simplify: false`: with the
 * default simplification, n = 10 took 3.8 s and n = 100 did not finish in 5 minutes here.
 */
function mathjsGradient(m, n) {
  let partials;
  try {
    const f = m.parse(rosenbrockExpression(n));
    partials = Array.from({ length: n }, (_, i) =>
      m.derivative(f, `x${i}`, { simplify: false }).compile(),
    );
  } catch (e) {
    throw notApplicable(`symbolic differentiation failed at n = ${n}: ${e.message}`);
  }
  return (x) => {
    const scope = mathjsScope(x);
    return partials.map((p) => p.evaluate(scope));
  };
}

/** Rosenbrock on TensorFlow.js tensors. */
function tfRosenbrock(x) {
  const n = x.shape[0];
  const head = x.slice(0, n - 1);
  const a = x.slice(1, n - 1).sub(head.square());
  const b = head.sub(1);
  return a.square().mul(100).add(b.square()).sum();
}

/** Rosenbrock on jax-js arrays (a second use of an array takes `.ref`). */
export function jaxRosenbrock(x) {
  const n = x.shape[0];
  const head = x.ref.slice([0, n - 1]);
  const a = x.slice([1, n]).sub(head.ref.mul(head.ref));
  const b = head.sub(1);
  return a.ref.mul(a).mul(100).add(b.ref.mul(b)).sum();
}

/** ∇ Rosenbrock with @thi.ng/dual-algebra's n-duals [value, ∂₁, …, ∂ₙ]. */
function dualAlgebraGradient(da) {
  return (x) => {
    const n = x.length;
    const X = x.map((v, i) => da.dual(v, n, i + 1));
    const hundred = da.dual(100, n);
    const one = da.dual(1, n);
    let sum = null;
    for (let i = 0; i < n - 1; i++) {
      const xi = X[i];
      const a = da.sub(X[i + 1], da.mul(xi, xi));
      const b = da.sub(xi, one);
      const term = da.add(da.mul(da.mul(a, a), hundred), da.mul(b, b));
      sum = sum === null ? term : da.add(sum, term);
    }
    return sum.slice(1);
  };
}

/**
 * The gradient case for size n.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @param {number} n - the dimension
 * @returns {object} the case
 */
function gradientCase({ fad, peers }, n) {
  const x = rosenbrockPoint(n);
  const chunk = Math.min(n, fad.DEFAULT_CHUNK_SIZE ?? n);
  return {
    id: `gradient-n${n}`,
    short: `∇ Rosenbrock, n = ${n}`,
    title: `∇ Rosenbrock, n = ${n}`,
    reference: rosenbrockGradient(x),
    contenders: [
      primal('f(x)', () => () => rosenbrockPrimal(x)),
      analytic('∇f(x) by hand', () => () => rosenbrockGradient(x)),
      central(`central differences: 2n = ${2 * n} evaluations`, () => () => {
        return centralGradient(rosenbrockPrimal, x);
      }),
      forwardAd('forward-ad', `gradient(f, x) (chunks of ${chunk})`, 'gradient', () => {
        const f = freshCopy(rosenbrockGeneric);
        return () => fad.gradient(f, x);
      }),
      forwardAd(
        'forward-ad-sweeps',
        `n = ${n} directionalDerivative(f, x, eᵢ) sweeps`,
        'directionalDerivative',
        () => {
          const f = freshCopy(rosenbrockGeneric);
          const e = new Array(n).fill(0);
          return () => {
            const g = new Array(n);
            for (let i = 0; i < n; i++) {
              e[i] = 1;
              g[i] = fad.directionalDerivative(f, x, e);
              e[i] = 0;
            }
            return g;
          };
        },
      ),
      compiled('compile(f, { inputs: n }).gradient(x, out)', () => {
        const c = fad.compile(freshCopy(rosenbrockGeneric), { inputs: n });
        const out = new Array(n).fill(0);
        return () => {
          c.gradient(x, out);
          return out;
        };
      }),
      peer('dual-algebra', peers.dualAlgebra, `dual-algebra ${n}-duals`, 'exact', (da) => {
        const g = dualAlgebraGradient(da);
        return () => g(x);
      }),
      peer(
        'mathjs',
        peers.mathjs,
        `mathjs n derivative(f, xᵢ, { simplify: false }).compile()`,
        'exact',
        (m) => {
          const g = mathjsGradient(m, n);
          return () => g(x);
        },
      ),
      peer('tfjs', peers.tf, 'tfjs tf.grad(f), float32', 'float32', (tf) => {
        const g = tf.grad(tfRosenbrock);
        return () => tf.tidy(() => Array.from(g(tf.tensor1d(x)).dataSync()));
      }),
      peer('jax-js', peers.jax, 'jax-js jit(grad(f)), float64', 'approx', (jax) => {
        const np = jax.numpy;
        const g = jax.jit(jax.grad(jaxRosenbrock));
        return () => g(np.array(x, { dtype: np.float64 })).js();
      }),
    ],
  };
}

/** The gradient workload. */
export const workloads = [
  {
    id: 'gradient',
    title: 'Gradient of Rosenbrock',
    cases: (ctx) => SIZES.map((n) => gradientCase(ctx, n)),
  },
];
