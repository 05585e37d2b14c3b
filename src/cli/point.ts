/**
 * Points, directions and ranges on the command line: comma-separated numbers or constant
 * expressions (`1,2`, `pi/4`, `x=1, y=-2`), checked against the variables.
 *
 * @module
 */
import { ExpressionError, fromExpression } from '../expression/index.js';
import { UsageError } from './usage.js';

/** One coordinate as written: an optional name (`x=`) and its text. */
interface Coordinate {
  name: string | undefined;
  text: string;
}

/** Splits at the commas that are not inside parentheses (`atan2(1, 2), 3` has two parts). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Reads `name=text` or `text`. */
function coordinate(part: string): Coordinate {
  const m = /^\s*([A-Za-z_$][\w$]*)\s*=(.*)$/.exec(part);
  return m ? { name: m[1], text: m[2] } : { name: undefined, text: part };
}

/** The value of a constant expression such as `pi/4` or `-1e-3`. */
function constant(text: string, option: string): number {
  try {
    return fromExpression(text.trim(), [])([]);
  } catch (e) {
    if (e instanceof ExpressionError) {
      throw new UsageError(
        `${option}: "${text.trim()}" is not a number or a constant expression such as pi/4 ` +
          `(${e.message.replace(/^forward-ad: /, '').replace(/ \(at position.*$/, '')})`,
      );
    }
    throw e;
  }
}

/**
 * Parses a list of numbers: `1,2`, `pi/4, -1`.
 *
 * @param text - the option's value
 * @param option - the option's name, for messages (`--at`)
 * @returns the numbers
 * @throws UsageError when a part is not a number or a constant expression
 */
export function parseNumbers(text: string, option: string): number[] {
  return splitTopLevel(text).map((part) => {
    const c = coordinate(part);
    if (c.name !== undefined)
      throw new UsageError(`${option} takes numbers, not names (${part.trim()})`);
    return constant(c.text, option);
  });
}

/**
 * The names of a point written with names (`x=1, y=2`), in order, or undefined for plain numbers.
 *
 * @param text - the value of --at
 * @returns the names, or undefined
 * @throws UsageError when some coordinates have names and others do not
 */
export function namesInPoint(text: string): string[] | undefined {
  const coordinates = splitTopLevel(text).map(coordinate);
  const named = coordinates.filter((c) => c.name !== undefined).length;
  if (named === 0) return undefined;
  if (named !== coordinates.length) {
    throw new UsageError('--at: name every coordinate (x=1, y=2) or none (1, 2)');
  }
  return coordinates.map((c) => c.name as string);
}

/**
 * Parses the point (`--at`) for the given variables, in their order.
 *
 * @param text - the value of --at
 * @param variables - the variables, in order
 * @returns one number per variable
 * @throws UsageError when the number of coordinates differs from the number of variables, a
 * named coordinate is not a variable, or a coordinate is not a number
 */
export function parsePoint(text: string, variables: readonly string[]): number[] {
  const coordinates = splitTopLevel(text).map(coordinate);
  const n = variables.length;
  const list = variables.join(', ');
  if (coordinates.length !== n) {
    const example = variables.map((_, i) => i + 1).join(',');
    throw new UsageError(
      `--at has ${coordinates.length} coordinate${coordinates.length === 1 ? '' : 's'} but ` +
        `the function has ${n} variable${n === 1 ? '' : 's'} (${list}); ` +
        `give ${n}, e.g. --at ${example}` +
        (n > 1 ? ` (or set the variables with --vars)` : ''),
    );
  }
  if (coordinates[0].name === undefined) return coordinates.map((c) => constant(c.text, '--at'));
  const point = new Array<number>(n);
  for (const c of coordinates) {
    const i = variables.indexOf(c.name as string);
    if (i < 0) throw new UsageError(`--at: ${c.name} is not a variable; variables: ${list}`);
    point[i] = constant(c.text, '--at');
  }
  return point;
}

/**
 * Parses a direction (`--direction`) with one entry per variable.
 *
 * @param text - the option's value
 * @param variables - the variables, in order
 * @returns one number per variable
 * @throws UsageError for a wrong number of entries or a bad number
 */
export function parseDirection(text: string, variables: readonly string[]): number[] {
  const v = parseNumbers(text, '--direction');
  if (v.length !== variables.length) {
    throw new UsageError(
      `--direction has ${v.length} entr${v.length === 1 ? 'y' : 'ies'} but the function has ` +
        `${variables.length} variable${variables.length === 1 ? '' : 's'} (${variables.join(', ')})`,
    );
  }
  return v;
}

/**
 * Parses a whole number option such as `--order`.
 *
 * @param text - the option's value
 * @param option - its name, for messages
 * @param min - the smallest accepted value
 * @param max - the largest accepted value
 * @returns the number
 * @throws UsageError unless it is a whole number in [min, max]
 */
export function parseCount(text: string, option: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || n < min || n > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return n;
}
