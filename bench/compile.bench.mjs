/**
 * Compiled-path benchmarks (issue 5), side by side in one run, on the built package (dist/):
 *
 * - compiled f′ of f(x) = sin(x²)·eˣ/(1+x²) against a hand-written analytic derivative
 *   (target ≤ 1.5×), with the primal and the object-path derivative beside it;
 * - compiled jvp of tanh(Wx + b), 32×32, against the plain-JS primal (target ≤ 2.5×);
 * - compiled gradient of Rosenbrock, n = 100 and 1000, against the primal (target ≤ 5×) and a
 *   2n-evaluation central-difference gradient (target: faster);
 * - compiled Hessian of Rosenbrock, n = 8 against the 4n²-evaluation central-difference Hessian
 *   (target: faster), n = 100 against the primal (target ≤ 20×): the dense n×n `hessianInto`
 *   (which must also write the n² − 3n zeros) and the O(n) `hessianSparseInto`;
 * - compiled Taylor coefficients of exp(sin(x)) to order 16 against the primal (target ≤ 15×).
 *
 * Every compiled case uses the out-parameter methods (no allocation per call). Run alone with
 * `npx tsup && node bench/compile.bench.mjs`, or import `runCompileBench`.
 */
import { pathToFileURL } from 'node:url';
import Benchmark from 'benchmark';
import { add, compile, derivative, div, exp, mul, sin, sub, tanh } from '../dist/index.js';

/** The scalar function in plain JS. */
function primal(x) {
  return (Math.sin(x * x) * Math.exp(x)) / (1 + x * x);
}

/** Its derivative written by hand: ((2x·cos x² + sin x²)·eˣ·(1+x²) − sin x²·eˣ·2x)/(1+x²)². */
function analytic(x) {
  const x2 = x * x;
  const s = Math.sin(x2);
  const e = Math.exp(x);
  const h = 1 + x2;
  return ((2 * x * Math.cos(x2) + s) * e * h - s * e * 2 * x) / (h * h);
}

/** The same function, generically. */
function scalarF(x) {
  return div(mul(sin(mul(x, x)), exp(x)), add(mul(x, x), 1));
}

/** Rosenbrock generically. */
function rosenbrock(x) {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = sub(x[i + 1], mul(x[i], x[i]));
    const b = sub(1, x[i]);
    s = add(s, add(mul(100, mul(a, a)), mul(b, b)));
  }
  return s;
}

/** Rosenbrock in plain JS. */
function rosenbrockPlain(x) {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

/** The 2n-evaluation central-difference gradient into out. */
function centralGradient(f, x, out) {
  const h = 6e-6; // ≈ ε^(1/3)
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    x[i] = xi + h;
    const fp = f(x);
    x[i] = xi - h;
    const fm = f(x);
    x[i] = xi;
    out[i] = (fp - fm) / (2 * h);
  }
  return out;
}

/** The 4n²-evaluation central-difference Hessian into out (each entry from four points). */
function centralHessian(f, x, out) {
  const n = x.length;
  const h = 1e-4;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const xi = x[i];
      const xj = x[j];
      x[i] += h;
      x[j] += h;
      const fpp = f(x);
      x[j] -= 2 * h;
      const fpm = f(x);
      x[i] -= 2 * h;
      const fmm = f(x);
      x[j] += 2 * h;
      const fmp = f(x);
      x[i] = xi;
      x[j] = xj;
      out[i][j] = (fpp - fpm - fmp + fmm) / (4 * h * h);
    }
  }
  return out;
}

/** A fixed pseudo-random 32×32 layer (W, b) and its primal tanh(Wx + b) in plain JS. */
function layer(m, n) {
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  const W = Array.from({ length: m }, () => Array.from({ length: n }, () => rand()));
  const b = Array.from({ length: m }, () => rand());
  const Wflat = new Float64Array(W.flat());
  const plain = (x, out) => {
    for (let i = 0; i < m; i++) {
      let s = b[i];
      const row = i * n;
      for (let j = 0; j < n; j++) s += Wflat[row + j] * x[j];
      out[i] = Math.tanh(s);
    }
    return out;
  };
  const generic = (x) =>
    W.map((row, i) => {
      let s = b[i];
      for (let j = 0; j < n; j++) s = add(s, mul(row[j], x[j]));
      return tanh(s);
    });
  return { plain, generic };
}

