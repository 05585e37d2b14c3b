/**
 * docs/benchmarks.svg from bench/results.json: one row per workload case, one dot per
 * contender at its time relative to the plain-JS primal, on a log scale. No dependencies.
 *
 *   node scripts/bench-chart.mjs [results.json] [out.svg]
 *
 * bench/run.mjs calls {@link renderChart} itself after a run.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Colour and legend name of each contender family, in legend order. */
const STYLE = [
  { id: 'analytic', name: 'hand-written', color: '#222222' },
  { id: 'central', name: 'central differences', color: '#8c8c8c' },
  { id: 'forward-ad', name: 'forward-ad', color: '#d62728' },
  { id: 'forward-ad-compiled', name: 'forward-ad compile()', color: '#ff7f0e' },
  { id: 'minimal', name: 'minimal dual class', color: '#e377c2' },
  { id: 'dual-algebra', name: 'dual-algebra', color: '#2ca02c' },
  { id: 'mathjs', name: 'mathjs', color: '#9467bd' },
  { id: 'tfjs', name: 'TensorFlow.js', color: '#1f77b4' },
  { id: 'jax-js', name: 'jax-js', color: '#17becf' },
];

/**
 * The style of a row id, and whether it is hollow: forward-ad's variants (n single-tangent
 * sweeps, the jet and hyper-dual Hessians) are hollow forward-ad dots, compile()'s out-parameter
 * variants hollow compile() dots.
 */
function styleOf(id) {
  const direct = STYLE.find((s) => s.id === id);
  if (direct) return { style: direct, hollow: false };
  if (id.startsWith('forward-ad-compiled')) return { style: STYLE[3], hollow: true };
  if (id.startsWith('forward-ad')) return { style: STYLE[2], hollow: true };
  return null;
}

/** Text with the XML specials escaped. */
function escapeXml(s) {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

/** "1×", "10×", "0.1×" for a power of ten. */
function tickLabel(p) {
  const v = 10 ** p;
  return `${p < 0 ? v.toFixed(-p) : String(v)}×`;
}

/**
 * The SVG chart of a run.
 *
 * @param {{ cases: { id: string, workload: string, title: string, short?: string, rows: { id: string,
 * label: string, status: string, ratioPrimal?: number | null }[] }[], machine: { cpu: string,
 * cores: number, node: string }, mode: string }} results - bench/results.json's content
 * @returns {string} the SVG document
 * @example
 * writeFileSync('docs/benchmarks.svg', renderChart(results));
 */
export function renderChart(results) {
  const cases = results.cases.filter((c) => c.workload !== 'chunk-size');
  const points = cases.map((c) =>
    c.rows
      .filter((r) => r.status === 'ok' && r.id !== 'primal' && Number.isFinite(r.ratioPrimal))
      .map((r) => ({ ...r, ...styleOf(r.id) }))
      .filter((r) => r.style),
  );
  const ratios = points.flat().map((p) => p.ratioPrimal);
  const lo = Math.floor(Math.log10(Math.min(1, ...ratios)));
  const hi = Math.ceil(Math.log10(Math.max(10, ...ratios)));
  const left = 300;
  const right = 30;
  const plotWidth = 620;
  const top = 78;
  const rowHeight = 24;
  const width = left + plotWidth + right;
  const height = top + rowHeight * cases.length + 46;
  const xOf = (ratio) => left + ((Math.log10(ratio) - lo) / (hi - lo)) * plotWidth;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">Time relative to the plain-JS primal (log scale; left is faster)</text>`,
    `<text x="10" y="36" fill="#555555">${escapeXml(`${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}, ${results.mode} run; hollow dots: forward-ad variants (sweeps, jet, hyper-dual)`)}</text>`,
  );
  STYLE.forEach((s, i) => {
    const x = left + (i % 4) * 160;
    const y = 52 + Math.floor(i / 4) * 14;
    out.push(
      `<circle cx="${x + 5}" cy="${y - 4}" r="5" fill="${s.color}"/>`,
      `<text x="${x + 14}" y="${y}">${escapeXml(s.name)}</text>`,
    );
  });
  const plotTop = top;
  const plotBottom = top + rowHeight * cases.length;
  for (let p = lo; p <= hi; p++) {
    const x = xOf(10 ** p);
    out.push(
      `<line x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotBottom}" stroke="${p === 0 ? '#000000' : '#dddddd'}"/>`,
      `<text x="${x}" y="${plotBottom + 16}" text-anchor="middle">${tickLabel(p)}</text>`,
    );
  }
  out.push(
    `<text x="${left + plotWidth / 2}" y="${plotBottom + 34}" text-anchor="middle" fill="#555555">time / primal time</text>`,
  );
  cases.forEach((c, i) => {
    const y = top + rowHeight * i + rowHeight / 2;
    if (i % 2 === 0) {
      out.push(
        `<rect x="0" y="${y - rowHeight / 2}" width="${width}" height="${rowHeight}" fill="#f4f4f4" fill-opacity="0.6"/>`,
      );
    }
    out.push(
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeXml(c.short ?? c.title)}</text>`,
    );
    for (const p of points[i]) {
      const fill = p.hollow ? '#ffffff' : p.style.color;
      out.push(
        `<circle cx="${xOf(p.ratioPrimal).toFixed(1)}" cy="${y}" r="5" fill="${fill}" stroke="${p.style.color}" stroke-width="1.5" fill-opacity="0.85"><title>${escapeXml(`${p.label}: ${p.ratioPrimal.toPrecision(3)}× primal`)}</title></circle>`,
      );
    }
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const input = process.argv[2] ?? join(root, 'bench', 'results.json');
  const output = process.argv[3] ?? join(root, 'docs', 'benchmarks.svg');
  writeFileSync(output, renderChart(JSON.parse(readFileSync(input, 'utf8'))));
  console.log(`wrote ${output}`);
}
