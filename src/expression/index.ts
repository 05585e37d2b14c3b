/**
 * `forward-ad/expression`: functions from math expressions such as `x^2 * sin(y)`, for every
 * driver. Parsing uses jsep, bundled into this entry, so the core `forward-ad` import stays free
 * of dependencies.
 *
 * Grammar: numbers (`2`, `.5`, `1e-3`); variables; the constants `pi` (also `π`) and `e`; `+ - * /`
 * and `^` (also `**`; right-associative and above unary minus, so `-x^2` is −(x²) and `2^3^2` is
 * 2⁹); parentheses; and the functions sqrt cbrt exp expm1 log log1p log2 log10 sin cos tan asin
 * acos atan atan2 sinh cosh tanh asinh acosh atanh abs hypot min max sigmoid softplus relu erf erfc
 * pow (`atan2(y, x)`, `pow(x, y)`; `hypot`, `min` and `max` take two or more arguments).
 *
 * @module
 */
import { describe } from '../errors.js';
import type { Scalar } from '../scalar.js';
import { compileSyntax, type Evaluator, namesIn } from './compile.js';
import { CONSTANTS, FUNCTION_NAMES, type Value } from './functions.js';
import { parseSyntax } from './parse.js';

export { ExpressionError } from './error.js';

/** Every function an expression may call, sorted. */
export const EXPRESSION_FUNCTIONS: readonly string[] = FUNCTION_NAMES;

/** The named constants an expression may use, with their values. */
export const EXPRESSION_CONSTANTS: Readonly<Record<string, number>> = CONSTANTS;

/**
 * What {@link fromExpression} returns for one variable: a function of a number, of any
 * forward-mode number, or of a one-element array (so that `gradient` and `hessian` accept it too).
 */
export interface UnivariateExpressionFunction {
  /** On a plain number: the expression's value. */
  (x: number): number;
  /** On a forward-mode number: the expression in that number type (a number if constant). */
  <T extends Scalar<T>>(x: T): T | number;
  /** On a one-element array of numbers. */
  (x: ArrayLike<number>): number;
  /** On a one-element array of forward-mode numbers. */
  <T extends Scalar<T>>(x: readonly T[]): T | number;
  /** The expression text. */
  readonly expression: string;
  /** The variable name, as a one-element list. */
  readonly variables: readonly string[];
}

/** What {@link fromExpression} returns for several variables: a function of an array. */
export interface MultivariateExpressionFunction {
  /** On an array of plain numbers, one per variable. */
  (x: ArrayLike<number>): number;
  /** On an array of forward-mode numbers, one per variable. */
  <T extends Scalar<T>>(x: readonly T[]): T | number;
  /** The expression text. */
  readonly expression: string;
  /** The variable names, in the order of the array's elements. */
  readonly variables: readonly string[];
}

/** What {@link fromExpressions} returns for one variable: a vector function of one number. */
export interface UnivariateVectorExpressionFunction {
  /** On a plain number. */
  (x: number): number[];
  /** On a forward-mode number. */
  <T extends Scalar<T>>(x: T): (T | number)[];
  /** On a one-element array of numbers. */
  (x: ArrayLike<number>): number[];
  /** On a one-element array of forward-mode numbers. */
  <T extends Scalar<T>>(x: readonly T[]): (T | number)[];
  /** The expression texts, one per output. */
  readonly expressions: readonly string[];
  /** The variable name, as a one-element list. */
  readonly variables: readonly string[];
}

/** What {@link fromExpressions} returns for several variables: a vector function of an array. */
export interface MultivariateVectorExpressionFunction {
  /** On an array of plain numbers, one per variable. */
  (x: ArrayLike<number>): number[];
  /** On an array of forward-mode numbers, one per variable. */
  <T extends Scalar<T>>(x: readonly T[]): (T | number)[];
  /** The expression texts, one per output. */
  readonly expressions: readonly string[];
  /** The variable names, in the order of the array's elements. */
  readonly variables: readonly string[];
}

