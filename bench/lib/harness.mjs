/**
 * The timing harness: benchmark.js runs of the contenders of one workload case, interleaved in
 * rounds so that machine drift (clock scaling, a neighbour's load, GC state) hits every
 * contender alike and cancels in their ratios.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { halfRangePercent, median } from './stats.mjs';

const require = createRequire(import.meta.url);
const Benchmark = require('benchmark');

/**
 * Harness settings per mode. benchmark.js takes about 3× `maxTime` of wall time per run
 * (calibration included), so quick mode keeps each run near 0.1 s. Warm-up (see
 * {@link warmUp}) lasts at least `warmupMin` seconds, at most `warmupMax`, and stops once the
 * best time per call has not improved by 20% for `warmupWindow` seconds.
 */
export const MODES = {
  quick: {
    rounds: 3,
    minTime: 0.005,
    maxTime: 0.02,
    minSamples: 3,
    warmupMin: 0.02,
    warmupWindow: 0.05,
    warmupMax: 0.2,
  },
  full: {
    rounds: 7,
    minTime: 0.025,
    maxTime: 0.15,
    minSamples: 5,
    warmupMin: 0.1,
    warmupWindow: 0.5,
    warmupMax: 4,
  },
};

/** Results land here, so that V8 cannot drop a contender's work as dead code. */
export const blackhole = { value: undefined };

/**
 * One benchmark.js run of `run`.
 *
 * @param {() => unknown} run - the contender's call
 * @param {{ minTime: number, maxTime: number, minSamples: number }} mode - harness settings
 * @returns {{ seconds: number, rme: number, samples: number }} the median of the run's samples
 * (seconds per call), benchmark.js's relative margin of error (%) and the sample count
 */
function runOnce(run, mode) {
  const bench = new Benchmark({
    fn() {
      blackhole.value = run();
    },
    minTime: mode.minTime,
    maxTime: mode.maxTime,
    minSamples: mode.minSamples,
    initCount: 1,
    async: false,
    delay: 0,
  });
  bench.run();
  if (bench.error) throw bench.error;
  return {
    seconds: median(bench.stats.sample),
    rme: bench.stats.rme,
    samples: bench.stats.sample.length,
  };
}

/** Seconds since an arbitrary origin. */
function now() {
  return performance.now() / 1000;
}

/**
 * Runs a contender until V8 has settled on its code, so that the timed rounds measure the
 * steady state. Most contenders settle within milliseconds, but V8 optimizes very large
 * functions (compile()'s generated code for n = 1000 inputs, say) on a background thread for
 * a second or more, and until then they run unoptimized, hundreds of times slower.
 *
 * @param {() => unknown} run - the contender's call
 * @param {{ warmupMin: number, warmupWindow: number, warmupMax: number }} mode - see
 * {@link MODES}
 * @returns {number} the seconds spent
 */
export function warmUp(run, mode) {
  const start = now();
  let best = Number.POSITIVE_INFINITY;
  let improvedAt = start;
  let batch = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < batch; i++) blackhole.value = run();
    const t1 = now();
    const perCall = (t1 - t0) / batch;
    if (perCall < 0.8 * best) improvedAt = t1;
    best = Math.min(best, perCall);
    const elapsed = t1 - start;
    if (elapsed >= mode.warmupMax) break;
    if (elapsed >= mode.warmupMin && t1 - improvedAt >= mode.warmupWindow) break;
    // Batches of about 10 ms, so a batch time means something for fast calls.
    if (t1 - t0 < 0.01) batch *= 2;
  }
  return now() - start;
}

/**
 * Times contenders side by side: each is first warmed up ({@link warmUp}), then `mode.rounds`
 * rounds run every contender once through benchmark.js, the order rotated from round to round.
 * A contender's time is the median of its per-round medians.
 *
 * @param {{ run: () => unknown }[]} contenders - the calls to time
 * @param {{ rounds: number, minTime: number, maxTime: number, minSamples: number }} mode - see
 * {@link MODES}
 * @returns {{ seconds: number, rmePercent: number, spreadPercent: number, rounds: number[],
 * samples: number, warmupSeconds: number }[]} per contender: median seconds per call, the
 * median benchmark.js margin of error, the half-range of the round medians (both in %), the
 * round medians, total samples, and the warm-up time
 * @example
 * const [a, b] = timeInterleaved([{ run: () => Math.sin(1) }, { run: () => Math.cos(1) }], MODES.quick);
 */
export function timeInterleaved(contenders, mode) {
  const n = contenders.length;
  const warmups = contenders.map((c) => warmUp(c.run, mode));
  const rounds = contenders.map(() => []);
  for (let r = 0; r < mode.rounds; r++) {
    for (let k = 0; k < n; k++) {
      const i = (k + r) % n;
      rounds[i].push(runOnce(contenders[i].run, mode));
    }
  }
  return rounds.map((rs, i) => {
    const seconds = rs.map((x) => x.seconds);
    return {
      seconds: median(seconds),
      rmePercent: median(rs.map((x) => x.rme)),
      spreadPercent: halfRangePercent(seconds),
      rounds: seconds,
      samples: rs.reduce((a, x) => a + x.samples, 0),
      warmupSeconds: warmups[i],
    };
  });
}
