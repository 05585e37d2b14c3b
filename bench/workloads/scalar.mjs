/**
 * Workloads: the scalar derivative f′(x) and second derivative f″(x) of
 * f(x) = sin(x²)·exp(x)/(1+x²) at x = 0.7.
 *
 * @module
 */
import { centralDerivative, centralSecondDerivative } from '../lib/central-differences.mjs';
import {
  analytic,
  central,
  compiled,
  forwardAd,
  minimal,
  peer,
  primal,
} from '../lib/contenders.mjs';
import { freshCopy } from '../lib/fresh.mjs';
import { minimalSecondDerivative } from '../lib/minimal-duals.mjs';
import {
  SCALAR_X0,
  scalarDerivative,
  scalarGeneric,
  scalarPrimal,
  scalarSecondDerivative,
} from '../lib/problems.mjs';

/** f as mathjs parses it. */
const EXPRESSION = 'sin(x^2) * exp(x) / (1 + x^2)';

/** f on TensorFlow.js tensors. */
function tfF(x) {
  const x2 = x.mul(x);
  return x2.sin().mul(x.exp()).div(x2.add(1));
}

/** f on jax-js arrays, which are consumed when used: a second use takes `.ref`. */
function jaxF(np) {
  return (x) => {
    const x2 = x.ref.mul(x.ref);
    return np.sin(x2.ref).mul(np.exp(x)).div(x2.add(1));
  };
}

/** f′ with @thi.ng/dual-algebra's 1-dual numbers [value, tangent]. */
function dualAlgebraDerivative(da) {
  const one = da.$(1);
  return (x) => {
    const X = da.$(x, 1);
    const x2 = da.mul(X, X);
    return da.div(da.mul(da.sin(x2), da.exp(X)), da.add(x2, one))[1];
  };
}

/**
 * The f′ case.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @returns {object} the case
 */
function derivativeCase({ fad, peers }) {
  // The point sits in a typed array: a literal argument would let V8 fold Math.sin and
  // Math.exp of a constant at compile time and time nothing.
  const at = new Float64Array([SCALAR_X0]);
  return {
    id: 'derivative',
    short: 'f′(x), scalar f',
    title: `f′(x), f(x) = sin(x²)·exp(x)/(1+x²), x = ${SCALAR_X0}`,
    reference: scalarDerivative(SCALAR_X0),
    contenders: [
      primal('f(x)', () => () => scalarPrimal(at[0])),
      analytic('f′(x) by hand', () => () => scalarDerivative(at[0])),
      central('(f(x+h) − f(x−h)) / 2h: 2 evaluations', () => () => {
        return centralDerivative(scalarPrimal, at[0]);
      }),
      forwardAd('forward-ad', 'derivative(f, x)', 'derivative', () => {
        const f = freshCopy(scalarGeneric);
        return () => fad.derivative(f, at[0]);
      }),
      compiled('compile(f).derivative(x)', () => {
        const c = fad.compile(freshCopy(scalarGeneric));
        return () => c.derivative(at[0]);
      }),
      peer('dual-algebra', peers.dualAlgebra, 'dual-algebra 1-dual [x, 1]', 'exact', (da) => {
        const fd = dualAlgebraDerivative(da);
        return () => fd(at[0]);
      }),
      peer(
        'mathjs',
        peers.mathjs,
        "mathjs derivative(f, 'x').compile().evaluate({ x })",
        'exact',
        (m) => {
          const d = m.derivative(EXPRESSION, 'x').compile();
          return () => d.evaluate({ x: at[0] });
        },
      ),
      peer('tfjs', peers.tf, 'tfjs tf.grad(f), float32', 'float32', (tf) => {
        const g = tf.grad(tfF);
        return () => tf.tidy(() => g(tf.scalar(at[0])).dataSync()[0]);
      }),
      peer('jax-js', peers.jax, 'jax-js jit(grad(f)), float64', 'approx', (jax) => {
        const np = jax.numpy;
        const g = jax.jit(jax.grad(jaxF(np)));
        return () => g(np.array(at[0], { dtype: np.float64 })).js();
      }),
    ],
  };
}

/**
 * The f″ case.
 *
 * @param {{ fad: any, peers: any }} ctx - forward-ad's exports and the peers
 * @returns {object} the case
 */
function secondDerivativeCase({ fad, peers }) {
  const at = new Float64Array([SCALAR_X0]);
  return {
    id: 'second-derivative',
    short: 'f″(x), scalar f',
    title: `f″(x), f(x) = sin(x²)·exp(x)/(1+x²), x = ${SCALAR_X0}`,
    reference: scalarSecondDerivative(SCALAR_X0),
    contenders: [
      primal('f(x)', () => () => scalarPrimal(at[0])),
      analytic('f″(x) by hand', () => () => scalarSecondDerivative(at[0])),
      central('(f(x+h) − 2f(x) + f(x−h)) / h²: 3 evaluations', () => () => {
        return centralSecondDerivative(scalarPrimal, at[0]);
      }),
      forwardAd('forward-ad', 'secondDerivative(f, x)', 'secondDerivative', () => {
        const f = freshCopy(scalarGeneric);
        return () => fad.secondDerivative(f, at[0]);
      }),
      compiled('compile(f).secondDerivative(x)', () => {
        const c = fad.compile(freshCopy(scalarGeneric));
        return () => c.secondDerivative(at[0]);
      }),
      minimal('minimal hyper-dual class: rules inline, no tags, no checks', () => {
        const f = freshCopy(scalarGeneric);
        return () => minimalSecondDerivative(f, at[0]);
      }),
      peer('dual-algebra', peers.dualAlgebra, 'dual-algebra', 'exact', {
        na: 'first order only (no nesting of its array duals)',
      }),
      peer('mathjs', peers.mathjs, 'mathjs derivative(derivative(f)).compile()', 'exact', (m) => {
        const d = m.derivative(m.derivative(EXPRESSION, 'x'), 'x').compile();
        return () => d.evaluate({ x: at[0] });
      }),
      peer('tfjs', peers.tf, 'tfjs tf.grad(tf.grad(f)), float32', 'float32', (tf) => {
        const g = tf.grad(tf.grad(tfF));
        return () => tf.tidy(() => g(tf.scalar(at[0])).dataSync()[0]);
      }),
      peer('jax-js', peers.jax, 'jax-js jit(grad(grad(f))), float64', 'approx', (jax) => {
        const np = jax.numpy;
        const g = jax.jit(jax.grad(jax.grad(jaxF(np))));
        return () => g(np.array(at[0], { dtype: np.float64 })).js();
      }),
    ],
  };
}

/** The scalar workloads. */
export const workloads = [
  {
    id: 'derivative',
    title: 'Scalar derivative',
    cases: (ctx) => [derivativeCase(ctx)],
  },
  {
    id: 'second-derivative',
    title: 'Scalar second derivative',
    cases: (ctx) => [secondDerivativeCase(ctx)],
  },
];