function point(n) {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1) + 0.01 * i);
}

/** Keeps results alive so that V8 cannot drop the benchmarked work. */
let sink = 0;

/**
 * Runs the suite synchronously and returns its results.
 *
 * @param {{ maxTime?: number, warmup?: number, minWarmup?: number,
 *   log?: (line: string) => void }} [options] - seconds per case (benchmark.js maxTime, default
 *   1), the most and the least milliseconds of warm-up per compiled case (default 20000 and
 *   3000) and where to print each finished case
 * @returns {{ results: { name: string, hz: number, rme: number, samples: number }[],
 *   ratios: Record<string, number>, compileMs: Record<string, number> }} operations per second
 *   per case, the ratios the issue sets targets for (time of the first over time of the
 *   second), compile times, and a checksum of every result (so no work can be dropped)
 */
export function runCompileBench(options = {}) {
  const maxTime = options.maxTime ?? 1;
  const log = options.log ?? (() => {});
  const suite = new Benchmark.Suite('compile');
  // Compiled code is straight-line and large; TurboFan compiles it concurrently, which for the
  // n = 1000 chunks can take seconds on a busy machine, longer than benchmark.js's calibration.
  // Each compiled case is therefore warmed up for at least `minWarmup` ms and then until its time
  // per call stops improving (rounds of 100 ms; done after 5 rounds without a 3% gain, or after
  // `warmup` ms), so that the suite measures the steady state; compile times are reported
  // separately, in compileMs.
  const warmup = options.warmup ?? 20000;
  const minWarmup = options.minWarmup ?? 3000;
  const add_ = (name, fn) => {
    if (name.includes('compiled')) {
      const start = performance.now();
      let best = Number.POSITIVE_INFINITY;
      let stale = 0;
      while (
        (stale < 5 || performance.now() - start < minWarmup) &&
        performance.now() - start < warmup
      ) {
        const t0 = performance.now();
        let calls = 0;
        while (performance.now() - t0 < 100) {
          for (let i = 0; i < 10; i++) fn();
          calls += 10;
        }
        const perCall = (performance.now() - t0) / calls;
        if (perCall < best * 0.97) stale = 0;
        else stale++;
        best = Math.min(best, perCall);
      }
    }
    suite.add(name, fn, { maxTime });
  };
  const compileMs = {};
  const timedCompile = (name, f, opts) => {
    const t0 = performance.now();
    const c = compile(f, opts);
    compileMs[name] = performance.now() - t0;
    return c;
  };

  // Scalar f′.
  const cf = timedCompile('scalar f (trace only)', scalarF);
  let x0 = 0.7;
  const next = () => {
    x0 = x0 === 0.7 ? 0.71 : 0.7;
    return x0;
  };
  add_('scalar primal', () => {
    sink += primal(next());
  });
  add_('scalar analytic derivative', () => {
    sink += analytic(next());
  });
  add_('scalar compiled derivative', () => {
    sink += cf.derivative(next());
  });
  add_('scalar object-path derivative', () => {
    sink += derivative(scalarF, next());
  });

  // tanh(Wx + b), 32×32.
  {
    const n = 32;
    const { plain, generic } = layer(n, n);
    const c = timedCompile('layer 32x32 (trace only)', generic, { inputs: n });
    const x = point(n).map((t) => t / 4);
    const v = x.map((_, i) => 1 / (i + 1));
    const y = new Float64Array(n);
    const t = new Float64Array(n);
    add_('layer 32x32 primal', () => {
      x[0] = x[0] === 0.1 ? 0.11 : 0.1;
      sink += plain(x, y)[0];
    });
    add_('layer 32x32 compiled jvpInto', () => {
      x[0] = x[0] === 0.1 ? 0.11 : 0.1;
      c.jvpInto(x, v, y, t);
      sink += t[0];
    });
  }

  // Rosenbrock gradients.
  for (const n of [100, 1000]) {
    const c = timedCompile(`rosenbrock n=${n} (trace only)`, rosenbrock, { inputs: n });
    const x = point(n);
    const g = new Float64Array(n);
    {
      // Code is generated on the first call of each method.
      const t0 = performance.now();
      c.gradientInto(x, g);
      compileMs[`rosenbrock n=${n} gradient code generation`] = performance.now() - t0;
    }
    add_(`rosenbrock n=${n} primal`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += rosenbrockPlain(x);
    });
    add_(`rosenbrock n=${n} compiled gradientInto`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += c.gradientInto(x, g)[0];
    });
    add_(`rosenbrock n=${n} central-difference gradient`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += centralGradient(rosenbrockPlain, x, g)[0];
    });
  }

  // Rosenbrock Hessians.
  for (const n of [8, 100]) {
    const c = compile(rosenbrock, { inputs: n });
    const x = point(n);
    const H = Array.from({ length: n }, () => new Array(n).fill(0));
    const values = new Float64Array(c.hessianSparsity().rowIndices.length);
    add_(`rosenbrock n=${n} hessian primal`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += rosenbrockPlain(x);
    });
    add_(`rosenbrock n=${n} compiled hessianInto`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += c.hessianInto(x, H)[0][0];
    });
    add_(`rosenbrock n=${n} compiled hessianSparseInto`, () => {
      x[0] = x[0] === -1.2 ? -1.19 : -1.2;
      sink += c.hessianSparseInto(x, values)[0];
    });
    if (n === 8) {
      add_(`rosenbrock n=${n} central-difference hessian`, () => {
        x[0] = x[0] === -1.2 ? -1.19 : -1.2;
        sink += centralHessian(rosenbrockPlain, x, H)[0][0];
      });
    }
  }

  // Taylor coefficients of exp(sin(x)) to order 16.
  {
    const c = compile((x) => x.sin().exp());
    const out = new Float64Array(17);
    add_('taylor primal exp(sin(x))', () => {
      sink += Math.exp(Math.sin(next()));
    });
    add_('taylor compiled order 16', () => {
      sink += c.taylorInto(next(), 16, out)[16];
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
  const ratio = (a, b) => hz[b] / hz[a];
  const ratios = {
    'compiled f′ / analytic f′ (≤ 1.5)': ratio(
      'scalar compiled derivative',
      'scalar analytic derivative',
    ),
    'compiled f′ / primal': ratio('scalar compiled derivative', 'scalar primal'),
    'object-path f′ / compiled f′': ratio(
      'scalar object-path derivative',
      'scalar compiled derivative',
    ),
    'layer jvp / primal (≤ 2.5)': ratio('layer 32x32 compiled jvpInto', 'layer 32x32 primal'),
  };
  for (const n of [100, 1000]) {
    ratios[`rosenbrock n=${n} gradient / primal (≤ 5)`] = ratio(
      `rosenbrock n=${n} compiled gradientInto`,
      `rosenbrock n=${n} primal`,
    );
    ratios[`rosenbrock n=${n} central differences / gradient (> 1)`] = ratio(
      `rosenbrock n=${n} central-difference gradient`,
      `rosenbrock n=${n} compiled gradientInto`,
    );
  }
  ratios['rosenbrock n=8 central-difference hessian / hessianInto (> 1)'] = ratio(
    'rosenbrock n=8 central-difference hessian',
    'rosenbrock n=8 compiled hessianInto',
  );
  ratios['rosenbrock n=100 hessianSparseInto / primal (≤ 20)'] = ratio(
    'rosenbrock n=100 compiled hessianSparseInto',
    'rosenbrock n=100 hessian primal',
  );
  ratios['rosenbrock n=100 hessianInto (dense) / primal'] = ratio(
    'rosenbrock n=100 compiled hessianInto',
    'rosenbrock n=100 hessian primal',
  );
  ratios['taylor order 16 / primal (≤ 15)'] = ratio(
    'taylor compiled order 16',
    'taylor primal exp(sin(x))',
  );
  return { results, ratios, compileMs, checksum: sink };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ratios, compileMs } = runCompileBench({ log: (line) => console.log(line) });
  console.log('\ncompile time (ms):');
  for (const [name, ms] of Object.entries(compileMs)) console.log(`  ${name}: ${ms.toFixed(1)}`);
  console.log('\nratios (time over time):');
  for (const [name, r] of Object.entries(ratios)) console.log(`  ${name}: ${r.toFixed(2)}`);
}
