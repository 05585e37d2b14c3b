/**
 * `npm run bench`: every workload, every contender, measured side by side in this one process.
 *
 *   node bench/run.mjs            full run (about 15 minutes on 2 cores)
 *   node bench/run.mjs --quick    quick run (under 2 minutes)
 *   node bench/run.mjs --filter=gradient --no-write
 *                                 only cases whose id contains "gradient"; write nothing
 *
 * Writes bench/results.json, docs/benchmarks.svg (scripts/bench-chart.mjs) and
 * docs/benchmarks.md. forward-ad is loaded from dist/ (build it first: `npx tsup`); rows for
 * exports dist/ does not have yet (compile, hessian, taylor, ...) are left out until it does.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChart } from '../scripts/bench-chart.mjs';
import { MODES } from './lib/harness.mjs';
import { FORWARD_AD_FEATURES, loadForwardAd, loadPeers } from './lib/load.mjs';
import { machineInfo, packageVersions } from './lib/machine.mjs';
import { renderReport } from './lib/report.mjs';
import { runCase } from './lib/run-case.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { workloads as chunkSize } from './workloads/chunk-size.mjs';
import { workloads as gradient } from './workloads/gradient.mjs';
import { workloads as hessian } from './workloads/hessian.mjs';
import { workloads as jacobian } from './workloads/jacobian.mjs';
import { workloads as scalar } from './workloads/scalar.mjs';
import { workloads as taylor } from './workloads/taylor.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORKLOADS = [...scalar, ...gradient, ...jacobian, ...hessian, ...taylor, ...chunkSize];

/**
 * Formats a written JSON file with the repository's biome settings, so that `npm run lint` stays
 * clean after a run (JSON.stringify breaks every array onto its own lines; biome does not).
 */
function formatWithBiome(path, log) {
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', path], {
      stdio: 'ignore',
    });
  } catch (e) {
    log(`note: could not format ${path} with biome (${e.message.split('\n')[0]})`);
  }
}

/** The command line: --quick, --filter=<text>, --no-write. */
function parseArguments(argv) {
  const options = { quick: false, filter: '', write: true };
  for (const a of argv) {
    if (a === '--quick') options.quick = true;
    else if (a === '--no-write') options.write = false;
    else if (a.startsWith('--filter=')) options.filter = a.slice('--filter='.length);
    else throw new Error(`bench: unknown argument ${a} (use --quick, --filter=<text>, --no-write)`);
  }
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const started = performance.now();
  const log = (line) => console.log(line);
  const modeName = options.quick ? 'quick' : 'full';
  const mode = MODES[modeName];
  const fad = await loadForwardAd(ROOT);
  const peers = await loadPeers();
  const machine = machineInfo();
  const versions = packageVersions(ROOT);
  const present = FORWARD_AD_FEATURES.filter((f) => typeof fad[f] === 'function');
  const absent = FORWARD_AD_FEATURES.filter((f) => typeof fad[f] !== 'function');
  log(`forward-ad benchmarks (${modeName} mode: ${mode.rounds} interleaved rounds)`);
  log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node} (V8 ${machine.v8})`);
  log(
    Object.entries(versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  );
  log(`forward-ad exports in dist/: ${present.join(', ')}`);
  if (absent.length > 0) log(`not in dist/ yet (rows left out): ${absent.join(', ')}`);
  for (const [name, p] of Object.entries(peers)) if (p.error) log(`peer ${name}: ${p.error}`);

  const ctx = { fad, peers, quick: options.quick };
  const cases = [];
  for (const w of WORKLOADS) {
    for (const spec of w.cases(ctx)) {
      if (options.filter && !spec.id.includes(options.filter)) continue;
      cases.push({ workload: w.id, ...runCase(spec, { fad, mode, log }) });
    }
  }
  const targets = evaluateTargets(cases);
  log('\nTargets');
  // A filtered run leaves most targets without their cases: list only the ones it measured.
  for (const t of targets.filter((x) => !options.filter || x.ratio !== null)) {
    const verdict =
      t.kind === 'related' ? 'info' : t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED';
    log(`  [${verdict}] issue ${t.issue}: ${t.text} — ${t.measured}`);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`\n${cases.length} cases in ${seconds.toFixed(0)} s`);

  const results = {
    generated: new Date().toISOString(),
    mode: modeName,
    harness: mode,
    seconds,
    machine,
    versions,
    forwardAdExports: { present, absent },
    peerErrors: Object.fromEntries(
      Object.entries(peers)
        .filter(([, p]) => p.error)
        .map(([k, p]) => [k, p.error]),
    ),
    cases,
    targets,
  };
  if (!options.write) return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const resultsPath = join(ROOT, 'bench', 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  formatWithBiome(resultsPath, log);
  writeFileSync(join(ROOT, 'docs', 'benchmarks.svg'), renderChart(results));
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), renderReport(results));
  log('wrote bench/results.json, docs/benchmarks.svg, docs/benchmarks.md');
}

await main();
