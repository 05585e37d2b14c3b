/**
 * Taylor-mode benchmarks (issue 4), side by side in one run, on the built package (dist/):
 *
 * - taylor of f(x) = exp(sin(x)) to order 16 against the plain-JS primal (target ≤ 40×), as
 *   benchmark.js measures both, and again timed in a bare loop: benchmark.js adds a per-call
 *   cost of its own (tens of ns) that flatters a ratio against a ~10 ns primal;
 * - the cost of the same expansion at orders 4, 8, 16, 32, 64: each operation is an O(d²)
 *   recurrence, so time should grow as d² once the fixed per-call costs are small, not faster.
 *   The table shows time per call, time/(d+1)², and the growth from one order to the next.
 *
 * Run alone with `npm run build && node bench/taylor.bench.mjs`; or import `runTaylorBench` and
 * fold its results into another runner.
 */
import { pathToFileURL } from 'node:url';
import Benchmark from 'benchmark';
import { exp, sin, taylor } from '../dist/index.js';

/** The test function in plain JS. */
function primal(x) {
  return Math.exp(Math.sin(x));
}

/** The same function, generically (functional ops), for taylor. */
function f(x) {
  return exp(sin(x));
}

const ORDERS = [4, 8, 16, 32, 64];

/** Keeps results alive so that V8 cannot drop the benchmarked work. */
let sink = 0;

/** ns per call of fn over n calls in a bare loop, after a warm-up of n/10 calls. */
function bareLoopNs(fn, n) {
  for (let i = 0; i < n / 10; i++) sink += fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn(i);
  return Number(process.hrtime.bigint() - start) / n;
}

/**
 * Runs the suite synchronously and returns its results.
 *
 * @param {{ maxTime?: number, log?: (line: string) => void }} [options] - seconds per case
 *   (benchmark.js maxTime, default 1) and where to print each finished case (default: nowhere)
 * @returns {{ results: { name: string, hz: number, rme: number, samples: number }[],
 *   ratios: Record<string, number>, scaling: { order: number, ns: number, nsPerD2: number,
 *   growth: number | null }[] }} operations per second per case, the ratio the issue asks for
 *   (time of taylor over time of the primal), and the cost-against-order table
 */
export function runTaylorBench(options = {}) {
  const maxTime = options.maxTime ?? 1;
  const log = options.log ?? (() => {});
  const suite = new Benchmark.Suite('taylor');
  const add = (name, fn) => suite.add(name, fn, { maxTime });
  let x0 = 0.7;
  add('primal exp(sin(x))', () => {
    x0 = x0 === 0.7 ? 0.71 : 0.7;
    sink += primal(x0);
  });
  for (const order of ORDERS) {
    add(`taylor exp(sin(x)) order ${order}`, () => {
      x0 = x0 === 0.7 ? 0.71 : 0.7;
      sink += taylor(f, x0, order).coefficients[order];
    });
  }
  suite.on('cycle', (event) => log(String(event.target)));
  suite.run({ async: false });
  const results = suite.map((b) => ({
    name: b.name,
    hz: b.hz,
    rme: b.stats.rme,
    samples: b.stats.sample.length,
  }));
  const hz = Object.fromEntries(results.map((r) => [r.name, r.hz]));
  const points = [0.7, 0.71];
  const primalNs = bareLoopNs((i) => primal(points[i & 1]), 2e7);
  const taylorNs = bareLoopNs((i) => taylor(f, points[i & 1], 16).coefficients[16], 1e6);
  const ratios = {
    'taylor order 16 / primal': hz['primal exp(sin(x))'] / hz['taylor exp(sin(x)) order 16'],
    'taylor order 16 / primal, bare loop': taylorNs / primalNs,
  };
  const scaling = ORDERS.map((order, i) => {
    const ns = 1e9 / hz[`taylor exp(sin(x)) order ${order}`];
    const prev = i === 0 ? null : 1e9 / hz[`taylor exp(sin(x)) order ${ORDERS[i - 1]}`];
    return {
      order,
      ns,
      nsPerD2: ns / ((order + 1) * (order + 1)),
      growth: prev === null ? null : ns / prev,
    };
  });
  return { results, ratios, scaling, sink };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ratios, scaling } = runTaylorBench({ log: (line) => console.log(line) });
  console.log('\nratios (time / time):');
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k}: ${v.toFixed(1)} (target ≤ 40)`);
  console.log('\ncost against order (doubling d: ×4 is d² growth):');
  console.log('  order |    ns/call | ns/(d+1)² | growth vs previous');
  for (const row of scaling) {
    const growth = row.growth === null ? '' : `×${row.growth.toFixed(2)}`;
    console.log(
      `  ${String(row.order).padStart(5)} | ${row.ns.toFixed(0).padStart(10)} | ${row.nsPerD2
        .toFixed(2)
        .padStart(9)} | ${growth}`,
    );
  }
}
