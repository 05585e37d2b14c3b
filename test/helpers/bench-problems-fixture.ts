/**
 * test/fixtures/bench-problems.json (sympy + mpmath values made by
 * test/fixtures/gen_bench_problems.py): the benchmark problems' values and derivatives, read by the
 * tests of bench/lib.
 */
import { readFileSync } from 'node:fs';

/** The fixture's shape. */
export interface BenchProblemsFixture {
  scalar: { x: number; f: number; d1: number; d2: number }[];
  rosenbrock: { x: number[]; f: number; gradient: number[]; hessian: number[][] };
  layer: {
    W: number[][];
    b: number[];
    x: number[];
    v: number[];
    value: number[];
    jacobian: number[][];
    tangent: number[];
  };
  taylor: { x0: number; coefficients: number[] }[];
}

export const benchProblems: BenchProblemsFixture = JSON.parse(
  readFileSync(new URL('../fixtures/bench-problems.json', import.meta.url), 'utf8'),
);
