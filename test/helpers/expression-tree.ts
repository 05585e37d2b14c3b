/**
 * Expression trees of test/fixtures/second-order.json (made by gen_second_order.py), evaluated
 * with the functional ops on any number type, and the fixture's rows.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import * as ops from '../../src/ops.js';
import type { Scalar } from '../../src/scalar.js';

/** A prefix tree: ["x", i], ["c", v], [op, a], [op, a, b], ["powc", a, p], ["rpow", c, a]. */
export type Tree = readonly [string, ...(Tree | number)[]];

/** One reference point: a tree (or a named function), the point, and its exact derivatives. */
export interface SecondOrderRow {
  tree: Tree;
  x: number[];
  value: number;
  gradient: number[];
  hessian: number[][];
}

interface RawFixture {
  source: string;
  perMethod: SecondOrderRow[];
  random: SecondOrderRow[];
  classic: Record<string, Omit<SecondOrderRow, 'tree'>[]>;
}

const raw: RawFixture = JSON.parse(
  readFileSync(new URL('../fixtures/second-order.json', import.meta.url), 'utf8'),
);

/** Each method applied to smooth functions of three variables (sympy references). */
export const perMethodRows = raw.perMethod;
/** Random compositions of depth up to 4 over three variables (sympy references). */
export const randomRows = raw.random;
/** Classic test functions at a few points, by name (sympy references). */
export const classicRows = raw.classic;

/** A functional op taking numbers or numbers of any type (the overloads, loosened for trees). */
type LooseOp = (a: unknown, b?: unknown) => unknown;
const table = ops as unknown as Record<string, LooseOp>;

/**
 * Evaluates a tree on x with the functional ops: constants stay plain numbers, so every op meets
 * numbers on either side as well as numbers of the type.
 *
 * @param t - the tree
 * @param x - the variables
 * @returns the result: a number of the type, or a plain number for a constant subtree
 */
export function evaluateTree<T extends Scalar<T>>(t: Tree, x: readonly T[]): T | number {
  const [op, a, b] = t;
  if (op === 'x') return x[a as number];
  if (op === 'c') return a as number;
  if (op === 'powc') return table.pow(evaluateTree(a as Tree, x), b) as T | number;
  if (op === 'rpow') return table.pow(a, evaluateTree(b as Tree, x)) as T | number;
  const fn = table[op];
  if (typeof fn !== 'function') throw new Error(`unknown op ${op}`);
  if (b === undefined) return fn(evaluateTree(a as Tree, x)) as T | number;
  return fn(evaluateTree(a as Tree, x), evaluateTree(b as Tree, x)) as T | number;
}

/**
 * ‖got − want‖max / ‖want‖max over a value, a gradient and a Hessian together: normwise
 * relative error, so that entries that are small by cancellation are judged against the size of
 * the whole result.
 */
export function normwiseError(
  got: { value: number; gradient: readonly number[]; hessian: readonly (readonly number[])[] },
  want: { value: number; gradient: readonly number[]; hessian: readonly (readonly number[])[] },
): { gradient: number; hessian: number; value: number } {
  const rel = (g: readonly number[], w: readonly number[]) => {
    let scale = 0;
    let diff = 0;
    for (let i = 0; i < w.length; i++) {
      scale = Math.max(scale, Math.abs(w[i]));
      const d = Math.abs(g[i] - w[i]);
      diff = Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.max(diff, d);
    }
    return diff === 0 ? 0 : diff / scale;
  };
  return {
    value: rel([got.value], [want.value]),
    gradient: rel(got.gradient, want.gradient),
    hessian: rel(got.hessian.flat(), want.hessian.flat()),
  };
}
