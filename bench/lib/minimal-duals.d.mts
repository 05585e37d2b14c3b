/** Types of bench/lib/minimal-duals.mjs, for test/bench/minimal-duals.test.ts. */
export class MinimalDual {
  constructor(value: number, tangent: number);
  readonly value: number;
  readonly tangent: number;
  add(b: MinimalDual | number): MinimalDual;
  mul(b: MinimalDual | number): MinimalDual;
  tanh(): MinimalDual;
}
export class MinimalHyperDual {
  constructor(value: number, e1: number, e2: number, e12: number);
  readonly value: number;
  readonly e1: number;
  readonly e2: number;
  readonly e12: number;
  add(b: MinimalHyperDual | number): MinimalHyperDual;
  mul(b: MinimalHyperDual | number): MinimalHyperDual;
  div(b: MinimalHyperDual | number): MinimalHyperDual;
  sin(): MinimalHyperDual;
  exp(): MinimalHyperDual;
}
export function minimalSecondDerivative(
  f: (x: MinimalHyperDual) => MinimalHyperDual,
  x: number,
): number;
export function minimalJvp(
  f: (x: MinimalDual[]) => MinimalDual[],
  x: readonly number[],
  v: readonly number[],
): { value: number[]; tangent: number[] };
