/**
 * Workload: the Taylor coefficients of exp(sin(x)) at x0 = 0.5, orders 4, 8, 16, 32, 64.
 *
 * @module
 */
import { centralTaylor } from '../lib/central-differences.mjs';
import { analytic, central, compiled, forwardAd, peer, primal } from '../lib/contenders.mjs';
import { freshCopy } from '../lib/fresh.mjs';
import { expSinGeneric, expSinPrimal, expSinTaylor, TAYLOR_X0 } from '../lib/problems.mjs';

/** The orders. */
export const ORDERS = [4, 8, 16, 32, 64];

/**
 * The Taylor case for order d.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @param {number} d - the order
 * @returns {object} the case
 */
function taylorCase({ fad, peers }, d) {
  // In a typed array so that V8 cannot fold exp(sin(constant)) (see scalar.mjs).
  const at = new Float64Array([TAYLOR_X0]);
  const evaluations = ((d + 1) * (d + 2)) / 2;
  return {
    id: `taylor-${d}`,
    short: `Taylor of exp(sin x), order ${d}`,
    title: `Taylor coefficients of exp(sin(x)) at ${TAYLOR_X0}, order ${d}`,
    reference: expSinTaylor(TAYLOR_X0, d),
    metric: 'componentwise',
    contenders: [
      primal('f(x)', () => () => expSinPrimal(at[0])),
      analytic('sin/cos and exp recurrences by hand', () => () => expSinTaylor(at[0], d)),
      central(`k-th central differences: ${evaluations} evaluations`, () => () => {
        return centralTaylor(expSinPrimal, at[0], d);
      }),
      forwardAd(
        'forward-ad',
        `taylor(f, x0, ${d}).coefficients`,
        'taylor',
        () => {
          const f = freshCopy(expSinGeneric);
          return () => fad.taylor(f, at[0], d);
        },
        (p) => p.coefficients,
      ),
      compiled(`compile(f).taylor(x0, ${d})`, () => {
        const c = fad.compile(freshCopy(expSinGeneric));
        return () => c.taylor(at[0], d);
      }),
      peer('dual-algebra', peers.dualAlgebra, 'dual-algebra', 'exact', { na: 'first order only' }),
      peer('mathjs', peers.mathjs, 'mathjs', 'exact', {
        na: 'no Taylor expansion (only one symbolic derivative per call)',
      }),
      peer('tfjs', peers.tf, 'tfjs', 'float32', { na: 'no Taylor mode' }),
      peer('jax-js', peers.jax, 'jax-js', 'approx', {
        na: 'no Taylor mode (jax-js 0.1.25 has no jax.experimental.jet)',
      }),
    ],
  };
}

/** The Taylor workload. */
export const workloads = [
  {
    id: 'taylor',
    title: 'Taylor coefficients of exp(sin(x))',
    cases: (ctx) => ORDERS.map((d) => taylorCase(ctx, d)),
  },
];
