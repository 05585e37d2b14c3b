/**
 * The command line's help texts and its usage error (exit code 2).
 *
 * @module
 */

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  /** The command whose help explains the mistake, when known. */
  readonly command: string | undefined;

  /**
   * @param message - what is wrong and what was expected
   * @param command - the command whose help explains it
   */
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The commands, in the order the help lists them. */
export const COMMANDS = ['derivative', 'gradient', 'jacobian', 'hessian', 'taylor'] as const;

/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

const POINT_HELP = `  --at <point>       the point: comma-separated numbers or constant expressions
                     (--at 1,2  --at pi/4  --at "x=1, y=-2")
  --vars <names>     the variables, in the order of --at (default: the names the
                     expression uses, sorted: x, x1, x2, ..., y)
  --json             print the result as JSON (non-finite numbers as "NaN", "Infinity")`;

/** The help of the whole program. */
export const MAIN_HELP = `forward-ad: exact derivatives of math expressions by forward-mode automatic differentiation

Usage: forward-ad <command> <expression>... [options]

Commands:
  derivative <f>         f′(x); with --order n, f(x), f′(x), ..., f⁽ⁿ⁾(x)
  gradient <f>           ∇f(x); with --direction v, the directional derivative ∇f(x)·v
  jacobian <f1> <f2>...  the Jacobian of (f1, f2, ...); with --direction v, J·v in one sweep
  hessian <f>            the Hessian, its eigenvalues and the kind of critical point
  taylor <f>             Taylor coefficients f⁽ᵏ⁾(x0)/k!; --plot draws f and its polynomials

Options:
${POINT_HELP}
  --order <n>        derivative: the highest order; taylor: the order (default 5)
  --direction <v>    gradient, jacobian, taylor: a direction, one entry per variable
  --plot             taylor: draw f and its Taylor polynomials in the terminal
  -h, --help         help; forward-ad <command> --help for one command
  --version          the version

Expressions: numbers, variables, pi, e, + - * / ^ (right-associative; -x^2 is -(x^2)),
parentheses and sqrt cbrt exp expm1 log log1p log2 log10 sin cos tan asin acos atan atan2
sinh cosh tanh asinh acosh atanh abs hypot min max sigmoid softplus relu erf erfc pow.
Quote them for the shell.

Examples:
  forward-ad derivative "sin(x)^2" --at 1
  forward-ad derivative "exp(-x^2)" --at 0.5 --order 4
  forward-ad gradient "x^2*y + x*y^2" --at 1,2
  forward-ad jacobian "x1 + x2" "x1 - x2" --at 3,-2 --direction 1,0
  forward-ad hessian "x^3 - 3*x + y^2" --at 1,0
  forward-ad taylor "cos(x)" --at 0 --order 6 --plot

Exit status: 0 on success, 2 for a usage error (bad option, bad expression, wrong point).`;

/** The help of each command. */
export const COMMAND_HELP: Record<Command, string> = {
  derivative: `Usage: forward-ad derivative <f> --at <x> [--order <n>] [--json]

The derivative of a function of one variable, exact to rounding (one dual-number sweep).
With --order n: f(x), f′(x), ..., f⁽ⁿ⁾(x), from one Taylor sweep.

${POINT_HELP}
  --order <n>        the highest derivative order (default 1)

Example: forward-ad derivative "x^3 - 2*x" --at 2`,
  gradient: `Usage: forward-ad gradient <f> --at <point> [--direction <v>] [--json]

The gradient of a scalar function of several variables; with --direction v, the directional
derivative ∇f·v in one sweep (no gradient formed).

${POINT_HELP}
  --direction <v>    a direction, one entry per variable

Example: forward-ad gradient "(1 - x)^2 + 100*(y - x^2)^2" --at -1.2,1`,
  jacobian: `Usage: forward-ad jacobian <f1> <f2>... --at <point> [--direction <v>] [--json]

The Jacobian J[i][j] = ∂fi/∂xj of the vector function (f1, f2, ...), one expression per output;
with --direction v, the Jacobian-vector product J·v in one sweep (no Jacobian formed).

${POINT_HELP}
  --direction <v>    a direction, one entry per variable

Example: forward-ad jacobian "x1 + x2" "x1 - x2" --at 3,-2`,
  hessian: `Usage: forward-ad hessian <f> --at <point> [--json]

The Hessian of a scalar function, its eigenvalues, and what kind of critical point the point is:
minimum, maximum, saddle, degenerate (a zero eigenvalue: the second-order test says nothing),
or not-critical (the gradient is not zero).

${POINT_HELP}

Example: forward-ad hessian "x^2*y + x*y^2" --at 0,0`,
  taylor: `Usage: forward-ad taylor <f> [--at <x0>] [--order <n>] [--plot] [--json]

The Taylor coefficients c_k = f⁽ᵏ⁾(x0)/k!, k = 0..n, of f about x0 (default 0), from one
sweep. For several variables, give --direction v: the coefficients of t ↦ f(x0 + t·v).

${POINT_HELP}
  --order <n>        the order n (default 5)
  --direction <v>    several variables: the direction of the line t ↦ x0 + t·v
  --plot             draw f and its Taylor polynomials in the terminal
  --range <a,b>      --plot: the range of x (or t), default x0-2,x0+2 (t: -2,2)
  --width <w>        --plot: columns of the chart (default 64)
  --height <h>       --plot: rows of the chart (default 20)
  --ascii            --plot: ASCII characters only

Example: forward-ad taylor "cos(x)" --order 6 --plot`,
};
