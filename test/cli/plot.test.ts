import { describe, expect, it } from 'vitest';
import { plot } from '../../src/cli/plot.js';

const options = { xmin: -1, xmax: 1, width: 21, height: 11, ascii: true };

/** The drawing area of a chart: the rows between the y labels and the x axis. */
const area = (lines: string[]): string[] =>
  lines.slice(0, -2).map((l) => l.slice(l.indexOf('|') + 1));

describe('plot', () => {
  it('draws an increasing function rising from bottom left to top right', () => {
    const rows = area(plot([{ f: (x) => x, symbol: '*' }], options)!);
    expect(rows).toHaveLength(11);
    // The row of the symbol in each column: never increasing (row 0 is the top).
    const rowOf = (j: number): number => rows.findIndex((r) => r[j] === '*');
    for (let j = 1; j < 21; j++) expect(rowOf(j)).toBeLessThanOrEqual(rowOf(j - 1));
    expect(rowOf(0)).toBe(10);
    expect(rowOf(20)).toBe(0);
  });

  it('draws the axes through the origin', () => {
    // x² + 1 ≥ 1 never reaches y = 0: only the vertical axis, in the middle column.
    const parabola = area(plot([{ f: (x) => x * x + 1, symbol: '*' }], options)!);
    expect(parabola.every((r) => r[10] === '|' || r[10] === '*')).toBe(true);
    expect(parabola.some((r) => r.includes('-'))).toBe(false);
    // y = x/2 crosses the origin: a horizontal axis too, crossing the vertical one at the curve.
    const line = area(plot([{ f: (x) => x / 2, symbol: '*' }], options)!);
    // y ∈ [−0.55, 0.55] (padded) over rows 0..10: 0.11 per row, so x = −0.1, 0, 0.1
    // (y = ∓0.05, 0) all fall on the axis row 5.
    expect(line[5]).toBe('---------***---------');
  });

  it('keeps the first curve on top and clips the others to its range', () => {
    const lines = plot(
      [
        { f: Math.sin, symbol: '*' },
        { f: (x) => 100 * x, symbol: '1' },
      ],
      options,
    )!;
    const rows = area(lines);
    // sin is drawn in every column; 100x leaves the range except near 0.
    for (let j = 0; j < 21; j++) expect(rows.some((r) => r[j] === '*')).toBe(true);
    expect(rows.join('').split('1').length - 1).toBeLessThan(15);
    // The y labels span sin's range (±sin 1 = ±0.841, padded by 5%), not 100x's.
    expect(lines[0]).toMatch(/^\s*0\.926 \|/);
  });

  it('labels the x range below the chart', () => {
    const lines = plot([{ f: (x) => x, symbol: '*' }], options)!;
    expect(lines.at(-1)?.trim()).toMatch(/^-1\s+0\s+1$/);
  });

  it('returns undefined when the function has no finite value on the range', () => {
    expect(plot([{ f: () => Number.NaN, symbol: '*' }], options)).toBeUndefined();
  });
});
