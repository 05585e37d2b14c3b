import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage.js';

describe('parseArguments', () => {
  it('reads the command, expressions, values and flags', () => {
    const a = parseArguments(['jacobian', 'x + y', 'x - y', '--at', '1,2', '--json']);
    expect(a.command).toBe('jacobian');
    expect(a.expressions).toEqual(['x + y', 'x - y']);
    expect(a.values).toEqual({ at: '1,2' });
    expect([...a.flags]).toEqual(['json']);
  });

  it('takes values that start with a minus, and --name=value', () => {
    expect(parseArguments(['derivative', 'x', '--at', '-1']).values.at).toBe('-1');
    expect(parseArguments(['derivative', 'x', '--at=-1,2']).values.at).toBe('-1,2');
  });

  it('takes expressions that start with a minus, and everything after --', () => {
    expect(parseArguments(['derivative', '-x^2', '--at', '1']).expressions).toEqual(['-x^2']);
    expect(parseArguments(['derivative', '--at', '1', '--', '--x']).expressions).toEqual(['--x']);
  });

  it('reads help in all its forms', () => {
    expect(parseArguments(['--help']).flags.has('help')).toBe(true);
    expect(parseArguments(['-h']).command).toBeUndefined();
    expect(parseArguments(['help', 'taylor']).command).toBe('taylor');
    expect(parseArguments(['taylor', '--help']).flags.has('help')).toBe(true);
  });

  it.each([
    [[], /missing command/],
    [['differentiate'], /unknown command 'differentiate'/],
    [['help', 'nope'], /unknown command 'nope'/],
    [['derivative', '--at'], /--at needs a value/],
    [['derivative', '--at', ' '], /--at needs a value/],
    [['derivative', '--at', '1', '--at', '2'], /--at is given twice/],
    [['derivative', '--json=yes'], /--json takes no value/],
    [['derivative', '--nope'], /unknown option --nope/],
    [['hessian', 'x', '--order', '2'], /hessian does not take --order/],
    [['gradient', 'x', '--plot'], /gradient does not take --plot/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArguments(argv as string[])).toThrow(UsageError);
    expect(() => parseArguments(argv as string[])).toThrow(message);
  });
});
