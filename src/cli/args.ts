/**
 * Command-line arguments: the command, its expressions and its options.
 *
 * @module
 */
import { COMMANDS, type Command, UsageError } from './usage.js';

/** The options and what they take. */
const VALUE_OPTIONS = ['at', 'vars', 'order', 'direction', 'range', 'width', 'height'] as const;
const FLAG_OPTIONS = ['json', 'plot', 'ascii', 'help', 'version'] as const;

/** Which command accepts which option (help and json: all). */
const ACCEPTS: Record<Command, readonly string[]> = {
  derivative: ['at', 'vars', 'order'],
  gradient: ['at', 'vars', 'direction'],
  jacobian: ['at', 'vars', 'direction'],
  hessian: ['at', 'vars'],
  taylor: ['at', 'vars', 'order', 'direction', 'plot', 'range', 'width', 'height', 'ascii'],
};

/** A parsed command line. */
export interface Arguments {
  /** The command, or undefined for `--help`/`--version` alone. */
  command: Command | undefined;
  /** The positional arguments after the command: the expressions. */
  expressions: string[];
  /** Options that take a value, by name. */
  values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;
  /** Flags that were given. */
  flags: Set<(typeof FLAG_OPTIONS)[number]>;
}

const isValueOption = (s: string): s is (typeof VALUE_OPTIONS)[number] =>
  (VALUE_OPTIONS as readonly string[]).includes(s);
const isFlag = (s: string): s is (typeof FLAG_OPTIONS)[number] =>
  (FLAG_OPTIONS as readonly string[]).includes(s);

/**
 * Parses the arguments. Options start with `--` (and `-h`); an option's value is the next
 * argument even when it starts with `-` (`--at -1`), or follows `=` (`--at=-1`). Everything else,
 * and everything after `--`, is positional, so expressions such as `-x^2` need no escaping.
 *
 * @param argv - the arguments after the program name
 * @returns the command, expressions, option values and flags
 * @throws UsageError for an unknown command or option, a missing value, or an option the command
 * does not take
 */
export function parseArguments(argv: readonly string[]): Arguments {
  const positional: string[] = [];
  const values: Arguments['values'] = {};
  const flags: Arguments['flags'] = new Set();
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || !(arg.startsWith('--') || arg === '-h')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (isFlag(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (isValueOption(name)) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value.trim() === '') {
        throw new UsageError(`--${name} needs a value`);
      }
      if (values[name] !== undefined) throw new UsageError(`--${name} is given twice`);
      values[name] = value;
    } else {
      const known = [...VALUE_OPTIONS, ...FLAG_OPTIONS].map((o) => `--${o}`).join(', ');
      throw new UsageError(
        `unknown option ${arg.slice(0, eq < 0 ? undefined : eq)}; options: ${known}`,
      );
    }
  }
  const [first, ...expressions] = positional;
  let command: Command | undefined;
  if (first === 'help') {
    flags.add('help');
    command = expressions[0] as Command | undefined;
    if (command !== undefined && !COMMANDS.includes(command)) {
      throw new UsageError(`unknown command '${command}'; commands: ${COMMANDS.join(', ')}`);
    }
    return { command, expressions: [], values, flags };
  }
  if (first === undefined) {
    if (flags.has('help') || flags.has('version')) return { command, expressions, values, flags };
    throw new UsageError(`missing command; commands: ${COMMANDS.join(', ')}`);
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command '${first}'; commands: ${COMMANDS.join(', ')}`);
  }
  command = first as Command;
  if (!flags.has('help')) {
    const given = [
      ...Object.keys(values),
      ...[...flags].filter((f) => f !== 'json' && f !== 'version'),
    ];
    for (const option of given) {
      if (!ACCEPTS[command].includes(option)) {
        throw new UsageError(`${command} does not take --${option}`, command);
      }
    }
  }
  return { command, expressions, values, flags };
}
