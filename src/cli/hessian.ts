/**
 * `forward-ad hessian`: the Hessian, its eigenvalues, and the kind of critical point.
 *
 * @module
 */
import { fromExpression } from '../expression/index.js';
import { classifyCriticalPoint } from './api.js';
import type { Arguments } from './args.js';
import { heading, type Output } from './first-order.js';
import { formatMatrix, formatNumber, formatPoint, formatTable, formatVector } from './format.js';
import { requirePoint, setup } from './setup.js';

/** What each kind of point means, for people. */
const MEANING: Record<string, string> = {
  minimum: 'a local minimum (∇f = 0 and every Hessian eigenvalue > 0)',
  maximum: 'a local maximum (∇f = 0 and every Hessian eigenvalue < 0)',
  saddle: 'a saddle point (∇f = 0 and Hessian eigenvalues of both signs)',
  degenerate:
    'degenerate (∇f = 0 but a Hessian eigenvalue is 0: the second-order test says nothing)',
  'not-critical': 'not a critical point (∇f ≠ 0)',
};

/**
 * `forward-ad hessian <f> --at point`.
 *
 * @param args - the parsed command line
 * @returns the output
 */
export function hessianCommand(args: Arguments): Output {
  const s = setup(args, 'one');
  const point = requirePoint(s, 'hessian');
  const f = fromExpression(s.expressions[0], s.variables);
  const c = classifyCriticalPoint(f, point);
  const head = `${heading(s.variables, s.expressions)} at ${formatPoint(s.variables, point)}`;
  const text = [
    head,
    formatTable([
      ['f', formatNumber(c.value)],
      ['∇f', formatVector(c.gradient)],
    ]),
    '  H =',
    formatMatrix(c.hessian, '    '),
    formatTable([['eigenvalues', formatVector(c.eigenvalues)]]),
    `  the point is ${MEANING[c.kind] ?? c.kind}`,
  ].join('\n');
  const json = {
    command: 'hessian',
    expression: s.expressions[0],
    variables: s.variables,
    at: point,
    value: c.value,
    gradient: c.gradient,
    hessian: c.hessian,
    eigenvalues: c.eigenvalues,
    kind: c.kind,
  };
  return { text, json };
}
