/**
 * How numbers read in the console tables and in docs/benchmarks.md.
 *
 * @module
 */

/**
 * A duration with a unit chosen for it: ns, µs, ms or s, three significant digits.
 *
 * @param {number} seconds - the duration
 * @returns {string} for example "11.2 ns" or "3.41 ms"
 * @example
 * formatTime(1.234e-5); // "12.3 µs"
 */
export function formatTime(seconds) {
  if (!Number.isFinite(seconds)) return '—';
  const units = [
    [1e-6, 1e9, 'ns'],
    [1e-3, 1e6, 'µs'],
    [1, 1e3, 'ms'],
  ];
  for (const [below, factor, unit] of units) {
    if (seconds < below) return `${significant(seconds * factor)} ${unit}`;
  }
  return `${significant(seconds)} s`;
}

/**
 * A ratio as "2.41×" (three significant digits), or "—" when there is none.
 *
 * @param {number | null | undefined} r - the ratio
 * @returns {string} the ratio with a multiplication sign
 * @example
 * formatRatio(0.5); // "0.500×"
 */
export function formatRatio(r) {
  if (r === null || r === undefined || !Number.isFinite(r)) return '—';
  return `${significant(r)}×`;
}

/**
 * An error as "3.2e-9", or "0" when exact.
 *
 * @param {number | null | undefined} e - the relative error
 * @returns {string} two significant digits in exponent form
 * @example
 * formatError(3.21e-9); // "3.2e-9"
 */
export function formatError(e) {
  if (e === null || e === undefined) return '';
  if (e === 0) return '0';
  if (!Number.isFinite(e)) return '∞';
  return e.toExponential(1).replace('e+', 'e');
}

/**
 * A number with three significant digits, without exponent notation for ordinary magnitudes.
 *
 * @param {number} x - the number
 * @returns {string} for example "12.3", "0.412", "1235"
 * @example
 * significant(0.41234); // "0.412"; significant(1234.5) is "1235" (four or more digits stay whole)
 */
export function significant(x) {
  if (Math.abs(x) >= 1000) return String(Math.round(x));
  return Number(x.toPrecision(3)).toString();
}

/**
 * A plain-text table with aligned columns, for the console.
 *
 * @param {string[]} header - column titles
 * @param {string[][]} rows - cells
 * @returns {string} the table, one line per row
 * @example
 * textTable(['a', 'b'], [['1', '2']]);
 */
export function textTable(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((s, c) => s.padEnd(widths[c])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * A Markdown table.
 *
 * @param {string[]} header - column titles
 * @param {string[][]} rows - cells (pipes are escaped)
 * @returns {string} the table
 * @example
 * markdownTable(['a'], [['1']]); // "| a |\n|---|\n| 1 |"
 */
export function markdownTable(header, rows) {
  const cell = (s) => s.replaceAll('|', '\\|');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
