/** Types of bench/lib/problems.mjs, for test/bench/problems.test.ts. */

/** The methods of a forward-ad number or tracer that the generic problems call. */
export interface GenericNumber<T> {
  add(b: T | number): T;
  sub(b: T | number): T;
  mul(b: T | number): T;
  div(b: T | number): T;
  sin(): T;
  exp(): T;
  tanh(): T;
}

export const SCALAR_X0: number;
export function scalarPrimal(x: number): number;
export function scalarDerivative(x: number): number;
export function scalarSecondDerivative(x: number): number;
export function scalarGeneric<T extends GenericNumber<T>>(x: T): T;

export function rosenbrockPoint(n: number): number[];
export function rosenbrockPrimal(x: readonly number[]): number;
export function rosenbrockGradient(x: readonly number[]): number[];
export function rosenbrockHessian(x: readonly number[]): number[][];
export function rosenbrockGeneric<T extends GenericNumber<T>>(x: readonly T[]): T;

export function layerData(n: number): { W: number[][]; b: number[]; x: number[]; v: number[] };
export function layerPrimal(
  W: readonly (readonly number[])[],
  b: readonly number[],
  x: readonly number[],
): number[];
export function layerJacobian(
  W: readonly (readonly number[])[],
  b: readonly number[],
  x: readonly number[],
): number[][];
export function layerJvp(
  W: readonly (readonly number[])[],
  b: readonly number[],
  x: readonly number[],
  v: readonly number[],
): [number[], number[]];
export function makeLayerGeneric(
  W: readonly (readonly number[])[],
  b: readonly number[],
): <T extends GenericNumber<T>>(x: readonly T[]) => T[];

export const TAYLOR_X0: number;
export function expSinPrimal(x: number): number;
export function expSinTaylor(x0: number, order: number): number[];
export function expSinGeneric<T extends GenericNumber<T>>(x: T): T;
