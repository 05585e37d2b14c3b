/**
 * `npm run bench`: every workload, every contender. The contenders of one case are measured side
 * by side in one process, in interleaved rounds; each case runs in a process of its own that
 * loads only the peers its rows call, so that no case's timings carry the heap, the type
 * feedback or the JIT state another case (or an unused library) left behind.
 *
 *   node bench/run.mjs            full run (about 15 minutes on 2 cores)
 *   node bench/run.mjs --quick    quick run (under 2 minutes)
 *   node bench/run.mjs --filter=gradient --no-write
 *                                 only cases whose id contains "gradient"; write nothing
 *   node bench/run.mjs --case=<id> --emit=<file> [--quick]
 *                                 one case in this process (what the runs above spawn)
 *
 * Writes bench/results.json, docs/benchmarks.svg (scripts/bench-chart.mjs) and
 * docs/benchmarks.md. forward-ad is loaded from dist/ (build it first: `npx tsup`); rows for
 * exports dist/ does not have yet (compile, hessian, taylor, ...) are left out until it does.
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChart } from '../scripts/bench-chart.mjs';
import { MODES } from './lib/harness.mjs';
import {
  FORWARD_AD_FEATURES,
  loadForwardAd,
  loadPeers,
  PEER_KEYS,
  peerStandIns,
} from './lib/load.mjs';
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

/** The command line: --quick, --filter=<text>, --no-write; --case=<id> --emit=<file>. */
function parseArguments(argv) {
  const options = { quick: false, filter: '', write: true, case: '', emit: '' };
  for (const a of argv) {
    if (a === '--quick') options.quick = true;
    else if (a === '--no-write') options.write = false;
    else if (a.startsWith('--filter=')) options.filter = a.slice('--filter='.length);
    else if (a.startsWith('--case=')) options.case = a.slice('--case='.length);
    else if (a.startsWith('--emit=')) options.emit = a.slice('--emit='.length);
    else throw new Error(`bench: unknown argument ${a} (use --quick, --filter=<text>, --no-write)`);
  }
  if (options.case && !options.emit) throw new Error('bench: --case needs --emit=<file>');
  return options;
}

/** Every case as [workload id, case spec], built with the given peers. */
function allCases(fad, peers, quick) {
  const ctx = { fad, peers, quick };
  return WORKLOADS.flatMap((w) => w.cases(ctx).map((spec) => [w.id, spec]));
}

/**
 * One case, measured in this process: its peers are found by building it with stand-ins, then
 * loaded, and the result goes to `emit` as JSON.
 */
async function runOneCase(options) {
  const fad = await loadForwardAd(ROOT);
  const mode = MODES[options.quick ? 'quick' : 'full'];
  const log = (line) => console.log(line);
  const find = (peers) =>
    allCases(fad, peers, options.quick).find(([, s]) => s.id === options.case);
  const probe = find(peerStandIns());
  if (probe === undefined) throw new Error(`bench: no case ${options.case}`);
  const needed = probe[1].contenders.filter((c) => c.prepare && PEER_KEYS[c.id] !== undefined);
  const peers = await loadPeers(needed.map((c) => PEER_KEYS[c.id]));
  const peerErrors = {};
  for (const [name, p] of Object.entries(peers)) {
    if (p.loaded && p.error) {
      log(`peer ${name}: ${p.error}`);
      peerErrors[name] = p.error;
    }
  }
  const [workload, spec] = find(peers);
  const result = { workload, ...runCase(spec, { fad, mode, log }) };
  writeFileSync(options.emit, JSON.stringify({ result, peerErrors }));
}

/** Runs one case in a child process and returns what it emitted. */
function spawnCase(id, quick) {
  const emit = join(tmpdir(), `forward-ad-bench-${process.pid}-${id}.json`);
  const args = [fileURLToPath(import.meta.url), `--case=${id}`, `--emit=${emit}`];
  if (quick) args.push('--quick');
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`bench: case ${id} failed (exit ${child.status})`);
  const emitted = JSON.parse(readFileSync(emit, 'utf8'));
  rmSync(emit);
  return emitted;
}

async function main(options) {
  const started = performance.now();
  const log = (line) => console.log(line);
  const modeName = options.quick ? 'quick' : 'full';
  const mode = MODES[modeName];
  const fad = await loadForwardAd(ROOT);
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
  log('each case runs in its own process, with only the peers it calls');

  const ids = allCases(fad, peerStandIns(), options.quick)
    .map(([, spec]) => spec.id)
    .filter((id) => !options.filter || id.includes(options.filter));
  const cases = [];
  const peerErrors = {};
  for (const id of ids) {
    const emitted = spawnCase(id, options.quick);
    cases.push(emitted.result);
    Object.assign(peerErrors, emitted.peerErrors);
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
    peerErrors,
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

const options = parseArguments(process.argv.slice(2));
await (options.case ? runOneCase(options) : main(options));
