/** Types of bench/lib/central-differences.mjs, for test/bench/central-differences.test.ts. */
export function centralDerivative(f: (x: number) => number, x: number): number;
export function centralSecondDerivative(f: (x: number) => number, x: number): number;
export function centralGradient(f: (x: number[]) => number, x: readonly number[]): number[];
export function centralJacobian(f: (x: number[]) => number[], x: readonly number[]): number[][];
export function centralJvp(
  f: (x: number[]) => number[],
  x: readonly number[],
  v: readonly number[],
): [number[], number[]];
export function centralHessian(f: (x: number[]) => number, x: readonly number[]): number[][];
export function centralTaylor(f: (x: number) => number, x0: number, order: number): number[];
