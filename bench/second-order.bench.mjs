/**
 * Second-order benchmarks (issue 3), side by side in one run, on the built package (dist/):
 *
 * - secondDerivative of f(x) = sin(x²)·eˣ/(1+x²) against the plain-JS primal (target ≤ 4×), with
 *   derivative (one Dual sweep) of the same f beside it for context;
 * - hessian of Rosenbrock, n = 2, 4, 8, 32, 100: one Jet2 sweep, n(n+1)/2 hyper-dual sweeps and a
 *   4n²-evaluation central-difference Hessian (target: the jet ≥ 2× faster than the hyper-dual
 *   sweeps at n = 8 and 32);
 * - hessian of a dense function (every variable in every operation), n = 1, 2, 3, jet against
 *   hyper-dual sweeps: where the default method of `hessian` would switch;
 * - Jet2 seeded with full n-sized arrays (every operation on the dense path) beside the default
 *   windowed seeds, to show what the window storage buys;
 * - hvp (n hyper-dual sweeps, no Hessian formed) beside hessian then H·v.
 *
 * Run alone with `npm run build && node bench/second-order.bench.mjs`; or import
 * `runSecondOrderBench` and fold its results into another runner.
 */
import { pathToFileURL } from 'node:url';
import Benchmark from 'benchmark';
import {
  add,
  derivative,
  div,
  exp,
  hessian,
  hvp,
  Jet2,
  mul,
  secondDerivative,
  sin,
  sub,
} from '../dist/index.js';

/** The scalar test function of the foundation issue, in plain JS. */
function primal(x) {
  return (Math.sin(x * x) * Math.exp(x)) / (1 + x * x);
}

/** The same function, generically (functional ops), for secondDerivative. */
function scalarF(x) {
  return div(mul(sin(mul(x, x)), exp(x)), add(mul(x, x), 1));
}

/** A dense function of n variables: every operation after the first sums involves all of them. */
function dense(x) {
  let s = mul(x[0], x[0]);
  let t = x[0];
  for (let i = 1; i < x.length; i++) {
    s = add(s, mul(x[i], x[i]));
    t = add(t, x[i]);
  }
  return div(mul(sin(s), exp(t)), add(s, 1));
}

/** Rosenbrock's function Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², generically. */
function rosenbrock(x) {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    const b = sub(1, x[i]);
    s = add(s, add(mul(100, mul(a, a)), mul(b, b)));
  }
  return s;
}

/** Rosenbrock in plain JS, for the central differences. */
function rosenbrockPlain(x) {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

/** The 4n²-evaluation central-difference Hessian (every entry from its own four points). */
function centralDifferenceHessian(f, x) {
  const n = x.length;
  const h = 1e-4; // ≈ ε^(1/4), the usual step for a second difference
  const H = [];
  const y = x.slice();
  for (let i = 0; i < n; i++) {
    const row = new Array(n);
    for (let j = 0; j < n; j++) {
      const xi = x[i];
      const xj = x[j];
      y[i] = xi + h;
      y[j] += h;
      const fpp = f(y);
      y[j] = i === j ? xi + h - h : xj - h;
      const fpm = f(y);
      y[i] = xi - h;
      y[j] = i === j ? xi - h + h : xj + h;
      const fmp = f(y);
      y[j] = i === j ? xi - h - h : xj - h;
      const fmm = f(y);
      y[i] = xi;
      y[j] = xj;
      row[j] = (fpp - fpm - fmp + fmm) / (4 * h * h);
    }
    H.push(row);
  }
  return H;
}

/** Jet2 seeds with full n-sized gradients and Hessians: every operation takes the dense path. */
function denseJetHessian(f, x) {
  const n = x.length;
  const zeroH = new Array((n * (n + 1)) / 2).fill(0);
  const seeds = x.map((xi, i) => {
    const g = new Array(n).fill(0);
    g[i] = 1;
    return new Jet2(xi, g, zeroH);
  });
  return f(seeds).toHessian(n);
}

function point(n) {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1) + 0.01 * i);
}

/** Keeps results alive so that V8 cannot drop the benchmarked work. */
let sink = 0;

/**
 * Runs the suite synchronously and returns its results.
 *
 * @param {{ maxTime?: number, log?: (line: string) => void }} [options] - seconds per case
 *   (benchmark.js maxTime, default 1) and where to print each finished case (default: nowhere)
 * @returns {{ results: { name: string, hz: number, rme: number, samples: number }[],
 *   ratios: Record<string, number> }} operations per second per case, and the ratios the issue
 *   asks for (time of the first over time of the second)
 */
