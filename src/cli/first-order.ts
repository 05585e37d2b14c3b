/**
 * The first-order commands: derivative, gradient, jacobian.
 *
 * @module
 */

import { fromExpression, fromExpressions } from '../expression/index.js';
import {
  derivatives,
  directionalDerivative,
  jacobian,
  jvp,
  valueAndDerivative,
  valueAndGradient,
} from './api.js';
import type { Arguments } from './args.js';
import {
  derivativeName,
  formatMatrix,
  formatNumber,
  formatPoint,
  formatTable,
  formatVector,
} from './format.js';
import { parseCount, parseDirection } from './point.js';
import { requirePoint, setup } from './setup.js';
import { UsageError } from './usage.js';

/** What a command prints: the text for people and the object for --json. */
export interface Output {
  text: string;
  json: Record<string, unknown>;
}

/** `f(x, y) = text`. */
export function heading(variables: readonly string[], expressions: readonly string[]): string {
  const body = expressions.length === 1 ? expressions[0] : `(${expressions.join(', ')})`;
  return `f(${variables.join(', ')}) = ${body}`;
}

/**
 * `forward-ad derivative <f> --at x [--order n]`.
 *
 * @param args - the parsed command line
 * @returns the output
 * @throws UsageError for a function of several variables or a bad option
 */
export function derivativeCommand(args: Arguments): Output {
  const s = setup(args, 'one');
  if (s.variables.length !== 1) {
    throw new UsageError(
      `derivative is for functions of one variable; "${s.expressions[0]}" has ` +
        `${s.variables.length} (${s.variables.join(', ')}): use gradient or hessian`,
    );
  }
  const [x] = requirePoint(s, 'derivative');
  const f = fromExpression(s.expressions[0], s.variables[0]);
  const head = `${heading(s.variables, s.expressions)} at ${formatPoint(s.variables, [x])}`;
  const base = {
    command: 'derivative',
    expression: s.expressions[0],
    variable: s.variables[0],
    at: x,
  };
  if (args.values.order !== undefined) {
    const order = parseCount(args.values.order, '--order', 0, 100);
    const ds = derivatives(f, x, order);
    const rows = ds.map((d, k): [string, string] => [
      `${derivativeName(k)}(${s.variables[0]})`,
      formatNumber(d),
    ]);
    return { text: `${head}\n${formatTable(rows)}`, json: { ...base, order, derivatives: ds } };
  }
  const { value, derivative } = valueAndDerivative(f, x);
  const v = s.variables[0];
  const rows: [string, string][] = [
    [`f(${v})`, formatNumber(value)],
    [`f′(${v})`, formatNumber(derivative)],
  ];
  return { text: `${head}\n${formatTable(rows)}`, json: { ...base, value, derivative } };
}

/**
 * `forward-ad gradient <f> --at point [--direction v]`.
 *
 * @param args - the parsed command line
 * @returns the output
 */
export function gradientCommand(args: Arguments): Output {
  const s = setup(args, 'one');
  const point = requirePoint(s, 'gradient');
  const f = fromExpression(s.expressions[0], s.variables);
  const head = `${heading(s.variables, s.expressions)} at ${formatPoint(s.variables, point)}`;
  const base = {
    command: 'gradient',
    expression: s.expressions[0],
    variables: s.variables,
    at: point,
  };
  if (args.values.direction !== undefined) {
    const v = parseDirection(args.values.direction, s.variables);
    const value = f(point);
    const dd = directionalDerivative(f, point, v);
    const rows: [string, string][] = [
      ['f', formatNumber(value)],
      [`∇f·${formatVector(v)}`, formatNumber(dd)],
    ];
    return {
      text: `${head}\n${formatTable(rows)}`,
      json: { ...base, direction: v, value, directionalDerivative: dd },
    };
  }
  const { value, gradient } = valueAndGradient(f, point);
  const rows: [string, string][] = [
    ['f', formatNumber(value)],
    ['∇f', formatVector(gradient)],
  ];
  return { text: `${head}\n${formatTable(rows)}`, json: { ...base, value, gradient } };
}

/**
 * `forward-ad jacobian <f1> <f2>... --at point [--direction v]`.
 *
 * @param args - the parsed command line
 * @returns the output
 */
export function jacobianCommand(args: Arguments): Output {
  const s = setup(args, 'many');
  const point = requirePoint(s, 'jacobian');
  const F = fromExpressions(s.expressions, s.variables);
  const head = `${heading(s.variables, s.expressions)} at ${formatPoint(s.variables, point)}`;
  const base = {
    command: 'jacobian',
    expressions: s.expressions,
    variables: s.variables,
    at: point,
  };
  if (args.values.direction !== undefined) {
    const v = parseDirection(args.values.direction, s.variables);
    const { value, tangent } = jvp(F, point, v);
    const rows: [string, string][] = [
      ['f', formatVector(value)],
      [`J·${formatVector(v)}`, formatVector(tangent)],
    ];
    return {
      text: `${head}\n${formatTable(rows)}`,
      json: { ...base, direction: v, value, jvp: tangent },
    };
  }
  const value = F(point);
  const J = jacobian(F, point);
  const text = `${head}\n${formatTable([['f', formatVector(value)]])}\n  J =\n${formatMatrix(J, '    ')}`;
  return { text, json: { ...base, value, jacobian: J } };
}
