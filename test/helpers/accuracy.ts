/**
 * Comparing computed doubles with correctly rounded references: error in ulps, with non-finite
 * references (NaN outside a domain, ±Infinity at an edge) matched exactly.
 *
 * @module
 */
import { ulpDistance } from './ulp.js';

/**
 * The error of `got` against the reference `want`, in ulps. A NaN or infinite reference must be
 * matched exactly (0, else +∞): the largest finite double is only 1 ulp from Infinity, which must
 * not count as close.
 *
 * @param got - the computed value
 * @param want - the correctly rounded reference
 * @returns the distance in ulps, or +∞ for a mismatch of non-finite values
 */
export function ulpError(got: number, want: number): number {
  if (!Number.isFinite(want)) return Object.is(got, want) ? 0 : Number.POSITIVE_INFINITY;
  if (!Number.isFinite(got)) return Number.POSITIVE_INFINITY;
  return ulpDistance(got, want);
}

/** One measured comparison, kept for the failure message. */
export interface Miss {
  what: string;
  got: number;
  want: number;
  error: number;
}

/**
 * Collects comparisons of computed values with references and remembers the worst error and every
 * comparison over its bound, so that a failing test lists all its misses at once.
 */
export class ErrorLog {
  /** The largest error seen, in the unit of the bounds given to {@link ErrorLog.check}. */
  worst = 0;
  /** Every comparison whose error exceeded its bound. */
  readonly misses: Miss[] = [];

  /**
   * Records `got` against `want` with a bound in ulps.
   *
   * @param what - a label for the failure message
   * @param got - the computed value
   * @param want - the reference
   * @param bound - the largest accepted error in ulps
   */
  check(what: string, got: number, want: number, bound: number): void {
    const error = ulpError(got, want);
    this.record({ what, got, want, error }, bound);
  }

  /**
   * Records `got` against `want` with an absolute bound `bound · ε · scale`, for quantities whose
   * relative condition number is unbounded (near a zero of the function): `scale` is the size of
   * the terms that cancel. The error is recorded in units of ε·scale.
   *
   * @param what - a label for the failure message
   * @param got - the computed value
   * @param want - the reference (finite)
   * @param scale - the magnitude the rounding errors are proportional to
   * @param bound - the largest accepted error in units of ε·scale
   */
  checkScaled(what: string, got: number, want: number, scale: number, bound: number): void {
    const diff = Math.abs(got - want);
    // diff = 0 also covers a scale that underflowed to 0 along with the result.
    const error = !Number.isFinite(want)
      ? ulpError(got, want)
      : diff === 0
        ? 0
        : diff / (Number.EPSILON * scale);
    this.record(
      { what, got, want, error: Number.isNaN(error) ? Number.POSITIVE_INFINITY : error },
      bound,
    );
  }

  private record(miss: Miss, bound: number): void {
    if (miss.error > this.worst) this.worst = miss.error;
    if (!(miss.error <= bound)) this.misses.push(miss);
  }

  /** The misses, one a line, for an assertion message. */
  report(): string {
    return this.misses
      .map((m) => `${m.what}: got ${m.got}, want ${m.want} (error ${m.error})`)
      .join('\n');
  }
}
