/**
 * The assertion behind `// → value` comments in the docs' code samples (see test/docs.test.ts):
 * the value shown must be what the line computes.
 *
 * @module
 */

/**
 * Compares a computed value with the one a doc shows: exactly (deep, numbers by ===, NaN equal to
 * NaN), or, when `approx`, numbers to a relative 5e-6 (six significant digits, as docs print
 * them; a shown 0 to 1e-12 absolute).
 *
 * @param actual - what the sample computed
 * @param expected - what the doc says
 * @param approx - whether the doc wrote `≈`
 * @param where - the doc and line, for the message
 * @throws Error when they differ
 */
export function docCheck(actual: unknown, expected: unknown, approx: boolean, where: string): void {
  const problem = difference(actual, expected, approx, '');
  if (problem !== undefined) {
    throw new Error(
      `${where}: ${problem}\n  computed: ${show(actual)}\n  doc says: ${show(expected)}`,
    );
  }
}

function show(x: unknown): string {
  return JSON.stringify(x, (_k, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}

function difference(a: unknown, e: unknown, approx: boolean, path: string): string | undefined {
  if (typeof e === 'number') {
    if (typeof a !== 'number') return `${path || 'value'} is not a number`;
    if (Number.isNaN(e) ? Number.isNaN(a) : a === e) return undefined;
    // A shown 0 stands for a rounding-level number (1e-17 after Newton's method, say).
    const tolerance = e === 0 ? 1e-12 : 5e-6 * Math.abs(e);
    if (approx && Math.abs(a - e) <= tolerance) return undefined;
    return `${path || 'value'} differs`;
  }
  if (Array.isArray(e)) {
    if (!Array.isArray(a) || a.length !== e.length) return `${path || 'value'} differs in length`;
    for (let i = 0; i < e.length; i++) {
      const d = difference(a[i], e[i], approx, `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (typeof e === 'object' && e !== null) {
    if (typeof a !== 'object' || a === null) return `${path || 'value'} is not an object`;
    for (const key of Object.keys(e)) {
      const d = difference(
        (a as Record<string, unknown>)[key],
        (e as Record<string, unknown>)[key],
        approx,
        `${path}.${key}`,
      );
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return a === e ? undefined : `${path || 'value'} differs`;
}