/** Checks the variable names: strings that are names, not functions or constants, not repeated. */
function checkVariables(variables: unknown): { names: string[]; univariate: boolean } {
  const univariate =
    typeof variables === 'string' || (Array.isArray(variables) && variables.length === 1);
  const names = typeof variables === 'string' ? [variables] : variables;
  if (!Array.isArray(names)) {
    throw new TypeError(
      `forward-ad: variables must be a name or an array of names, got ${describe(variables)}`,
    );
  }
  names.forEach((name: unknown, i) => {
    const what = typeof variables === 'string' ? 'variables' : `variables[${i}]`;
    if (typeof name !== 'string') {
      throw new TypeError(`forward-ad: ${what} must be a string, got ${describe(name)}`);
    }
    let node: ReturnType<typeof parseSyntax> | undefined;
    try {
      node = parseSyntax(name);
    } catch {
      node = undefined;
    }
    if (node?.kind !== 'name' || node.name !== name) {
      throw new RangeError(`forward-ad: ${what} must be a name like x or x1, got "${name}"`);
    }
    if (FUNCTION_NAMES.includes(name) || Object.hasOwn(CONSTANTS, name)) {
      const kind = FUNCTION_NAMES.includes(name) ? 'a function' : 'a constant';
      throw new RangeError(`forward-ad: ${what} "${name}" is ${kind}; choose another name`);
    }
    if (names.indexOf(name) !== i) {
      throw new RangeError(`forward-ad: ${what} "${name}" is listed twice`);
    }
  });
  return { names: names as string[], univariate };
}

function checkText(text: unknown, what: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`forward-ad: ${what} must be a string, got ${describe(text)}`);
  }
}

/**
 * A number or a number type. Duck-typed on the methods, not on `value`: compile()'s tracer
 * numbers throw when `value` is read, and they must pass through unchanged.
 */
const isValue = (x: unknown): x is Value =>
  typeof x === 'number' ||
  (typeof x === 'object' &&
    x !== null &&
    typeof (x as { mul?: unknown }).mul === 'function' &&
    typeof (x as { add?: unknown }).add === 'function');

/** The point as the evaluator's argument: [x] for one variable, x itself for several. */
function argumentsOf(
  x: unknown,
  variables: readonly string[],
  univariate: boolean,
): readonly Value[] {
  if (univariate && isValue(x)) return [x];
  const n = variables.length;
  const names = variables.join(', ');
  if (typeof x !== 'object' || x === null || typeof (x as ArrayLike<unknown>).length !== 'number') {
    const expected = univariate
      ? `a number or a forward-mode number (the variable ${names})`
      : `an array of ${n} numbers (${names})`;
    throw new TypeError(`forward-ad: x must be ${expected}, got ${describe(x)}`);
  }
  const xs = x as ArrayLike<unknown>;
  if (xs.length !== n) {
    throw new RangeError(
      `forward-ad: x must have ${n} coordinate${n === 1 ? '' : 's'} (${names}), got ${xs.length}`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!isValue(xs[i])) {
      throw new TypeError(
        `forward-ad: x[${i}] (${variables[i]}) must be a number or a forward-mode number, got ${describe(xs[i])}`,
      );
    }
  }
  return xs as readonly Value[];
}

/**
 * A function from a math expression, for every driver (`derivative`, `gradient`, `hessian`,
 * `taylor`, `jvp`, ...) and for plain evaluation.
 *
 * With one variable (a name, or a one-element array) the function takes a number (or a
 * one-element array); with several, an array with one value per variable, in the given order.
 *
 * @param text - the expression, e.g. `x^2 * sin(y)`; see the module comment for the grammar
 * @param variables - the variable name, or the names in the order of the function's array argument
 * @returns the function, with `expression` and `variables` attached
 * @throws ExpressionError (a SyntaxError with `.position`) for a bad expression, an unknown function
 * or variable, or a wrong number of arguments; TypeError or RangeError for bad variable names
 * @example
 * ```ts
 * import { derivative, gradient } from 'forward-ad';
 * import { fromExpression } from 'forward-ad/expression';
 * derivative(fromExpression('x^3', 'x'), 2); // 12
 * gradient(fromExpression('x^2 * y', ['x', 'y']), [3, 2]); // [12, 9]
 * ```
 */
