/** Types of bench/lib/stats.mjs, for test/bench/stats.test.ts. */
export function median(xs: readonly number[]): number;
export function halfRangePercent(xs: readonly number[]): number;
export function logLogSlope(xs: readonly number[], ys: readonly number[]): number;
