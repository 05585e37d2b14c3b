/**
 * What every command needs first: its expressions, the variables in order, and the point.
 *
 * @module
 */
import { EXPRESSION_CONSTANTS, EXPRESSION_FUNCTIONS, variablesOf } from '../expression/index.js';
import type { Arguments } from './args.js';
import { namesInPoint, parsePoint } from './point.js';
import { UsageError } from './usage.js';

/** A command's function and point. */
export interface Setup {
  /** The expressions, one per output. */
  expressions: string[];
  /** The variables, in the order of the point. */
  variables: string[];
  /** The value of --at, if given. */
  at: string | undefined;
}

/** Checks the names given with --vars: distinct names that are not functions or constants. */
function checkNames(names: readonly string[]): void {
  names.forEach((name, i) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
      throw new UsageError(`--vars: "${name}" is not a name (a letter, then letters, digits or _)`);
    }
    if (EXPRESSION_FUNCTIONS.includes(name) || Object.hasOwn(EXPRESSION_CONSTANTS, name)) {
      throw new UsageError(`--vars: ${name} is a function or constant, not a variable name`);
    }
    if (names.indexOf(name) !== i) throw new UsageError(`--vars: ${name} is listed twice`);
  });
}

/**
 * Reads the expressions and the variables (--vars, the names in --at, or the names the
 * expressions use, sorted; `x` for a constant).
 *
 * @param args - the parsed command line
 * @param outputs - 'one' for a scalar function, 'many' for a vector function
 * @returns the expressions, the variables and the text of --at
 * @throws UsageError when an expression is missing or extra
 */
export function setup(args: Arguments, outputs: 'one' | 'many'): Setup {
  const { expressions, values, command } = args;
  if (expressions.length === 0) {
    throw new UsageError(`${command} needs an expression, e.g. forward-ad ${command} "x^2" --at 1`);
  }
  if (outputs === 'one' && expressions.length > 1) {
    throw new UsageError(
      `${command} takes one expression, got ${expressions.length}: quote each expression ` +
        '(a vector function of several expressions is for jacobian)',
    );
  }
  let variables: string[];
  if (values.vars !== undefined) {
    variables = values.vars.split(',').map((s) => s.trim());
    checkNames(variables);
  } else {
    const used = variablesOf(expressions);
    const named = values.at === undefined ? undefined : namesInPoint(values.at);
    // Names in --at (x=1, y=2) give the order; they must be the expression's variables.
    for (const name of named ?? []) {
      if (used.length > 0 && !used.includes(name)) {
        throw new UsageError(`--at: ${name} is not a variable; variables: ${used.join(', ')}`);
      }
    }
    variables = named ?? used;
    if (variables.length === 0) variables = ['x'];
  }
  return { expressions, variables, at: values.at };
}

/**
 * The point (--at), one number per variable.
 *
 * @param s - the setup
 * @param command - the command, for the message
 * @returns the point
 * @throws UsageError when --at is missing or does not fit the variables
 */
export function requirePoint(s: Setup, command: string): number[] {
  if (s.at === undefined) {
    const example = s.variables.map((_, i) => i + 1).join(',');
    throw new UsageError(`${command} needs the point: --at ${example} (${s.variables.join(', ')})`);
  }
  return parsePoint(s.at, s.variables);
}
