/**
 * The mpmath reference values of test/fixtures/rules.json (made by test/fixtures/gen_rules.py):
 * f, f′, f″ of every unary rule, the value and five partials of every binary rule, and x^p with its two
derivatives for the power rule, each
 * correctly rounded to a double.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { UnaryName } from '../../src/rules.js';

/** A JSON double: non-finite values are stored as strings. */
type Encoded = number | 'NaN' | 'Infinity' | '-Infinity';

/** One unary reference point: x, f(x), f′(x), f″(x). */
export type UnaryRow = [x: number, f: number, d1: number, d2: number];

/** One binary reference point: a, b, f(a, b), ∂a, ∂b, ∂aa, ∂ab, ∂bb. */
export type BinaryRow = [
  a: number,
  b: number,
  f: number,
  da: number,
  db: number,
  daa: number,
  dab: number,
  dbb: number,
];

/** The names of the binary rules with a fixture. */
export type BinaryName = 'mul' | 'div' | 'pow' | 'atan2' | 'hypot';

/** One power-rule reference point: x, the constant exponent p, x^p, d/dx, d²/dx². */
export type PowerRow = [x: number, p: number, f: number, d1: number, d2: number];

interface RawFixture {
  source: string;
  unary: Record<UnaryName, Encoded[][]>;
  binary: Record<BinaryName, Encoded[][]>;
  power: Encoded[][];
}

function decode(v: Encoded): number {
  return typeof v === 'number' ? v : Number(v);
}

const raw: RawFixture = JSON.parse(
  readFileSync(new URL('../fixtures/rules.json', import.meta.url), 'utf8'),
);

/** Reference rows of each unary rule. */
export const unaryFixture = Object.fromEntries(
  Object.entries(raw.unary).map(([name, rows]) => [name, rows.map((r) => r.map(decode))]),
) as Record<UnaryName, UnaryRow[]>;

/** Reference rows of each binary rule. */
export const binaryFixture = Object.fromEntries(
  Object.entries(raw.binary).map(([name, rows]) => [name, rows.map((r) => r.map(decode))]),
) as Record<BinaryName, BinaryRow[]>;

/** Reference rows of the power rule (constant exponent). */
export const powerFixture = raw.power.map((r) => r.map(decode)) as PowerRow[];

/** Where the reference values came from. */
export const fixtureSource = raw.source;
