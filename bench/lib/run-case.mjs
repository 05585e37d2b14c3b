/**
 * Runs one workload case: prepares every contender, checks that each computes the reference's
 * answer (and prints the check), times those that do side by side, and returns the rows with
 * their ratios.
 *
 * @module
 */
import { agrees, relativeError, TOLERANCE } from './check.mjs';
import { formatError, formatRatio, formatTime, textTable } from './format.mjs';
import { timeInterleaved } from './harness.mjs';

/** The first line of an error's message. */
function messageOf(e) {
  return String(e?.message ?? e).split('\n')[0];
}

/**
 * Prepares and checks one contender.
 *
 * @returns {{ row: object, run: (() => unknown) | null }} its row (status ok, n/a, wrong or
 * error) and, when it may be timed, its call
 */
function prepareAndCheck(c, reference, metric) {
  const row = { id: c.id, label: c.label, kind: c.kind, status: 'ok', note: c.note ?? '' };
  if (c.param !== undefined) row.param = c.param;
  if (c.na) return { row: { ...row, status: 'n/a', note: c.na }, run: null };
  let run;
  let result;
  const start = performance.now();
  try {
    run = c.prepare();
    result = run();
  } catch (e) {
    if (e?.notApplicable) return { row: { ...row, status: 'n/a', note: e.message }, run: null };
    return { row: { ...row, status: 'error', note: `threw: ${messageOf(e)}` }, run: null };
  }
  row.setupSeconds = (performance.now() - start) / 1000;
  if (c.kind === 'primal') return { row, run };
  let error;
  try {
    error = relativeError(c.read ? c.read(result) : result, reference, metric);
  } catch (e) {
    error = Number.POSITIVE_INFINITY;
    row.note = `unreadable result: ${messageOf(e)}`;
  }
  row.error = error;
  if (agrees(c.kind, error)) return { row, run };
  const why =
    c.kind === 'inexact'
      ? `no correct digit (error ${formatError(error)})`
      : `wrong result (error ${formatError(error)}, tolerance ${formatError(TOLERANCE[c.kind])})`;
  return {
    row: { ...row, status: 'wrong', note: [why, row.note].filter(Boolean).join('; ') },
    run,
  };
}

/**
 * Runs a case.
 *
 * @param {{ id: string, title: string, short?: string, reference: unknown,
 * metric?: 'norm' | 'componentwise', contenders: object[] }} spec - the case (`short`: its
 * name in the chart)
 * @param {{ fad: Record<string, unknown>, mode: object, log: (line: string) => void }} ctx -
 * forward-ad's exports, harness settings, and where to print
 * @returns {{ id: string, title: string, short: string, rows: object[], skipped: string[] }} the rows in the
 * spec's order, and the labels of forward-ad rows left out because dist/ lacks their export
 * @example
 * runCase(spec, { fad, mode: MODES.quick, log: console.log });
 */
export function runCase(spec, ctx) {
  const { log } = ctx;
  const metric = spec.metric ?? 'norm';
  log(`\n${spec.title}`);
  const rows = [];
  const timed = [];
  const skipped = [];
  for (const c of spec.contenders) {
    if (c.requires && typeof ctx.fad[c.requires] !== 'function') {
      skipped.push(`${c.label} (needs ${c.requires})`);
      continue;
    }
    const { row, run } = prepareAndCheck(c, spec.reference, metric);
    rows.push(row);
    if (row.status === 'ok') timed.push({ row, run });
    const mark = { ok: 'ok   ', 'n/a': 'n/a  ', wrong: 'WRONG', error: 'ERROR' }[row.status];
    const err = row.error === undefined ? '' : ` error ${formatError(row.error)}`;
    const note = row.status === 'ok' ? '' : ` — ${row.note}`;
    log(`  check ${mark} ${c.label}${err}${note}`);
  }
  const times = timeInterleaved(
    timed.map((t) => ({ run: t.run })),
    ctx.mode,
  );
  for (let i = 0; i < timed.length; i++) Object.assign(timed[i].row, times[i]);
  const timeOf = (id) => rows.find((r) => r.id === id && r.status === 'ok')?.seconds;
  const primalTime = timeOf('primal');
  const forwardAdTime = timeOf('forward-ad');
  for (const row of rows) {
    if (row.status !== 'ok') continue;
    row.ratioPrimal = primalTime ? row.seconds / primalTime : null;
    row.ratioForwardAd = forwardAdTime ? row.seconds / forwardAdTime : null;
  }
  log(textTable(...consoleTable(rows)));
  return { id: spec.id, title: spec.title, short: spec.short ?? spec.title, rows, skipped };
}

/** The console table of a case: header and cells. */
function consoleTable(rows) {
  const header = ['contender', 'time', '±%', '× primal', '× forward-ad', 'error'];
  const cells = rows.map((r) =>
    r.status === 'ok'
      ? [
          r.label,
          formatTime(r.seconds),
          r.rmePercent.toFixed(1),
          formatRatio(r.ratioPrimal),
          formatRatio(r.ratioForwardAd),
          formatError(r.error),
        ]
      : [r.label, r.status, '', '', '', formatError(r.error)],
  );
  return [header, cells];
}
