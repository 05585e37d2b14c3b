/** Types of bench/lib/check.mjs, for test/bench/check.test.ts. */
export const TOLERANCE: { exact: number; approx: number; float32: number; inexact: number };
export function flatten(x: unknown): number[];
export function relativeError(
  result: unknown,
  reference: unknown,
  metric: 'norm' | 'componentwise',
): number;
export function agrees(kind: keyof typeof TOLERANCE, error: number): boolean;
