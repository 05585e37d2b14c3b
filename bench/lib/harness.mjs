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
 * (calibration included), so quick mode keeps each run near 0.1 s.
 */
export const MODES = {
  quick: { rounds: 3, minTime: 0.005, maxTime: 0.02, minSamples: 3 },
  full: { rounds: 7, minTime: 0.025, maxTime: 0.15, minSamples: 5 },
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

/**
 * Times contenders side by side: `mode.rounds` rounds, each running every contender once
 * through benchmark.js, the order rotated from round to round. A contender's time is the median
 * of its per-round medians.
 *
 * @param {{ run: () => unknown }[]} contenders - the calls to time
 * @param {{ rounds: number, minTime: number, maxTime: number, minSamples: number }} mode - see
 * {@link MODES}
 * @returns {{ seconds: number, rmePercent: number, spreadPercent: number, rounds: number[],
 * samples: number }[]} per contender: median seconds per call, the median benchmark.js margin
 * of error, the half-range of the round medians (both in %), the round medians, total samples
 * @example
 * const [a, b] = timeInterleaved([{ run: () => Math.sin(1) }, { run: () => Math.cos(1) }], MODES.quick);
 */
export function timeInterleaved(contenders, mode) {
  const n = contenders.length;
  const rounds = contenders.map(() => []);
  for (let r = 0; r < mode.rounds; r++) {
    for (let k = 0; k < n; k++) {
      const i = (k + r) % n;
      rounds[i].push(runOnce(contenders[i].run, mode));
    }
  }
  return rounds.map((rs) => {
    const seconds = rs.map((x) => x.seconds);
    return {
      seconds: median(seconds),
      rmePercent: median(rs.map((x) => x.rme)),
      spreadPercent: halfRangePercent(seconds),
      rounds: seconds,
      samples: rs.reduce((a, x) => a + x.samples, 0),
    };
  });
}
