/**
 * How results print: numbers in full precision (the shortest text that reads back as the same
 * double), vectors, aligned matrices, and JSON with non-finite numbers as strings.
 *
 * @module
 */

/** A number as the shortest text that reads back exactly; −0 prints as 0. */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

/** A vector as `[a, b, c]`. */
export function formatVector(v: readonly number[]): string {
  return `[${v.map(formatNumber).join(', ')}]`;
}

/** A matrix as rows of right-aligned columns, each row on its own line after `indent`. */
export function formatMatrix(rows: readonly (readonly number[])[], indent: string): string {
  const cells = rows.map((r) => r.map(formatNumber));
  const widths: number[] = [];
  for (const r of cells) {
    r.forEach((c, j) => {
      widths[j] = Math.max(widths[j] ?? 0, c.length);
    });
  }
  return cells
    .map((r) => `${indent}[ ${r.map((c, j) => c.padStart(widths[j])).join('  ')} ]`)
    .join('\n');
}

/** The point as `x = 1` or `(x, y) = (1, 2)`. */
export function formatPoint(variables: readonly string[], point: readonly number[]): string {
  if (variables.length === 1) return `${variables[0]} = ${formatNumber(point[0])}`;
  return `(${variables.join(', ')}) = (${point.map(formatNumber).join(', ')})`;
}

/** Aligned `name = value` lines: names padded to the longest, each line after `indent`. */
export function formatTable(rows: readonly [string, string][], indent = '  '): string {
  const width = Math.max(...rows.map(([name]) => [...name].length));
  return rows
    .map(([name, value]) => `${indent}${name}${' '.repeat(width - [...name].length)} = ${value}`)
    .join('\n');
}

/**
 * JSON text of a result, indented, with arrays of numbers or strings on one line (a matrix prints
 * a row per line). NaN and ±Infinity, which JSON lacks, become "NaN", "Infinity", "-Infinity".
 */
export function toJson(result: unknown): string {
  const text = JSON.stringify(
    result,
    (_key, value: unknown) =>
      typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
    2,
  );
  // Innermost arrays hold no brackets or braces; join their entries on one line.
  return text.replace(
    /\[\s+([^[\]{}]*?)\s+\]/g,
    (_m, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`,
  );
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The name of the k-th derivative of f: f, f′, f″, f‴, f⁽⁴⁾, .... */
export function derivativeName(k: number, f = 'f'): string {
  if (k <= 3) return f + ['', '′', '″', '‴'][k];
  const digits = [...String(k)].map((d) => SUPERSCRIPTS[Number(d)]).join('');
  return `${f}⁽${digits}⁾`;
}

/** The polynomial as text, in powers of `h` (`x`, `(x - 1)`, `t`), zero terms left out. */
export function formatPolynomial(c: readonly number[], h: string): string {
  const terms: string[] = [];
  c.forEach((ck, k) => {
    if (ck === 0) return;
    const power = k === 0 ? '' : k === 1 ? h : `${h}^${k}`;
    const magnitude = Math.abs(ck);
    const coefficient = k > 0 && magnitude === 1 ? '' : formatNumber(magnitude);
    const term = coefficient && power ? `${coefficient}·${power}` : coefficient || power;
    const sign = ck < 0 ? '-' : '+';
    terms.push(terms.length === 0 ? (sign === '-' ? `-${term}` : term) : `${sign} ${term}`);
  });
  return terms.length === 0 ? '0' : terms.join(' ');
}
