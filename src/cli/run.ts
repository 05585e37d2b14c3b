/**
 * The command line's main: parse, dispatch, print, and choose the exit code.
 *
 * @module
 */
import { ExpressionError } from '../expression/index.js';
import { parseArguments } from './args.js';
import { derivativeCommand, gradientCommand, jacobianCommand, type Output } from './first-order.js';
import { toJson } from './format.js';
import { hessianCommand } from './hessian.js';
import { taylorCommand } from './taylor.js';
import { COMMAND_HELP, type Command, MAIN_HELP, UsageError } from './usage.js';

/** Where the command line writes. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const COMMAND_RUNNERS: Record<Command, (args: ReturnType<typeof parseArguments>) => Output> = {
  derivative: derivativeCommand,
  gradient: gradientCommand,
  jacobian: jacobianCommand,
  hessian: hessianCommand,
  taylor: taylorCommand,
};

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write results and errors
 * @param version - the package version, for --version
 * @returns the exit code: 0 on success, 2 for a usage error or a bad expression, 1 otherwise
 */
export function run(argv: readonly string[], io: Io, version: string): number {
  let command: Command | undefined;
  try {
    const args = parseArguments(argv);
    command = args.command;
    if (args.flags.has('help')) {
      io.out(command === undefined ? MAIN_HELP : COMMAND_HELP[command]);
      return 0;
    }
    if (args.flags.has('version') || command === undefined) {
      io.out(version);
      return 0;
    }
    const output = COMMAND_RUNNERS[command](args);
    io.out(args.flags.has('json') ? toJson(output.json) : output.text);
    return 0;
  } catch (e) {
    const about = e instanceof UsageError && e.command !== undefined ? e.command : command;
    const help = about === undefined ? 'forward-ad --help' : `forward-ad ${about} --help`;
    if (e instanceof ExpressionError) {
      const pointer = e.pointer().replace(/^/gm, '  ');
      io.err(`forward-ad: ${e.message.replace(/^forward-ad: /, '')}\n${pointer}`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`forward-ad: ${e.message}\nSee ${help}.`);
      return 2;
    }
    // A bad argument that reached the library (TypeError/RangeError naming it) is still the
    // caller's mistake; anything else is a bug.
    if (
      (e instanceof RangeError || e instanceof TypeError) &&
      e.message.startsWith('forward-ad:')
    ) {
      io.err(`${e.message}\nSee ${help}.`);
      return 2;
    }
    io.err(
      `forward-ad: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    return 1;
  }
}
