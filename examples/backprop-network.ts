/**
 * A two-layer network with sigmoid units, trained on XOR by hand-written backpropagation; its
 * gradient is checked by `checkGradient` against the exact forward-mode gradient, and, as
 * textbooks teach gradient checking, the AD gradient against central differences.
 *
 * 2 inputs → 3 sigmoid hidden units → 1 sigmoid output; loss = mean of ½(output − target)².
 * The 13 parameters live in one vector θ: W1 (3×2, row-major), b1 (3), W2 (3), b2 (1).
 */
import {
  add,
  checkGradient,
  type GradientCheck,
  mul,
  type Scalar,
  sigmoid,
  sub,
} from '../src/index.js';

const HIDDEN = 3;
const INPUTS = 2;
/** Offsets of the parameter blocks in θ. */
const W1 = 0;
const B1 = HIDDEN * INPUTS;
const W2 = B1 + HIDDEN;
const B2 = W2 + HIDDEN;
/** The number of parameters. */
export const PARAMETERS = B2 + 1;

/** XOR. */
export const DATA: readonly { x: [number, number]; target: number }[] = [
  { x: [0, 0], target: 0 },
  { x: [0, 1], target: 1 },
  { x: [1, 0], target: 1 },
  { x: [1, 1], target: 0 },
];

/** The loss, written once, generically: forward-mode AD differentiates exactly this code. */
export function loss<T extends Scalar<T>>(theta: T[]): T {
  let total = theta[0].mul(0);
  for (const { x, target } of DATA) {
    let z2 = theta[B2];
    for (let j = 0; j < HIDDEN; j++) {
      let z1 = theta[B1 + j];
      for (let i = 0; i < INPUTS; i++) z1 = add(z1, mul(theta[W1 + j * INPUTS + i], x[i]));
      z2 = add(z2, mul(theta[W2 + j], sigmoid(z1)));
    }
    const r = sub(sigmoid(z2), target);
    total = add(total, mul(r, r).mul(0.5));
  }
  return total.div(DATA.length);
}

/** The loss on plain numbers, for reporting. */
export function lossValue(theta: readonly number[]): number {
  return backprop(theta).loss;
}

/**
 * The loss and its gradient by hand-written backpropagation: a forward pass that keeps the
 * activations, then the chain rule backwards, layer by layer.
 *
 * @param theta - the parameters
 * @param buggy - leave out the output sigmoid's derivative, a classic mistake the check catches
 * @returns the loss and ∂loss/∂θ
 */
export function backprop(
  theta: readonly number[],
  buggy = false,
): { loss: number; gradient: number[] } {
  const g = new Array<number>(PARAMETERS).fill(0);
  let total = 0;
  const n = DATA.length;
  for (const { x, target } of DATA) {
    const h = new Array<number>(HIDDEN);
    let z2 = theta[B2];
    for (let j = 0; j < HIDDEN; j++) {
      let z1 = theta[B1 + j];
      for (let i = 0; i < INPUTS; i++) z1 += theta[W1 + j * INPUTS + i] * x[i];
      h[j] = 1 / (1 + Math.exp(-z1));
      z2 += theta[W2 + j] * h[j];
    }
    const out = 1 / (1 + Math.exp(-z2));
    total += (0.5 * (out - target) ** 2) / n;
    // Backwards: ∂loss/∂out, then through σ′(z2) = out·(1 − out), then to each layer.
    const dOut = (out - target) / n;
    const dz2 = buggy ? dOut : dOut * out * (1 - out);
    g[B2] += dz2;
    for (let j = 0; j < HIDDEN; j++) {
      g[W2 + j] += dz2 * h[j];
      const dz1 = dz2 * theta[W2 + j] * h[j] * (1 - h[j]);
      g[B1 + j] += dz1;
      for (let i = 0; i < INPUTS; i++) g[W1 + j * INPUTS + i] += dz1 * x[i];
    }
  }
  return { loss: total, gradient: g };
}

/** What training and checking found. */
export interface BackpropResult {
  /** The loss before and after training. */
  lossBefore: number;
  lossAfter: number;
  /** The network's outputs on the four XOR inputs after training. */
  outputs: number[];
  /** Backprop against the exact AD gradient, at the start, middle and end of training. */
  backpropChecks: GradientCheck[];
  /** The AD gradient against central differences, at the same points. */
  centralDifferenceChecks: GradientCheck[];
  /** The buggy backprop against the AD gradient: it must fail. */
  buggyCheck: GradientCheck;
}

/**
 * Trains for 4000 steps of gradient descent with backprop gradients, checking them on the way.
 *
 * @param log - where to print (silent by default)
 * @returns losses, outputs and the gradient checks
 */
export function main(log: (line: string) => void = () => {}): BackpropResult {
  // A fixed, asymmetric start, so hidden units differ.
  let theta = Array.from({ length: PARAMETERS }, (_, k) => Math.sin(3 * k + 1));
  const lossBefore = lossValue(theta);
  const backpropChecks: GradientCheck[] = [];
  const centralDifferenceChecks: GradientCheck[] = [];
  const check = (step: number): void => {
    const byHand = checkGradient(loss, theta, { gradient: (p) => backprop(p).gradient });
    const byDifferences = checkGradient(loss, theta);
    backpropChecks.push(byHand);
    centralDifferenceChecks.push(byDifferences);
    log(
      `  step ${String(step).padStart(4)}: loss ${lossValue(theta).toExponential(3)}; ` +
        `backprop vs AD rel. error ${byHand.maxRelError.toExponential(1)}, ` +
        `AD vs central differences ${byDifferences.maxRelError.toExponential(1)}`,
    );
  };
  const steps = 4000;
  for (let step = 0; step < steps; step++) {
    if (step === 0 || step === steps / 2) check(step);
    const { gradient } = backprop(theta);
    theta = theta.map((t, k) => t - 2 * gradient[k]);
  }
  check(steps);
  const buggyCheck = checkGradient(loss, theta, { gradient: (p) => backprop(p, true).gradient });
  log(
    `  a backprop that forgets σ′ at the output: ok = ${buggyCheck.ok}, rel. error ${buggyCheck.maxRelError.toFixed(2)}`,
  );
  const outputs = DATA.map(({ x }) => {
    const probe = (p: readonly number[]): number => {
      let z2 = p[B2];
      for (let j = 0; j < HIDDEN; j++) {
        let z1 = p[B1 + j];
        for (let i = 0; i < INPUTS; i++) z1 += p[W1 + j * INPUTS + i] * x[i];
        z2 += p[W2 + j] / (1 + Math.exp(-z1));
      }
      return 1 / (1 + Math.exp(-z2));
    };
    return probe(theta);
  });
  log(
    `  XOR outputs after training: ${outputs.map((o) => o.toFixed(3)).join(', ')} (targets 0, 1, 1, 0)`,
  );
  return {
    lossBefore,
    lossAfter: lossValue(theta),
    outputs,
    backpropChecks,
    centralDifferenceChecks,
    buggyCheck,
  };
}
