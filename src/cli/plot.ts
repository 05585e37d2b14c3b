/**
 * A terminal chart of a function and its approximations: one character per cell, Unicode box
 * drawing for the axes (or ASCII).
 *
 * @module
 */

/** A curve to draw. */
export interface Curve {
  /** The function. */
  f: (x: number) => number;
  /** The character that draws it. */
  symbol: string;
}

/** The chart's geometry. */
export interface PlotOptions {
  /** The x range. */
  xmin: number;
  xmax: number;
  /** Columns and rows of the drawing area. */
  width: number;
  height: number;
  /** ASCII characters only (`-`, `|`, `+`) instead of box drawing. */
  ascii: boolean;
}

/** A short label for an axis value: three significant digits. */
function label(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/**
 * Draws the curves on one chart. The y range is that of the first curve (the function), so that
 * approximations that run off are clipped rather than squashing it; later curves are drawn under
 * earlier ones, so the function stays on top.
 *
 * @param curves - the function first, then the approximations
 * @param options - the x range and the size
 * @returns the chart's lines (y labels on the left, x labels below), or undefined when the first
 * curve has no finite value on the range
 */
export function plot(curves: readonly Curve[], options: PlotOptions): string[] | undefined {
  const { xmin, xmax, width, height, ascii } = options;
  const xs = Array.from({ length: width }, (_, j) => xmin + ((xmax - xmin) * j) / (width - 1));
  const samples = curves.map((c) => xs.map((x) => c.f(x)));
  const finite = samples[0].filter((y) => Number.isFinite(y));
  if (finite.length === 0) return undefined;
  let ymin = Math.min(...finite);
  let ymax = Math.max(...finite);
  const pad = ymax > ymin ? 0.05 * (ymax - ymin) : Math.max(1, Math.abs(ymax) * 0.1);
  ymin -= pad;
  ymax += pad;
  const rowOf = (y: number): number => Math.round(((ymax - y) / (ymax - ymin)) * (height - 1));
  const grid = Array.from({ length: height }, () => new Array<string>(width).fill(' '));
  const inGrid = (r: number): boolean => r >= 0 && r < height;

  // Axes, where the range contains 0.
  const axisRow = ymin <= 0 && 0 <= ymax ? rowOf(0) : -1;
  const axisCol = xmin <= 0 && 0 <= xmax ? Math.round((-xmin / (xmax - xmin)) * (width - 1)) : -1;
  if (inGrid(axisRow)) grid[axisRow].fill(ascii ? '-' : '─');
  if (axisCol >= 0) {
    for (let r = 0; r < height; r++)
      grid[r][axisCol] = r === axisRow ? (ascii ? '+' : '┼') : ascii ? '|' : '│';
  }

  // Curves, last first; each column joined to the previous one by a vertical run.
  for (let k = curves.length - 1; k >= 0; k--) {
    const symbol = curves[k].symbol;
    let previous = Number.NaN;
    samples[k].forEach((y, j) => {
      const r = Number.isFinite(y) ? rowOf(y) : Number.NaN;
      if (inGrid(r)) {
        grid[r][j] = symbol;
        if (inGrid(previous) && previous !== r) {
          const step = previous < r ? 1 : -1;
          for (let q = previous + step; q !== r; q += step) grid[q][j] = symbol;
        }
      }
      previous = r;
    });
  }

  const labels = new Map<number, string>([
    [0, label(ymax)],
    [height - 1, label(ymin)],
  ]);
  if (inGrid(axisRow) && axisRow > 1 && axisRow < height - 2) labels.set(axisRow, '0');
  const margin = Math.max(...[...labels.values()].map((s) => s.length));
  const bar = ascii ? '|' : '│';
  const lines = grid.map(
    (row, r) => `${(labels.get(r) ?? '').padStart(margin)} ${bar}${row.join('')}`,
  );
  const left = label(xmin);
  const right = label(xmax);
  const middle = label((xmin + xmax) / 2);
  const axis = new Array<string>(width).fill(' ');
  const put = (text: string, at: number): void => {
    for (let i = 0; i < text.length; i++) if (at + i >= 0 && at + i < width) axis[at + i] = text[i];
  };
  put(left, 0);
  put(middle, Math.round((width - middle.length) / 2));
  put(right, width - right.length);
  lines.push(`${' '.repeat(margin)} ${ascii ? '+' : '└'}${(ascii ? '-' : '─').repeat(width)}`);
  lines.push(`${' '.repeat(margin + 2)}${axis.join('')}`);
  return lines;
}
