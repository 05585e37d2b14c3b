/**
 * Output checks shared by the second-order drivers: what the user's function returned, read
 * back as a number type of the driver's call, or refused with an error that says what to use.
 *
 * @module
 */
import { checkOutput, describe, type NumberType } from '../errors.js';

/**
 * Checks the output of a scalar function: a plain number (a constant) or a number of the
 * driver's type and tag.
 *
 * @param y - what f returned
 * @param type - the driver's number type
 * @param tag - the driver call's tag
 * @param what - how to name the function in messages ("f")
 * @param vectorHint - what to use instead when f returned a vector
 * @returns the number, or null when the output is a constant (read it with {@link constantValue})
 * @throws TypeError for a vector, undefined or any other kind of thing; Error for a number of
 * another driver call
 * @example
 * ```ts
 * const d = readScalarOutput(f(seeds), Jet2, tag, 'f'); // null for a constant output
 * ```
 */
export function readScalarOutput<T extends { readonly tag: number; readonly value: number }>(
  y: unknown,
  type: NumberType<T>,
  tag: number,
  what: string,
  vectorHint = 'use hessianTensor for the second derivatives of a vector-valued function',
): T | null {
  if (Array.isArray(y)) {
    throw new TypeError(
      `forward-ad: ${what} must return a number or a ${type.name} (a scalar), got ` +
        `${describe(y)} (a vector: ${vectorHint})`,
    );
  }
  return checkOutput(y, type, tag, what);
}

/**
 * The value of an output that {@link readScalarOutput} found constant.
 *
 * @param y - a plain number, or a hand-made number (tag ≤ 0)
 * @returns its value
 * @example
 * ```ts
 * constantValue(3); // 3
 * ```
 */
export function constantValue(y: unknown): number {
  return typeof y === 'number' ? y : (y as { value: number }).value;
}
