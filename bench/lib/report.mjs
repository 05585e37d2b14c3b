/**
 * docs/benchmarks.md from a run's results: how they were measured, the targets, the chart, and
 * a table per workload case.
 *
 * @module
 */
import { TOLERANCE } from './check.mjs';
import { FAMILIES } from './contenders.mjs';
import { formatError, formatRatio, formatTime, markdownTable } from './format.mjs';
import { GROWTH_ORDERS, GROWTH_SLACK } from './targets.mjs';

/**
 * The family name of a row id (variants such as 'forward-ad-jet' belong to forward-ad, and
 * 'forward-ad-compiled-sparse' to compile()).
 */
export function familyName(id) {
  const exact = FAMILIES.find((f) => f.id === id);
  if (exact) return exact.name;
  if (id.startsWith('forward-ad-compiled')) return 'forward-ad compile()';
  if (id.startsWith('forward-ad') || id.startsWith('chunk-')) return 'forward-ad (object path)';
  return id;
}

/** A tolerance as "1e-6". */
function exponent(x) {
  return x.toExponential(0).replace('e+', 'e');
}

/** A row's table cells. */
function rowCells(r) {
  const setup = r.setupSeconds === undefined ? '' : formatTime(r.setupSeconds);
  if (r.status === 'ok') {
    return [
      familyName(r.id),
      r.label,
      formatTime(r.seconds),
      `±${r.rmePercent.toFixed(1)}%`,
      formatRatio(r.ratioPrimal),
      formatRatio(r.ratioForwardAd),
      r.kind === 'primal' ? '' : r.id === 'analytic' ? 'reference' : formatError(r.error),
      setup,
      formatTime(r.warmupSeconds),
      r.note,
    ];
  }
  const status = {
    'n/a': 'n/a',
    wrong: r.kind === 'inexact' ? 'no correct digit' : 'wrong result',
    error: 'error',
  }[r.status];
  return [familyName(r.id), r.label, status, '', '', '', formatError(r.error), setup, '', r.note];
}

/** The table of one case. */
function caseTable(c) {
  const header = [
    'contender',
    'call',
    'median',
    '±',
    '× primal',
    '× forward-ad',
    'error',
    'set-up + 1st call',
    'warm-up',
    'note',
  ];
  const lines = [`### ${c.title}`, '', markdownTable(header, c.rows.map(rowCells))];
  if (c.skipped.length > 0) {
    lines.push('', `Not in dist/ yet, so not measured: ${c.skipped.join('; ')}.`);
  }
  return lines.join('\n');
}

/** The Targets section. */
function targetsSection(targets) {
  const verdict = (t) => (t.met === null ? 'not measured' : t.met ? '**met**' : '**missed**');
  const header = ['issue', 'target', 'measured', 'verdict', 'what holds it back'];
  const rows = targets
    .filter((t) => t.kind === 'target')
    .map((t) => [t.issue, t.text, t.measured, verdict(t), t.met === false ? t.holdsBack : '']);
  const related = targets
    .filter((t) => t.kind === 'related')
    .map((t) => [t.issue, t.text, t.measured]);
  const count = (m) => targets.filter((t) => t.kind === 'target' && t.met === m).length;
  return [
    '## Targets',
    '',
    `${count(true)} met, ${count(false)} missed, ${count(null)} not measured (their rows are not ` +
      'built yet or the contender cannot do the workload). A target compares two medians of one ' +
      'case from this run; "faster" means a strictly smaller median. The Taylor growth exponent ' +
      `is the least-squares slope of log time against log order over orders ${GROWTH_ORDERS.join(', ')}; ` +
      `it counts as d² when at most 2 + ${GROWTH_SLACK}.`,
    '',
    markdownTable(header, rows),
    '',
    'Related measurements the issues ask for (time of the first over the second):',
    '',
    markdownTable(['issue', 'measurement', 'ratio'], related),
  ].join('\n');
}

/** The chunk-size section: the fastest chunk size per n. */
function chunkSection(cases) {
  const chunkCases = cases.filter((c) => c.workload === 'chunk-size');
  if (chunkCases.length === 0) return '';
  const lines = chunkCases.map((c) => {
    const timed = c.rows.filter((r) => r.status === 'ok' && r.param !== undefined);
    if (timed.length === 0) return `- ${c.title}: not measured.`;
    const best = timed.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const def = timed.find((r) => r.id === 'forward-ad');
    let vs = '';
    if (def === best) vs = '; that is the default';
    else if (def)
      vs = `; the default (${def.param}) takes ${formatRatio(def.seconds / best.seconds)} its time`;
    return `- ${c.title}: fastest chunk size ${best.param} (${formatTime(best.seconds)})${vs}.`;
  });
  return ['## Chunk size of the gradient driver', '', ...lines].join('\n');
}

/** Peer rows that gave a wrong result, threw, or carry a note: what a user should know. */
function peerSection(cases) {
  const peers = new Set(['dual-algebra', 'mathjs', 'tfjs', 'jax-js']);
  const lines = [];
  for (const c of cases) {
    for (const r of c.rows) {
      if (!peers.has(r.id) || r.status === 'n/a') continue;
      if (r.status === 'ok' && !r.note) continue;
      lines.push(`- ${c.title}: ${r.label}: ${r.note || r.status}.`);
    }
  }
  if (lines.length === 0) return '';
  return ['## What the check found in the peers', '', ...lines].join('\n');
}

