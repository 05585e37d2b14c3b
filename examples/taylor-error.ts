/**
 * Taylor polynomials of eˣ and log(1 + x) about 0, and their error at x = 1/2 against the order.
 *
 * eˣ is entire: the Lagrange remainder bounds the error of Tₙ at x by e^x·xⁿ⁺¹/(n + 1)!, which
 * falls factorially. log(1 + x) has radius of convergence 1: its series is alternating at x > 0,
 * so the error is below the first omitted term xⁿ⁺¹/(n + 1), which falls only geometrically.
 */
import { exp, log1p, taylor } from '../src/index.js';

/** One row of the table: the order, the true error and its bound. */
export interface ErrorRow {
  order: number;
  error: number;
  bound: number;
}

/** The errors of both functions. */
export interface TaylorErrorResult {
  x: number;
  exp: ErrorRow[];
  log1p: ErrorRow[];
}

/**
 * Orders 0 to 12 at x = 1/2.
 *
 * @param log - where to print (silent by default)
 * @returns the error tables
 */
export function main(log: (line: string) => void = () => {}): TaylorErrorResult {
  const x = 0.5;
  const orders = Array.from({ length: 13 }, (_, n) => n);
  // One sweep each at the highest order; lower orders are prefixes of the same coefficients.
  const expCoefficients = taylor(exp, 0, 12).coefficients;
  const logCoefficients = taylor(log1p, 0, 12).coefficients;
  const evaluate = (c: number[], n: number): number => {
    let s = 0;
    for (let k = n; k >= 0; k--) s = s * x + c[k];
    return s;
  };
  let factorial = 1;
  const expRows = orders.map((n) => {
    factorial *= n + 1;
    return {
      order: n,
      error: Math.abs(Math.exp(x) - evaluate(expCoefficients, n)),
      bound: (Math.exp(x) * x ** (n + 1)) / factorial,
    };
  });
  const logRows = orders.map((n) => ({
    order: n,
    error: Math.abs(Math.log1p(x) - evaluate(logCoefficients, n)),
    bound: x ** (n + 1) / (n + 1),
  }));
  const e = (x: number): string => x.toExponential(2).padStart(10);
  log(
    `   n${'|eˣ − Tₙ|'.padStart(12)}${'bound'.padStart(10)}${'|log(1+x) − Tₙ|'.padStart(18)}${'bound'.padStart(10)}`,
  );
  for (const n of orders) {
    log(
      `  ${String(n).padStart(2)}  ${e(expRows[n].error)}${e(expRows[n].bound)}    ${e(logRows[n].error)}    ${e(logRows[n].bound)}`,
    );
  }
  return { x, exp: expRows, log1p: logRows };
}
