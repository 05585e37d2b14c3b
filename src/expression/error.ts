/**
 * The error of a bad expression: where it went wrong and what was expected there.
 *
 * @module
 */

/**
 * A bad expression: a syntax error, an unknown function or variable, or a wrong number of
 * arguments. `position` is the 0-based index in `expression` where the problem starts.
 *
 * @example
 * ```ts
 * import { ExpressionError, fromExpression } from 'forward-ad/expression';
 * try {
 *   fromExpression('sin(x', 'x');
 * } catch (e) {
 *   if (e instanceof ExpressionError) console.log(e.position, e.pointer()); // 5, "sin(x\n     ^"
 * }
 * ```
 */
export class ExpressionError extends SyntaxError {
  /** The 0-based index in `expression` where the problem starts. */
  readonly position: number;
  /** The expression text as given. */
  readonly expression: string;

  /**
   * @param message - what is wrong and what was expected (without the position)
   * @param expression - the expression text
   * @param position - the 0-based index where the problem starts
   */
  constructor(message: string, expression: string, position: number) {
    super(`forward-ad: ${message} (at position ${position} of "${expression}")`);
    this.name = 'ExpressionError';
    this.position = position;
    this.expression = expression;
  }

  /**
   * The expression with a caret under the position, for terminals.
   *
   * @returns two lines: the expression, and a `^` under the offending character
   * @example
   * ```ts
   * import { ExpressionError } from 'forward-ad/expression';
   * new ExpressionError('unknown variable z', 'x + z', 4).pointer(); // "x + z\n    ^"
   * ```
   */
  pointer(): string {
    // Tabs and newlines would shift the caret; show them as spaces.
    const line = this.expression.replace(/[\t\n\r]/g, ' ');
    return `${line}\n${' '.repeat(Math.min(this.position, line.length))}^`;
  }
}