/**
 * The Markdown report.
 *
 * @param {object} results - bench/results.json's content
 * @returns {string} docs/benchmarks.md
 * @example
 * writeFileSync('docs/benchmarks.md', renderReport(results));
 */
export function renderReport(results) {
  const { machine, versions, harness } = results;
  const versionList = Object.entries(versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const byWorkload = [];
  for (const c of results.cases) {
    let group = byWorkload.find((g) => g.workload === c.workload);
    if (!group) {
      group = { workload: c.workload, cases: [] };
      byWorkload.push(group);
    }
    group.cases.push(c);
  }
  const peerErrors = Object.entries(results.peerErrors);
  return `${[
    '# Benchmarks',
    '',
    `Generated by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` ` +
      `(bench/run.mjs) on ${results.generated.slice(0, 10)} in ${results.mode} mode, ` +
      `${Math.round(results.seconds)} s. Do not edit by hand: run it again.`,
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}.`,
    `- Node ${machine.node} (V8 ${machine.v8}).`,
    `- Packages: ${versionList}.`,
    `- forward-ad exports measured (from dist/): ${results.forwardAdExports.present.join(', ')}.` +
      (results.forwardAdExports.absent.length > 0
        ? ` Not in dist/ at the time of the run, so their rows are absent: ${results.forwardAdExports.absent.join(', ')}.`
        : ''),
    ...(peerErrors.length > 0
      ? [`- Peers that failed to load: ${peerErrors.map(([k, e]) => `${k} (${e})`).join('; ')}.`]
      : []),
    '',
    '## How these numbers were measured',
    '',
    `- Every contender of a case runs in the same process with benchmark.js, interleaved: ` +
      `${harness.rounds} rounds, each running every contender once (minTime ${harness.minTime} s, ` +
      `maxTime ${harness.maxTime} s, at least ${harness.minSamples} samples), the order rotated ` +
      'from round to round. A time is the median of the per-round medians; ± is benchmark.js’s ' +
      'relative margin of error, median over the rounds. "× primal" and "× forward-ad" divide ' +
      'medians of the same run, so machine drift (clock, load from other processes, GC state) ' +
      'cancels in them far better than in the absolute times, which on this shared machine are ' +
      'noisy: the same primal measured in two cases of one run can differ by up to 2× (other ' +
      'processes were running), so compare ratios within a case, and read a target decided by a ' +
      'few percent as a tie.',
    '- Before timing, each contender’s result is checked against the hand-written analytic ' +
      'derivative (bench/lib/problems.mjs, itself checked against mpmath by ' +
      'test/bench/problems.test.ts). Relative error allowed: ' +
      `${exponent(TOLERANCE.exact)} for float64 code, ${exponent(TOLERANCE.approx)} for jax-js ` +
      `(float64 with its own transcendental kernels), ${exponent(TOLERANCE.float32)} for ` +
      'TensorFlow.js (float32). Central ' +
      'differences are inexact: their error is shown, and a result with no correct digit is not ' +
      'timed. "error" is max |a − b| / max |b| (Taylor coefficients: the largest relative error of ' +
      'any coefficient). A row that fails the check says "wrong result" and is not timed.',
    '- The timed call takes and returns plain JS numbers and arrays, as a user holds them: ' +
      'converting to and from a peer’s tensors is part of its time. One-time work (symbolic ' +
      'differentiation, compile(), jit tracing) is not; it is shown as "set-up + 1st call". ' +
      'Before the timed rounds each contender runs until its best time per call stops improving ' +
      `(by 20% over ${harness.warmupWindow} s, at most ${harness.warmupMax} s: the "warm-up" ` +
      'column), so that V8 has optimized it: very large generated functions take V8 a second or ' +
      'more to optimize, and run hundreds of times slower until then.',
    '- Scalar points sit in a Float64Array: a literal argument lets V8 fold Math.sin of a ' +
      'constant at compile time (measured: 5 ns against 25 ns for the same f).',
    '- Each forward-ad contender gets its own copy of the user function (bench/lib/fresh.mjs): ' +
      'V8 shares type feedback between closures of one function literal, and feeding one literal ' +
      'Duals, MultiDuals and tracers would slow every contender down.',
    '- Each case runs in a process of its own that loads only the peers its rows call: in one ' +
      'shared process, V8 state left by earlier cases and the heaps of unused libraries ' +
      '(loading mathjs alone made young-generation collections several times longer) changed ' +
      'the timings of later ones.',
    '- The "minimal dual class" rows (bench/lib/minimal-duals.mjs, second derivative and JVP) ' +
      'are for scale, not a peer: a dual or hyper-dual class with each rule written into its ' +
      'method and no rule table, no perturbation tags and no checks, run like forward-ad’s row. ' +
      'They show what the object path costs as such, apart from what forward-ad adds to it.',
    '- "n/a" means the contender cannot do the workload (the note says why); no workaround ' +
      'that measures something else is substituted.',
    '',
    targetsSection(results.targets),
    '',
    '## Chart',
    '',
    '![Time of each contender relative to the plain-JS primal, per workload case](benchmarks.svg)',
    '',
    chunkSection(results.cases),
    '',
    peerSection(results.cases),
    '',
    '## Results',
    '',
    ...byWorkload.flatMap((g) => g.cases.map((c) => `${caseTable(c)}\n`)),
  ].join('\n')}`;
}
