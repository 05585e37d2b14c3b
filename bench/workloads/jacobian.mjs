/**
 * Workloads: the Jacobian and the Jacobian-vector product of a dense layer tanh(Wx + b),
 * 32×32 and 256×256.
 *
 * @module
 */
import { centralJacobian, centralJvp } from '../lib/central-differences.mjs';
import {
  analytic,
  central,
  compiled,
  forwardAd,
  minimal,
  notApplicable,
  peer,
  primal,
} from '../lib/contenders.mjs';
import { freshCopy } from '../lib/fresh.mjs';
import { minimalJvp } from '../lib/minimal-duals.mjs';
import {
  layerData,
  layerJacobian,
  layerJvp,
  layerPrimal,
  makeLayerGeneric,
} from '../lib/problems.mjs';
import { mathjsScope } from './gradient.mjs';

/** The sizes (n×n weights). */
export const SIZES = [32, 256];

/** The largest size mathjs is asked to differentiate symbolically. */
const MATHJS_MAX_SIZE = 32;

/** forward-ad's jvp result, and the tuple jax-js returns, as [value, tangent]. */
const readJvp = (r) => (Array.isArray(r) ? r : [r.value, r.tangent]);

/** Jᵀ of a matrix given as rows. */
const transpose = (J) => J[0].map((_, j) => J.map((row) => row[j]));

/**
 * tanh(z) = 1 − 2/(exp(2z) + 1) with @thi.ng/dual-algebra's ops: it has no tanh, and this is
 * how its users would write one. `one` and `two` are constants of z's width.
 */
function dualAlgebraTanh(da, z, one, two) {
  return da.sub(one, da.div(two, da.add(da.exp(da.mul(z, two)), one)));
}

/**
 * The layer on @thi.ng/dual-algebra duals of width w: each constant lifted where it is used,
 * as its README does (`mul($2(3), x)`).
 */
function dualAlgebraLayer(da, W, b, w) {
  return (X) => {
    const m = W.length;
    const n = X.length;
    const one = da.dual(1, w);
    const two = da.dual(2, w);
    const y = new Array(m);
    for (let i = 0; i < m; i++) {
      const row = W[i];
      let z = da.mul(X[0], da.dual(row[0], w));
      for (let j = 1; j < n; j++) z = da.add(z, da.mul(X[j], da.dual(row[j], w)));
      y[i] = dualAlgebraTanh(da, da.add(z, da.dual(b[i], w)), one, two);
    }
    return y;
  };
}

/** The layer on jax-js arrays, W and b captured as constants. */
function jaxLayer(jax, W, b) {
  const np = jax.numpy;
  const Wj = np.array(W, { dtype: np.float64 });
  const bj = np.array(b, { dtype: np.float64 });
  return (x) => np.tanh(np.matmul(Wj.ref, x).add(bj.ref));
}

/** mathjs's m·n symbolic partials of the layer, compiled (`simplify: false`, as for ∇). */
function mathjsJacobian(m, W, b) {
  const n = W[0].length;
  if (n > MATHJS_MAX_SIZE) {
    throw notApplicable(
      `not run: ${n * n} symbolic partials; set-up took 0.36 s at 32×32 and 3.1 s at 64×64 ` +
        '(×8 per doubling), and one 32×32 evaluation 68 ms',
    );
  }
  const partials = W.map((row, i) => {
    const z = row.map((w, j) => `${w} * x${j}`).join(' + ');
    const f = m.parse(`tanh(${z} + ${b[i]})`);
    return row.map((_, j) => m.derivative(f, `x${j}`, { simplify: false }).compile());
  });
  return (x) => {
    const scope = mathjsScope(x);
    return partials.map((row) => row.map((p) => p.evaluate(scope)));
  };
}

/**
 * The Jacobian case for n×n.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @param {number} n - the size
 * @returns {object} the case
 */
