/**
 * `forward-ad taylor`: Taylor coefficients, the polynomial, and a terminal chart of f against
 * its Taylor polynomials.
 *
 * @module
 */
import { fromExpression } from '../expression/index.js';
import { directionalTaylor, taylor } from './api.js';
import type { Arguments } from './args.js';
import { heading, type Output } from './first-order.js';
import {
  formatNumber,
  formatPoint,
  formatPolynomial,
  formatTable,
  formatVector,
} from './format.js';
import { type Curve, plot } from './plot.js';
import { parseCount, parseDirection, parseNumbers } from './point.js';
import { requirePoint, setup } from './setup.js';
import { UsageError } from './usage.js';

const DEFAULT_ORDER = 5;
const MAX_CURVES = 4;
const POLY_SYMBOLS = '123456789abcdefghijklmnopqrstuvwxyz';

/** p(h) = Σ c_k h^k, by Horner's scheme. */
function horner(c: readonly number[], h: number): number {
  let s = 0;
  for (let k = c.length - 1; k >= 0; k--) s = s * h + c[k];
  return s;
}

/** Which orders to draw: all up to MAX_CURVES, else spread out and ending at the order. */
function ordersToDraw(order: number): number[] {
  if (order <= MAX_CURVES) return Array.from({ length: order }, (_, i) => i + 1);
  const picked = new Set<number>();
  for (let i = 0; i < MAX_CURVES; i++) {
    picked.add(Math.round(1 + ((order - 1) * i) / (MAX_CURVES - 1)));
  }
  return [...picked];
}

/** The chart of g (the function of x or t) and its Taylor polynomials, with a legend. */
function chart(
  args: Arguments,
  g: (x: number) => number,
  coefficients: readonly number[],
  center: number,
  name: string,
  label: string,
): string {
  const { values, flags } = args;
  let xmin = center - 2;
  let xmax = center + 2;
  if (values.range !== undefined) {
    const r = parseNumbers(values.range, '--range');
    if (r.length !== 2 || !(r[0] < r[1]) || !Number.isFinite(r[1] - r[0])) {
      throw new UsageError(
        `--range must be two finite numbers a,b with a < b, got "${values.range}"`,
      );
    }
    [xmin, xmax] = r;
  }
  const width = values.width === undefined ? 64 : parseCount(values.width, '--width', 16, 400);
  const height = values.height === undefined ? 20 : parseCount(values.height, '--height', 5, 200);
  const ascii = flags.has('ascii');
  const orders = ordersToDraw(coefficients.length - 1);
  const polynomials = orders.map(
    (k) => (x: number) => horner(coefficients.slice(0, k + 1), x - center),
  );
  const curves: Curve[] = [
    { f: g, symbol: ascii ? '*' : '●' },
    ...orders.map((k, i) => ({
      f: polynomials[i],
      symbol: POLY_SYMBOLS[(k - 1) % POLY_SYMBOLS.length],
    })),
  ];
  const lines = plot(curves, { xmin, xmax, width, height, ascii });
  if (lines === undefined) {
    return `  (nothing to draw: ${label} has no finite value on [${xmin}, ${xmax}])`;
  }
  // The largest error of each polynomial over the drawn range, where f is finite.
  const legend = [`  ${curves[0].symbol}  ${label}`];
  orders.forEach((k, i) => {
    let worst = 0;
    for (let j = 0; j < width; j++) {
      const x = xmin + ((xmax - xmin) * j) / (width - 1);
      const y = g(x);
      if (Number.isFinite(y)) worst = Math.max(worst, Math.abs(y - polynomials[i](x)));
    }
    legend.push(
      `  ${curves[i + 1].symbol}  T${k}(${name}), largest |error| on [${xmin}, ${xmax}]: ${Number(worst.toPrecision(3))}`,
    );
  });
  return [...lines.map((l) => `  ${l}`), '', ...legend].join('\n');
}

/**
 * `forward-ad taylor <f> [--at x0] [--order n] [--direction v] [--plot]`.
 *
 * @param args - the parsed command line
 * @returns the output
 * @throws UsageError when a function of several variables has no --direction or no --at
 */
export function taylorCommand(args: Arguments): Output {
  const s = setup(args, 'one');
  const order =
    args.values.order === undefined
      ? DEFAULT_ORDER
      : parseCount(args.values.order, '--order', 0, 100);
  const text = s.expressions[0];
  if (s.variables.length === 1) {
    if (args.values.direction !== undefined) {
      throw new UsageError('--direction is for functions of several variables');
    }
    const x0 = s.at === undefined ? 0 : requirePoint(s, 'taylor')[0];
    const v = s.variables[0];
    const f = fromExpression(text, v);
    const p = taylor(f, x0, order);
    const c = p.coefficients;
    const h = x0 === 0 ? v : `(${v} ${x0 < 0 ? '+' : '-'} ${formatNumber(Math.abs(x0))})`;
    const rows = c.map((ck, k): [string, string] => [`c${k}`, formatNumber(ck)]);
    const lines = [
      `${heading(s.variables, s.expressions)} about ${formatPoint(s.variables, [x0])}, order ${order}`,
      formatTable(rows),
      `  T${order}(${v}) = ${formatPolynomial(c, h)}`,
    ];
    if (args.flags.has('plot')) {
      lines.push(
        '',
        chart(args, (x) => f(x), c, x0, v, `f(${v}) = ${text}`),
      );
    }
    const json = {
      command: 'taylor',
      expression: text,
      variable: v,
      at: x0,
      order,
      coefficients: c,
    };
    return { text: lines.join('\n'), json };
  }
  if (s.at === undefined || args.values.direction === undefined) {
    throw new UsageError(
      `"${text}" has ${s.variables.length} variables (${s.variables.join(', ')}): give --at and ` +
        '--direction for the Taylor coefficients of t ↦ f(x0 + t·v)',
    );
  }
  const x0 = requirePoint(s, 'taylor');
  const v = parseDirection(args.values.direction, s.variables);
  const f = fromExpression(text, s.variables);
  const c = directionalTaylor(f, x0, v, order);
  const rows = c.map((ck, k): [string, string] => [`c${k}`, formatNumber(ck)]);
  const lines = [
    `${heading(s.variables, s.expressions)} along ${formatPoint(s.variables, x0)} + t·${formatVector(v)}, order ${order}`,
    formatTable(rows),
    `  T${order}(t) = ${formatPolynomial(c, 't')}`,
  ];
  if (args.flags.has('plot')) {
    const g = (t: number): number => f(x0.map((xi, i) => xi + t * v[i]));
    lines.push('', chart(args, g, c, 0, 't', `g(t) = f(x0 + t·v)`));
  }
  const json = {
    command: 'taylor',
    expression: text,
    variables: s.variables,
    at: x0,
    direction: v,
    order,
    coefficients: c,
  };
  return { text: lines.join('\n'), json };
}