export function runSecondOrderBench(options = {}) {
  const maxTime = options.maxTime ?? 1;
  const log = options.log ?? (() => {});
  const suite = new Benchmark.Suite('second-order');
  const add_ = (name, fn) => suite.add(name, fn, { maxTime });
  let x0 = 0.7;
  add_('primal f(x)', () => {
    x0 = x0 === 0.7 ? 0.71 : 0.7;
    sink += primal(x0);
  });
  add_('secondDerivative f', () => {
    x0 = x0 === 0.7 ? 0.71 : 0.7;
    sink += secondDerivative(scalarF, x0);
  });
  // For context: the first derivative (Dual) of the same function, in the same run.
  add_('derivative f', () => {
    x0 = x0 === 0.7 ? 0.71 : 0.7;
    sink += derivative(scalarF, x0);
  });
  for (const n of [1, 2, 3]) {
    const x = Array.from({ length: n }, (_, i) => 0.3 + 0.1 * i);
    add_(`hessian dense n=${n} jet`, () => {
      sink += hessian(dense, x, { method: 'jet' })[0][0];
    });
    add_(`hessian dense n=${n} hyper-dual`, () => {
      sink += hessian(dense, x, { method: 'hyper-dual' })[0][0];
    });
  }
  for (const n of [2, 4, 8, 32, 100]) {
    const x = point(n);
    add_(`hessian rosenbrock n=${n} jet`, () => {
      sink += hessian(rosenbrock, x, { method: 'jet' })[0][0];
    });
    add_(`hessian rosenbrock n=${n} hyper-dual`, () => {
      sink += hessian(rosenbrock, x, { method: 'hyper-dual' })[0][0];
    });
    if (n >= 8) {
      add_(`hessian rosenbrock n=${n} central-difference`, () => {
        sink += centralDifferenceHessian(rosenbrockPlain, x)[0][0];
      });
      add_(`hessian rosenbrock n=${n} jet dense-seeds`, () => {
        sink += denseJetHessian(rosenbrock, x)[0][0];
      });
    }
  }
  {
    const n = 32;
    const x = point(n);
    const v = x.map((_, i) => 1 / (i + 1));
    add_(`hvp rosenbrock n=${n}`, () => {
      sink += hvp(rosenbrock, x, v)[0];
    });
    add_(`hessian·v rosenbrock n=${n}`, () => {
      const H = hessian(rosenbrock, x);
      let s = 0;
      for (let j = 0; j < n; j++) s += H[0][j] * v[j];
      sink += s;
    });
  }
  suite.on('cycle', (event) => {
    const b = event.target;
    log(b.error ? `${b.name}: error ${b.error.stack ?? b.error}` : String(b));
  });
  suite.run({ async: false });
  const results = suite.map((b) => ({
    name: b.name,
    hz: b.hz,
    rme: b.stats.rme,
    samples: b.stats.sample.length,
  }));
  const hz = Object.fromEntries(results.map((r) => [r.name, r.hz]));
  // time(a) / time(b) = hz(b) / hz(a)
  const ratio = (a, b) => hz[b] / hz[a];
  const ratios = {
    'secondDerivative / primal': ratio('secondDerivative f', 'primal f(x)'),
    'derivative / primal': ratio('derivative f', 'primal f(x)'),
  };
  for (const n of [1, 2, 3]) {
    ratios[`dense n=${n} hyper-dual / jet`] = ratio(
      `hessian dense n=${n} hyper-dual`,
      `hessian dense n=${n} jet`,
    );
  }
  for (const n of [2, 4, 8, 32, 100]) {
    ratios[`n=${n} hyper-dual / jet`] = ratio(
      `hessian rosenbrock n=${n} hyper-dual`,
      `hessian rosenbrock n=${n} jet`,
    );
    if (n >= 8) {
      ratios[`n=${n} central-difference / jet`] = ratio(
        `hessian rosenbrock n=${n} central-difference`,
        `hessian rosenbrock n=${n} jet`,
      );
      ratios[`n=${n} jet dense-seeds / jet`] = ratio(
        `hessian rosenbrock n=${n} jet dense-seeds`,
        `hessian rosenbrock n=${n} jet`,
      );
    }
  }
  ratios['n=32 hvp / hessian·v'] = ratio('hvp rosenbrock n=32', 'hessian·v rosenbrock n=32');
  return { results, ratios, sink };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ratios } = runSecondOrderBench({ log: (line) => console.log(line) });
  console.log('\nratios (time / time):');
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k}: ${v.toFixed(2)}`);
}