export function fromExpression(
  text: string,
  variables: string | readonly [string],
): UnivariateExpressionFunction;
export function fromExpression(
  text: string,
  variables: readonly string[],
): MultivariateExpressionFunction;
export function fromExpression(
  text: string,
  variables: string | readonly string[],
): UnivariateExpressionFunction | MultivariateExpressionFunction {
  checkText(text, 'text');
  const { names, univariate } = checkVariables(variables);
  const evaluate = compileSyntax(parseSyntax(text), text, names);
  const f = (x: unknown): Value => evaluate(argumentsOf(x, names, univariate));
  return describeFunction(f, { expression: text, variables: Object.freeze(names.slice()) });
}

/**
 * A vector function from several math expressions (one per output), for `jacobian`, `jvp` and
 * `hessianTensor`.
 *
 * @param texts - the expressions, one per output
 * @param variables - the variable name, or the names in the order of the function's array argument
 * @returns the function, with `expressions` and `variables` attached
 * @throws ExpressionError for a bad expression (its `expression` tells which); TypeError or
 * RangeError for bad arguments
 * @example
 * ```ts
 * import { jacobian } from 'forward-ad';
 * import { fromExpressions } from 'forward-ad/expression';
 * const u = fromExpressions(['x1 + x2', 'x1 - x2'], ['x1', 'x2']);
 * jacobian(u, [1, 2]); // [[1, 1], [1, -1]]
 * ```
 */
export function fromExpressions(
  texts: readonly string[],
  variables: string | readonly [string],
): UnivariateVectorExpressionFunction;
export function fromExpressions(
  texts: readonly string[],
  variables: readonly string[],
): MultivariateVectorExpressionFunction;
export function fromExpressions(
  texts: readonly string[],
  variables: string | readonly string[],
): UnivariateVectorExpressionFunction | MultivariateVectorExpressionFunction {
  if (!Array.isArray(texts)) {
    throw new TypeError(`forward-ad: texts must be an array of strings, got ${describe(texts)}`);
  }
  texts.forEach((t: unknown, i) => {
    checkText(t, `texts[${i}]`);
  });
  const { names, univariate } = checkVariables(variables);
  const evaluators: Evaluator[] = texts.map((t) => compileSyntax(parseSyntax(t), t, names));
  const m = evaluators.length;
  const f = (x: unknown): Value[] => {
    const args = argumentsOf(x, names, univariate);
    const out = new Array<Value>(m);
    for (let i = 0; i < m; i++) out[i] = evaluators[i](args);
    return out;
  };
  return describeFunction(f, {
    expressions: Object.freeze(texts.slice()),
    variables: Object.freeze(names.slice()),
  });
}

/** Attaches read-only descriptive properties to the function. */
function describeFunction<R>(f: (x: unknown) => unknown, properties: object): R {
  for (const [key, value] of Object.entries(properties)) {
    Object.defineProperty(f, key, { value, enumerable: true });
  }
  return f as R;
}

/**
 * The variables an expression (or several) uses: every name that is not a function or constant,
 * sorted as people number them (x, x1, x2, x10, y).
 *
 * @param texts - an expression, or several
 * @returns the names, sorted
 * @throws ExpressionError for a bad expression
 * @example
 * ```ts
 * import { variablesOf } from 'forward-ad/expression';
 * variablesOf('y * sin(x) + pi'); // ['x', 'y']
 * ```
 */
export function variablesOf(texts: string | readonly string[]): string[] {
  const all = typeof texts === 'string' ? [texts] : texts;
  if (!Array.isArray(all)) {
    throw new TypeError(`forward-ad: texts must be a string or strings, got ${describe(texts)}`);
  }
  const names = new Set<string>();
  all.forEach((t: unknown, i) => {
    checkText(t, typeof texts === 'string' ? 'texts' : `texts[${i}]`);
    for (const name of namesIn(parseSyntax(t))) {
      if (!FUNCTION_NAMES.includes(name)) names.add(name);
    }
  });
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