function jacobianCase({ fad, peers }, n) {
  const { W, b, x } = layerData(n);
  const F = (v) => layerPrimal(W, b, v);
  return {
    id: `jacobian-${n}`,
    short: `Jacobian of tanh(Wx + b), ${n}×${n}`,
    title: `Jacobian of tanh(Wx + b), ${n}×${n}`,
    reference: layerJacobian(W, b, x),
    contenders: [
      primal('f(x)', () => () => layerPrimal(W, b, x)),
      analytic('J = diag(1 − y²)·W by hand', () => () => layerJacobian(W, b, x)),
      central(`central differences: 2n = ${2 * n} evaluations`, () => () => centralJacobian(F, x)),
      forwardAd('forward-ad', 'jacobian(f, x)', 'jacobian', () => {
        const f = freshCopy(makeLayerGeneric)(W, b);
        return () => fad.jacobian(f, x);
      }),
      compiled('compile(f, { inputs: n }).jacobian(x)', () => {
        const c = fad.compile(freshCopy(makeLayerGeneric)(W, b), { inputs: n });
        return () => c.jacobian(x);
      }),
      peer(
        'dual-algebra',
        peers.dualAlgebra,
        `dual-algebra ${n}-duals (tanh from exp)`,
        'exact',
        (da) => {
          const layer = dualAlgebraLayer(da, W, b, n);
          return () => {
            const y = layer(x.map((v, j) => da.dual(v, n, j + 1)));
            return y.map((yi) => yi.slice(1));
          };
        },
      ),
      peer('mathjs', peers.mathjs, 'mathjs m·n derivative(fᵢ, xⱼ).compile()', 'exact', (m) => {
        const J = mathjsJacobian(m, W, b);
        return () => J(x);
      }),
      peer('tfjs', peers.tf, 'tfjs', 'float32', {
        na: 'no Jacobian and no forward mode (tf.grad differentiates scalar outputs)',
      }),
      {
        ...peer(
          'jax-js',
          peers.jax,
          'jax-js jit(jacfwd(f)), float64',
          'approx',
          (jax) => {
            const np = jax.numpy;
            const J = jax.jit(jax.jacfwd(jaxLayer(jax, W, b)));
            return () => J(np.array(x, { dtype: np.float64 })).js();
          },
          transpose,
        ),
        note: 'jax-js 0.1.25 jacfwd returns Jᵀ (n×m, unlike JAX and its own jacrev); checked transposed',
      },
    ],
  };
}

/**
 * The JVP case for n×n.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @param {number} n - the size
 * @returns {object} the case
 */
function jvpCase({ fad, peers }, n) {
  const { W, b, x, v } = layerData(n);
  const F = (u) => layerPrimal(W, b, u);
  return {
    id: `jvp-${n}`,
    short: `JVP of tanh(Wx + b), ${n}×${n}`,
    title: `JVP of tanh(Wx + b), ${n}×${n}: value and J·v`,
    reference: layerJvp(W, b, x, v),
    contenders: [
      primal('f(x)', () => () => layerPrimal(W, b, x)),
      analytic('y, (1 − y²) ⊙ (W·v) by hand', () => () => layerJvp(W, b, x, v)),
      central('f(x), (f(x+hv) − f(x−hv)) / 2h: 3 evaluations', () => () => centralJvp(F, x, v)),
      forwardAd(
        'forward-ad',
        'jvp(f, x, v)',
        'jvp',
        () => {
          const f = freshCopy(makeLayerGeneric)(W, b);
          return () => fad.jvp(f, x, v);
        },
        readJvp,
      ),
      compiled(
        'compile(f, { inputs: n }).jvp(x, v)',
        () => {
          const c = fad.compile(freshCopy(makeLayerGeneric)(W, b), { inputs: n });
          return () => c.jvp(x, v);
        },
        readJvp,
      ),
      minimal(
        'minimal dual class: rules inline, no tags, no checks',
        () => {
          const f = freshCopy(makeLayerGeneric)(W, b);
          return () => minimalJvp(f, x, v);
        },
        readJvp,
      ),
      peer(
        'dual-algebra',
        peers.dualAlgebra,
        'dual-algebra 1-duals [xⱼ, vⱼ] (tanh from exp)',
        'exact',
        (da) => {
          const layer = dualAlgebraLayer(da, W, b, 1);
          return () => {
            const y = layer(x.map((xj, j) => [xj, v[j]]));
            return [y.map((yi) => yi[0]), y.map((yi) => yi[1])];
          };
        },
      ),
      peer('mathjs', peers.mathjs, 'mathjs', 'exact', {
        na: 'no directional derivative (one symbolic partial per call)',
      }),
      peer('tfjs', peers.tf, 'tfjs', 'float32', { na: 'no forward mode (no jvp)' }),
      peer(
        'jax-js',
        peers.jax,
        'jax-js jit(jvp(f, [x], [v])), float64',
        'approx',
        (jax) => {
          const np = jax.numpy;
          const layer = jaxLayer(jax, W, b);
          const J = jax.jit((p, t) => jax.jvp(layer, [p], [t]));
          return () => {
            const [y, t] = J(
              np.array(x, { dtype: np.float64 }),
              np.array(v, { dtype: np.float64 }),
            );
            return [y.js(), t.js()];
          };
        },
        readJvp,
      ),
    ],
  };
}

/** The Jacobian and JVP workloads. */
export const workloads = [
  {
    id: 'jacobian',
    title: 'Jacobian of tanh(Wx + b)',
    cases: (ctx) => SIZES.map((n) => jacobianCase(ctx, n)),
  },
  {
    id: 'jvp',
    title: 'Jacobian-vector product of tanh(Wx + b)',
    cases: (ctx) => SIZES.map((n) => jvpCase(ctx, n)),
  },
];
